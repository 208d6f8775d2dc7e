/**
 * The clauses of a line that the slot search tags one at a time (slots.ts): where they end,
 * and the token covering a candidate.
 */
import type { Token } from './segment';
import { firstIndexWhere } from '../util/binary-search';
import { startsWithHan } from '../util/han';

/** Tokens of a line, tagged once, for telling a Latin word (`Xbox`) from a slot. */
export function tokenCovering(tokens: Token[], start: number, end: number): Token | undefined {
  // The segmenter's tokens follow each other: the one covering [start, end) is the last to start at or before `start`.
  const t = tokens[firstIndexWhere(tokens.length, (i) => tokens[i]!.start > start) - 1];
  return t && t.end >= end ? t : undefined;
}

export const LONE_SURROGATE_RE = /[\ud800-\udfff]/;

/**
 * Where a line's clauses end: the positions of the segmenter's separators in it, found once
 * per line (walking out from each candidate to the nearest separator made a long line without
 * one quadratic: 20,000 characters of slots and dates took seconds).
 */
export class ClauseBounds {
  private stops?: Int32Array;
  constructor(
    readonly line: string,
    private readonly separators: string | undefined,
    private readonly lone: boolean,
  ) {}

  /**
   * The piece of the line around a candidate that the segmenter cuts on its own (between its
   * separators): tagged alone it gives the same tokens as inside the whole line, at a
   * fraction of the cost on long PDF lines.
   */
  around(start: number, end: number): [number, number] {
    const { line, separators } = this;
    // A lone surrogate does not survive jieba's UTF-8 round trip: tag the whole line as before.
    if (!separators || this.lone) return [0, line.length];
    const stops = (this.stops ??= separatorStops(line, separators));
    // The last separator before `start`, and the first at or after `end`.
    const before = firstIndexWhere(stops.length, (i) => stops[i]! >= start) - 1;
    const after = firstIndexWhere(stops.length, (i) => stops[i]! >= end);
    return [before < 0 ? 0 : stops[before]! + 1, after < stops.length ? stops[after]! : line.length];
  }
}

function separatorStops(line: string, separators: string): Int32Array {
  const at: number[] = [];
  for (let i = 0; i < line.length; i++) if (separators.includes(line[i]!)) at.push(i);
  return Int32Array.from(at);
}

/** How far back a clause and the one before it are read (a bound keeps each ellipsis's look constant). */
const PARALLEL_REACH = 48;
/**
 * Whether the clause ending at `at` opens with the same two characters as the clause before it
 * (`或为…，或为…`, `有的…，有的…`): an ellipsis there breaks off a run of parallel clauses.
 */
export function closesParallelClauses(line: string, at: number): boolean {
  const from = Math.max(0, at - PARALLEL_REACH);
  const marks: number[] = [];
  for (let i = at - 1; i >= from && marks.length < 2; i--) if ('，、；,;'.includes(line[i]!)) marks.push(i);
  if (marks.length < 2) return false;
  const [near, far] = marks as [number, number];
  const last = line.slice(near + 1, at);
  const prev = line.slice(far + 1, near);
  // A clause before it that holds a gap of its own (`要向……学习，要向……致敬`) repeats a frame with slots.
  return last.length >= 5 && prev.length >= 5 && !/…|\.{3}|。{3}/.test(prev) && startsWithHan(last) && last.slice(0, 2) === prev.slice(0, 2);
}
