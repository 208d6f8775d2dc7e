/**
 * The clauses of a line that the slot search tags one at a time (slots.ts): where they end,
 * and the token covering a candidate.
 */
import type { Token } from './segment';
import { firstIndexWhere } from '../util/binary-search';

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
