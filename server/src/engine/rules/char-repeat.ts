import { defineRule } from '../rule-api/rule-helpers';
import charRepeatData from '../data/char-repeat.json';
import type { Segmenter } from '../analysis/segment';
import { findDoubledWords, type DoubledWord } from '../analysis/doubled-words';
import { lineMatches } from '../analysis/by-line';
import { LINE_CACHE_SIZE } from '../util/bounded-cache';
import { isConvertibleChar } from '../analysis/traditional';

/**
 * A function word typed twice: `的的`, `了了`, `是是`. Only characters that never double
 * as a word are candidates (data/char-repeat.json); the pair is legitimate when a real
 * word ends at the first or starts at the second (`为了|了解`, `目的|的`, `实事求是|是`) or
 * it sits in an AABB form (`实实在在`). Telling words apart needs the dictionary, so the
 * rule waits for the segmenter.
 */
const CANDIDATES = new Set(charRepeatData.chars);
/** A neighbouring word this frequent makes the pair a word boundary, not a slip. */
const WORD_FREQ = 50;

export interface DoubledChar {
  start: number;
  char: string;
  /** Read from the dictionary's word counts only (市政政府): a suggestion, not a safe fix. */
  unsure?: true;
}

/** Whether, with the second copy at `i + 1` deleted, a word of three or more covers the characters on both sides of the first. */
function spansWord(text: string, i: number, isWord: (w: string) => boolean): boolean {
  const before = text.slice(Math.max(0, i - 3), i);
  const joined = before + text[i] + text.slice(i + 2, i + 5);
  const at = before.length;
  for (let s = Math.max(0, at - 3); s < at; s++) {
    for (let e = at + 2; e <= Math.min(joined.length, s + 6); e++) if (e - s >= 3 && /^[\u4e00-\u9fff]+$/.test(joined.slice(s, e)) && isWord(joined.slice(s, e))) return true;
  }
  return false;
}

/** The first characters of conditional conjunctions (要是, 若是, 如是): a clause after them may open with the copula. */
const CONDITIONAL = new Set('要若如倘假');
/**
 * The copula and the particles: after a word that ends in one (更是, 为了, 有的) it cannot open
 * anything new. A preposition may (所以|以人民为中心, 因为|为群众办事).
 */
const SAID_ONCE = '是的了着';
/** Prepositions that take an object: typed again after a preposition of two ending in one (针对对, 基于于), said twice. */
const OBJECT_PREPOSITIONS = '对于据向从';
/** Pronouns that begin their own words (这个, 这些, 我们, 他们): typed alone before one, said twice. */
const PRONOUNS = '这那我你他她它';
/** The numerals of an enumeration's items (一是……二是……). */
const ENUM_NUMERALS = '一二三四五六七八九十';
/** Adverb and preposition tags: a function word of two characters (正是, 除了). */
const FUNCTION_TAGS = new Set(['d', 'p']);

/**
 * Whether the two-character word `w`, which ends in the copula or a particle, is a function word
 * of it: its first character is a function character too (更是, 就是, 为了, 对于) or an item's
 * numeral (一是) or jieba tags it
 * an adverb or preposition (正是, 除了). Typed again after such a word the character is said twice
 * (这更是是一个). Not after a conditional conjunction (要是是我: the copula opens its clause).
 */
function functionCompound(w: string, segmenter: Segmenter): boolean {
  if (w.length === 2 && OBJECT_PREPOSITIONS.includes(w[1]!)) {
    const t = segmenter.tag(w);
    return t.length === 1 && t[0]!.tag === 'p';
  }
  if (w.length !== 2 || !SAID_ONCE.includes(w[1]!) || CONDITIONAL.has(w[0]!)) return false;
  // 一是, 二是: the enumeration's own copula.
  if (CANDIDATES.has(w[0]!) || (w[1] === '是' && ENUM_NUMERALS.includes(w[0]!))) return true;
  const t = segmenter.tag(w);
  return t.length === 1 && t[0]!.tag !== undefined && FUNCTION_TAGS.has(t[0]!.tag);
}

/** How far each side of a pair the sentence is segmented to read the words beside it. */
const CONTEXT = 6;

