/**
 * Fix-all reaches its fixed point (issue 8: 40 of 102,542 fuzzed drafts were not idempotent,
 * e.g. `，。，。，。，。，。，。` → `，。` → `。`), and no range or edit falls inside a surrogate
 * pair (3 traditional-char edits and 100 ranges split an astral character). Properties over
 * the shapes that failed: runs of mixed clause marks, astral characters beside findings.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkSync, resolveConfig } from '../../server/src/engine/check';
import { applyEdits, composeEdits, fixAllSync } from '../../server/src/engine/fix/fix';
import type { TextEdit } from '../../server/src/engine/model/types';
import { loadSegmenterSync } from '../../server/src/engine/analysis/segment';
import { TODAY } from '../helpers';

const segmenter = loadSegmenterSync();
const options = resolveConfig({ today: TODAY });

const MARKS = ['，', '。', '、', '；', '：', ',', ';', ':', '.', '！', '？'];
const WORDS = ['今天', '我们', '召开会议', '總結', '設(shè)', '“六稳”', '"六稳"', '（', '）', '【', ']', '2024年3月15日', 'XX亿元', '的的', ' ', '\n', '\r\n', '”'];
const ASTRAL = ['𠮷', '😀', '𪚥', '\u{2A6D6}', '𝑥'];

/** A run of marks such as `，。，。，。` or `，，。；，`. */
const markRun = fc.array(fc.constantFrom(...MARKS), { minLength: 2, maxLength: 14 }).map((m) => m.join(''));
const alternating = fc
  .tuple(fc.constantFrom(...MARKS), fc.constantFrom(...MARKS), fc.integer({ min: 1, max: 12 }))
  .map(([a, b, n]) => (a + b).repeat(n));
const piece = fc.oneof(markRun, alternating, fc.constantFrom(...WORDS), fc.constantFrom(...ASTRAL));
const draft = fc.array(piece, { minLength: 1, maxLength: 24 }).map((p) => p.join(''));

function splitsPair(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const lo = text.charCodeAt(i);
  const hi = text.charCodeAt(i - 1);
  return lo >= 0xdc00 && lo <= 0xdfff && hi >= 0xd800 && hi <= 0xdbff;
}

describe('fix-all is idempotent', () => {
  it.each([
    '，。，。，。，。，。，。',
    '今天，。，。，。',
    '今天，。，。，。开会',
    '“开会，。，。”',
    '开会，，。。，，。',
    '开会；，；，；，。\n',
    '，；：、。，；',
  ])('%s', (text) => {
    const once = fixAllSync(text, options, {}, segmenter);
    expect(once.passes).toBeLessThan(10);
    expect(fixAllSync(once.text, options, {}, segmenter).text).toBe(once.text);
  });

  it('on runs of mixed marks among words and astral characters', () => {
    fc.assert(
      fc.property(draft, (text) => {
        const once = fixAllSync(text, options, {}, segmenter).text;
        expect(fixAllSync(once, options, {}, segmenter).text).toBe(once);
      }),
      { numRuns: 400, seed: 8 },
    );
  });

  it('a run of different marks is one finding, fixed in one pass when it ends the line', () => {
    const found = checkSync('今天开会，。，。，。\n', options, segmenter).filter((f) => f.rule === 'punct-stray');
    expect(found).toHaveLength(1);
    expect(fixAllSync('今天开会，。，。，。\n', options, {}, segmenter)).toMatchObject({ text: '今天开会。\n', passes: 1 });
  });
});

describe('no range or edit inside a surrogate pair', () => {
  it('over drafts with astral characters beside findings', () => {
    fc.assert(
      fc.property(draft, (text) => {
        for (const f of checkSync(text, options, segmenter)) {
          expect(splitsPair(text, f.start) || splitsPair(text, f.end), `${f.rule} [${f.start}, ${f.end})`).toBe(false);
          for (const fix of f.fixes) {
            for (const e of fix.edits) expect(splitsPair(text, e.start) || splitsPair(text, e.end), `${f.rule} edit`).toBe(false);
          }
        }
      }),
      { numRuns: 400, seed: 9 },
    );
  });

  it('a traditional character beside an astral one is converted whole', () => {
    const text = '𠮷總結𪚥設計工作。\n';
    const fixed = fixAllSync(text, options, {}, segmenter).text;
    expect(fixed).toContain('𠮷');
    expect(fixed).toContain('𪚥');
    expect([...fixed].every((c) => c.length === 1 || c.codePointAt(0)! > 0xffff)).toBe(true);
  });
});

/** Non-overlapping edits of a text of `length` characters, from random cut points. */
function editsOf(length: number, cuts: number[], texts: string[]): TextEdit[] {
  const points = [...new Set(cuts.map((c) => c % (length + 1)))].sort((a, b) => a - b);
  const edits: TextEdit[] = [];
  for (let i = 0; i + 1 < points.length; i += 2) edits.push({ start: points[i]!, end: points[i + 1]!, newText: texts[i % texts.length] ?? '' });
  return edits.filter((e, i) => i === 0 || !(e.start === e.end && edits[i - 1]!.end === e.start));
}

describe('fix-all reports its change as edits of the input (no diff of megabytes)', () => {
  it('composing two passes of edits gives the text both give', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.array(fc.nat(60), { maxLength: 12 }),
        fc.array(fc.nat(60), { maxLength: 12 }),
        fc.array(fc.string({ maxLength: 4 }), { minLength: 1, maxLength: 4 }),
        (text, cutsA, cutsB, texts) => {
          const a = editsOf(text.length, cutsA, texts);
          const middle = applyEdits(text, a);
          const b = editsOf(middle.length, cutsB, [...texts].reverse());
          expect(applyEdits(text, composeEdits(a, b, middle))).toBe(applyEdits(middle, b));
        },
      ),
      { numRuns: 2000, seed: 10 },
    );
  });

  it('fix-all edits turn the input into its output', () => {
    fc.assert(
      fc.property(draft, (text) => {
        const r = fixAllSync(text, options, {}, segmenter);
        expect(applyEdits(text, r.edits)).toBe(r.text);
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});
