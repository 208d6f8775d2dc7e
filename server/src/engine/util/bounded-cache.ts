/**
 * A cache bounded by entries and by the characters its keys hold, the oldest entry not used since
 * it was stored (or last given a second chance) out first. Keys
 * are stored as strings of their own: a substring of a document can be a V8 "sliced string"
 * that keeps the whole document alive, so a cache keyed by clauses of each keystroke's text
 * would otherwise retain a full copy of the draft per edit.
 */
export class BoundedCache<V> {
  /** Entries keep their own key, so a used entry can be moved to the end without copying the key again. */
  private readonly map = new Map<string, { k: string; v: V; used: boolean }>();
  private chars = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxChars: number,
  ) {}

  /**
   * The value for `key`. A hit only marks the entry used: the entry moves to the newest end
   * when eviction reaches it (a second chance), not on every hit. Editors ask for every line
   * of a draft on every keystroke, and moving each hit cost more than the lookup itself.
   */
  get(key: string): V | undefined {
    const e = this.map.get(key);
    if (!e) return undefined;
    e.used = true;
    return e.v;
  }

  set(key: string, value: V): void {
    this.insert(key, value, false);
  }

  /**
   * `set` with a key the caller already owns (a copy shared by nothing else, e.g. made once
   * and used as the key of several caches): stored without another copy.
   */
  setOwned(key: string, value: V): void {
    this.insert(key, value, true);
  }

  private insert(key: string, value: V, owned: boolean): void {
    if (key.length > this.maxChars) return;
    const old = this.map.has(key);
    if (old) this.map.delete(key);
    else this.chars += key.length;
    const own = owned ? key : ownString(key);
    this.map.set(own, { k: own, v: value, used: false });
    // Oldest first; one used since it was (re)inserted goes to the newest end instead, once.
    // Each entry is moved at most once per pass, so a pass ends.
    for (const [oldest, e] of this.map) {
      if (this.map.size <= this.maxEntries && this.chars <= this.maxChars) break;
      this.map.delete(oldest);
      if (e.used) {
        e.used = false;
        this.map.set(oldest, e);
        continue;
      }
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

/**
 * The size of the engine's per-line caches (slots, typos, formulation matches, outline, dates,
 * traditional characters, mark counts): every line of a draft up to about 120 KB, and room for
 * the lines that edits replaced. Each edit leaves its old line behind until eviction, so this
 * bound is also what a long editing session can add to the heap per cache.
 */
export const LINE_CACHE_SIZE = { entries: 20_000, chars: 160_000 };
