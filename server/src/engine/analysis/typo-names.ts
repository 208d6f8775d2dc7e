/**
 * Forms a guess must leave alone because of what stands around them: a numbered part of a
 * coined slogan, a business's trade name.
 */
import type { Typo } from './typo-detect';
import type { Segmenter } from './segment';

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

/** The last character of a place's or a work's name that a list of such names shares (新汴河、大周引河; 向阳水库、迎四水库). */
const NAME_KIND = '河江湖渠沟库塘坝堰闸港湾岛山岭峰村镇乡街路桥寺庙园厂矿场站';
/** Marks that close an item of a list, or the clause before it. */
const ITEM_MARK_RE = /[、，,：:；;（(]/;
/** Up to how many characters an item of such a list has. */
const NAME_ITEM_MAX = 8;

/** The item of a 、-list around `from`..`to`: its bounds, or undefined when no list item (a mark or a non-Chinese character ends it). */
function itemAround(text: string, from: number, to: number): [number, number] | undefined {
  let s = from;
  while (s > 0 && from - s < NAME_ITEM_MAX && HAN_CHAR_RE.test(text[s - 1]!)) s--;
  let e = to;
  while (e < text.length && e - to < NAME_ITEM_MAX && HAN_CHAR_RE.test(text[e]!)) e++;
  if (e - s > NAME_ITEM_MAX || (s > 0 && !ITEM_MARK_RE.test(text[s - 1]!))) return undefined;
  return [s, e];
}

/**
 * `主要河道：新汴河、大周引河、郑集南引河`: a form inside an item of a 、-list whose last
 * character (河, 水库, 村) closes the item beside it too is part of a proper name of that kind,
 * not a slip for 大局. The guess may not change that last character.
 */
export function namesListedPlace(text: string, t: Typo): boolean {
  const item = itemAround(text, t.start, t.end);
  if (!item) return false;
  const [s, e] = item;
  const kind = text[e - 1]!;
  if (e - s < 3 || t.end >= e || !NAME_KIND.includes(kind)) return false;
  // The item before it (…新汴河、) or after it (、郑集南引河…), of two characters or more, ends with the same character.
  const before = s >= 3 && text[s - 1] === '、' && text[s - 2] === kind && HAN_CHAR_RE.test(text[s - 3]!);
  let f = e + 1;
  while (f < text.length && f - e <= NAME_ITEM_MAX && HAN_CHAR_RE.test(text[f]!)) f++;
  const after = text[e] === '、' && f - e >= 3 && text[f - 1] === kind;
  return before || after;
}

/** A bureau's or a department's last character after the short name of its field (农牧局, 农机局, 水务局). */
const ORGAN_END = '局厅委署';
/** A field's short name this common in the dictionary (农牧, 农机, 水务). */
const FIELD_MIN_FREQ = 50;
/**
 * `农牧局` read as 农牧区: a guess that changes an organ's last character (局) where the two
 * characters before it make a word (农牧, a field) names a bureau the writer wrote, not a slip;
 * jieba lacks the three-character name only because its trimmed dictionary dropped it.
 */
export function namesOrgan(text: string, t: Typo, seg: Segmenter): boolean {
  const i = [...t.wrong].findIndex((c, k) => c !== t.right[k]);
  if (i < 0 || i !== t.wrong.length - 1 || !ORGAN_END.includes(t.wrong[i]!)) return false;
  const at = t.start + i;
  if (at < 2) return false;
  const field = text.slice(at - 2, at);
  return HAN_CHAR_RE.test(field[0]!) && seg.freq(field) >= FIELD_MIN_FREQ;
}