/**
 * The lengths of the words jieba reads ending at the first copy (at `i`) and starting at the
 * second, as it segments the sentence around them (0 where the copy is a word alone or no word
 * of WORD_FREQ or more; a word holding both counts as one starting at the second): 政协|和|和|社会 holds no word of either copy, though 协和 is a word in
 * the dictionary; 现在|在|北京 holds 现在.
 */
function tokensAround(text: string, i: number, segmenter: Segmenter): { ends: number; starts: number } {
  const lo = Math.max(0, i - CONTEXT);
  let ends = 0;
  let starts = 0;
  for (const t of segmenter.cut(text.slice(lo, Math.min(text.length, i + 2 + CONTEXT)))) {
    const n = t.end - t.start;
    const known = n >= 2 && segmenter.freq(t.word) >= WORD_FREQ;
    if (known && lo + t.end === i + 1) ends = n;
    if (known && lo + t.start === i + 1) starts = n;
    // A word of the dictionary holds both copies (协会会长, however rare): each is its own.
    if (lo + t.start <= i && lo + t.end >= i + 2 && segmenter.freq(t.word) > 0) starts = n;
  }
  return { ends, starts };
}

/** A reading in brackets after a character (`實(shí)`): pinyin letters with their tone marks. */
const GLOSS_RE = /\([a-z\u00e0-\u01dc]{1,7}\)$/;
/** Where the text before `i` ends once a reading glossing the character before it is left out. */
function beforeGloss(text: string, i: number): number {
  if (text[i - 1] !== ')') return i;
  const m = GLOSS_RE.exec(text.slice(Math.max(0, i - 9), i));
  return m ? i - m[0].length : i;
}

/** The aspect particles a verb takes (作了, 作过, 作着). */
const ASPECT_PARTICLES = '了过着';
/** Whether jieba tags the character alone a verb (作 is; 记 of 总书记 is a noun). */
function isVerbAlone(c: string, segmenter: Segmenter): boolean {
  const t = segmenter.tag(c);
  return t.length === 1 && t[0]!.tag !== undefined && t[0]!.tag.startsWith('v');
}

/** Words this long (总书记, 委员会) end only where their last character is said once. */
const LONG_WORD = 3;
const HAN_ONLY_RE = /^[\u4e00-\u9fff]+$/;
/** The suffix of a place's head (园长, 店长, 站长). */
const HEAD_SUFFIX = '长';

/**
 * A character of any kind typed twice right after a word of three or more that ends in it
 * (`总书记记强调`, `办公室室`), or a noun of two (`秸秆秆禁烧`): jieba reads that word ending at
 * the first copy, the second copy starts no word of the dictionary (`委员会|会议`, `书记|记录`
 * do), is no AABB or ABB form (`热乎乎`, `年年岁岁`) and the pair is no word itself. Returns the word's
 * length (0: none).
 */
function wordEndTwice(text: string, i: number, segmenter: Segmenter): number {
  const c = text[i]!;
  const next = text.slice(i + 2, i + 4);
  if (!HAN_ONLY_RE.test(c) || next.length < 2 || !HAN_ONLY_RE.test(next)) return 0;
  if (text[i - 1] === c || text[i + 2] === c || text[i + 3] === next[0] || segmenter.freq(c + c) > 0) return 0;
  // The BB of an AABB form (年年岁岁, 祖祖辈辈: 年岁 and 祖辈 are nouns of two).
  if (i >= 2 && text[i - 1] === text[i - 2]) return 0;
  // The second copy starts a word of the dictionary (委员会|会议, 书记|记录; of four: 《中国共产党|党和国家机关基层组织工作条例》).
  const after = text.slice(i + 2, i + 5);
  for (let k = 1; k <= after.length && HAN_ONLY_RE.test(after.slice(0, k)); k++) if (segmenter.freq(c + after.slice(0, k)) > 0) return 0;
  // The head of the place the long word names (幼儿园|园长, 加油站|站长, 专卖店|店长): 长 makes a
  // head of any such place, in the dictionary or not.
  if (next[0] === HEAD_SUFFIX) return 0;
  // A verb of one character with its aspect particle (业务工作|作了|具体安排, 合作|作过): a word of its own.
  if (ASPECT_PARTICLES.includes(next[0]!) && isVerbAlone(c, segmenter)) return 0;
  const { ends, starts } = tokensAround(text, i, segmenter);
  if (starts !== 0) return 0;
  return ends >= LONG_WORD || (ends === 2 && isNounWord(text.slice(i - 1, i + 1), segmenter) && !traditionalAround(text, i)) ? ends : 0;
}

