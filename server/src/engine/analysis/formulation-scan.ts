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

/** Matches of a line, by the term set's id and the line's text. */
/** By the line's text: its matches for the term set last searched for (its id). */
export type FormulationLineCache = BoundedCache<{ id: number; matches: LineMatch[] }>;
export const FORMULATION_LINE_CACHE = LINE_CACHE_SIZE;

interface Matcher {
  /** Unique to this term set for the life of the process (ids are never reused). */
  id: number;
  re: RegExp;
  /** Each term by itself, to store a match without a slice of the document. */
  terms: Map<string, string>;
  /** Whether a term holds a line break (a configured one may hold any text): then the whole text is searched. */
  whole: boolean;
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
    MATCHERS.set(key, m);
  }
  return m;
}

const NO_MATCHES: LineMatch[] = [];

/** Every match in document order, with its line; a cached line's matches are the cached objects. */
export function scanLines(doc: SpeechDocument, matcher: Matcher, cache?: FormulationLineCache): Array<{ line: Line; match: LineMatch }> {
  const out: Array<{ line: Line; match: LineMatch }> = [];
  if (matcher.whole) {
    const re = matcher.re;
    re.lastIndex = 0;
    for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
      const line = doc.lines[doc.lineIndexAt(m.index)]!;
      out.push({ line, match: { s: m.index - line.start, found: matcher.terms.get(m[0]) ?? m[0] } });
    }
    return out;
  }
  for (const line of doc.lines) {
    if (line.text === '') continue;
    let matches: LineMatch[];
    if (cache) {
      const entry = byLine(doc, line, cache, () => ({ id: matcher.id, matches: matchesOf(line.text, matcher) }));
      // Searched for another term set: search again (the draft's quoted terms changed).
      if (entry.id !== matcher.id) {
        entry.id = matcher.id;
        entry.matches = matchesOf(line.text, matcher);
      }
      matches = entry.matches;
    } else matches = matchesOf(line.text, matcher);
    for (const match of matches) out.push({ line, match });
  }
  return out;
}

function matchesOf(text: string, matcher: Matcher): LineMatch[] {
  const re = matcher.re;
  re.lastIndex = 0;
  let out: LineMatch[] | undefined;
  for (let m = re.exec(text); m; m = re.exec(text)) (out ??= []).push({ s: m.index, found: matcher.terms.get(m[0])! });
  return out ?? NO_MATCHES;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
