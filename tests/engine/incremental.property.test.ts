/**
 * An engine that has checked earlier versions of a draft answers later versions from its
 * line caches: what it finds must equal what a fresh engine finds in a full check of the same
 * text. Random edit sequences on stretches of the seed drafts (or the built-in draft without
 * them), one long-lived engine, a fresh engine after every edit.
 */
import * as fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Engine, resolveConfig, type CheckResult } from '../../server/src/engine/engine';
import { loadSegmenterSync } from '../../server/src/engine/analysis/segment';
import { bigDraft, DRAFT, SEEDS_DIR } from '../lsp/drafts';

const TODAY = new Date(2024, 2, 15);
const HAVE_SEEDS = fs.existsSync(SEEDS_DIR);
if (!HAVE_SEEDS) console.warn(`incremental property: no seeds at ${SEEDS_DIR}; using the built-in draft only`);
/** Drafts the edits start from: the built-in draft and stretches of the seeds. */
const SOURCE = HAVE_SEEDS ? bigDraft(160_000) : DRAFT.repeat(8);

/**
 * What an edit inserts: pieces of what the rules look at (slots, dates, quotes, formulations,
 * typos, residue, line breaks), besides plain text.
 */
const PIECES = [
  '的', '，', '。', '\n', '\n\n', '\r\n', ' ', '\u3000', '“', '”', '"', '‘', '（', '）', '《', '》', '、',
  'XX', 'X', '某某', '2024年3月9日', '2024-03-09', '20XX年', '六稳', '“六稳”', '“六稳”工作', '6稳', '两个维护',
  '再接再励', '衣村', '杜会', '收人', '一是', '二、', '（三）', '三点意见', '……', '...', 'zhōng', 'IO%', '來',
  '\n一是加强领导，', '，\n二、', '。\n三是', '“守三线”', '守三线', '“发展之问”', '习近平 总书记', '同志们：', '责任编辑：张三', '点击查看', 'https://example.com',
  ',', '(', ')', '(1)', '今天,我们', '?两个维护?',
];

/** A uniform fraction (fc.double spreads over float bit patterns: mostly tiny numbers). */
const unit = fc.noBias(fc.integer({ min: 0, max: 1_000_000 })).map((n) => n / 1_000_000);

type Edit = { at: number; del: number; insert: string };
const edit = fc.record({
  // Unbiased: fast-check favours the ends of a range, and edits belong everywhere.
  at: unit,
  del: fc.nat({ max: 12 }),
  insert: fc.oneof({ arbitrary: fc.constantFrom(...PIECES), weight: 4 }, { arbitrary: fc.constant(''), weight: 1 }),
});

function apply(text: string, e: Edit): string {
  const at = Math.min(text.length, Math.floor(e.at * text.length));
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.del));
}

/** What a check shows: findings, and the analyses the report and hover read. */
const shown = (r: CheckResult) => ({
  findings: r.findings,
  slots: r.analyses.slots,
  formulations: r.analyses.formulations,
  outline: r.analyses.outline,
  dates: r.analyses.dates,
  failures: r.failures.map((f) => f.rule),
});

