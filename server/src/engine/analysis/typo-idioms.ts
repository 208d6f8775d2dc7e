/**
 * Slips in set phrases: a four-character idiom or set phrase of jieba's dictionary (成语 and
 * 习用语, data/idioms.txt, a form jieba lists itself being no slip) written with one character swapped for one of its look-alikes or
 * sound-alikes (`前车之签`→前车之鉴, `数以万记`→数以万计, `有章可寻`→有章可循, `记忆尤新`→记忆犹新).
 * The segmenter's guesses (typo-confusions.ts) miss most of them: the slip often makes words
 * of its own (`不记`, `可寻`), or its pieces are words (`风霜`, `雨`, `血`).
 *
 * A window is reported only when the phrase is far likelier than the window as written
 * (IDIOM_GAIN under the unigram model the guesses use), the window is no common word itself,
 * and no word of the line reaches into it from outside (`旨在进一步` is 旨在 + 进一步, not
 * 再进一步). A guess, never a safe fix. Linear: two table lookups per character.
 */
import idiomsText from '../data/idioms.txt';
import type { Segmenter } from './segment';
import type { Typo } from './typo-detect';
import { straddles } from './typo-detect';
import { bestPath, LN_TOTAL } from './typo-confusions';
import { confusable } from './typo-confusable';

/**
 * How much likelier (ln) the phrase must be than the window as written. On 674 gathered
 * pages and ECSpell's odw.train the true slips scored 10.6–19.7 and the phrases that were
 * right as written (`奋力争先`, `激动人心的`, `这样的活动`) at most 9.7.
 */
export const IDIOM_GAIN = 12;
/** A window that is itself a word this many times rarer than the phrase, or rarer, may still be a slip. */
const RARER = 10;
/** Phrases a slip may stand for: those of this frequency or more (the `%` section of idioms.txt). */
const TARGET_FREQ = 10;

const isHan = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;

/**
 * data/idioms.txt searched in place: its lines have a fixed width, so the nth is found by
 * arithmetic and loading reads no line. `all`: every phrase with its frequency (five digits),
 * in code-unit order (a phrase listed there is no slip, 栋梁之才 beside 栋梁之材); `back`: those a
 * slip may stand for (frequency 10 or more), by their last two characters. `pairs`: a bit set
 * of the latter's first two and last two characters, so most windows need no search.
 */
interface IdiomTable {
  text: string;
  all: Section;
  back: Section;
  pairs: Uint32Array;
}

/** Lines of one width from `start`: line i begins at start + i * width. */
interface Section {
  start: number;
  width: number;
  count: number;
}

let table: IdiomTable | undefined;

/** ~12,000 pairs in 2^20 bits: a window of ordinary text passes a side's test about 1 time in 90. */
const PAIR_BITS = 1 << 20;
const pairHash = (a: number, b: number): number => (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77)) >>> 12;
const hasPair = (t: IdiomTable, a: number, b: number): boolean => {
  const h = pairHash(a, b);
  return (t.pairs[h >>> 5]! & (1 << (h & 31))) !== 0;
};

const lineAt = (s: Section, i: number): number => s.start + i * s.width;

function load(): IdiomTable {
  const text = idiomsText;
  const start = text.indexOf('\n') + 1;
  const split = text.indexOf('\n%\n', start);
  // A phrase, five digits and a line break; a phrase and a line break.
  const all: Section = { start, width: 10, count: (split + 1 - start) / 10 };
  const back: Section = { start: split + 3, width: 5, count: (text.length - split - 3) / 5 };
  if (!Number.isInteger(all.count) || !Number.isInteger(back.count)) throw new Error('idioms.txt: lines of the wrong width');
  const pairs = new Uint32Array(PAIR_BITS / 32);
  const mark = (a: number, b: number): void => {
    const h = pairHash(a, b);
    pairs[h >>> 5]! |= 1 << (h & 31);
  };
  for (let i = 0; i < back.count; i++) {
    const at = lineAt(back, i);
    mark(text.charCodeAt(at), text.charCodeAt(at + 1));
    mark(text.charCodeAt(at + 2), text.charCodeAt(at + 3));
  }
  return { text, all, back, pairs };
}

/**
 * Compares the phrase at `at` with text[p..p+4] on characters `from`, `from + 1`, and (`whole`)
 * the other two: the order of `all` (from 0) and of `back` (from 2, then 0 and 1).
 */
function compareAt(t: IdiomTable, at: number, text: string, p: number, from: number, whole: boolean): number {
  const s = t.text;
  let d = s.charCodeAt(at + from) - text.charCodeAt(p + from);
  if (d === 0) d = s.charCodeAt(at + from + 1) - text.charCodeAt(p + from + 1);
  if (d !== 0 || !whole) return d;
  const o = 2 - from;
  d = s.charCodeAt(at + o) - text.charCodeAt(p + o);
  return d !== 0 ? d : s.charCodeAt(at + o + 1) - text.charCodeAt(p + o + 1);
}

