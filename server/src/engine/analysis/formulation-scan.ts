/**
 * Where a draft's formulation terms occur, line by line. No term holds a line break, so a
 * search of the whole text finds exactly the matches of searches of each line: an edit
 * re-searches only the lines it changed. What the formulation analysis then decides about a
 * match from the words around it (whether it stands alone) depends on the line, the term
 * set and the segmenter too, and is kept with the match.
 */
import { LINE_CACHE_SIZE, BoundedCache } from '../util/bounded-cache';
import type { Line, SpeechDocument } from './document';
import { byLine } from './by-line';

/** A term found in a line, at an offset inside the line. */
export interface LineMatch {
  s: number;
  /** The term as listed (never a slice of the document). */
  found: string;
  /** Whether the occurrence stands as a word of its own, once asked. */
  alone?: boolean;
}

/**
 * By the line's text: its matches for the base term set last searched for (its id), and for
 * that set with a draft's own terms (their set's id; undefined matches: none of those terms
 * is in the line, the base's matches stand).
 */
export interface FormulationLineEntry {
  id: number;
  matches: LineMatch[];
  xid?: number | undefined;
  xmatches?: LineMatch[] | undefined;
}
export type FormulationLineCache = BoundedCache<FormulationLineEntry>;
export const FORMULATION_LINE_CACHE = LINE_CACHE_SIZE;

export interface Matcher {
  /** Unique to this term set for the life of the process (ids are never reused). */
  id: number;
  re: RegExp;
  /** Each term by itself, to store a match without a slice of the document. */
  terms: Map<string, string>;
  /** Whether a term holds a line break (a configured one may hold any text): then the whole text is searched. */
  whole: boolean;
  /**
   * The terms by their first code unit, in the alternation's order (absent when a term is
   * empty: then only the regular expression says what it does). A line is searched by these:
   * the same matches as the alternation, which V8 tries term by term at each position.
   */
  byFirst?: Map<number, string[]>;
  /**
   * 1 where some term starts with a code unit whose low bits (`& mask`) index it: every code
   * unit for a large set, a filter for a small one (a draft's own few terms), whose table is
   * cheap to make for each draft.
   */
  firsts?: Uint8Array;
  mask?: number;
}

/** Term sets seen lately (a draft's own quoted terms make each draft's set its own). */
const MATCHERS = new BoundedCache<Matcher>(16, 4_000_000);
let nextId = 1;
const BREAK_RE = /[\n\r]/;

/** One alternation, longest term first so a longer formulation hides the shorter ones inside it. */
export function matcherFor(sorted: readonly string[]): Matcher {
  const key = sorted.join('\u0000');
  let m = MATCHERS.get(key);
  if (!m) {
    const re = new RegExp(sorted.map(escapeRegExp).join('|'), 'g');
    m = { id: nextId++, re, terms: new Map(sorted.map((t) => [t, t])), whole: sorted.some((t) => BREAK_RE.test(t)) };
    if (!sorted.includes('')) indexByFirst(m, sorted);
    MATCHERS.set(key, m);
  }
  return m;
}

const NO_MATCHES: LineMatch[] = [];

/**
 * Every match in document order, with its line; a cached line's matches are the cached
 * objects. `extra` holds terms `base` does not: a match is the longest term of either.
 */
export function scanLines(doc: SpeechDocument, base: Matcher, cache?: FormulationLineCache, extra?: Matcher): Array<{ line: Line; match: LineMatch }> {
  const out: Array<{ line: Line; match: LineMatch }> = [];
  if (base.whole || (extra && !extra.firsts) || !base.firsts) return scanWhole(doc, extra ? matcherFor(merged(base, extra)) : base, out);
  for (const line of doc.lines) {
    if (line.text === '') continue;
    let matches: LineMatch[];
    if (cache) {
      const entry = byLine<FormulationLineEntry>(doc, line, cache, () => ({ id: base.id, matches: matchesOf(line.text, base) }));
      // Searched for another term set: search again (the configured terms changed).
      if (entry.id !== base.id) {
        entry.id = base.id;
        entry.matches = matchesOf(line.text, base);
        entry.xid = undefined;
      }
      matches = entry.matches;
      if (extra) {
        if (entry.xid !== extra.id) {
          entry.xid = extra.id;
          entry.xmatches = startsIn(line.text, extra) ? matchesOf(line.text, base, extra) : undefined;
        }
        matches = entry.xmatches ?? matches;
      }
    } else matches = extra && startsIn(line.text, extra) ? matchesOf(line.text, base, extra) : matchesOf(line.text, base);
    for (const match of matches) out.push({ line, match });
  }
  return out;
}

