/**
 * Quotation marks of a draft: which marks pair with which (quote-pairing.ts), and which are
 * reversed (`”六个关系”`), mixed (`"互联网+”`), unclosed, stray or lost to an encoding
 * (`?两个维护?`). Shared by `quote-pair` and the formulation analysis (which needs to know
 * what is quoted); brackets are paired the same way in brackets.ts.
 *
 * Marks are paired within a *unit*: a paragraph, where lines that do not end a sentence
 * are joined (PDF copy breaks lines mid-sentence, and a quotation may run over the
 * break). A quotation that legitimately runs over several paragraphs opens each of them
 * with “ and closes only in the last; that is never a finding.
 */
import { anyCharRe } from '../util/char-class';
import { unpairCrossingSingles } from './quote-crossing';
import { asciiInsideCurly } from './quote-nesting';
import { firstIndexWhere } from '../util/binary-search';
import { LINE_CACHE_SIZE, type BoundedCache } from '../util/bounded-cache';
import type { SpeechDocument } from './document';
import { pairMarks, type Dir, type PairResult, type QuoteClass, type QuoteMark, type QuotePair, type QuoteProblem } from './quote-pairing';
import { leadingSpace, textUnits, type Unit } from './text-units';
import { findGarbledQuotes, type GarbledQuote } from './quote-garbled';
import { attributeValueEnd, notQuotationMark } from './quote-lookalikes';

export { findGarbledQuotes, type GarbledQuote } from './quote-garbled';

export { SHORT_QUOTE, type QuoteClass, type QuotePair, type QuoteProblem, type QuoteProblemKind } from './quote-pairing';

const QUOTE_CHARS: Record<string, { cls: QuoteClass; dir: Dir }> = {
  '“': { cls: 'double', dir: 'open' },
  '”': { cls: 'double', dir: 'close' },
  '"': { cls: 'double', dir: 'both' },
  '＂': { cls: 'double', dir: 'both' },
  '‘': { cls: 'single', dir: 'open' },
  '’': { cls: 'single', dir: 'close' },
  "'": { cls: 'single', dir: 'both' },
  '＇': { cls: 'single', dir: 'both' },
  '「': { cls: 'corner', dir: 'open' },
  '」': { cls: 'corner', dir: 'close' },
  '『': { cls: 'corner2', dir: 'open' },
  '』': { cls: 'corner2', dir: 'close' },
  // Double prime quotation marks, as Japanese-style fonts and some IMEs write them; 〟 (low
  // double prime) closes like 〞.
  '〝': { cls: 'prime', dir: 'open' },
  '〞': { cls: 'prime', dir: 'close' },
  '〟': { cls: 'prime', dir: 'close' },
};

const CLASS_MARKS: Record<QuoteClass, { open: string; close: string }> = {
  double: { open: '“', close: '”' },
  single: { open: '‘', close: '’' },
  corner: { open: '「', close: '」' },
  corner2: { open: '『', close: '』' },
  prime: { open: '〝', close: '〞' },
};

/** Any quotation mark of QUOTE_CHARS (single UTF-16 units). */
const ANY_QUOTE_RE = anyCharRe(Object.keys(QUOTE_CHARS), 'g');
/**
 * An opening and a closing full-width mark with only spaces between: marks a PDF copy moved off
 * their words (`“ ”一、把握 两个确立 的…`). Not ASCII `" "`, which may sit between two quotations.
 */
export const DISPLACED_QUOTES_RE = /[“‘「『][ \t\u3000\u00a0]+[”’」』]/;
export interface QuoteAnalysis {
  pairs: QuotePair[];
  problems: QuoteProblem[];
  /** Quotation marks lost to an encoding (`?两个维护?`, `“八?一”`): reported, never fixed. */
  garbled: GarbledQuote[];
}

/**
 * Pairings of runs of marks, kept across checks by the engine: a pairing (pairMarks) depends
 * on the marks' class and the text from the first mark to the last alone (the marks of the
 * class in it are all of them: an apostrophe strictly inside has both neighbours inside), so
 * it is stored by that text, offsets relative to the first mark.
 */
export type QuotePairingCache = BoundedCache<PairResult>;
export const QUOTE_PAIRING_CACHE = LINE_CACHE_SIZE;

/** pairMarks through the cache: by class and the text the marks span. */
/** A pairing as found (relative to its first mark when it came from the cache) and the offset to add. */
interface Placed {
  r: PairResult;
  by: number;
}

