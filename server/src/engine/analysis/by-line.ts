/** The per-line caches' one way in: a line's findings by its text, keyed by the line's own copy. */
import type { BoundedCache } from '../util/bounded-cache';
import type { Line, SpeechDocument } from './document';
import { recordGet, recordSet } from './line-reuse';

/**
 * What `compute` finds on a line, kept in `cache` by the line's text (keyed by the line's own
 * copy, shared by all per-line caches); without a cache, computed. The value is also kept in
 * the line's record, which a line the next edit leaves alone carries into the next check
 * (line-reuse.ts): there it is found without a lookup in the cache.
 */
export function byLine<V>(doc: SpeechDocument, line: Line, cache: BoundedCache<V> | undefined, compute: () => V): V {
  if (!cache) return compute();
  const record = doc.record(line.index);
  let v = recordGet(record, cache) as V | undefined;
  if (v !== undefined) return v;
  v = cache.get(doc.lineKey(line.index));
  if (v === undefined) cache.setOwned(doc.ownText(line.index), (v = compute()));
  recordSet(record, cache, v);
  return v;
}

/**
 * What `find` finds in each line of at least `minLength` characters, read in the line's own
 * copy and kept per line by byLine, moved to the draft's offsets: a search that never crosses a
 * line (a formulation, a short name) on a draft an editor re-checks at every keystroke.
 */
export function lineMatches<M extends { start: number; end: number }>(doc: SpeechDocument, cache: BoundedCache<M[]>, minLength: number, find: (own: string) => M[]): M[] {
  const out: M[] = [];
  for (const line of doc.lines) {
    if (line.text.length < minLength) continue;
    // Read in the line's own copy: what the cache keeps must not hold slices of the draft.
    const found = byLine(doc, line, cache, () => find(doc.ownText(line.index)));
    for (const m of found) out.push({ ...m, start: m.start + line.start, end: m.end + line.start });
  }
  return out;
}