describe('incremental checking equals a full check', () => {
  const segmenter = loadSegmenterSync();
  const config = resolveConfig({ today: TODAY });
  /** What `engine`, with the caches of its earlier checks, finds in `text` is what a fresh engine finds. */
  const expectSameAsFresh = (engine: Engine, text: string): void =>
    expect(shown(engine.checkSync(text, config))).toEqual(shown(new Engine({ segmenter }).checkSync(text, config)));

  it('after every edit of a random sequence', () => {
    const engine = new Engine({ segmenter });
    fc.assert(
      fc.property(unit, fc.integer({ min: 1_000, max: 4_000 }), fc.array(edit, { minLength: 1, maxLength: 10 }), (from, size, edits) => {
        const start = Math.floor(from * Math.max(0, SOURCE.length - size));
        let text = SOURCE.slice(start, start + size);
        engine.checkSync(text, config);
        for (const e of edits) {
          text = apply(text, e);
          const incremental = shown(engine.checkSync(text, config));
          const full = shown(new Engine({ segmenter }).checkSync(text, config));
          expect(incremental).toEqual(full);
        }
      }),
      { numRuns: 50, seed: Number(process.env.SPEECHCHECK_PROPERTY_SEED ?? 20261204) },
    );
  });

  it('without a segmenter, and under a second configuration sharing the engine', () => {
    const engine = new Engine({ segmenter });
    const other = resolveConfig({ today: TODAY, formulations: ['杜会', '三个务必'], locale: 'en' });
    fc.assert(
      fc.property(unit, fc.array(edit, { minLength: 1, maxLength: 6 }), (from, edits) => {
        const start = Math.floor(from * Math.max(0, SOURCE.length - 4_000));
        let text = SOURCE.slice(start, start + 4_000);
        for (const e of edits) {
          text = apply(text, e);
          for (const [cfg, seg] of [[config, 'off'], [other, 'auto'], [config, 'auto']] as const) {
            expect(shown(engine.checkSync(text, cfg, seg))).toEqual(shown(new Engine({ segmenter }).checkSync(text, cfg, seg)));
          }
        }
      }),
      { numRuns: 15, seed: 7 },
    );
  });

  it('when the draft coins a term, unchanged lines that use it count (the term set is part of the key)', () => {
    const engine = new Engine({ segmenter });
    const term = fc.constantFrom('守三线', '五个坚持', '三问三解', '两个确保');
    fc.assert(
      fc.property(unit, unit, unit, term, (from, a, b, t) => {
        const start = Math.floor(from * Math.max(0, SOURCE.length - 3_000));
        let text = SOURCE.slice(start, start + 3_000);
        // The term unquoted somewhere, then quoted (coined) elsewhere, then quoted no more.
        const steps: Edit[] = [
          { at: a, del: 0, insert: `${t}，` },
          { at: b, del: 0, insert: `“${t}”` },
          { at: b, del: 0, insert: `“${t}”` },
          { at: b, del: t.length + 2, insert: '' },
        ];
        engine.checkSync(text, config);
        for (const e of steps) {
          text = apply(text, e);
          expectSameAsFresh(engine, text);
        }
      }),
      { numRuns: 20, seed: 11 },
    );
  });

  it('when the draft changes bracket style, unchanged `(1)` markers count anew (punct-halfwidth)', () => {
    const engine = new Engine({ segmenter });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.constantFrom('，', ',', '：'), (n, mark) => {
        const head = `关于工作的讲话\n同志们${mark}\n(1)加强领导${mark}狠抓落实。\n(2)改进作风。\n`;
        const full = `${'（一）'.repeat(n)}统筹推进。\n`;
        const versions = [head, head + full, head + full + full, head + full, head];
        for (const text of versions) {
          expectSameAsFresh(engine, text);
        }
      }),
      { numRuns: 12, seed: 17 },
    );
  });

  it('when a term is quoted elsewhere, an unchanged `?term?` line counts anew (garbled marks)', () => {
    const engine = new Engine({ segmenter });
    fc.assert(
      fc.property(fc.constantFrom('发展之问', '守正创新', '三问三解'), fc.constantFrom('，', ','), (t, mark) => {
        const head = `关于工作的讲话\n同志们：\n我们要回答好?${t}?${mark}推进各项工作。\n`;
        const quoted = `这就是“${t}”的要求。\n`;
        for (const text of [head, head + quoted, head]) {
          expectSameAsFresh(engine, text);
        }
      }),
      { numRuns: 6, seed: 19 },
    );
  });

  it('when an announcing line changes its count or the items after it change, announcements count anew (enum-count)', () => {
    const engine = new Engine({ segmenter });
    const n = fc.constantFrom('两', '三', '四', '五');
    fc.assert(
      fc.property(n, n, fc.integer({ min: 2, max: 4 }), (a, b, items) => {
        const list = ['一、加强领导', '二、改进作风', '三、狠抓落实', '四、严明纪律'].slice(0, items).join('\n');
        const lists = `要处理好“${a}个关系”：正确处理甲和乙的关系，正确处理丙和丁的关系，正确处理戊和己的关系。`;
        const draft = (k: string, tail: string) => `关于工作的讲话\n同志们，下面我讲${k}点意见：\n${tail}\n${lists}\n`;
        const versions = [draft(a, list), draft(b, list), draft(b, `${list}\n五、其他`), draft(a, list)];
        for (const text of versions) {
          expectSameAsFresh(engine, text);
        }
      }),
      { numRuns: 12, seed: 23 },
    );
  });

  it('when the line before changes how a line starts (a heading after a broken clause), the line counts anew', () => {
    const engine = new Engine({ segmenter });
    fc.assert(
      fc.property(unit, unit, fc.constantFrom('二、', '一是', '（三）', '第二，'), fc.constantFrom('。', '，', '：', ''), (from, a, marker, end) => {
        const start = Math.floor(from * Math.max(0, SOURCE.length - 3_000));
        let text = SOURCE.slice(start, start + 3_000);
        const at = Math.floor(a * text.length);
        // A line break and a marker, then the end of the line before it rewritten, then back.
        const versions = [
          text.slice(0, at) + `，\n${marker}加强领导。` + text.slice(at),
          text.slice(0, at) + `${end}\n${marker}加强领导。` + text.slice(at),
          text.slice(0, at) + `，\n${marker}加强领导。` + text.slice(at),
        ];
        engine.checkSync(text, config);
        for (text of versions) {
          expectSameAsFresh(engine, text);
        }
      }),
      { numRuns: 20, seed: 13 },
    );
  });
});
