/**
 * `--fix` and `--fix-dry-run`: the engine's fix-all on the text as read, with line breaks
 * that a fix inserts written the way the file writes them, and a unified diff of the change.
 */
import diff from 'fast-diff';
import { lastStartingAtOrBefore } from '../engine/util/binary-search';
import { fixAllSync } from '../engine/fix/fix';
import type { NormalizedConfig } from '../engine/model/config';
import { splitLines } from '../engine/analysis/document';
import type { Engine, Segmentation } from '../engine/engine';
import type { TextEdit } from '../engine/model/types';
import { dominantEol } from './encoding';

export interface FixOutcome {
  text: string;
  /** The change as edits of the text read. */
  edits: readonly TextEdit[];
  /** Edits applied over all passes. */
  applied: number;
}

export function fixText(text: string, config: NormalizedConfig, engine: Engine, segmentation: Segmentation): FixOutcome {
  // Inserted line breaks are written the file's way edit by edit (a diff of megabytes is slow).
  const result = fixAllSync(text, config, { engine, eol: dominantEol(text) }, segmentation);
  if (result.text === text) return { text, edits: [], applied: 0 };
  return { text: result.text, edits: result.edits, applied: result.applied };
}

/** Rewrites line breaks inside inserted text to the file's own; text left alone stays byte-identical. */
export function withEol(before: string, after: string, eol: string): string {
  if (!/[\r\n]/.test(after)) return after;
  let out = '';
  for (const [op, chunk] of diff(before, after)) {
    if (op === diff.DELETE) continue;
    out += op === diff.INSERT ? chunk.replace(/\r\n|\r|\n/g, eol) : chunk;
  }
  return out;
}

/**
 * A unified diff (`---`/`+++`/`@@` hunks) of two versions of a text, with `context` lines
 * around each change. Hunks come from a character diff, so a one-character fix in a long
 * draft costs nothing like a line LCS.
 */
export function unifiedDiff(before: string, after: string, name: string, context = 1, edits?: readonly TextEdit[]): string {
  if (before === after) return '';
  const oldLines = diffLines(before);
  const lineOf = (offset: number): number => lastStartingAtOrBefore(oldLines, offset);

  // Changed old-line ranges, each with the text-length delta of the edits inside it.
  interface Span { first: number; last: number; delta: number }
  const spans: Span[] = [];
  let offset = 0;
  // The fix's own edits when known: a character diff of megabytes with thousands of changes is slow.
  for (const [op, chunk] of edits ? opsOf(before, edits) : diff(before, after)) {
    if (op === diff.EQUAL) {
      offset += chunk.length;
      continue;
    }
    const first = lineOf(offset);
    const last = op === diff.DELETE ? lineOf(offset + chunk.length) : first;
    const delta = op === diff.DELETE ? -chunk.length : chunk.length;
    if (op === diff.DELETE) offset += chunk.length;
    const prev = spans[spans.length - 1];
    if (prev && first <= prev.last + 2 * context + 1) {
      prev.last = Math.max(prev.last, last);
      prev.delta += delta;
    } else spans.push({ first, last, delta });
  }

  const out = [`--- ${name}`, `+++ ${name}`];
  let shift = 0; // offset delta of everything before the current span
  let lineShift = 0;
  for (const s of spans) {
    const first = Math.max(0, s.first - context);
    const last = Math.min(oldLines.length - 1, s.last + context);
    const oldStart = oldLines[first]!.start;
    const oldEnd = oldLines[last]!.end;
    const newEnd = oldEnd + shift + s.delta;
    const newText = after.slice(oldStart + shift, newEnd);
    const oldHunk = oldLines.slice(first, last + 1).map((l) => l.text);
    // A hunk that ends on an empty line ends its text with a line break: only at the end of
    // the text is that the file's last break rather than the empty line.
    const newHunk = (newEnd >= after.length ? diffLines(newText) : splitLines(newText)).map((l) => l.text);
    out.push(`@@ -${first + 1},${oldHunk.length} +${first + 1 + lineShift},${newHunk.length} @@`);
    for (const l of hunkBody(oldHunk, newHunk)) out.push(l);
    shift += s.delta;
    lineShift += newHunk.length - oldHunk.length;
  }
  return `${out.join('\n')}\n`;
}

/** Edits as the operations of a character diff (equal, delete, insert). */
function* opsOf(before: string, edits: readonly TextEdit[]): Generator<[number, string]> {
  let at = 0;
  for (const e of edits) {
    if (e.start > at) yield [diff.EQUAL, before.slice(at, e.start)];
    if (e.end > e.start) yield [diff.DELETE, before.slice(e.start, e.end)];
    if (e.newText) yield [diff.INSERT, e.newText];
    at = e.end;
  }
}

/**
 * The lines of a text as a diff counts them: a final line break ends the last line, it does
 * not start an empty one (else every hunk at the end of a file shows a phantom blank line).
 */
function diffLines(text: string): ReturnType<typeof splitLines> {
  const lines = splitLines(text);
  if (lines.length > 1 && lines[lines.length - 1]!.text === '') lines.pop();
  return lines;
}

/** Common leading and trailing lines as context, the rest as removed/added. */
function hunkBody(oldHunk: string[], newHunk: string[]): string[] {
  let head = 0;
  while (head < oldHunk.length && head < newHunk.length && oldHunk[head] === newHunk[head]) head++;
  let tail = 0;
  while (
    tail < oldHunk.length - head &&
    tail < newHunk.length - head &&
    oldHunk[oldHunk.length - 1 - tail] === newHunk[newHunk.length - 1 - tail]
  ) tail++;
  return [
    ...oldHunk.slice(0, head).map((l) => ` ${l}`),
    ...oldHunk.slice(head, oldHunk.length - tail).map((l) => `-${l}`),
    ...newHunk.slice(head, newHunk.length - tail).map((l) => `+${l}`),
    ...oldHunk.slice(oldHunk.length - tail).map((l) => ` ${l}`),
  ];
}
