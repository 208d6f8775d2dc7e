/** Small text helpers shared by the slot finders (slot-marks.ts, slot-brackets.ts, slot-blanks.ts). */

/** The text just before `at` (a bounded window: context tests stay linear on long PDF lines). */
export function before(line: string, at: number, n = 24): string {
  return line.slice(Math.max(0, at - n), at);
}

/** Whether only whitespace precedes `at` on its line. */
export function atLineHead(line: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) if (!/\s/.test(line[i]!)) return false;
  return true;
}

/** What a run of quoted phrases is said to be: examples of a kind of wording, not the draft's own words. */
const CITED_AS = /^(?:之[类類]|这类|這類|一类|一類|这样的|這樣的|等(?:等)?(?:的)?(?:套话|套話|空话|空話|口号|口號|说法|說法|提法|字眼|表述|话语|話語))/;
/** One more quoted phrase in the run: `、“…”`. */
const NEXT_QUOTED = /^[、，,]?[“「][^“”「」\n]{0,40}[”」]/;

/**
 * Whether [start, end) sits inside a quoted phrase that the text cites as an example of a kind of
 * wording (`“为×××而努力奋斗”、“为×××作出新的更大的贡献”之类的套话`): its marks stand for any
 * name, as the essay means them, not for one the writer left to fill.
 */
export function citedPhrase(line: string, start: number, end: number): boolean {
  // The quoted phrase spans at most 42 characters, so each search stops there: a long line with
  // many slots and no quote near them costs each slot a bounded look, not a scan of the line.
  const open = lastWithin(line, '“', start, end - 42);
  if (open < 0) return false;
  const close = firstWithin(line, '”', end, open + 42);
  if (close < 0 || lastWithin(line, '”', start, open + 1) >= 0) return false;
  let at = close + 1;
  for (let n = 0; n < 8; n++) {
    const m = NEXT_QUOTED.exec(line.slice(at, at + 44));
    if (!m) break;
    at += m[0].length;
  }
  return CITED_AS.test(line.slice(at, at + 8));
}

/** The last `ch` at or before `from` and at or after `lo`, else -1. */
function lastWithin(line: string, ch: string, from: number, lo: number): number {
  for (let i = Math.min(from, line.length - 1); i >= Math.max(0, lo); i--) if (line[i] === ch) return i;
  return -1;
}

/** The first `ch` at or after `from` and at or before `hi`, else -1. */
function firstWithin(line: string, ch: string, from: number, hi: number): number {
  for (let i = Math.max(0, from); i <= hi && i < line.length; i++) if (line[i] === ch) return i;
  return -1;
}