/** The first line of section `s` not below text[p..p+4] (compared as compareAt does): a lower bound. */
function lowerBound(t: IdiomTable, s: Section, text: string, p: number, from: number, whole: boolean): number {
  let lo = 0;
  let hi = s.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareAt(t, lineAt(s, mid), text, p, from, whole) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The frequency `idioms.txt` gives the phrase at text[p..p+4], 0 when it is not there. */
function frequencyOf(t: IdiomTable, text: string, p: number): number {
  const i = lowerBound(t, t.all, text, p, 0, true);
  if (i >= t.all.count || compareAt(t, lineAt(t.all, i), text, p, 0, true) !== 0) return 0;
  const at = lineAt(t.all, i) + 4;
  let f = 0;
  for (let k = at; k < at + 5; k++) f = f * 10 + t.text.charCodeAt(k) - 48;
  return f;
}

/** The one place where `word` differs from text at p, or -1 (none, or more than one). */
function oneDifference(word: string, text: string, p: number): number {
  let at = -1;
  for (let k = 0; k < 4; k++) {
    if (word.charCodeAt(k) === text.charCodeAt(p + k)) continue;
    if (at >= 0) return -1;
    at = k;
  }
  return at;
}

/** The likeliest phrase window p..p+4 may stand for, with its gain, or undefined. */
function phraseAt(text: string, p: number, t: IdiomTable, seg: Segmenter): { right: string; gain: number } | undefined {
  let best: { right: string; gain: number } | undefined;
  let before: number | undefined;
  const win = text.slice(p, p + 4);
  const consider = (at: number): void => {
    const word = t.text.slice(at, at + 4);
    const k = oneDifference(word, text, p);
    if (k < 0) return;
    const c = confusable(win[k]!);
    const meant = word[k]!;
    if (!c.curated.includes(meant) && !c.shape.includes(meant) && !c.broad.includes(meant)) return;
    const f = frequencyOf(t, word, 0);
    if (f < TARGET_FREQ || seg.freq(win) * RARER > f) return;
    before ??= bestPath(win, seg);
    const gain = Math.log(f) - LN_TOTAL - before;
    if (gain >= IDIOM_GAIN && (!best || gain > best.gain)) best = { right: word, gain };
  };
  // A slip in the last two characters: the phrases that open with the window's first two.
  if (hasPair(t, text.charCodeAt(p), text.charCodeAt(p + 1))) {
    for (let i = lowerBound(t, t.all, text, p, 0, false); i < t.all.count && compareAt(t, lineAt(t.all, i), text, p, 0, false) === 0; i++) consider(lineAt(t.all, i));
  }
  // A slip in the first two: the phrases that close with the window's last two.
  if (hasPair(t, text.charCodeAt(p + 2), text.charCodeAt(p + 3))) {
    for (let i = lowerBound(t, t.back, text, p, 2, false); i < t.back.count && compareAt(t, lineAt(t.back, i), text, p, 2, false) === 0; i++) consider(lineAt(t.back, i));
  }
  return best;
}

/** Set phrases in `text` written with one character slipped: suggestions, never safe fixes. */
export function findIdiomSlips(text: string, seg: Segmenter): Typo[] {
  const out: Typo[] = [];
  const n = text.length;
  if (n < 4) return out;
  const t = (table ??= load());
  // One pass: `han` counts the Chinese characters ending at q, `hit` remembers, for the last
  // three positions, whether the pair starting there is some phrase's first or last two.
  let han = 0;
  let hits = 0;
  for (let q = 0; q < n; q++) {
    const c = text.charCodeAt(q);
    han = isHan(c) ? han + 1 : 0;
    hits = ((hits << 1) | (han >= 2 && hasPair(t, text.charCodeAt(q - 1), c) ? 1 : 0)) & 0b111;
    // The window p..p+4 ends at q: it may stand for a phrase when its first pair (bit 2, the
    // pair ending at p + 1) or its last pair (bit 0) is a phrase's.
    if (han < 4 || (hits & 0b101) === 0) continue;
    const p = q - 3;
    const found = phraseAt(text, p, t, seg);
    // A phrase the table lists, at any frequency, is written as jieba knows it.
    if (!found || frequencyOf(t, text, p) > 0 || straddles(text, p, p + 4, seg)) continue;
    out.push({ start: p, end: p + 4, wrong: text.slice(p, p + 4), right: found.right, kind: 'confusion', safe: false });
    // The next window starts after this one.
    han = 0;
    hits = 0;
  }
  return out;
}
