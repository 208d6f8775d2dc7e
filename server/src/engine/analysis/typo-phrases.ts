/**
 * Slips in set phrases: a four-character idiom or set phrase of jieba's dictionary (成语,
 * 习用语) or an official-writing phrase (set-phrases.txt beside the trimmed dictionaries, set-phrases-build.ts)
 * written with one character swapped for one of its look-alikes or sound-alikes
 * (`前车之签`→前车之鉴, `数以万记`→数以万计, `有章可寻`→有章可循, `从严治赏`→从严治党,
 * `营商环竟`→营商环境). The segmenter's guesses (typo-confusions.ts) miss most of them: the
 * slip often makes words of its own (`不记`, `可寻`), or its pieces are words (`风霜`, `雨`, `血`).
 *
 * A window is reported only when the phrase is far likelier than the window as written
 * (PHRASE_GAIN under the unigram model the guesses use), the window is no phrase of the table
 * and no known word, and no word of the line reaches into it from outside (`旨在进一步` is
 * 旨在 + 进一步, not 再进一步). A guess, never a safe fix. Linear: a bit-set test per character.
 */
import * as fs from 'node:fs';
import { findDictionaries, type Segmenter } from './segment';
import type { Typo } from './typo-detect';
import { straddles } from './typo-detect';
import { PAIR_BYTES, TRIPLE_BYTES, pairHash, tripleHash } from './set-phrases-build';
import { bestPath, LN_TOTAL } from './typo-confusions';
import { confusable } from './typo-confusable';
import { isRareWord } from './rare-words';

/**
 * How much likelier (ln) the phrase must be than the window as written. On 674 gathered
 * pages and ECSpell's odw.train the phrases right as written scored at most 12.7 (`央政法委` in
 * 中央政法委员会, which a word from outside reaches into) and 11.0 otherwise (`奋力争先`,
 * `中央纪委宣传部`, `共作报告`); the slips on the gathered pages 14.4–19.3.
 */
export const PHRASE_GAIN = 12;
/**
 * The gain that will do where the slipped character makes no word with either neighbour in
 * the window (`教育方真`: 方真; `认其贯彻`: 认其, 其贯) and jieba reads it in a token it cannot
 * place (unplaced): a phrase right as written has its characters in words (`奋力争先`: 奋力), a
 * name or an abbreviation (`教育部关工委`: 关工委/nt) or a particle (`需要的高素质人才`).
 */
export const PHRASE_LONE_GAIN = 5;


/**
 * set-phrases.txt (UTF-16LE) searched in place (read on first use: a few milliseconds, none of them in the
 * bundle a cold command parses): its lines have a fixed width, so the nth is found by
 * arithmetic and loading reads no line. `all`: every phrase with its mark (`+` a target a slip
 * may stand for, `-` a form jieba lists beside a commoner one, 栋梁之才 beside 栋梁之材) and its
 * rating in jieba's dictionary (five digits, 0 for none), in code-unit order; `back`: the
 * targets, by their last two characters. `pairs` and `triples` (set-phrases.bits): bit sets of
 * the targets' first two and last two characters, and of their characters with one left out;
 * a window is searched only where three of its characters stand in a target as they stand in
 * the window (on a speech about 1 window in 12, most of them the phrases themselves).
 */
interface PhraseTable {
  text: string;
  all: Section;
  back: Section;
  pairs: Uint32Array;
  triples: Uint32Array;
}

/** Lines of one width from `start`: line i begins at start + i * width. */
interface Section {
  start: number;
  width: number;
  count: number;
}

/** Undefined until first use; null without the file (no phrase is then looked for). */
let table: PhraseTable | null | undefined;


const lineAt = (s: Section, i: number): number => s.start + i * s.width;
const hasTriple = (t: PhraseTable, a: number, b: number, c: number): boolean => {
  const h = tripleHash(a, b, c);
  return (t.triples[h >>> 5]! & (1 << (h & 31))) !== 0;
};

function load(): PhraseTable | null {
  let text: string;
  let bits: Buffer;
  try {
    const paths = findDictionaries();
    text = fs.readFileSync(paths.setPhrases, 'utf16le');
    bits = fs.readFileSync(paths.setPhraseBits);
  } catch {
    return null;
  }
  const start = text.indexOf('\n') + 1;
  const split = text.indexOf('\n%\n', start);
  // A phrase, its mark, five digits and a line break; a phrase and a line break.
  const all: Section = { start, width: 11, count: (split + 1 - start) / 11 };
  const back: Section = { start: split + 3, width: 5, count: (text.length - split - 3) / 5 };
  if (split < 0 || !Number.isInteger(all.count) || !Number.isInteger(back.count) || bits.length !== PAIR_BYTES + TRIPLE_BYTES) return null;
  // A file's own buffer is aligned; a copy makes sure of it.
  const aligned = bits.byteOffset % 4 === 0 ? bits : Buffer.from(new Uint8Array(bits));
  const pairs = new Uint32Array(aligned.buffer, aligned.byteOffset, PAIR_BYTES / 4);
  const triples = new Uint32Array(aligned.buffer, aligned.byteOffset + PAIR_BYTES, TRIPLE_BYTES / 4);
  return { text, all, back, pairs, triples };
}

