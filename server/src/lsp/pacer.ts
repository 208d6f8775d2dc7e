/**
 * When to check a document after edits. A fixed trailing debounce answers a lone edit late
 * (the whole delay plus the check) and never answers while the writer keeps typing faster
 * than the delay. The pacer instead:
 *
 * - checks at once the first edit after a pause in typing: no edit for `pauseMs`, or for as
 *   long as a check of this document costs (one edit at a time, each after the last answer,
 *   is never held back: a cheap check answers it before the next keystroke anyway),
 * - during a burst, waits for a quiet spell that scales with what a check of this document
 *   costs (a cheap check waits little, a dear one waits longer so checks do not pile up),
 * - and never lets edits go unanswered for longer than `maxWaitMs`.
 *
 * Pure bookkeeping with times passed in, so it is tested without timers.
 */
export interface PacerOptions {
  /** Longest a pending edit waits for its check while typing continues. */
  maxWaitMs: number;
  /** Shortest and longest quiet spell that ends a burst. */
  minQuietMs: number;
  maxQuietMs: number;
  /** An edit this long after the previous one starts a new burst: it is checked at once. */
  pauseMs: number;
}

export const DEFAULT_PACER: PacerOptions = { maxWaitMs: 120, minQuietMs: 20, maxQuietMs: 150, pauseMs: 100 };

interface State {
  /** Time of the last edit. */
  lastEdit: number;
  /** Time of the first edit not yet covered by a check, if any. */
  pendingSince?: number;
  /** Whether the pending edits came after a pause: check them at once. */
  eager: boolean;
  /** When the last check ended, and what it cost. */
  lastEnd: number;
  lastCost: number;
}

export class EditPacer {
  private readonly states = new Map<string, State>();

  constructor(private readonly options: PacerOptions = DEFAULT_PACER) {}

  /** Records an edit of `uri` at `now`. */
  edited(uri: string, now: number): void {
    let s = this.states.get(uri);
    if (!s) {
      s = { lastEdit: -Infinity, eager: true, lastEnd: -Infinity, lastCost: 0 };
      this.states.set(uri, s);
    }
    if (s.pendingSince === undefined) {
      s.pendingSince = now;
      const gap = now - s.lastEdit;
      s.eager = gap >= this.options.pauseMs || (s.lastCost > 0 && gap >= s.lastCost);
    } else {
      s.eager = false;
    }
    s.lastEdit = now;
  }

  /** How long to wait at `now` before checking `uri` (0: check now). */
  wait(uri: string, now: number): number {
    const s = this.states.get(uri);
    if (!s || s.pendingSince === undefined || s.eager) return 0;
    const due = Math.min(s.lastEdit + this.quiet(s), s.pendingSince + this.options.maxWaitMs);
    return Math.max(0, due - now);
  }

  /**
   * Records a check of `uri` that read the document at `started` and ended at `ended`;
   * `costMs` is what computing it cost (0 when a cached result was reused: not recorded).
   */
  checked(uri: string, started: number, ended: number, costMs: number): void {
    const s = this.states.get(uri);
    if (!s) return;
    if (costMs > 0) s.lastCost = costMs;
    s.lastEnd = ended;
    // Edits that arrived while the check ran are still pending.
    if (s.lastEdit <= started) s.pendingSince = undefined;
    else s.pendingSince = Math.max(s.pendingSince ?? started, started);
    s.eager = false;
  }

  forget(uri: string): void {
    this.states.delete(uri);
  }

  /** The quiet spell that ends a burst for this document: about twice a check's cost. */
  private quiet(s: State): number {
    const { minQuietMs, maxQuietMs } = this.options;
    return Math.min(maxQuietMs, Math.max(minQuietMs, 2 * s.lastCost + 10));
  }
}