/**
 * `花生生產區`: in traditional script the word after the second copy (生產) is none of the
 * dictionary's simplified words, so the dictionary cannot tell a slip there.
 */
const traditionalAround = (text: string, i: number): boolean => [...text.slice(i + 1, i + 4)].some(isConvertibleChar);

/** Whether jieba tags `w` a noun of its own (秸秆, 农药): not a name (nr, ns, nt, nz). */
function isNounWord(w: string, segmenter: Segmenter): boolean {
  const t = segmenter.tag(w);
  return t.length === 1 && /^n[gl]?$/.test(t[0]!.tag ?? '');
}

/** A word this common that one copy's deletion completes (市政府, 总书记) says the pair is a slip in it. */
const INSIDE_WORD_FREQ = 300;
/** How many characters of the word stand before and after the doubled one: 市|政政|府, 国务|务|院, 总|书书|记. */
const INSIDE_SPLITS: ReadonlyArray<readonly [number, number]> = [[1, 1], [2, 1], [1, 2]];

/**
 * A character of any kind typed twice inside a common word of three or four (`市政政府`, `国务务院`):
 * with one copy gone a word of INSIDE_WORD_FREQ or more spans it, jieba reads that word there, and
 * the part before the doubled character is no commoner word alone than the whole (北京大学|学生 is
 * two words: 大学 is far commoner than 大学生). No AABB or ABB form is around it (干干净净) and the pair
 * is no word. Read from word counts alone, so a suggestion.
 */
function wordInsideTwice(text: string, i: number, segmenter: Segmenter): boolean {
  const c = text[i]!;
  if (!HAN_ONLY_RE.test(c) || text[i - 1] === c || text[i + 2] === c || segmenter.freq(c + c) > 0) return false;
  if ((text[i + 2] !== undefined && text[i + 3] === text[i + 2]) || (i >= 2 && text[i - 1] === text[i - 2])) return false;
  for (const [pre, post] of INSIDE_SPLITS) {
    if (i < pre || i + 2 + post > text.length) continue;
    const x = text.slice(i - pre, i);
    const z = text.slice(i + 2, i + 2 + post);
    if (!HAN_ONLY_RE.test(x + z)) continue;
    const w = x + c + z;
    const f = segmenter.freq(w);
    if (f < INSIDE_WORD_FREQ || segmenter.freq(x + c) >= f) continue;
    // jieba reads the word with one copy gone.
    const lo = Math.max(0, i - pre - CONTEXT);
    const joined = text.slice(lo, i + 1) + text.slice(i + 2, Math.min(text.length, i + 2 + post + CONTEXT));
    const at = i - pre - lo;
    if (segmenter.cut(joined).some((t) => t.start === at && t.end === at + w.length)) return true;
  }
  return false;
}