/**
 * Compares the phrase at `at` with text[p..p+4] on characters `from`, `from + 1`, and (`whole`)
 * the other two: the order of `all` (from 0) and of `back` (from 2, then 0 and 1).
 */
function compareAt(t: PhraseTable, at: number, text: string, p: number, from: number, whole: boolean): number {
  const s = t.text;
  let d = s.charCodeAt(at + from) - text.charCodeAt(p + from);
  if (d === 0) d = s.charCodeAt(at + from + 1) - text.charCodeAt(p + from + 1);
  if (d !== 0 || !whole) return d;
  const o = 2 - from;
  d = s.charCodeAt(at + o) - text.charCodeAt(p + o);
  return d !== 0 ? d : s.charCodeAt(at + o + 1) - text.charCodeAt(p + o + 1);
}

/** The first line of section `s` not below text[p..p+4] (compared as compareAt does): a lower bound. */
function lowerBound(t: PhraseTable, s: Section, text: string, p: number, from: number, whole: boolean): number {
  let lo = 0;
  let hi = s.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareAt(t, lineAt(s, mid), text, p, from, whole) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where text[p..p+4] stands in `all`, or -1. */
function lineOf(t: PhraseTable, text: string, p: number): number {
  const i = lowerBound(t, t.all, text, p, 0, true);
  return i < t.all.count && compareAt(t, lineAt(t.all, i), text, p, 0, true) === 0 ? lineAt(t.all, i) : -1;
}

/** The rating a line of `all` gives its phrase (0: none in jieba's dictionary). */
function ratingAt(t: PhraseTable, at: number): number {
  let f = 0;
  for (let k = at + 5; k < at + 10; k++) f = f * 10 + t.text.charCodeAt(k) - 48;
  return f;
}

const isTarget = (t: PhraseTable, at: number): boolean => t.text.charCodeAt(at + 4) === 0x2b; /* + */

/** The one place where the phrase at `line` differs from text at p, or -1 (none, or more than one). */
function oneDifference(t: PhraseTable, line: number, text: string, p: number): number {
  let at = -1;
  for (let k = 0; k < 4; k++) {
    if (t.text.charCodeAt(line + k) === text.charCodeAt(p + k)) continue;
    if (at >= 0) return -1;
    at = k;
  }
  return at;
}

/** A common word of the window as written, and a word of the phrase in its place. */
const SWAP_WRITTEN_FREQ = 1000;
const SWAP_MEANT_FREQ = 100;
/** Whether a two-character string is a word, of the trimmed dictionary or a rare one. */
const isWord = (w: string, seg: Segmenter): boolean => seg.freq(w) > 0 || isRareWord(w);

/**
 * `砥砺前进` for 砥砺前行: the character sits in a common word of the window (前进) whose place
 * the phrase fills with another word (前行): a variant of the phrase made of words, no slip.
 * `紧抓机遇` for 抢抓机遇 likewise, where the written word is a real one that the trimmed
 * dictionary leaves out (紧抓, rare-words.ts) and the phrase's is a word too, no common one: unless
 * a scan's look-alike (`lookAlike`) made it, a rare word is written on purpose. A slip makes a
 * rare word from a common one by chance (孜然资源 for 自然资源, 两岸同袍 for 两岸同胞).
 */
function swapsWords(win: string, phrase: string, k: number, seg: Segmenter, lookAlike: boolean): boolean {
  for (const a of [k - 1, k]) {
    if (a < 0 || a + 2 > 4) continue;
    const written = win.slice(a, a + 2);
    const meant = phrase.slice(a, a + 2);
    if (seg.freq(written) >= SWAP_WRITTEN_FREQ && seg.freq(meant) >= SWAP_MEANT_FREQ) return true;
    if (!lookAlike && isRareWord(written) && isWord(meant, seg) && seg.freq(meant) < SWAP_WRITTEN_FREQ) return true;
  }
  return false;
}

/**
 * Characters standard usage writes either way in many words (`多作贡献` / `多做贡献`, `作报告` /
 * `做报告`, `唯一` / `惟一`): the phrase table holding one form says nothing against the other, so
 * such a swap is never read at the lower gain.
 */
const INTERCHANGEABLE = new Set(['作做', '做作', '唯惟', '惟唯']);
function interchangeable(written: string, meant: string): boolean {
  return INTERCHANGEABLE.has(written + meant);
}

/** Whether win[k] makes no word (of the trimmed dictionary or a rare one) with a neighbour in the window. */
function strandedAt(win: string, k: number, seg: Segmenter): boolean {
  return (k === 0 || !isWord(win.slice(k - 1, k + 1), seg)) && (k === 3 || !isWord(win.slice(k, k + 2), seg));
}

/** Particles and conjunctions: a window's phrase slip is never one of these (`需要的高素质`). */
const FUNCTION_CHARS = '的地得之了着过和与及或而';

/**
 * Whether the character at `i` is in no word of two or more characters of the dictionary as
 * jieba cuts the text around it (`方真`, `认其`, `本系`: its HMM's guesses or single characters;
 * not `关工委`, an abbreviation it knows) and is no particle. Asked of the dictionary, not of a
 * token's tag or length: jieba-wasm's HMM cuts `本|系` where nodejieba's makes `本系/x`.
 */
function unplaced(text: string, i: number, seg: Segmenter): boolean {
  if (FUNCTION_CHARS.includes(text[i]!)) return false;
  const from = Math.max(0, i - 4);
  return !seg.cut(text.slice(from, i + 5)).some((t) => t.start <= i - from && i - from < t.end && t.end - t.start >= 2 && seg.has(t.word));
}

/** The likeliest phrase window p..p+4 may stand for, with its gain, or undefined. */
function phraseAt(text: string, p: number, t: PhraseTable, seg: Segmenter, lastTwo: boolean, firstTwo: boolean): { right: string; gain: number } | undefined {
  let best: { right: string; gain: number } | undefined;
  let before: number | undefined;
  const win = text.slice(p, p + 4);
  const consider = (at: number): void => {
    // Most phrases that share a pair with the window differ in two places or more: no string made.
    const k = oneDifference(t, at, text, p);
    if (k < 0) return;
    const c = confusable(win[k]!);
    const meant = t.text[at + k]!;
    if (!c.curated.includes(meant) && !c.shape.includes(meant) && !c.broad.includes(meant) && !c.glyph.includes(meant)) return;
    const word = t.text.slice(at, at + 4);
    if (swapsWords(win, word, k, seg, c.curated.includes(meant) || c.glyph.includes(meant))) return;
    const line = lineOf(t, word, 0);
    if (line < 0 || !isTarget(t, line)) return;
    // The phrase's likelihood: its own rating (most idioms are below the trimmed dictionary's
    // floor), or the words it is made of (联席 会议), whichever is higher.
    const f = ratingAt(t, line);
    const after = Math.max(f > 0 ? Math.log(f) - LN_TOTAL : -Infinity, bestPath(word, seg));
    before ??= bestPath(win, seg);
    const gain = after - before;
    const enough = gain >= PHRASE_GAIN || (gain >= PHRASE_LONE_GAIN && !interchangeable(win[k]!, meant) && strandedAt(win, k, seg) && unplaced(text, p + k, seg));
    if (enough && (!best || gain > best.gain)) best = { right: word, gain };
  };
  // A slip in the last two characters: the phrases that open with the window's first two.
  if (lastTwo) {
    for (let i = lowerBound(t, t.all, text, p, 0, false); i < t.all.count && compareAt(t, lineAt(t.all, i), text, p, 0, false) === 0; i++) consider(lineAt(t.all, i));
  }
  // A slip in the first two: the phrases that close with the window's last two.
  if (firstTwo) {
    for (let i = lowerBound(t, t.back, text, p, 2, false); i < t.back.count && compareAt(t, lineAt(t.back, i), text, p, 2, false) === 0; i++) consider(lineAt(t.back, i));
  }
  return best;
}

const hasPair = (t: PhraseTable, a: number, b: number): boolean => {
  const h = pairHash(a, b);
  return (t.pairs[h >>> 5]! & (1 << (h & 31))) !== 0;
};

/**
 * Which two neighbours of the window a b c d, written the other way round, may make a target
 * (0: a b, 1: b c, 2: c d), or -1: the target's first and last pairs must both be targets'
 * pairs (two bit tests each). `起此彼伏` for 此起彼伏: a typist's transposition, which one
 * character's look-alikes never reach.
 */
function transposedAt(t: PhraseTable, a: number, b: number, c: number, d: number): number {
  if (a !== b && hasPair(t, b, a) && hasPair(t, c, d)) return 0;
  if (b !== c && hasPair(t, a, c) && hasPair(t, b, d)) return 1;
  if (c !== d && hasPair(t, a, b) && hasPair(t, d, c)) return 2;
  return -1;
}

/**
 * The target the window p..p+4 makes with its neighbours at `k`, `k + 1` swapped, with its gain.
 * A window of two words is a wording, no slip (`互相促进` beside 相互促进, `全面开展` beside 全面展开,
 * `科学建设` beside 学科建设, `发奋有为` beside 奋发有为, on the gathered pages): a swapped pair
 * breaks at least one of them. The phrase must be far likelier than the window (PHRASE_GAIN).
 */
function transposed(text: string, p: number, k: number, t: PhraseTable, seg: Segmenter): { right: string; gain: number } | undefined {
  const win = text.slice(p, p + 4);
  if (isWord(win.slice(0, 2), seg) && isWord(win.slice(2), seg)) return undefined;
  const word = win.slice(0, k) + win[k + 1]! + win[k]! + win.slice(k + 2);
  const line = lineOf(t, word, 0);
  if (line < 0 || !isTarget(t, line)) return undefined;
  const f = ratingAt(t, line);
  const gain = Math.max(f > 0 ? Math.log(f) - LN_TOTAL : -Infinity, bestPath(word, seg)) - bestPath(win, seg);
  return gain >= PHRASE_GAIN ? { right: word, gain } : undefined;
}

/**
 * Whether a set phrase of the table, written as it stands, holds text[start..end) and reaches
 * past it (`不能自已`, an idiom, holds the misspelling 自已 of 自己): the form is right there.
 */
export function inSetPhrase(text: string, start: number, end: number): boolean {
  if (end - start >= 4) return false;
  if (table === undefined) table = load();
  const t = table;
  if (!t) return false;
  for (let p = Math.max(0, end - 4); p <= start && p + 4 <= text.length; p++) if (lineOf(t, text, p) >= 0) return true;
  return false;
}

/** Set phrases in `text` written with one character slipped: suggestions, never safe fixes. */
export function findPhraseSlips(text: string, seg: Segmenter): Typo[] {
  const out: Typo[] = [];
  const n = text.length;
  if (n < 4) return out;
  if (table === undefined) table = load();
  const t = table;
  if (!t) return out;
  const pairs = t.pairs;
  // `han` counts the Chinese characters ending at q; `hits` remembers, for the last three
  // positions, whether the pair ending there is a target's first or last two.
  let han = 0;
  let hits = 0;
  let prev = 0;
  for (let q = 0; q < n; q++) {
    const c = text.charCodeAt(q);
    if (c >= 0x4e00 && c <= 0x9fff) {
      han++;
      const h = pairHash(prev, c);
      hits = ((hits << 1) | (han >= 2 && (pairs[h >>> 5]! & (1 << (h & 31))) !== 0 ? 1 : 0)) & 0b111;
    } else {
      han = 0;
      hits = 0;
    }
    prev = c;
    // The window p..p+4 ends at q: its first pair is bit 2, its last pair bit 0.
    if (han < 4) continue;
    const p = q - 3;
    const w0 = text.charCodeAt(p);
    const w1 = text.charCodeAt(p + 1);
    const w2 = text.charCodeAt(p + 2);
    // Three characters as a target has them, the fourth (the slip, at 3, 2, 1 or 0) left out.
    const lastTwo = (hits & 0b100) !== 0 && (hasTriple(t, w0, w1, w2) || hasTriple(t, w0, w1, c));
    const firstTwo = (hits & 0b001) !== 0 && (hasTriple(t, w0, w2, c) || hasTriple(t, w1, w2, c));
    const swapped = transposedAt(t, w0, w1, w2, c);
    if (!lastTwo && !firstTwo && swapped < 0) continue;
    // Most windows that get here are a target as written.
    if (lineOf(t, text, p) >= 0) continue;
    const found = (lastTwo || firstTwo ? phraseAt(text, p, t, seg, lastTwo, firstTwo) : undefined) ?? (swapped >= 0 ? transposed(text, p, swapped, t, seg) : undefined);
    // A known word is written as it is meant.
    if (!found || seg.has(text.slice(p, p + 4)) || straddles(text, p, p + 4, seg)) continue;
    out.push({ start: p, end: p + 4, wrong: text.slice(p, p + 4), right: found.right, kind: 'confusion', safe: false });
    // The next window starts after this one.
    han = 0;
    hits = 0;
  }
  return out;
}
