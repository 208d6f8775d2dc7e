/**
 * Slips no word list holds because the words around them are right: a character that only a
 * frame of the sentence shows wrong.
 * - `再…的基础上` for `在…的基础上`: 再 and 在 are one sound (zài), the commonest IME slip of
 *   official writing; the frame `在 X (的)基础上` is a preposition's, and 再 (again) never opens
 *   it. Only where 再 stands alone in jieba's reading (再生产, 再就业 are words), no 在 comes before
 *   it in the clause (`在扩大再生产的基础上`), and the frame closes within 16 characters with no
 *   punctuation. A suggestion: the writer confirms.
 * - `3月5曰` for `3月5日`: 曰 (to say) scanned or typed for 日 after a date's month and day
 *   number; no other reading exists there, so the fix is safe.
 * Linear: one regular-expression pass each, no nested quantifiers.
 */
import type { Segmenter } from './segment';
import type { Typo } from './typo-detect';

/** 再, then up to 16 characters of one clause with no 在 or 再, then (的)基础上. */
const ZAI_FRAME_RE = /再([\u4e00-\u9fff]{1,16}?)的?基础上/g;
/** Where a clause starts: the text before 再 back to the last punctuation. */
const CLAUSE_START_RE = /[^，。；：！？、,.;:!?\n“”"（）()]*$/;
/** A month and a day number before 曰: `3月5曰`, `十月一曰`. */
const DATE_DAY_RE = /(?<=[0-9０-９〇一二三四五六七八九十]月)([0-9０-９]{1,2}|[〇一二三四五六七八九十]{1,3})曰/g;

function zaiFrames(text: string, seg: Segmenter): Typo[] {
  const out: Typo[] = [];
  ZAI_FRAME_RE.lastIndex = 0;
  for (let m = ZAI_FRAME_RE.exec(text); m; m = ZAI_FRAME_RE.exec(text)) {
    const inner = m[1]!;
    // The frame's 在 is the first one: a 在 or 再 inside means 再 belongs to what follows it.
    if (inner.includes('在') || inner.includes('再')) {
      ZAI_FRAME_RE.lastIndex = m.index + 1;
      continue;
    }
    const before = CLAUSE_START_RE.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[0] ?? '';
    if (before.includes('在')) continue;
    // 再 alone in jieba's reading of its clause (not 再生产, 再次, 再就业).
    const clause = before + m[0];
    const at = before.length;
    if (!seg.tag(clause).some((t) => t.start === at && t.end === at + 1)) continue;
    const wrong = text.slice(m.index, m.index + Math.min(3, 1 + inner.length));
    out.push({ start: m.index, end: m.index + wrong.length, wrong, right: `在${wrong.slice(1)}`, kind: 'list', safe: false });
  }
  return out;
}

function dateDays(text: string): Typo[] {
  const out: Typo[] = [];
  DATE_DAY_RE.lastIndex = 0;
  for (let m = DATE_DAY_RE.exec(text); m; m = DATE_DAY_RE.exec(text)) {
    const wrong = m[0];
    out.push({ start: m.index, end: m.index + wrong.length, wrong, right: `${m[1]!}日`, kind: 'list', safe: true });
  }
  return out;
}

/** The frame slips of `text` (再…的基础上 only with the segmenter). */
export function findPatternTypos(text: string, seg?: Segmenter): Typo[] {
  if (!text.includes('曰') && !text.includes('再')) return [];
  const out = dateDays(text);
  if (seg && text.includes('基础上')) for (const t of zaiFrames(text, seg)) out.push(t);
  return out;
}