export function findDoubledChars(text: string, segmenter: Segmenter): DoubledChar[] {
  const out: DoubledChar[] = [];
  const isWord = (w: string) => segmenter.freq(w) >= WORD_FREQ;
  for (let i = 0; i + 1 < text.length; i++) {
    const c = text[i]!;
    if (text[i + 1] !== c) continue;
    if (!CANDIDATES.has(c)) {
      // Any character typed twice at the end of a long word (习近平总书记记强调): see wordEndTwice.
      const ends = wordEndTwice(text, i, segmenter);
      if (ends > 0) {
        // After a noun of two (秸秆秆禁烧), a reading of the dictionary's counts: a suggestion.
        out.push({ start: i, char: c, ...(ends < LONG_WORD ? { unsure: true as const } : {}) });
        i++;
      } else if (wordInsideTwice(text, i, segmenter)) {
        out.push({ start: i, char: c, unsure: true });
        i++;
      }
      continue;
    }
    if (text[i + 2] === c || text[i - 1] === c) continue; // 哈哈哈-like runs: not a slip of one
    // AABB: 实实在在, 是是非非, 的的确确 (实在, 是非, 的确); a page may gloss each character of
    // the AA with its reading (實(shí)實(shí)在在).
    const b1 = beforeGloss(text, i);
    const before = text[b1 - 1];
    const after = text[i + 2];
    // A reduplicated word before (硕果累累|的的) is no AABB where AB is no word.
    if (before !== undefined && text[beforeGloss(text, b1 - 1) - 1] === before && before !== c && !(segmenter.freq(before + before) > 0 && segmenter.freq(before + c) === 0)) continue;
    if (after !== undefined && text[i + 3] === after && after !== c && !(segmenter.freq(after + after) > 0 && segmenter.freq(c + after) === 0)) continue;
    if (isWord(c + c)) continue;
    // Typed twice inside a word: with one copy gone, a word spans it (共和和国 → 共和国).
    if (spansWord(text, i, isWord)) {
      out.push({ start: i, char: c });
      i++;
      continue;
    }
    const { ends, starts } = tokensAround(text, i, segmenter);
    // A word starts at the second copy (为了|了解, 就是|是否): each copy has its word; not a
    // pronoun's own word after the pronoun alone (这|这个, 我|我们): no word takes it before.
    if (starts >= 2 && !(ends === 0 && PRONOUNS.includes(c))) continue;
    // A word ends at the first copy: a word boundary (目的|的, 实事求是|是), unless that word is a
    // function word of two made with this character (更是|是一个, 为了|了让): it already says it.
    if (ends >= 2 && !(ends === 2 && functionCompound(text.slice(i - 1, i + 1), segmenter))) continue;
    out.push({ start: i, char: c });
    i++;
  }
  return out;
}

export const charRepeat = defineRule({
  id: 'char-repeat',
  category: 'wording',
  description: { zh: '重复的字', en: 'Doubled character' },
  docs: { zh: '例：`的的`、`了了`。', en: 'e.g. `的的`, `了了`.' },
  defaultSeverity: 'warning',
  fixable: true,
  segmentation: 'required',
  messages: {
    doubled: {
      zh: '“{char}”字重复：“{pair}”应为“{char}”，请删去一个',
      en: 'Doubled character "{pair}": delete one "{char}"',
    },
    deleteOne: { zh: '删去一个“{char}”', en: 'Delete one "{char}"' },
    doubledUnsure: {
      zh: '“{char}”字重复：“{pair}”疑为多打了一个“{char}”，请核对',
      en: 'Doubled character "{pair}"? Check it',
    },
    doubledWord: {
      zh: '“{word}”重复：“{pair}”疑为多打了一遍，请核对',
      en: 'Word typed twice? "{pair}": check it',
    },
    deleteCopy: { zh: '删去一个“{word}”', en: 'Delete one "{word}"' },
  },
  check(ctx) {
    if (!ctx.segmenter) return;
    for (const d of findDoubledChars(ctx.text, ctx.segmenter)) {
      ctx.report({
        start: d.start,
        end: d.start + 2,
        messageId: d.unsure ? 'doubledUnsure' : 'doubled',
        params: { char: d.char, pair: d.char + d.char },
        fixes: [{ title: 'deleteOne', params: { char: d.char }, edits: [{ start: d.start + 1, end: d.start + 2, newText: '' }], ...(d.unsure ? { safe: false } : {}) }],
      });
    }
    // A pair never crosses a line (both copies are Chinese characters) and what decides it
    // stops at the line's start, so each line is read once and kept: an edit re-reads its line.
    const segmenter = ctx.segmenter;
    const words = ctx.cache<Array<DoubledWord & { end: number }>>('doubled-words', LINE_CACHE_SIZE.entries, LINE_CACHE_SIZE.chars);
    for (const d of lineMatches(ctx.doc, words, 4, (own) => findDoubledWords(own, segmenter).map((w) => ({ ...w, end: w.start + 2 * w.word.length })))) {
      const n = d.word.length;
      ctx.report({
        start: d.start,
        end: d.start + 2 * n,
        messageId: 'doubledWord',
        params: { word: d.word, pair: d.word + d.word },
        fixes: [{ title: 'deleteCopy', params: { word: d.word }, edits: [{ start: d.start + n, end: d.start + 2 * n, newText: '' }], safe: false }],
      });
    }
  },
});
