import { firstIndexWhere } from '../util/binary-search';

/**
 * Spans grouped by class; spans of one class never overlap (each class's marks pair in
 * sequence), so the one that could enclose an offset is found by binary search.
 */
export class SpanIndex {
  private readonly byClass = new Map<string, Array<{ start: number; end: number }>>();

  constructor(spans: Array<{ cls: string; start: number; end: number }>) {
    for (const sp of spans) {
      let list = this.byClass.get(sp.cls);
      if (!list) this.byClass.set(sp.cls, (list = []));
      list.push(sp);
    }
    for (const list of this.byClass.values()) list.sort((a, b) => a.start - b.start);
  }

  /** Whether a span contains [s, e); with `strict`, a span equal to [s, e) does not count. */
  encloses(s: number, e: number, strict = false): boolean {
    for (const list of this.byClass.values()) {
      const at = firstIndexWhere(list.length, (i) => list[i]!.start > s) - 1;
      // The last span starting at or before s, and (for strict) the one before it when equal.
      for (let k = at; k >= 0 && k >= at - 1; k--) {
        const sp = list[k]!;
        if (sp.end < e) continue;
        if (strict && sp.start === s && sp.end === e) continue;
        return true;
      }
    }
    return false;
  }
}