function pairWith(text: string, marks: QuoteMark[], cls: QuoteClass, cache: QuotePairingCache | undefined): Placed {
  if (!cache || marks.length < 2) return { r: pairMarks(text, marks), by: 0 };
  const base = marks[0]!.pos;
  const span = text.slice(base, marks[marks.length - 1]!.pos + 1);
  const key = cls + span;
  let rel = cache.get(key);
  if (rel === undefined) {
    const rebased = marks.map((m) => ({ pos: m.pos - base, ch: m.ch, dir: m.dir }));
    cache.set(key, (rel = pairMarks(span, rebased)));
  }
  return { r: rel, by: base };
}

/** A pairing's pairs and problems at their place in the draft, with their class: copies, never the cached objects. */
function addPlaced({ r, by }: Placed, cls: QuoteClass, pairs: QuotePair[], problems: QuoteProblem[]): void {
  for (const p of r.pairs) pairs.push(placedPair(p, by, cls));
  for (const q of r.problems) {
    const pos = q.pos + by;
    problems.push(q.pair ? { kind: q.kind, cls, pair: placedPair(q.pair, by, cls), pos, ch: q.ch } : { kind: q.kind, cls, pos, ch: q.ch });
  }
}

/**
 * A pair moved by `by`, written out field by field: every pair then has one shape (a spread
 * copy took each source's), and the loops over all of a draft's pairs (the formulation
 * analysis walks them four times a check) stay monomorphic.
 */
function placedPair(p: Omit<QuotePair, 'cls'>, by: number, cls: QuoteClass): QuotePair {
  const out: QuotePair = { cls, open: p.open + by, close: p.close + by, reversed: p.reversed, mixed: p.mixed, ascii: p.ascii };
  if (p.foreign) out.foreign = true;
  return out;
}

/** Every quotation mark of the draft by class, in order, found in one pass. */
function marksByClass(text: string): Record<QuoteClass, QuoteMark[]> {
  const byClass: Record<QuoteClass, QuoteMark[]> = { double: [], single: [], corner: [], corner2: [], prime: [] };
  // The marks are sparse: a regular expression finds them faster than a loop over every character.
  ANY_QUOTE_RE.lastIndex = 0;
  // The closing quote of a markup attribute's value met before (`class="ql-block"`), skipped with its opening one.
  let attributeEnd = -1;
  for (let m = ANY_QUOTE_RE.exec(text); m; m = ANY_QUOTE_RE.exec(text)) {
    const i = m.index;
    const ch = m[0];
    const info = QUOTE_CHARS[ch]!;
    if (i === attributeEnd) continue;
    const end = attributeValueEnd(text, i, ch);
    if (end >= 0) {
      attributeEnd = end;
      continue;
    }
    if (notQuotationMark(text, i, ch, info.cls)) continue;
    byClass[info.cls].push({ pos: i, ch, dir: info.dir });
  }
  return byClass;
}

const NO_MARKS: QuoteMark[] = [];

