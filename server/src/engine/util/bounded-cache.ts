/**
 * A cache bounded by entries and by the characters its keys hold, least recently used out first. Keys
 * are stored as strings of their own: a substring of a document can be a V8 "sliced string"
 * that keeps the whole document alive, so a cache keyed by clauses of each keystroke's text
 * would otherwise retain a full copy of the draft per edit.
 */
export class BoundedCache<V> {
  /** Entries keep their own key, so a hit can be moved to the end without copying the key again. */
  private readonly map = new Map<string, { k: string; v: V }>();
  private chars = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxChars: number,
  ) {}

  /** The value for `key`; a hit becomes the newest entry (least recently used out first). */
  get(key: string): V | undefined {
    const e = this.map.get(key);
    if (!e) return undefined;
    this.map.delete(key);
    this.map.set(e.k, e);
    return e.v;
  }

  set(key: string, value: V): void {
    if (key.length > this.maxChars) return;
    const old = this.map.has(key);
    if (old) this.map.delete(key);
    else this.chars += key.length;
    const own = ownString(key);
    this.map.set(own, { k: own, v: value });
    for (const oldest of this.map.keys()) {
      if (this.map.size <= this.maxEntries && this.chars <= this.maxChars) break;
      this.map.delete(oldest);
      this.chars -= oldest.length;
    }
  }

  get size(): number {
    return this.map.size;
  }

  /** Characters held by the keys. */
  get heldChars(): number {
    return this.chars;
  }

  clear(): void {
    this.map.clear();
    this.chars = 0;
  }
}

/**
 * A copy of `s` that shares no storage with the string it was cut from. Short strings are
 * never slices in V8 (under 13 code units), so they are kept as they are. The UTF-16 round
 * trip keeps every code unit, lone surrogates included.
 */
export function ownString(s: string): string {
  return s.length < 13 ? s : Buffer.from(s, 'utf16le').toString('utf16le');
}
