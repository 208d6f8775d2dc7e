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
