import typoData from '../data/typos.json';
import type { Segmenter } from './segment';
import type { Evidence } from './typo-accept';
import { bestPath } from './typo-confusions';
import { isRareWord } from './rare-words';

/**
 * Misspellings, three ways (the third in typo-confusions.ts):
 * 1. whole-word misspellings from data/typos.json (`再接再励`, `布署`) — no segmenter needed
 *    for long entries; the fix is safe for the curated and ECSpell lists;
 * 2. letters typed or scanned for digits (`IO%`, `o.x`) — a guess, so the fix is not safe;
 * 3. with the segmenter: a character jieba cannot place (a single-character or unknown
 *    token) whose look-alike or sound-alike makes a known word that a unigram model of
 *    jieba's dictionary prefers by a wide margin (`衣村`→农村, `杜会`→社会, `深人`→深入).
 *    Names are never corrected (POS nr/ns/nt, a surname before an unknown word, a title after).
 */

export interface TypoEntry {
  wrong: string;
  right: string;
  source: string;
  examples?: string[];
  /** false: a curated form that can also be right (真得, 'really must'): its fix is a suggestion. */
  safe?: boolean;
}

export const TYPO_ENTRIES: readonly TypoEntry[] = typoData.entries;

export interface Typo {
  start: number;
  end: number;
  wrong: string;
  right: string;
  /** A guess reported only where its written form stands once in the draft (a term of its own stands again). */
  once?: true;
  kind: 'list' | 'digits' | 'confusion';
  safe: boolean;
  /** A guess that holds only where the draft bears it out (typo-accept.ts says how; typo.ts decides). */
  evidence?: Evidence;
  /** The correction the guess was measured with, where another one is named (打佯: 打听 measured, 打烊 named): the evidence asks about it. */
  measured?: string;
  /** A look-alike measured on the glyphs only (typo-confusable.ts), the weaker prior: typo.ts asks whether the draft writes its form elsewhere unread. */
  glyph?: true;
  /** A guess whose correction completes a longer known word: the written pair being a rare word does not stop it. */
  whole?: true;
  /** A guess from the public look-alike or sound-alike lists, not our OCR look-alikes. */
  broad?: true;
}

/** Entries by the UTF-16 code of their first character, longest first. */
const BY_FIRST = new Map<number, TypoEntry[]>();
for (const e of TYPO_ENTRIES) {
  const list = BY_FIRST.get(e.wrong.charCodeAt(0)) ?? [];
  list.push(e);
  BY_FIRST.set(e.wrong.charCodeAt(0), list);
}
for (const list of BY_FIRST.values()) list.sort((a, b) => b.wrong.length - a.wrong.length);
/**
 * Bit set of the entries' first two characters (hashed): a position whose pair is not in it
 * starts no entry. Entries are words of two characters or more.
 */
const FIRST_PAIRS = new Uint32Array(1 << 11);
const firstPairHash = (a: number, b: number): number => (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77)) >>> 16;
const HAS_ONE_CHAR_ENTRY = TYPO_ENTRIES.some((e) => e.wrong.length < 2);
for (const e of TYPO_ENTRIES) {
  const h = firstPairHash(e.wrong.charCodeAt(0), e.wrong.charCodeAt(1));
  FIRST_PAIRS[h >>> 5]! |= 1 << (h & 31);
}

/** Sources whose entries are exact misspellings a fix may apply unasked. */
const SAFE_SOURCES = new Set(['curated', 'ecspell-common']);
/** A neighbouring word this frequent means the match straddles two real words. */
const BOUNDARY_FREQ = 50;

function isWordAt(seg: Segmenter, w: string, minFreq: number): boolean {
  return seg.freq(w) >= minFreq;
}

/**
 * Whether a real word overlaps the match from outside (`国家重点` is not `家重`). With the
 * correction (`right`), a word that holds only a character the correction keeps does not count
 * when that word and the corrected form make one longer word (`人民政符`: 民政 overlaps 政, but
 * 人民政府 is a word; `同时侯书记`: 同时候 is none, so 同时 and 侯 are read).
 */
