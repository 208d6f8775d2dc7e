/**
 * Properties every rule must keep, whatever the text: no exception, ranges inside the text,
 * a fix's edits inside the text and not overlapping each other, fix-all reaching a text with
 * no safe fix left (so fix-all is idempotent) and never touching text outside its edits.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkSync } from '../../server/src/engine/check';
import { applyEdits, fixAllSync, minimalEdits, selectSafeEdits } from '../../server/src/engine/fix/fix';
import { loadSegmenterSync } from '../../server/src/engine/analysis/segment';
import type { Finding } from '../../server/src/engine/model/types';
import { TODAY } from '../helpers';

const segmenter = loadSegmenterSync();

/** Pieces of real drafts: slots, formulations, quotes, dates, outline markers, typos, residue. */
const PIECES = [
  '同志们：', '今天', '我们', '召开', '会议', '经济社会发展', '收入', '收人', '衣村', '农村', '杜会',
  'XX亿元', '20XX年', 'X月X日', '某某', '○○', 'PM2.5', 'X射线', 'U型', '5G',
  '“六稳”', '"六稳"', '六稳', '「六稳」', '”六个关系”', '“六个导向“', '“十四五”', '十四五', '6稳', '五大产业', '5大产业',
  '（2024年3月15日）', '2024年3月15日（星期四）', '2024-03-09', '2月30日', '今年是建党100周年',
  '一、', '二、', '四、', '（一）', '（三）', '1.', '（1）', '一是', '二是', '四是', '讲三点意见', '以下五个方面',
  '，', '。', ',', '.', ':', '；', '，，', '。。', '，。', '部.门', '、', '（', '）', '(', ')', '【', ']', '《', '》',
  ' ', '  ', '\n', '\r\n', '\n\n', '\t', '　', '习近平 总书记', '上浮20%30%', '1-7月', '6.2%',
  '的的', '谢谢', '總', '設(shè)', '務(wù)', '贏', '再接再励', 'IO%',
  '当前位置:首页 > 讲话', 'VIP专免', '评论(0)', '相关推荐', '999+', '31KB',
  '在全市经济工作会议上的讲话', '总结前', '一阶段工作', '😀', '𠮷', 'Hello world',
];

const draft = fc
  .array(fc.constantFrom(...PIECES), { minLength: 0, maxLength: 60 })
  .map((parts) => parts.join(''));
/** Arbitrary UTF-16 (lone surrogates included) mixed with draft pieces. */
const anyText = fc.oneof(
  draft,
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 40 }).map((p) => p.join('')),
);

const options = { today: TODAY };
const run = (text: string): Finding[] => checkSync(text, options, segmenter);

function checkRanges(text: string, findings: Finding[]): void {
  for (const f of findings) {
    expect(f.start, `${f.rule} start`).toBeGreaterThanOrEqual(0);
    expect(f.end, `${f.rule} end`).toBeLessThanOrEqual(text.length);
    expect(f.start, `${f.rule} start<=end`).toBeLessThanOrEqual(f.end);
    expect(f.message.length, `${f.rule} has a message`).toBeGreaterThan(0);
    for (const fix of f.fixes) {
      const edits = [...fix.edits].sort((a, b) => a.start - b.start || a.end - b.end);
      for (let i = 0; i < edits.length; i++) {
        const e = edits[i]!;
        expect(e.start >= 0 && e.start <= e.end && e.end <= text.length, `${f.rule} fix "${fix.title}" edit in range`).toBe(true);
        if (i > 0) expect(edits[i - 1]!.end <= e.start, `${f.rule} fix "${fix.title}" edits do not overlap`).toBe(true);
      }
      // Applying any single fix must not throw.
      applyEdits(text, fix.edits);
    }
  }
}

describe('engine properties', () => {
  it('never throws and keeps every range and fix inside the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        checkRanges(text, run(text));
      }),
      { numRuns: 300 },
    );
  });

  it('works without a segmenter too (the editor’s first pass)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        checkRanges(text, checkSync(text, options, null));
      }),
      { numRuns: 150 },
    );
  });

  it('selects safe edits that never overlap', () => {
    fc.assert(
      fc.property(draft, (text) => {
        const edits = selectSafeEdits(run(text));
        for (let i = 1; i < edits.length; i++) {
          const a = edits[i - 1]!;
          const b = edits[i]!;
          const insertionsAtOnePoint = a.start === a.end && b.start === b.end && a.start === b.start;
          expect(a.end <= b.start && !insertionsAtOnePoint).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('fix-all reaches a text with no safe fix left, and is idempotent', () => {
    fc.assert(
      fc.property(draft, (text) => {
        const once = fixAllSync(text, options, {}, segmenter);
        const left = selectSafeEdits(run(once.text));
        expect(left, `safe fixes left after fix-all on ${JSON.stringify(text)} → ${JSON.stringify(once.text)}`).toEqual([]);
        expect(fixAllSync(once.text, options, {}, segmenter).text).toBe(once.text);
      }),
      { numRuns: 150 },
    );
  });

  it('minimal edits rebuild the fixed text and stay small', () => {
    fc.assert(
      fc.property(draft, (text) => {
        const after = fixAllSync(text, options, {}, segmenter).text;
        const edits = minimalEdits(text, after);
        expect(applyEdits(text, edits)).toBe(after);
        if (after === text) expect(edits).toEqual([]);
        else {
          // Never a whole-document replace: the unchanged head and tail stay untouched.
          let head = 0;
          while (head < text.length && head < after.length && text[head] === after[head]) head++;
          let tail = 0;
          while (tail < text.length - head && tail < after.length - head && text[text.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
          // (A diff may slide an edit within a run of equal characters, so compare sizes.)
          const removed = edits.reduce((n, e) => n + (e.end - e.start), 0);
          const inserted = edits.reduce((n, e) => n + e.newText.length, 0);
          expect(removed).toBeLessThanOrEqual(text.length - head - tail);
          expect(inserted).toBeLessThanOrEqual(after.length - head - tail);
        }
      }),
      { numRuns: 100 },
    );
  });
});
