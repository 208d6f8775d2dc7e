/**
 * Spans sorted by start, with the running maximum of their ends: the spans that hold or reach a
 * range are found by binary search, without reading every span of a line for every finding (a
 * long line of glued page counters and spaces made both quadratic: 480,000 characters, 7 s).
 */
import { firstIndexWhere } from './binary-search';

export class SpanReach<S extends { start: number; end: number }> {
  private readonly spans: S[];
  private readonly maxEnd: number[];

  constructor(spans: readonly S[]) {
    this.spans = [...spans].sort((a, b) => a.start - b.start);
    let max = -Infinity;
    this.maxEnd = this.spans.map((s) => (max = Math.max(max, s.end)));
  }

  /** Whether one span holds [start, end]: it starts at or before `start` and ends at or after `end`. */
  holds(start: number, end: number): boolean {
    const i = firstIndexWhere(this.spans.length, (j) => this.spans[j]!.start > start) - 1;
    return i >= 0 && this.maxEnd[i]! >= end;
  }

  /** Whether some span reaches [from, to]: starts at or before `to` and ends at or after `from`. */
  reaches(from: number, to: number): boolean {
    const i = firstIndexWhere(this.spans.length, (j) => this.spans[j]!.start > to) - 1;
    return i >= 0 && this.maxEnd[i]! >= from;
  }

  /** Whether a span that reaches [from, to] (starts at or before `to`, ends at or after `from`) passes `test`. */
  someReaching(from: number, to: number, test: (s: S) => boolean): boolean {
    for (let i = firstIndexWhere(this.spans.length, (j) => this.spans[j]!.start > to) - 1; i >= 0 && this.maxEnd[i]! >= from; i--) {
      const s = this.spans[i]!;
      if (s.end >= from && test(s)) return true;
    }
    return false;
  }
}