export function straddles(text: string, start: number, end: number, seg: Segmenter, right?: string): boolean {
  const same = right !== undefined && right.length === end - start;
  const firstKept = same && right[0] === text[start];
  const lastKept = same && right[right.length - 1] === text[end - 1];
  let leftRead: boolean | undefined;
  let rightRead: boolean | undefined;
  for (let k = 2; k <= 4; k++) {
    if (start - k + 1 >= 0 && isWordAt(seg, text.slice(start - k + 1, start + 1), BOUNDARY_FREQ)) {
      if (!firstKept || !(leftRead ??= longerWord(seg, text, start, right, -1))) return true;
    }
    if (end - 1 + k <= text.length && isWordAt(seg, text.slice(end - 1, end - 1 + k), BOUNDARY_FREQ)) {
      if (!lastKept || !(rightRead ??= longerWord(seg, text, end, right, 1))) return true;
    }
  }
  return false;
}

/** Whether one to three characters before `at` (dir -1) or from `at` on (dir 1) and `right` make a word. */
function longerWord(seg: Segmenter, text: string, at: number, right: string, dir: -1 | 1): boolean {
  for (let j = 1; j <= 3; j++) {
    if (dir < 0 ? at - j < 0 : at + j > text.length) break;
    const w = dir < 0 ? text.slice(at - j, at) + right : right + text.slice(at, at + j);
    if (isWordAt(seg, w, BOUNDARY_FREQ)) return true;
  }
  return false;
}

/**
 * `天公作美` matched as 公作 (工作): a real word the trimmed dictionary leaves out (rare-words.ts:
 * 天公, jieba's full dictionary rates it 26) reaches into the form from outside and holds the
 * character the correction would change: the draft reads that word, and the character is its
 * own. pycorrector's short pairs are each right in one sentence only. A rare word that holds an
 * unchanged character says nothing of the changed one (县政 beside 县政符: 符 is still read as
 * 府). Two-character words only, as rare-words.ts keeps them.
 */
function rareWordHoldsChange(text: string, start: number, end: number, right: string): boolean {
  const wrong = text.slice(start, end);
  if (start > 0 && wrong[0] !== right[0] && isRareWord(text.slice(start - 1, start + 1))) return true;
  return end < text.length && wrong[wrong.length - 1] !== right[right.length - 1] && isRareWord(text.slice(end - 1, end + 1));
}

/** A character this frequent as a word alone stands as one beside a word of its neighbours. */
const ALONE_FREQ = 1000;

/**
 * `该村仅管护林地就有三千亩`: a form of two (仅管 for 尽管) whose first character, the one the
 * correction changes, is a common word alone (仅, only) and whose second begins a word of the
 * dictionary, however rare, that reaches out of the form (管护, to tend): the draft reads
 * 仅|管护, two words, and no slip. Not the mirror (国家中长其: 中长 reaches in, but 长其 is 长期's slip).
 */
function readsApart(text: string, start: number, end: number, right: string, seg: Segmenter): boolean {
  if (end - start !== 2 || right.length !== 2 || text[start] === right[0] || text[start + 1] !== right[1]) return false;
  if (seg.freq(text[start]!) < ALONE_FREQ) return false;
  for (let k = 2; k <= 3 && start + 1 + k <= text.length; k++) if (seg.freq(text.slice(start + 1, start + 1 + k)) > 0) return true;
  return false;
}

/**
 * A choice between doing and not doing (`干与不干`, `去和不去`, `说或不说`): a form that ends in
 * 与/和/或 followed by 不 and its head again is the head, the conjunction and its negation, not
 * a misspelt word (`干与` for 干预).
 */
function choiceOfTwo(text: string, start: number, end: number): boolean {
  const head = text.slice(start, end - 1);
  return '与和或'.includes(text[end - 1]!) && text[end] === '不' && head !== '' && text.startsWith(head, end + 1);
}

