/**
 * A word list kept as its text, one word a line, sorted by UTF-16 code unit (what `LC_ALL=C
 * sort` gives for UTF-8, below U+10000), looked up by halving the text itself: `has` reads
 * O(log n) lines and nothing is built first (an index of 13,000 line starts cost a cold command
 * 5–10 ms, a Set of the words 30 ms). Comment lines (`#`) may open the text; a trailing `\r`
 * is ignored. No blank line may stand between words.
 */
export class SortedLines {
  /** Where the first word's line starts (after the comments). */
  private readonly from: number;

  constructor(private readonly text: string) {
    let at = 0;
    while (at < text.length && text.charCodeAt(at) === 35) {
      const nl = text.indexOf('\n', at);
      at = nl < 0 ? text.length : nl + 1;
    }
    this.from = at;
  }

  has(w: string): boolean {
    const s = this.lowerBound(w);
    if (s >= this.text.length) return false;
    const e = this.text.indexOf('\n', s);
    return this.compare(s, e < 0 ? this.text.length : e, w) === 0;
  }

  /** The words that start with `prefix`, in their order: the lines from the first not sorting before it. */
  withPrefix(prefix: string): string[] {
    const text = this.text;
    const out: string[] = [];
    for (let s = this.lowerBound(prefix); s < text.length; ) {
      let e = text.indexOf('\n', s);
      if (e < 0) e = text.length;
      const w = text.slice(s, text.charCodeAt(e - 1) === 13 ? e - 1 : e);
      if (!w.startsWith(prefix)) break;
      out.push(w);
      s = e + 1;
    }
    return out;
  }

  /** Where the first line not sorting before `w` starts (the text's end if none): halving the text. */
  private lowerBound(w: string): number {
    const text = this.text;
    // Lines starting in [lo, hi) are left; hi is a line's start (or the end).
    let lo = this.from;
    let hi = text.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      let s = mid > lo ? text.lastIndexOf('\n', mid - 1) + 1 : lo;
      if (s < lo) s = lo;
      let e = text.indexOf('\n', s);
      if (e < 0 || e > hi) e = hi;
      if (this.compare(s, e, w) < 0) lo = e + 1;
      else hi = s;
    }
    return lo;
  }

  /** The line [s, e) against `w`, by code unit: negative when the line sorts first. */
  private compare(s: number, e: number, w: string): number {
    const text = this.text;
    if (e > s && text.charCodeAt(e - 1) === 13) e--;
    const len = e - s;
    const n = Math.min(len, w.length);
    for (let k = 0; k < n; k++) {
      const d = text.charCodeAt(s + k) - w.charCodeAt(k);
      if (d !== 0) return d;
    }
    return len - w.length;
  }
}