export function analyzeQuotes(doc: SpeechDocument, cache?: QuotePairingCache): QuoteAnalysis {
  const text = doc.text;
  const units = textUnits(doc);
  const pairs: QuotePair[] = [];
  const problems: QuoteProblem[] = [];
  const byClass = marksByClass(text);
  const marksOf = (u: Unit, cls: QuoteClass): QuoteMark[] => {
    const list = byClass[cls];
    const lo = firstIndexWhere(list.length, (i) => list[i]!.pos >= u.start);
    if (lo >= list.length || list[lo]!.pos >= u.end) return NO_MARKS;
    const out: QuoteMark[] = [];
    for (let k = lo; k < list.length && list[k]!.pos < u.end; k++) out.push(list[k]!);
    return out;
  };
  const firstMark = (u: Unit): string => text[u.start + leadingSpace(text, u)] ?? '';
  const swapped = [...swappedPairs(text, units, marksOf), ...primeClosedPairs(text, units, marksOf)];
  if (swapped.length > 0) {
    const used = new Set<number>();
    for (const q of swapped) {
      used.add(q.open).add(q.close);
      pairs.push(q);
      problems.push({ kind: 'pair', cls: 'double', pair: q, pos: q.open, ch: text[q.open]! });
    }
    byClass.double = byClass.double.filter((m) => !used.has(m.pos));
    byClass.single = byClass.single.filter((m) => !used.has(m.pos));
    byClass.prime = byClass.prime.filter((m) => !used.has(m.pos));
  }
  // Prime marks paired with the curly ones: no cached pairing (its key is the text alone).
  const primesMoved = mergeLonePrimes(units, marksOf, byClass);

  for (const cls of ['double', 'single', 'corner', 'corner2', 'prime'] as const) {
    if (byClass[cls].length === 0) continue;
    const pairCache = primesMoved && cls === 'double' ? undefined : cache;
    const openCh = CLASS_MARKS[cls].open;
    let i = 0;
    while (i < units.length) {
      let unit = units[i]!;
      let next = i + 1;
      const marks = marksOf(unit, cls);
      if (marks.length === 0) {
        i = next;
        continue;
      }
      let result = pairWith(text, marks, cls, pairCache);
      const inner = result.r.problems.length > 0 && cls === 'double' ? asciiInsideCurly(marks, (m) => pairWith(text, m, 'double', undefined)) : undefined;
      if (inner) {
        for (const part of inner) addPlaced(part, cls, pairs, problems);
        i = next;
        continue;
      }
      // A sentence end inside a quotation that a PDF line break follows: the quotation
      // closes in the next unit, whose first mark is a closing one.
      while (result.r.unclosedAtEnd !== undefined && next < units.length) {
        // A quoted passage of several paragraphs, opened in the first and closed in the last
        // with none of the class's marks between (`…一個開頭:“良辰美景,…。` / `今天晚上,…` / `…白頭偕老!”`).
        const to = closingUnitAfter(units, next, (u) => marksOf(u, cls), unit.start);
        const following = marksOf(units[to]!, cls);
        if (following.length === 0 || following[0]!.dir !== 'close' || firstMark(units[to]!) === openCh) break;
        unit = { start: unit.start, end: units[to]!.end };
        next = to + 1;
        result = pairWith(text, marksOf(unit, cls), cls, pairCache);
      }
      const after = next < units.length ? units[next] : undefined;
      if (after && result.r.problems.length > 0 && firstMark(after) === openCh) {
        result = multiParagraph(text, { unit, following: after, cls, result, marksOf, cache: pairCache });
      }
      addPlaced(result, cls, pairs, problems);
      i = next;
    }
  }
  if (primesMoved) markForeign(text, pairs, problems);
  const all = unpairCrossingSingles(text, pairs, joinForeignPairs(text, pairs, problems));
  pairs.sort((a, b) => a.open - b.open);
  all.sort((a, b) => a.pos - b.pos);
  return { pairs, problems: all, garbled: findGarbledQuotes(text) };
}

/** Paragraphs without a mark a quoted passage may run over before the one that closes it, and its longest span. */
const PASSAGE_UNITS = 3;
const PASSAGE_MAX = 1200;

/** The first unit from `from` with a mark of the class, past at most PASSAGE_UNITS without one and within PASSAGE_MAX of `start`; `from` when none. */
function closingUnitAfter(units: readonly Unit[], from: number, marks: (u: Unit) => readonly QuoteMark[], start: number): number {
  for (let j = from; j < units.length && j - from <= PASSAGE_UNITS && units[j]!.end - start <= PASSAGE_MAX; j++) if (marks(units[j]!).length > 0) return j;
  return from;
}

/** What multiParagraph needs: a unit, the unit after it (which opens with the class's opening mark), and the unit's pairing. */
interface Continued {
  unit: Unit;
  following: Unit;
  cls: QuoteClass;
  result: Placed;
  marksOf: (u: Unit, cls: QuoteClass) => QuoteMark[];
  cache: QuotePairingCache | undefined;
}

/**
 * A quotation over several paragraphs opens each with its mark and closes only in the last: the
 * unit's mark the next unit carries on is paired as closed there, not reported. The unit opens
 * with it, never closed (a middle paragraph), or opens it inside (`他指出：“第一，…` before
 * `“第二，…`) and leaves it open at its end, when the next unit goes on with the quotation.
 */
