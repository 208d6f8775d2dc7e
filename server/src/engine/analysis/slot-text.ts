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
