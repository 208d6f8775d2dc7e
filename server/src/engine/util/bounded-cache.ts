/**
 * Checks run so far (any engine in this thread). An entry remembers the check that last used
 * it; a cache drops what neither the current check nor the last MAX_AGE used. A check looks up
 * every line of its draft, so what two checks in a row did not use is a line that edits
 * replaced (or a draft no longer checked). So a cache holds the lines of the drafts being
 * edited and not, up to its bounds, every line an editing session ever replaced: the bounds
 * are sized for a 1 MB draft, and filling them with a 100 KB draft's old lines would grow the
 * heap for thousands of keystrokes. The caches of pieces of lines (typo runs, jieba's tokens)
 * are asked only for lines found anew: theirs go after two checks too, so a line edited again
 * later is segmented again (typing on a 100 KB draft, CPU per check p50 20.3 → 22.0 ms over
 * five alternating runs, within their spread).
 *
 * When: at most once a check, as soon as the keys stored since the cache's last sweep come to
 * an eighth of what it holds (AGE_SWEEP_SHARE, and at least AGE_SWEEP_MIN_CHARS), at the
 * latest every AGE_SWEEP_EVERY checks. A sweep every 32 checks of what the last 8 did not use
 * let the replaced lines pile up for as many edits as 40 checks covered: tens of keystrokes a
 * check on a busy machine, each replacing a line with its tokens and findings (a 5,000-character
 * line: ~400 KB across the caches), and the soak test read from −4.8 to +14.5 MB of heap growth
 * depending on where in that cycle each of its two measures fell. Sized against what the cache
 * holds, the replaced lines stay a small share of it however edits and checks interleave.
 */
let checks = 0;
let aging = false;
const AGE_SWEEP_EVERY = 32;
const AGE_SWEEP_SHARE = 8;
const AGE_SWEEP_MIN_CHARS = 2_048;
const MAX_AGE = 2;

/**
 * Turns the age sweep on for this thread: the language server's (an editing session replaces
 * lines for hours). The command line leaves it off: each file is one check, and lines its
 * drafts share (a template's paragraphs) stay cached up to the bounds, which also hold its
 * memory (1,000 drafts: 3.8 s with the sweep off, 6.3 s with it).
 */
export function ageCaches(): void {
  aging = true;
}

/** Called once per check (Engine.checkSync): entries' ages count in checks. */
export function countCheck(): void {
  checks++;
}

/**
 * A cache bounded by entries and by the characters its keys hold. Over a bound, the entries not
 * stored or used since the last sweep go; if all were, the oldest. Keys
 * are stored as strings of their own: a substring of a document can be a V8 "sliced string"
 * that keeps the whole document alive, so a cache keyed by clauses of each keystroke's text
 * would otherwise retain a full copy of the draft per edit.
 */
export class BoundedCache<V> {
  /** Entries keep their own key, so a used entry can be moved to the end without copying the key again. */
  private readonly map = new Map<string, { k: string; v: V; used: boolean; seen: number }>();
  private chars = 0;
  private lastAgeSweep = checks;
  /** Characters of the keys stored since the last age sweep. */
  private stored = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxChars: number,
  ) {}

  /**
   * The value for `key`. A hit only marks the entry used (it survives the next sweep); it is not
   * moved. Editors ask for every line of a draft on every keystroke, and moving each hit cost
   * more than the lookup itself.
   */
  get(key: string): V | undefined {
    const e = this.map.get(key);
    if (!e) return undefined;
    e.used = true;
    e.seen = checks;
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
    else {
      this.chars += key.length;
      this.stored += key.length;
    }
    const own = owned ? key : ownString(key);
    // Stored counts as used: it survives the next sweep.
    this.map.set(own, { k: own, v: value, used: true, seen: checks });
    if (aging && this.ageSweepDue()) this.dropUnusedFor(MAX_AGE);
    if (this.map.size <= this.maxEntries && this.chars <= this.maxChars) return;
    // A sweep: every entry not used since the last one goes at once (a draft's old lines after
    // edits); the rest start over as unused. Nothing is moved, so a sweep allocates nothing.
    for (const [k, e] of this.map) {
      if (e.used) e.used = false;
      else {
        this.map.delete(k);
        this.chars -= k.length;
      }
    }
    // Everything was in use: oldest first, a quarter below the bounds, so that a cache smaller
    // than what is asked of it (a huge draft) sweeps once per many stores, not on each.
    const entries = this.maxEntries - Math.floor(this.maxEntries / 4);
    const chars = this.maxChars - Math.floor(this.maxChars / 4);
    if (this.map.size <= this.maxEntries && this.chars <= this.maxChars) return;
    for (const oldest of this.map.keys()) {
      if (this.map.size <= entries && this.chars <= chars) break;
      this.map.delete(oldest);
      this.chars -= oldest.length;
    }
  }

  /**
   * Whether to drop the aged entries now: not twice in a check (what it has not reached yet
   * was used by the previous one), else once the keys stored since the last sweep hold an
   * eighth of the cache's characters, or AGE_SWEEP_EVERY checks have passed.
   */
  private ageSweepDue(): boolean {
    const since = checks - this.lastAgeSweep;
    if (since <= 0) return false;
    return since >= AGE_SWEEP_EVERY || this.stored >= Math.max(AGE_SWEEP_MIN_CHARS, this.chars / AGE_SWEEP_SHARE);
  }

  /** Drops the entries that neither this check nor the last `age` used. */
  private dropUnusedFor(age: number): void {
    this.lastAgeSweep = checks;
    this.stored = 0;
    for (const [k, e] of this.map) {
      if (checks - e.seen > age) {
        this.map.delete(k);
        this.chars -= k.length;
      }
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
    this.stored = 0;
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
 * traditional characters, mark counts, …): every line of a draft up to about 1 MB, and room
 * for the lines that edits replaced. A draft past the bound re-finds every line on every check
 * (a 1 MB draft of distinct lines cost 2.3 s an edit at the old 120,000 characters). The
 * caches share their keys (the engine's one copy of each line), so what a cache adds is its
 * entries. The lines that edits replaced go with the age sweep (not used by the last 2 checks,
 * looked at once the new lines come to an eighth of the cache), well before a bound sized for
 * 1 MB fills with them.
 */
export const LINE_CACHE_SIZE = { entries: 40_000, chars: 1_200_000 };