function multiParagraph(text: string, k: Continued): Placed {
  const { unit, following, cls, result, marksOf, cache } = k;
  const lead = unit.start + leadingSpace(text, unit);
  const openCh = CLASS_MARKS[cls].open;
  const unclosed = (r: Placed, at: number) => r.r.problems.some((p) => p.kind === 'unclosed' && p.pos + r.by === at);
  if (text[lead] === openCh && unclosed(result, lead)) return pairWith(text, marksOf(unit, cls).slice(1), cls, cache);
  if (result.r.unclosedAtEnd === undefined) return result;
  const at = result.r.unclosedAtEnd + result.by;
  const next = marksOf(following, cls);
  const goesOn = pairWith(text, next, cls, cache);
  const first = next[0]!.pos;
  const pair = goesOn.r.pairs.find((p) => p.open + goesOn.by === first);
  const carried = unclosed(goesOn, first) || (pair !== undefined && !pair.reversed && text.slice(pair.close + goesOn.by + 1, following.end).trim().length <= 1);
  return carried ? pairWith(text, marksOf(unit, cls).filter((m) => m.pos !== at), cls, cache) : result;
}

/** Longest quotation read as a swapped pair. */
const SWAPPED_MAX = 30;
/** What a swapped pair's quotation may not hold: a sentence's end, a line break, a pause at its start. */
const SWAPPED_INSIDE_RE = /[。！？!?\n]|^[，,、；;：:]/;

/**
 * `践行'四有好老师“'四个引路人“和'四个相统一“要求`: a site's encoding turned every “ into an
 * ASCII ' and every ” into “. A paragraph with no closing double mark at all, whose ' and “
 * alternate (each ' closed by the next “, a short quotation between): each is one pair with
 * both marks wrong; its fix writes “ ”.
 */
function swappedPairs(text: string, units: readonly Unit[], marksOf: (u: Unit, cls: QuoteClass) => QuoteMark[]): QuotePair[] {
  const out: QuotePair[] = [];
  for (const u of units) {
    const doubles = marksOf(u, 'double');
    if (doubles.length === 0 || doubles.some((m) => m.ch !== '“')) continue;
    const singles = marksOf(u, 'single');
    if (singles.length !== doubles.length || singles.some((m) => m.ch !== "'")) continue;
    out.push(...alternating(text, singles, doubles, { reversed: true }));
  }
  return out;
}

/**
 * `发表了“四个坚决不移〞的对台讲话……“九二共识〞不可回避`: a converter wrote every closing
 * mark of a paragraph as a double prime (or every opening one: `开展〝两学一做”…落实〝三会一课”`).
 * A paragraph whose double marks are all “ and whose prime marks are all closing ones (〞, 〟),
 * or whose double marks are all ” and prime marks all 〝, the two alternating (each opening
 * mark closed by the next closing one, a short quotation between): each is one foreign pair,
 * fixed to “ ”. Paired class by class, each kind would read as reversed pairs of its own, one
 * wrong finding (and a wrong fix) for each.
 */
function primeClosedPairs(text: string, units: readonly Unit[], marksOf: (u: Unit, cls: QuoteClass) => QuoteMark[]): QuotePair[] {
  const out: QuotePair[] = [];
  for (const u of units) {
    const primes = marksOf(u, 'prime');
    if (primes.length < 2) continue;
    const doubles = marksOf(u, 'double');
    if (doubles.length !== primes.length) continue;
    const kind = { reversed: false, foreign: true };
    if (primes.every((m) => m.dir === 'close') && doubles.every((m) => m.ch === '“')) out.push(...alternating(text, doubles, primes, kind));
    else if (primes.every((m) => m.dir === 'open') && doubles.every((m) => m.ch === '”')) out.push(...alternating(text, primes, doubles, kind));
  }
  return out;
}

const PRIME_CH = new Set(['〝', '〞', '〟']);

/**
 * `贯彻“四个着力〞，落实“六稳”，推进“三农〞工作`: a paragraph whose prime marks are all closing
 * ones, with more “ than ” (or all opening ones, with more ” than “): the primes stand for the
 * curly marks a converter lost, and are paired with them (moved to the double class). Whether
 * any was moved.
 */
function mergeLonePrimes(units: readonly Unit[], marksOf: (u: Unit, cls: QuoteClass) => QuoteMark[], byClass: Record<QuoteClass, QuoteMark[]>): boolean {
  const moved = new Set<number>();
  for (const u of units) {
    const primes = marksOf(u, 'prime');
    if (primes.length === 0) continue;
    const doubles = marksOf(u, 'double');
    const opens = doubles.filter((m) => m.ch === '“').length;
    const closes = doubles.filter((m) => m.ch === '”').length;
    const allClose = primes.every((m) => m.dir === 'close') && opens > closes;
    const allOpen = primes.every((m) => m.dir === 'open') && closes > opens;
    if (allClose || allOpen) for (const m of primes) moved.add(m.pos);
  }
  if (moved.size === 0) return false;
  byClass.double = [...byClass.double, ...byClass.prime.filter((m) => moved.has(m.pos))].sort((a, b) => a.pos - b.pos);
  byClass.prime = byClass.prime.filter((m) => !moved.has(m.pos));
  return true;
}

