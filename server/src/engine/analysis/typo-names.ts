/**
 * Forms a guess must leave alone because of what stands around them: a numbered part of a
 * coined slogan, a business's trade name.
 */
import type { Typo } from './typo-detect';

const HAN_CHAR_RE = /[\u4e00-\u9fff]/;

/** Numerals that number the halves of a coined slogan (三不五干, 一考二评). */
const FRAME_NUMERALS = '一二三四五六七八九十两百千万';
const isFrameNumeral = (c: string | undefined): boolean => c !== undefined && FRAME_NUMERALS.includes(c);
/**
 * `“三不五干”精神`, `一考二评三问责`: numerals numbering the parts of a coined slogan (N X N Y); a
 * guess that changes a numbered part (五干 → 五千) breaks the frame the writer built.
 */
export function inNumberedFrame(text: string, t: Typo): boolean {
  const i = [...t.wrong].findIndex((c, k) => c !== t.right[k]);
  if (i < 0) return false;
  const at = t.start + i;
  if (isFrameNumeral(text[at])) return false;
  const partAfter = isFrameNumeral(text[at - 1]) && !isFrameNumeral(text[at - 2]) && isFrameNumeral(text[at - 3]);
  const partBefore = isFrameNumeral(text[at - 1]) && isFrameNumeral(text[at + 1]) && !isFrameNumeral(text[at + 2]);
  return partAfter || partBefore;
}

/** A business's kind after its trade name, with up to two words of its trade before it (商务宾馆, 国际大酒店). */
const BUSINESS_AFTER_RE = /^[\u4e00-\u9fff]{0,2}(?:宾馆|酒店|饭店|公司|集团|商场|商城|超市|大厦|广场|家俬|家具|物流|电商)/;
/**
 * `江西国际五金机电城、皓天商务宾馆、皇朝家俬`: a form that begins an item of a list (after 、 or
 * a clause's start) before a business's kind is the business's trade name, not a slip for 白天.
 */
export function namesBusiness(text: string, t: Typo): boolean {
  return t.wrong.length === 2 && !HAN_CHAR_RE.test(text[t.start - 1] ?? '') && BUSINESS_AFTER_RE.test(text.slice(t.end, t.end + 6));
}
