/**
 * Runs and positions: a (line, offset) spot in the reader's text, making a spot a run
 * boundary (splitting only the run it falls inside), and the runs a range covers.
 */
import type { Element, Node } from '@xmldom/xmldom';
import type { Line, Piece } from './read';
import { setText, type Wml } from './wml';
import { firstW, XML_NS } from './xml';

/** A place in the reader's text: its line and the offset in that line. */
export interface Spot {
  line: number;
  at: number;
}

/** Makes `at` a run boundary in the line: splits the run (and its `w:t`) it falls inside. */
export function cutAt(line: Line, at: number, w: Wml): void {
  const pieces = line.pieces;
  // Only the piece before the first one starting at or after `at`, and that one, can hold the cut.
  const from = Math.max(0, firstAtOrAfter(pieces, at) - 1);
  for (let i = from; i < pieces.length && i <= from + 1; i++) {
    const p = pieces[i]!;
    if (p.start < at && at < p.end && p.kind === 'text') {
      const original = p.node.textContent ?? '';
      const k = at - p.start;
      const second = p.node.cloneNode(false) as Element;
      p.node.setAttributeNS(XML_NS, 'xml:space', 'preserve');
      second.setAttributeNS(XML_NS, 'xml:space', 'preserve');
      setText(p.node, original.slice(0, k));
      second.appendChild(w.doc.createTextNode(original.slice(k)));
      p.node.parentNode!.insertBefore(second, p.node.nextSibling);
      const piece: Piece = { start: at, end: p.end, run: p.run, node: second, kind: 'text' };
      p.end = at;
      pieces.splice(i + 1, 0, piece);
      splitRun(line, p.run, second, at);
      return;
    }
    const next = pieces[i + 1];
    if (p.end === at && next && next.start === at && next.run === p.run) {
      splitRun(line, p.run, next.node, at);
      return;
    }
  }
}

/** Moves `from` and everything after it in run `r` into a new run (same properties) after `r`. */
function splitRun(line: Line, r: Element, from: Node, at: number): void {
  const r2 = r.cloneNode(false) as Element;
  const rPr = firstW(r, 'rPr');
  if (rPr) r2.appendChild(rPr.cloneNode(true));
  let n: Node | null = from;
  while (n) {
    const next: Node | null = n.nextSibling;
    r2.appendChild(n);
    n = next;
  }
  r.parentNode!.insertBefore(r2, r.nextSibling);
  for (const p of line.pieces) if (p.run === r && p.start >= at) p.run = r2;
}

/** The node that stands for a run in its parent: the run, or the `w:del` this writer wrapped it in. */
export function outer(run: Element, w: Wml): Element {
  const parent = run.parentNode as Element | null;
  return parent && w.wrappers.has(parent) ? parent : run;
}

/** The runs an edit covers, in order, each with its line (run boundaries are already cut there). */
export function runsIn(lines: Line[], from: Spot, to: Spot): Array<{ run: Element; line: number }> {
  const runs: Array<{ run: Element; line: number }> = [];
  for (let l = from.line; l <= to.line; l++) {
    const pieces = lines[l]!.pieces;
    for (let i = l === from.line ? firstAtOrAfter(pieces, from.at) : 0; i < pieces.length; i++) {
      const p = pieces[i]!;
      if (l === to.line && p.end > to.at) break;
      if (runs[runs.length - 1]?.run !== p.run) runs.push({ run: p.run, line: l });
    }
  }
  return runs;
}

/** Index of the first piece starting at or after `at` (pieces are in order). */
export function firstAtOrAfter(pieces: readonly Piece[], at: number): number {
  let lo = 0;
  let hi = pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pieces[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