/** A double-class pair with a prime mark is a foreign pair (fixed to “ ”). */
function markForeign(text: string, pairs: QuotePair[], problems: QuoteProblem[]): void {
  const isForeign = (p: QuotePair) => p.cls === 'double' && (PRIME_CH.has(text[p.open]!) || PRIME_CH.has(text[p.close]!));
  const reported = new Set<number>();
  for (const q of problems) {
    if (q.kind !== 'pair' || !q.pair || !isForeign(q.pair)) continue;
    Object.assign(q.pair, { foreign: true, mixed: true });
    reported.add(q.pair.open);
  }
  for (const p of pairs) {
    if (!isForeign(p)) continue;
    Object.assign(p, { foreign: true, mixed: true });
    if (!reported.has(p.open)) problems.push({ kind: 'pair', cls: 'double', pair: { ...p }, pos: p.open, ch: text[p.open]! });
  }
}

/** Each opening mark closed by the closing mark of the same rank, before the next opening one, a short quotation between; all of them or none. */
function alternating(text: string, opens: QuoteMark[], closes: QuoteMark[], kind: { reversed: boolean; foreign?: boolean }): QuotePair[] {
  const found: QuotePair[] = [];
  for (let k = 0; k < opens.length; k++) {
    const open = opens[k]!.pos;
    const close = closes[k]!.pos;
    const next = opens[k + 1]?.pos ?? Infinity;
    if (!(open < close && close < next) || close - open - 1 > SWAPPED_MAX || close - open < 2 || SWAPPED_INSIDE_RE.test(text.slice(open + 1, close))) return [];
    found.push({ cls: 'double', open, close, mixed: true, ascii: false, ...kind });
  }
  return found;
}

/** Double quotation marks of both kinds, curly and prime, and line ends: none may stand inside a foreign pair. */
const DOUBLE_OR_PRIME_G = /[“”"＂〝〞〟\n]/g;

/**
 * `“四个着力〞`: a document converter wrote the closing mark as a double prime, so the “ is
 * left unclosed and the 〞 stray, each in its own class. An unclosed mark of one of the two
 * classes whose next double mark on its line is a stray closing mark of the other class: one
 * pair with marks of two kinds; its fix writes “ ”. Each search stops at the next double mark
 * (another unclosed one at the latest), so a draft of thousands of them stays linear.
 */
function joinForeignPairs(text: string, pairs: QuotePair[], problems: QuoteProblem[]): QuoteProblem[] {
  const unclosed = problems.filter((p) => p.kind === 'unclosed' && (p.cls === 'double' || p.cls === 'prime') && p.ch !== '"' && p.ch !== '＂');
  if (unclosed.length === 0) return problems;
  const strayAt = new Map<number, QuoteProblem>();
  for (const p of problems) if (p.kind === 'stray' && (p.cls === 'double' || p.cls === 'prime')) strayAt.set(p.pos, p);
  const joined = new Set<QuoteProblem>();
  const added: QuoteProblem[] = [];
  for (const open of unclosed) {
    DOUBLE_OR_PRIME_G.lastIndex = open.pos + 1;
    const next = DOUBLE_OR_PRIME_G.exec(text);
    const close = next ? strayAt.get(next.index) : undefined;
    if (!close || close.cls === open.cls || joined.has(close)) continue;
    const pair: QuotePair = { cls: 'double', open: open.pos, close: close.pos, reversed: false, mixed: true, ascii: false, foreign: true };
    joined.add(open).add(close);
    pairs.push(pair);
    added.push({ kind: 'pair', cls: 'double', pair, pos: open.pos, ch: open.ch });
  }
  return joined.size === 0 ? problems : [...problems.filter((p) => !joined.has(p)), ...added];
}

/** The marks a pair should have. */
export function intendedMarks(cls: QuoteClass): { open: string; close: string } {
  return CLASS_MARKS[cls];
}

