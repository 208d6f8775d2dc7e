/**
 * The one binary search: the first index in [0, length) at which `isAfter` holds, for a
 * predicate that is false up to some index and true from there on; `length` when it never
 * holds. Lines by offset, slots and quote marks by position, findings by end.
 */
export function firstIndexWhere(length: number, isAfter: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isAfter(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The last index whose start is at or before `offset` (0 when none is): the line holding an offset. */
export function lastStartingAtOrBefore(items: ReadonlyArray<{ start: number }>, offset: number): number {
  return Math.max(0, firstIndexWhere(items.length, (i) => items[i]!.start > offset) - 1);
}
