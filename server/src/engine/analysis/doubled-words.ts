/**
 * A word typed twice (`习近平总书记总书记强调`, `进一步加强进一步加强`): a run of two to eight
 * Chinese characters followed at once by itself, where jieba reads each copy as whole words of
 * the sentence. What repeats on purpose stays quiet:
 * - reduplication: a verb, adjective or adverb of two doubled (研究研究, 高兴高兴, 非常非常) and a
 *   numeral with its measure (一步一步, 两个两个); only a noun or a pronoun of two doubles by slip;
 * - a heading run into its paragraph, which often opens by repeating the heading
 *   (`一、加强领导加强领导是…`): nothing before the first copy on its line but a heading's
 *   number, or the pair inside a numbered heading's first sentence;
 * - a chant (`加油加油加油`, three copies or more) and one character doubled (char-repeat's own).
 * A suggestion: deleting a copy is offered, not applied by fix-all. Linear: each position tries
 * eight lengths; the segmenter reads a bounded window only where a pair is found.
 */
import type { Segmenter } from './segment';
import { matchHeading } from './outline';

export interface DoubledWord {
  start: number;
  word: string;
}

const MIN_LEN = 2;
const MAX_LEN = 8;
/** How far back a heading's number is looked for: a heading is shorter than this. */
const HEADING_SPAN = 60;
/** How far each side of the pair the sentence is segmented. */
const CONTEXT = 6;
const HAN_RE = /^[\u4e00-\u9fff]+$/;
/** Numerals: a numeral and its measure reduplicate (一步一步, 两个两个). */
const NUMERALS = '一二三四五六七八九十百千万两几半';
/** Tags of a word of two that doubles only by slip: nouns, names, abbreviations, set phrases. */
const NOUN_TAG_RE = /^(?:n|j|l|i)/;
/** A pronoun of two doubles by slip (我们我们), a demonstrative or interrogative is a speaker's filler (这个这个). */
const FILLER_START = '这那哪怎什';

/** Marks after which a heading's number may stand inside a line (a page that lost its line breaks). */
const BREAK_MARKS = '。！？；!?;\n\r';

/**
 * Whether the pair at `i` sits where a heading runs into its paragraph: at its line's start, or
 * in a numbered heading's first sentence (after a line break or, where a page lost its line
 * breaks, a sentence's end: `…本色。一、坚定理想信念理想信念是…`).
 */
function headingRunIn(text: string, i: number, w: string): boolean {
  let a = i;
  while (a > 0 && i - a < HEADING_SPAN && !BREAK_MARKS.includes(text[a - 1]!)) a--;
  if (a > 0 && !BREAK_MARKS.includes(text[a - 1]!)) return false;
  const before = text.slice(a, i);
  if (before.trim() === '') return text[a - 1] === undefined || text[a - 1] === '\n' || text[a - 1] === '\r';
  // The heading's number with the words after it (matchHeading wants words after a number).
  return matchHeading(before + w) !== undefined;
}

/** Determiners before a noun: `各乡镇乡镇长` is each township's head (乡镇长), no slip. */
const DETERMINERS = '各每全本该其此';
const LATIN_OR_DIGIT_RE = /[A-Za-z0-9]/;
/** A figure or its stand-in (`5`, `X`, `×`, `十`) right before a unit. */
const FIGURE_BEFORE_RE = /[0-9０-９XxＸ×*＊一二三四五六七八九十百千两]/;
/** Units of money and measure of two characters or more: what follows a figure, never doubled on purpose. */
const FIGURE_UNITS = new Set(['亿元', '万元', '亿美元', '万美元', '千万元', '百万元', '万人次', '人次', '万亩', '万吨', '公里', '千米', '平方米', '平方公里', '公顷', '百分点', '个百分点', '万千瓦']);
/** Tags of a single character after the pair that is a suffix of the second copy (乡镇|长, 项目|部, 同志|们). */
const SUFFIX_TAG_RE = /^(?:n|a|b|k)/;

/** Whether jieba reads the copies of `w` at `i` and `i + w.length` as whole words of the sentence, and the unit as one that doubles only by slip. */
function readsAsSlip(text: string, i: number, w: string, seg: Segmenter): boolean {
  const L = w.length;
  const lo = Math.max(0, i - CONTEXT);
  const tokens = seg.tag(text.slice(lo, Math.min(text.length, i + 2 * L + CONTEXT)));
  const bounds = new Set<number>();
  for (const t of tokens) bounds.add(lo + t.start);
  if (!bounds.has(i) || !bounds.has(i + L) || !bounds.has(i + 2 * L)) return false;
  const first = tokens.filter((t) => lo + t.start >= i && lo + t.end <= i + L);
  // A character after the pair that jieba left alone as a noun's suffix (各乡镇|乡镇|长).
  const next = tokens.find((t) => lo + t.start === i + 2 * L);
  if (next && next.end - next.start === 1 && SUFFIX_TAG_RE.test(next.tag ?? '')) return false;
  // A particle opens or closes the unit: 我们的一切的一切 repeats on purpose.
  if (first.length > 1 && [first[0]!, first[first.length - 1]!].some((t) => (t.tag ?? '').startsWith('u'))) return false;
  if (first.length === 1) {
    const tag = first[0]!.tag ?? '';
    if (L >= 3) return !/^[mqoyez]/.test(tag);
    return NOUN_TAG_RE.test(tag) || (tag === 'r' && !FILLER_START.includes(w[0]!));
  }
  // Words of a phrase (党的领导党的领导): no reduplication makes one of three or more.
  return L >= 3 && first.some((t) => t.end - t.start >= 2);
}

export function findDoubledWords(text: string, seg: Segmenter): DoubledWord[] {
  const out: DoubledWord[] = [];
  for (let i = 0; i + 2 * MIN_LEN <= text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x4e00 || code > 0x9fff) continue;
    for (let L = MIN_LEN; L <= MAX_LEN && i + 2 * L <= text.length; L++) {
      if (text.charCodeAt(i + L) !== code) continue;
      const w = text.slice(i, i + L);
      if (!text.startsWith(w, i + L) || !HAN_RE.test(w)) continue;
      // One character over and over (哈哈哈哈) or a numeral with its measure (一步一步).
      if ([...w].every((c) => c === w[0]) || NUMERALS.includes(w[0]!)) break;
      // A chant of three copies or more.
      if (text.startsWith(w, i + 2 * L) || (i >= L && text.startsWith(w, i - L))) break;
      const before = text.charAt(i - 1);
      // A unit typed twice after its figure (`X亿美元亿美元`, `12亿元亿元`): no unit doubles on purpose.
      if (before !== '' && FIGURE_BEFORE_RE.test(before) && FIGURE_UNITS.has(w)) {
        out.push({ start: i, word: w });
        i += 2 * L - 1;
        break;
      }
      // A noun after a determiner or a code (各乡镇乡镇长, PPP项目项目经理): a compound of its own follows.
      if (before !== '' && (DETERMINERS.includes(before) || LATIN_OR_DIGIT_RE.test(before))) break;
      if (headingRunIn(text, i, w) || !readsAsSlip(text, i, w, seg)) break;
      out.push({ start: i, word: w });
      i += 2 * L - 1;
      break;
    }
  }
  return out;
}
