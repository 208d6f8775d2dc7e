/**
 * Writes a Word file's fixes back as revisions: each edit (in offsets of the text the reader
 * gives) becomes a tracked deletion of the runs it covers and a tracked insertion carrying the
 * first covered run's formatting; a line break removed deletes the paragraph mark, one added
 * inserts a paragraph (both tracked). Findings without a safe fix become comments anchored on
 * their range. Only the runs an edit or a comment boundary falls inside are split; every other
 * part of the package is written back byte for byte, except the comments part, its
 * relationship and its content type, which are added or extended.
 *
 * Word's own paragraph numbers are in the reader's text (labels) but not in the file: an edit
 * that touches one — reaches into it, ends at a numbered paragraph's start, or splits or joins
 * a numbered paragraph — is not written and comes back in `refused`.
 *
 * This file plans and orders the work; runs.ts cuts run boundaries, revisions.ts writes the
 * tracked changes, comments.ts the comments, wml.ts builds the elements.
 */
import type { TextEdit } from '../engine/model/types';
import { addComments, anchorComment } from './comments';
import { DocxError } from './errors';
import { MAX_TOTAL_BYTES, MAX_XML_PART_BYTES, partText, unzipParts, zipPackage } from './package';
import { loadNumbering } from './numbering';
import { mainPartName, readBody, type Line } from './read';
import { applyEdit } from './revisions';
import { cutAt, type Spot } from './runs';
import { Wml, type RevisionOptions } from './wml';
import { parseXml, serializeXml } from './xml';

export type { RevisionOptions } from './wml';

export interface DocxComment {
  /** Offsets in the reader's text. An empty range is widened to its paragraph. */
  start: number;
  end: number;
  /** The comment's text; a line break starts a new paragraph in it. */
  text: string;
}

export interface RevisionResult {
  bytes: Uint8Array;
  /** Edits written as tracked changes. */
  changes: number;
  comments: number;
  /** Edits not written: they touch a number Word puts before a paragraph itself. */
  refused: TextEdit[];
}

export function writeRevisions(
  bytes: Uint8Array,
  edits: readonly TextEdit[],
  comments: readonly DocxComment[],
  options: RevisionOptions,
  { refusedAsComments = true }: { refusedAsComments?: boolean } = {},
): RevisionResult {
  const pkg = unzipParts(bytes, undefined, (name) => (/\.(xml|rels)$/i.test(name) ? MAX_XML_PART_BYTES : MAX_TOTAL_BYTES));
  const mainPart = mainPartName(pkg);
  const mainXml = partText(pkg, mainPart);
  if (mainXml === undefined) throw new DocxError('not-docx', { reason: mainPart });
  const doc = parseXml(mainXml, mainPart);
  const body = readBody(doc, loadNumbering(mainPart, (n) => partText(pkg, n)));
  const w = new Wml(doc, options);

  const spot = spotter(body.lines);

  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const refused = untrackable(body.lines, sorted);
  const notTracked = new Set(refused);
  const plannedEdits = sorted
    .filter((e) => !notTracked.has(e))
    .map((e) => ({ edit: e, from: spot(e.start), to: spot(e.end), newText: e.newText }));
  const allComments = refusedAsComments ? [...comments, ...refused.map((e) => refusedComment(body.text, e))] : comments;
  const plannedComments = allComments.map((c) => planComment(body.lines, spot, c));

  // 1. Run boundaries at every edit and comment boundary (only the runs they fall inside split).
  for (const p of [...plannedEdits, ...plannedComments]) {
    cutAt(body.lines[p.from.line]!, p.from.at, w);
    cutAt(body.lines[p.to.line]!, p.to.at, w);
  }

  // 2. Tracked changes.
  let changes = 0;
  for (const e of plannedEdits) {
    applyEdit(body.lines, e.from, e.to, e.newText, w);
    changes++;
  }

  // 3. Comments.
  let commentCount = 0;
  const commentElements: Array<{ id: number; text: string }> = [];
  for (const c of plannedComments) {
    const id = w.nextId();
    anchorComment(body.lines, c.from, c.to, id, w);
    commentElements.push({ id, text: c.text });
    commentCount++;
  }
  w.set(pkg, mainPart, serializeXml(doc));
  if (commentElements.length > 0) addComments(pkg, mainPart, commentElements, w);
  return { bytes: zipPackage(pkg), changes, comments: commentCount, refused };
}

/**
 * The edits that cannot be tracked in a file read as `lines` (readDocx's): those that touch a
 * number Word puts before a paragraph itself. `--fix` leaves them out, `--fix-dry-run` too.
 */
export function untrackable(lines: readonly Line[], edits: readonly TextEdit[]): TextEdit[] {
  const spot = spotter(lines);
  return edits.filter((e) => touchesLabel(lines, spot(e.start), spot(e.end), e.newText));
}

/** Offsets of the reader's text → (line, offset in line). */
function spotter(lines: readonly Line[]): (offset: number) => Spot {
  const starts: number[] = [];
  let offset = 0;
  for (const l of lines) {
    starts.push(offset);
    offset += l.text.length + 1;
  }
  return (o) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, at: o - starts[lo]! };
  };
}

/** A comment's range in lines: an empty one widened to its paragraph, labels left out. */
function planComment(lines: readonly Line[], spot: (offset: number) => Spot, c: DocxComment): { from: Spot; to: Spot; text: string } {
  let from = spot(c.start);
  let to = spot(c.end);
  if (c.start === c.end) {
    from = { line: from.line, at: 0 };
    to = { line: from.line, at: lines[from.line]!.text.length };
  }
  // A comment starts after a label and ends before one: there is no run to anchor on in it.
  from = { line: from.line, at: Math.max(from.at, labelEnd(lines[from.line]!)) };
  if (to.line > from.line && to.at <= labelEnd(lines[to.line]!)) to = { line: to.line - 1, at: lines[to.line - 1]!.text.length };
  return { from, to, text: c.text };
}

/** The comment that stands for an edit the writer could not track. */
function refusedComment(text: string, e: TextEdit): DocxComment {
  const was = text.slice(e.start, e.end);
  return {
    start: e.start,
    end: e.end,
    text: `【自动编号】此处修改涉及 Word 自动编号，未写成修订：建议将“${was}”改为“${e.newText}” / not tracked: the change touches Word's automatic numbering; suggested: “${was}” → “${e.newText}”`,
  };
}

/** Where a line's label ends (0 without one). */
function labelEnd(line: Line): number {
  const first = line.pieces[0];
  return first?.kind === 'label' ? first.end : 0;
}

/**
 * Whether an edit touches a label: starts inside one, reaches a numbered paragraph's start
 * from a line before it, or splits or joins a numbered paragraph (which would number the
 * other half too, or move the number).
 */
function touchesLabel(lines: readonly Line[], from: Spot, to: Spot, newText: string): boolean {
  const own = labelEnd(lines[from.line]!) > 0;
  if (own && (from.at < labelEnd(lines[from.line]!) || to.line > from.line || newText.includes('\n'))) return true;
  for (let l = from.line + 1; l <= to.line; l++) if (labelEnd(lines[l]!) > 0) return true;
  return false;
}

