/**
 * Writes a Word file's fixes back as revisions: each edit (in offsets of the text the reader
 * gives) becomes a tracked deletion of the runs it covers and a tracked insertion carrying the
 * first covered run's formatting; a line break removed deletes the paragraph mark, one added
 * inserts a paragraph (both tracked). Findings without a safe fix become comments anchored on
 * their range. Only the runs an edit or a comment boundary falls inside are split; every other
 * part of the package is written back byte for byte, except the comments part, its
 * relationship and its content type, which are added or extended.
 *
 * This file plans and orders the work; runs.ts cuts run boundaries, revisions.ts writes the
 * tracked changes, comments.ts the comments, wml.ts builds the elements.
 */
import type { TextEdit } from '../engine/model/types';
import { addComments, anchorComment } from './comments';
import { DocxError } from './errors';
import { MAX_TOTAL_BYTES, MAX_XML_PART_BYTES, partText, unzipParts, zipPackage } from './package';
import { mainPartName, readBody } from './read';
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
}

export function writeRevisions(
  bytes: Uint8Array,
  edits: readonly TextEdit[],
  comments: readonly DocxComment[],
  options: RevisionOptions,
): RevisionResult {
  const pkg = unzipParts(bytes, undefined, (name) => (/\.(xml|rels)$/i.test(name) ? MAX_XML_PART_BYTES : MAX_TOTAL_BYTES));
  const mainPart = mainPartName(pkg);
  const mainXml = partText(pkg, mainPart);
  if (mainXml === undefined) throw new DocxError('not-docx', { reason: mainPart });
  const doc = parseXml(mainXml, mainPart);
  const body = readBody(doc);
  const w = new Wml(doc, options);

  // Offsets → (line, offset in line).
  const starts: number[] = [];
  let offset = 0;
  for (const l of body.lines) {
    starts.push(offset);
    offset += l.text.length + 1;
  }
  const spot = (o: number): Spot => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, at: o - starts[lo]! };
  };

  const plannedEdits = [...edits].sort((a, b) => a.start - b.start).map((e) => ({ from: spot(e.start), to: spot(e.end), newText: e.newText }));
  const plannedComments = comments.map((c) => {
    let from = spot(c.start);
    let to = spot(c.end);
    if (c.start === c.end) {
      from = { line: from.line, at: 0 };
      to = { line: from.line, at: body.lines[from.line]!.text.length };
    }
    return { from, to, text: c.text };
  });

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
  return { bytes: zipPackage(pkg), changes, comments: commentCount };
}

