/**
 * The lines of a new version of a draft, taken over from the version checked before it where
 * an edit left them alone. A keystroke in a 1 MB draft changes one of ten thousand lines: the
 * others keep their own copy of their text (the key of every per-line cache) and what the
 * per-line analyses found on them (their record), so the check neither slices, copies nor
 * looks up those lines again. Only the lines between the unchanged head and the unchanged
 * tail are split anew.
 *
 * The result is exactly `splitLines` of the new text: a head line is taken over only where
 * its text and its line break stand at the same offset in the new text, a tail line only
 * where they stand at the same distance from the end and a line starts there; everything
 * between is split as a full split would. Comparing costs one native string comparison per
 * line taken over, and stops at the first line that differs (a different draft: its first
 * and last lines).
 */
import type { Line } from './document';

/** What per-line analyses found on a line, by cache: `[cache, value, cache, value, …]`. */
export type LineRecord = unknown[];

/** A record holds one value per per-line cache; past this many entries (many configurations in turn) it starts over. */
const MAX_RECORD = 64;

/** What a checked version hands on to the next. */
export interface LineSource {
  readonly text: string;
  readonly lines: readonly Line[];
  /** Line `i`'s own copy (shares no storage with any document). */
  ownText(i: number): string;
  /** Line `i`'s record, if it has one. */
  recordOf(i: number): LineRecord | undefined;
  /** Whether line `i`'s text is its own copy (a line taken over), not a slice of the document. */
  ownsText(i: number): boolean;
}

export interface CarriedLines {
  lines: Line[];
  /** Own copies of the lines taken over, by new index; undefined for lines split anew. */
  own: Array<string | undefined>;
  records: Array<LineRecord | undefined>;
  /** The lines split anew, whose text is a slice of the new text: [first, end). */
  sliced: [number, number];
}

/** The lines of `text`, taking over `prev`'s unchanged ones. */
export function carryLines(prev: LineSource, text: string): CarriedLines {
  const lines: Line[] = [];
  const own: Array<string | undefined> = [];
  const records: Array<LineRecord | undefined> = [];
  const old = prev.lines;
  const n = old.length;
  const before = prev.text;
  const take = (i: number, d: number): void => {
    const l = old[i]!;
    const copy = prev.ownText(i);
    own.push(copy);
    records.push(prev.recordOf(i));
    // A line whose text is already its own copy, at the same place: the same object. Else a
    // new one with the copy as its text (a slice would keep the previous version alive).
    if (d === 0 && l.index === lines.length && prev.ownsText(i)) lines.push(l);
    else lines.push({ index: lines.length, start: l.start + d, end: l.end + d, text: copy, eol: l.eol });
  };
  const prefix = commonPrefix(before, text);
  if (prefix === before.length && prefix === text.length) {
    for (let i = 0; i < n; i++) take(i, 0);
    return { lines, own, records, sliced: [n, n] };
  }
  // Head: the lines and their breaks inside the common prefix. A lone `\r` at its very end may
  // be followed by `\n` in the new text (one break `\r\n`): that line is split anew.
  let head = 0;
  while (head < n) {
    const l = old[head]!;
    const past = l.end + l.eol.length;
    if (l.eol === '' || past > prefix || (past === prefix && l.eol === '\r')) break;
    head++;
  }
  const headEnd = head > 0 ? old[head - 1]!.end + old[head - 1]!.eol.length : 0;
  // Tail: the lines inside the common suffix (not overlapping the prefix) that start a line
  // in the new text too; after the first, every one does (the break before it is in the suffix).
  const suffix = commonSuffix(before, text, Math.min(before.length, text.length) - prefix);
  const d = text.length - before.length;
  let tail = n;
  while (tail > head && old[tail - 1]!.start >= before.length - suffix && old[tail - 1]!.start + d >= headEnd) tail--;
  while (tail < n && !startsLine(text, old[tail]!.start + d)) tail++;
  for (let i = 0; i < head; i++) take(i, 0);
  const tailStart = tail < n ? old[tail]!.start + d : text.length;
  pushLines(text, headEnd, tailStart, lines, tail === n);
  const sliced: [number, number] = [head, lines.length];
  // Packed arrays, one entry a line: the lines split anew have no copy or record yet.
  while (own.length < lines.length) {
    own.push(undefined);
    records.push(undefined);
  }
  for (let i = tail; i < n; i++) take(i, d);
  return { lines, own, records, sliced };
}

/** Compared a block at a time: V8 compares two flat strings natively (memcmp), a loop of charCodeAt does not. */
const BLOCK = 4_096;

/** How many code units `a` and `b` share at their start. */
function commonPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let i = 0;
  while (i + BLOCK <= max && a.substring(i, i + BLOCK) === b.substring(i, i + BLOCK)) i += BLOCK;
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** How many code units `a` and `b` share at their end, at most `max`. */
function commonSuffix(a: string, b: string, max: number): number {
  let k = 0;
  while (k + BLOCK <= max && a.substring(a.length - k - BLOCK, a.length - k) === b.substring(b.length - k - BLOCK, b.length - k)) k += BLOCK;
  while (k < max && a.charCodeAt(a.length - 1 - k) === b.charCodeAt(b.length - 1 - k)) k++;
  return k;
}

/** Whether a line of `text` starts at `at`: at the start, or after a line break (not between the two halves of `\r\n`). */
function startsLine(text: string, at: number): boolean {
  if (at === 0) return true;
  const before = text.charCodeAt(at - 1);
  return before === 10 || (before === 13 && text.charCodeAt(at) !== 10);
}

/**
 * The lines of text[from, to) pushed onto `out`, their indexes following on. `to` is where a
 * line starts (after a break), or with `last` the text's end: the piece after the last break
 * is then a line too, ending with ''.
 */
export function pushLines(text: string, from: number, to: number, out: Line[], last: boolean): void {
  let start = from;
  const push = (end: number, eol: string): void => {
    out.push({ index: out.length, start, end, text: text.slice(start, end), eol });
    start = end + eol.length;
  };
  // Found with indexOf and a loop, not a regular expression: its match objects were 4 % of
  // what a check of a long draft allocated (a keystroke in a 1 MB draft re-split it).
  const cr = text.indexOf('\r', from);
  if (cr === -1 || cr >= to) {
    for (let at = text.indexOf('\n', start); at !== -1 && at < to; at = text.indexOf('\n', start)) push(at, '\n');
  } else {
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) push(i, '\n');
      else if (c === 13) {
        const crlf = text.charCodeAt(i + 1) === 10;
        push(i, crlf ? '\r\n' : '\r');
        if (crlf) i++;
      }
    }
  }
  if (last) out.push({ index: out.length, start, end: to, text: text.slice(start, to), eol: '' });
}

/** The value `record` holds for `cache`, if any. */
export function recordGet(record: LineRecord, cache: object): unknown {
  for (let i = 0; i < record.length; i += 2) if (record[i] === cache) return record[i + 1];
  return undefined;
}

/** Keeps `value` for `cache` in `record` (which holds none for it yet). */
export function recordSet(record: LineRecord, cache: object, value: unknown): void {
  if (record.length >= MAX_RECORD) record.length = 0;
  record.push(cache, value);
}