/** The search of the whole text (a term holds a line break, or an empty one). */
function scanWhole(doc: SpeechDocument, matcher: Matcher, out: Array<{ line: Line; match: LineMatch }>): Array<{ line: Line; match: LineMatch }> {
  const re = matcher.re;
  re.lastIndex = 0;
  for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
    const line = doc.lines[doc.lineIndexAt(m.index)]!;
    out.push({ line, match: { s: m.index - line.start, found: matcher.terms.get(m[0]) ?? m[0] } });
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}

/** Both matchers' terms in the alternation's order. */
function merged(a: Matcher, b: Matcher): string[] {
  return [...a.terms.keys(), ...b.terms.keys()].sort(byPreference);
}

/** The alternation's order: longest first, then in code-unit order. */
export const byPreference = (a: string, b: string): number => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);

/** Whether a term of `m` occurs in `text`. */
function startsIn(text: string, m: Matcher): boolean {
  const { byFirst, firsts, mask } = m;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (firsts![c & mask!] === 0) continue;
    const terms = byFirst!.get(c);
    if (terms && firstAt(text, i, terms) !== undefined) return true;
  }
  return false;
}

function indexByFirst(m: Matcher, sorted: readonly string[]): void {
  const byFirst = new Map<number, string[]>();
  const mask = sorted.length > 64 ? 0xffff : 0x3ff;
  const firsts = new Uint8Array(mask + 1);
  for (const t of sorted) {
    const c = t.charCodeAt(0);
    firsts[c & mask] = 1;
    const list = byFirst.get(c);
    if (list) list.push(t);
    else byFirst.set(c, [t]);
  }
  m.byFirst = byFirst;
  m.firsts = firsts;
  m.mask = mask;
}

/**
 * A line's matches: at each position the first term (in the alternation's order) that starts
 * there, then on after it; what the alternation's global search finds, without trying every
 * term at every position.
 */
function matchesOf(text: string, matcher: Matcher, extra?: Matcher): LineMatch[] {
  const { byFirst, firsts, mask } = matcher;
  if (!byFirst || !firsts) return regexMatchesOf(text, matcher);
  let out: LineMatch[] | undefined;
  const n = text.length;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    let hit = firsts[c & mask!] === 0 ? undefined : firstAt(text, i, byFirst.get(c));
    // The other set's term wins if longer (the sets share no term, so never one as long).
    if (extra && extra.firsts![c & extra.mask!] === 1) {
      const other = firstAt(text, i, extra.byFirst!.get(c));
      if (other !== undefined && (hit === undefined || other.length > hit.length)) hit = other;
    }
    if (hit === undefined) i++;
    else {
      (out ??= []).push({ s: i, found: hit });
      i += hit.length;
    }
  }
  return out ?? NO_MATCHES;
}

/** The first of `terms` (longest first) that starts at `i`. */
function firstAt(text: string, i: number, terms: readonly string[] | undefined): string | undefined {
  if (terms === undefined) return undefined;
  for (const t of terms) if (text.startsWith(t, i)) return t;
  return undefined;
}

function regexMatchesOf(text: string, matcher: Matcher): LineMatch[] {
  const re = matcher.re;
  re.lastIndex = 0;
  let out: LineMatch[] | undefined;
  for (let m = re.exec(text); m; m = re.exec(text)) (out ??= []).push({ s: m.index, found: matcher.terms.get(m[0])! });
  return out ?? NO_MATCHES;
}

/** A line's matches both ways, for tests: by the first-unit index and by the alternation. */
export function lineMatchesBothWays(text: string, matcher: Matcher): { indexed: LineMatch[]; regex: LineMatch[] } {
  return { indexed: matchesOf(text, matcher), regex: regexMatchesOf(text, matcher) };
}

/** `s` as a literal inside a regular expression. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