/**
 * pycorrector's pairs are a test list of learners' slips, each right only in its sentence: on
 * ~2,000 gathered real pages every one of its findings was a correct text (`眼角爬上的皱纹` for
 * 爬山, `表达的是敬仰` for 表达的事, `致贺辞`, `省里的、处里的` for 处理). A short form (three
 * characters or fewer) or one that swaps a particle is reported only where the correction makes
 * its clause clearly likelier (LIST_MIN_GAIN, the unigram model of the guesses) and is no item of
 * a list of parallel items; its real slips gain more (`一但` 2.6, `我门` 6.1, `提共` 8.4; `爬上` 1.9, `贺辞` 1.2).
 */
const MEASURED_SOURCES = new Set(['pycorrector-custom']);
const LIST_MIN_GAIN = 2.5;
/** How far (characters) each side of a form its clause is measured, as the guesses measure it. */
const MEASURE_SPAN = 6;
/** Particles and function characters whose swap only the sentence can judge (的/得, 是/事, 在/再, 吧/把). */
const PARTICLE_SWAP = '的地得是事在再把吧了着过那哪';
const HAN_RE = /[\u4e00-\u9fff]/;

/** Whether entry `e` is measured in its clause before it is reported. */
export function measured(e: TypoEntry): boolean {
  if (!MEASURED_SOURCES.has(e.source)) return false;
  if (e.wrong.length <= 3 || e.wrong.length !== e.right.length) return true;
  return [...e.wrong].some((c, k) => c !== e.right[k] && PARTICLE_SWAP.includes(c));
}

/** Whether writing `right` for text[start..end) makes its clause at least LIST_MIN_GAIN likelier. */
function clearGain(text: string, start: number, end: number, right: string, seg: Segmenter): boolean {
  return gainOf(text, start, end, right, seg) >= LIST_MIN_GAIN;
}

/**
 * A correction this common (工作, 发展, 政府), making its clause this much likelier, outweighs a
 * word that reaches into the form from outside: `有关公作` reads 有|关公|作 only because 公作 is
 * no word; `蓬勃发掌`, 蓬|勃发|掌. A real reading across the form gains little or loses
 * (`关公作为`: 关工作为 is worse).
 */
const STRADDLE_RIGHT_FREQ = 10_000;
const STRADDLE_MIN_GAIN = 8;
function outweighsStraddle(text: string, start: number, end: number, right: string, seg: Segmenter): boolean {
  return seg.freq(right) >= STRADDLE_RIGHT_FREQ && gainOf(text, start, end, right, seg) >= STRADDLE_MIN_GAIN;
}

/** How much likelier (log) writing `right` for text[start..end) makes the clause around it. */
function gainOf(text: string, start: number, end: number, right: string, seg: Segmenter): number {
  let a = start;
  while (a > 0 && start - a < MEASURE_SPAN && HAN_RE.test(text[a - 1]!)) a--;
  let b = end;
  while (b < text.length && b - end < MEASURE_SPAN && HAN_RE.test(text[b]!)) b++;
  const before = text.slice(a, b);
  return bestPath(text.slice(a, start) + right + text.slice(end, b), seg) - bestPath(before, seg);
}

/**
 * `省里的、市里的、处里的`: the form's last characters and the one after it close the list item
 * before it (or after it) as well: an item of a list of parallel items, each written alike.
 */
function parallelItem(text: string, start: number, end: number): boolean {
  const tail = text.slice(start + 1, end + 1);
  if (tail.length < 2) return false;
  if (text[start - 1] === '、' && text.slice(start - 1 - tail.length, start - 1) === tail) return true;
  const next = text.indexOf('、', end);
  return next === end + tail.length - 1 && text.startsWith(tail, next + 2);
}

/** A work that comes in copies, named after the measure word: a title in marks or a document noun. */
const COPY_NOUN_RE = /^(?:[《“「]|(?:报告|報告|文件|材料|资料|資料|合同|协议|協議|问卷|問卷|答卷|试卷|試卷|名单|名單|清单|清單|方案|计划|計劃|总结|總結|讲稿|講稿|稿件|提案|议案|議案|简报|簡報|表格|刊物|杂志|雜誌|报纸|報紙|文稿|答卷|成绩单|说明|說明|声明|聲明|承诺书|承諾書|申请|申請|规划|規劃))/;

