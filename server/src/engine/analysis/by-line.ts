/** The per-line caches' one way in: a line's findings by its text, keyed by the line's own copy. */
import type { BoundedCache } from '../util/bounded-cache';
import type { Line, SpeechDocument } from './document';

/**
 * What `compute` finds on a line, kept in `cache` by the line's text (keyed by the line's own
 * copy, shared by all per-line caches); without a cache, computed.
 */
export function byLine<V>(doc: SpeechDocument, line: Line, cache: BoundedCache<V> | undefined, compute: () => V): V {
  if (!cache) return compute();
  let v = cache.get(doc.lineKey(line.index));
  if (v === undefined) cache.setOwned(doc.ownText(line.index), (v = compute()));
  return v;
}