/**
 * `我在本份《施政报告》提出`, `本份文件`: 份 counting the copy after it (本份 = this copy), not a slip for 本分 (one's
 * duty). A form whose only change is 份→分 in its last character, before a work named by a title or a document noun.
 */
function countsCopies(text: string, start: number, end: number, right: string, seg: Segmenter): boolean {
  if (text[end - 1] !== '份' || right[right.length - 1] !== '分' || text.slice(start, end - 1) !== right.slice(0, -1)) return false;
  const after = text.slice(end, end + 6);
  if (COPY_NOUN_RE.test(after)) return true;
  // Any noun the dictionary names right after (`本份报表`): the measure word counts it.
  const first = seg.tag(after)[0];
  return first !== undefined && first.word.length >= 2 && /^n/.test(first.tag ?? '') && seg.freq(first.word) >= 1000;
}

export function findListedTypos(text: string, seg?: Segmenter): Typo[] {
  const out: Typo[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const h = firstPairHash(code, text.charCodeAt(i + 1));
    if ((FIRST_PAIRS[h >>> 5]! & (1 << (h & 31))) === 0 && !HAS_ONE_CHAR_ENTRY) continue;
    const list = BY_FIRST.get(code);
    if (!list) continue;
    for (const e of list) {
      if (!text.startsWith(e.wrong, i)) continue;
      const end = i + e.wrong.length;
      // Without the dictionary only long, distinctive forms are safe to match.
      if (!seg && e.wrong.length < (e.source === 'curated' ? 3 : 4)) continue;
      // A word reaching in from outside reads the form apart, unless the correction is a very
      // common word that makes its clause far likelier (有关公作: 关公; 蓬勃发掌: 勃发; “六稳”公作对于:
      // 公|作对): then it is read, as a suggestion only.
      const straddled = !!seg && e.wrong.length < 4 && (straddles(text, i, end, seg, e.right) || readsApart(text, i, end, e.right, seg));
      if (straddled && !outweighsStraddle(text, i, end, e.right, seg)) continue;
      if (choiceOfTwo(text, i, end)) continue;
      if (seg && countsCopies(text, i, end, e.right, seg)) continue;
      if (measured(e) && (!seg || parallelItem(text, i, end) || rareWordHoldsChange(text, i, end, e.right) || !clearGain(text, i, end, e.right, seg))) continue;
      out.push({ start: i, end, wrong: e.wrong, right: e.right, kind: 'list', safe: !straddled && e.safe !== false && SAFE_SOURCES.has(e.source) });
      i = end - 1;
      break;
    }
  }
  return out;
}

/** `IO%`, `o.x`, `2O21`: letters I, l, O, o standing for digits next to numbers. */
const DIGIT_LOOKALIKE_RE =
  /(?<![A-Za-z0-9.])(?:([0-9IlO]*[IlO][0-9IlO]*(?:\.[0-9]+)?%)|([Oo]\.[0-9xX]+)|(\d[0-9Oo]*[Oo][0-9Oo]*))(?![A-Za-z0-9])/g;

/** A Chinese character (the unit or word after a number). */
const CJK_AFTER_RE = /^[\u4e00-\u9fff]$/;

export function findDigitLookalikes(text: string): Typo[] {
  const out: Typo[] = [];
  DIGIT_LOOKALIKE_RE.lastIndex = 0;
  for (let m = DIGIT_LOOKALIKE_RE.exec(text); m; m = DIGIT_LOOKALIKE_RE.exec(text)) {
    const wrong = m[0];
    // A bare `2O` is too short to judge, unless a Chinese unit or word follows it (`5O年`,
    // `2o周年`: a scan's O for 0, where no code or formula stands); `1O0`, `2O21` are judged.
    if (m[3] && wrong.replace(/[Oo]/g, '').length < 2 && !CJK_AFTER_RE.test(text.charAt(m.index + wrong.length))) continue;
    const right = wrong.replace(/[IlO]/g, (c) => (c === 'O' ? '0' : '1')).replace(/o/g, '0');
    if (m[1] && /^[0-9.]*%$/.test(right) === false) continue;
    out.push({ start: m.index, end: m.index + wrong.length, wrong, right, kind: 'digits', safe: false });
  }
  return out;
}
