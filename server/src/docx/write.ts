/**
 * Writes a Word file's fixes back as revisions: each edit (in offsets of the text the reader
 * gives) becomes a tracked deletion of the runs it covers and a tracked insertion carrying the
 * first covered run's formatting; a line break removed deletes the paragraph mark, one added
 * inserts a paragraph (both tracked). Findings without a safe fix become comments anchored on
 * their range. Only the runs an edit or a comment boundary falls inside are split; every other
 * part of the package is written back byte for byte, except the comments part, its
 * relationship and its content type, which are added or extended.
 */
import type { Document, Element, Node } from '@xmldom/xmldom';
import { strToU8 } from 'fflate';
import type { TextEdit } from '../engine/model/types';
import { DocxError } from './errors';
import { MAX_TOTAL_BYTES, MAX_XML_PART_BYTES, partText, unzipParts, zipPackage, type DocxPackage } from './package';
import { mainPartName, readBody, type Line, type Piece } from './read';
import { childElements, CT_NS, firstW, isW, parseXml, REL_NS, serializeXml, W_NS, XML_NS } from './xml';

export interface DocxComment {
  /** Offsets in the reader's text. An empty range is widened to its paragraph. */
  start: number;
  end: number;
  /** The comment's text; a line break starts a new paragraph in it. */
  text: string;
}

export interface RevisionOptions {
  author: string;
  date: Date;
  initials?: string;
}

export interface RevisionResult {
  bytes: Uint8Array;
  /** Edits written as tracked changes. */
  changes: number;
  comments: number;
}

const COMMENTS_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const COMMENTS_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';

const REVISION_MARKS = new Set(['ins', 'del', 'moveFrom', 'moveTo', 'rPrChange']);

interface Spot {
  line: number;
  at: number;
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

/** Builds WordprocessingML elements in the document's own namespace and prefix. */
class Wml {
  readonly ns: string;
  readonly prefix: string;
  private id: number;
  readonly date: string;
  /** `w:del` wrappers this writer made, to place insertions after them. */
  readonly wrappers = new Set<Element>();

  constructor(
    readonly doc: Document,
    readonly options: RevisionOptions,
  ) {
    const root = doc.documentElement!;
    this.ns = root.namespaceURI ?? W_NS;
    this.prefix = root.prefix ?? 'w';
    this.id = maxId(doc);
    this.date = options.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  nextId(): number {
    return ++this.id;
  }

  el(local: string, attrs: Record<string, string> = {}, doc: Document = this.doc): Element {
    const e = doc.createElementNS(this.ns, `${this.prefix}:${local}`);
    for (const [k, v] of Object.entries(attrs)) e.setAttributeNS(this.ns, `${this.prefix}:${k}`, v);
    return e;
  }

  revision(local: 'ins' | 'del'): Element {
    return this.el(local, { id: String(this.nextId()), author: this.options.author, date: this.date });
  }

  text(value: string, local: 't' | 'delText' = 't', doc: Document = this.doc): Element {
    const t = this.el(local, {}, doc);
    t.setAttributeNS(XML_NS, 'xml:space', 'preserve');
    t.appendChild(doc.createTextNode(value));
    return t;
  }

  set(pkg: DocxPackage, name: string, xml: string): void {
    const data = strToU8(xml);
    const entry = pkg.entries.find((e) => e.name === name);
    if (entry) entry.data = data;
    else pkg.entries.push({ name, compression: 8, data });
  }
}

function maxId(doc: Document): number {
  let max = 0;
  const all = doc.getElementsByTagName('*');
  for (let i = 0; i < all.length; i++) {
    const el = all.item(i)!;
    const attrs = el.attributes;
    for (let j = 0; j < attrs.length; j++) {
      const a = attrs.item(j)!;
      if (a.localName === 'id' && a.prefix && /^\d{1,9}$/.test(a.value)) max = Math.max(max, Number(a.value));
    }
  }
  return max;
}

/** Makes `at` a run boundary in the line: splits the run (and its `w:t`) it falls inside. */
function cutAt(line: Line, at: number, w: Wml): void {
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

function setText(el: Element, value: string): void {
  while (el.firstChild) el.removeChild(el.firstChild);
  el.appendChild(el.ownerDocument!.createTextNode(value));
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
function outer(run: Element, w: Wml): Element {
  const parent = run.parentNode as Element | null;
  return parent && w.wrappers.has(parent) ? parent : run;
}

/** The runs an edit covers, in order, each with its line (run boundaries are already cut there). */
function runsIn(lines: Line[], from: Spot, to: Spot): Array<{ run: Element; line: number }> {
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
function firstAtOrAfter(pieces: readonly Piece[], at: number): number {
  let lo = 0;
  let hi = pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pieces[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function applyEdit(lines: Line[], from: Spot, to: Spot, newText: string, w: Wml): void {
  const covered = runsIn(lines, from, to);
  const deleted = covered.map((c) => c.run);
  for (const r of deleted) {
    const del = w.revision('del');
    w.wrappers.add(del);
    r.parentNode!.insertBefore(del, r);
    del.appendChild(r);
    for (const c of childElements(r)) {
      if (isW(c, 't')) {
        const dt = w.text(c.textContent ?? '', 'delText');
        r.replaceChild(dt, c);
      } else if (isW(c, 'instrText')) {
        const dt = w.el('delInstrText');
        while (c.firstChild) dt.appendChild(c.firstChild);
        r.replaceChild(dt, c);
      }
    }
  }
  // Line breaks inside the range: their paragraph marks are deleted.
  for (let l = from.line; l < to.line; l++) markParagraph(lastOf(lines[l]!.paragraphs), 'del', w);
  if (newText === '') return;

  const line = lines[from.line]!;
  const here = covered.filter((c) => c.line === from.line);
  const firstDeletedHere = here[0]?.run;
  const lastDeletedHere = here[here.length - 1]?.run;
  const nextIndex = firstAtOrAfter(line.pieces, from.at);
  const next = line.pieces[nextIndex];
  const prev = nextIndex > 0 && line.pieces[nextIndex - 1]!.end <= from.at ? line.pieces[nextIndex - 1] : undefined;
  const style = firstDeletedHere ?? prev?.run ?? next?.run;

  const parts = newText.split('\n');
  let ins = insertionRun(parts[0]!, style, w);
  if (lastDeletedHere) after(outer(lastDeletedHere, w), ins);
  else if (prev) after(outer(prev.run, w), ins);
  else if (next) outer(next.run, w).parentNode!.insertBefore(ins, outer(next.run, w));
  else appendInline(line.paragraphs[0]!, ins);

  // Each line break in the new text ends the paragraph there with an inserted paragraph mark.
  for (let j = 1; j < parts.length; j++) {
    const p = ancestorParagraph(ins);
    if (!p) throw new DocxError('corrupt', { reason: 'insertion outside a paragraph' });
    liftTo(ins, p);
    const first = w.el('p');
    const pPr = firstW(p, 'pPr');
    if (pPr) {
      const copy = pPr.cloneNode(true) as Element;
      for (const c of childElements(copy)) {
        if (isW(c, 'sectPr') || isW(c, 'pPrChange')) copy.removeChild(c);
        // The new paragraph's mark is the inserted one; a revision mark on the old one is not copied.
        else if (isW(c, 'rPr')) for (const m of childElements(c)) if (REVISION_MARKS.has(m.localName!)) c.removeChild(m);
      }
      first.appendChild(copy);
    }
    let n: Node | null = pPr ? pPr.nextSibling : p.firstChild;
    while (n) {
      const following: Node | null = n.nextSibling;
      first.appendChild(n);
      if (n === ins) break;
      n = following;
    }
    p.parentNode!.insertBefore(first, p);
    markParagraph(first, 'ins', w);
    ins = insertionRun(parts[j]!, style, w);
    appendInline(p, ins, true);
  }
}

/**
 * Makes `node` a child of paragraph `p` where it stands, for a paragraph split there: each
 * element between them (a hyperlink, a smart tag) is split in two around it, same attributes.
 */
function liftTo(node: Element, p: Element): void {
  while (node.parentNode && node.parentNode !== p) {
    const parent = node.parentNode as Element;
    if (node.nextSibling) {
      const rest = parent.cloneNode(false) as Element;
      while (node.nextSibling) rest.appendChild(node.nextSibling);
      after(parent, rest);
    }
    after(parent, node);
    if (!parent.firstChild) parent.parentNode!.removeChild(parent);
  }
}

function lastOf<T>(xs: readonly T[]): T {
  return xs[xs.length - 1]!;
}

function after(ref: Node, node: Node): void {
  ref.parentNode!.insertBefore(node, ref.nextSibling);
}

function ancestorParagraph(node: Node): Element | undefined {
  for (let n = node.parentNode; n; n = n.parentNode) if (isW(n, 'p')) return n as Element;
  return undefined;
}

/** Puts an inline node in a paragraph: first (after `w:pPr`) or last. */
function appendInline(p: Element, node: Node, atStart = false): void {
  const pPr = firstW(p, 'pPr');
  if (atStart) p.insertBefore(node, pPr ? pPr.nextSibling : p.firstChild);
  else p.appendChild(node);
}

/** `<w:ins><w:r><w:rPr…/><w:t>text</w:t></w:r></w:ins>`, tabs as `w:tab`; the formatting copied from `style`. */
function insertionRun(text: string, style: Element | undefined, w: Wml): Element {
  const ins = w.revision('ins');
  const r = w.el('r');
  const rPr = style ? firstW(style, 'rPr') : undefined;
  if (rPr) {
    const copy = rPr.cloneNode(true) as Element;
    for (const c of childElements(copy)) if (REVISION_MARKS.has(c.localName!)) copy.removeChild(c);
    r.appendChild(copy);
  }
  text.split('\t').forEach((chunk, i) => {
    if (i > 0) r.appendChild(w.el('tab'));
    if (chunk) r.appendChild(w.text(chunk));
  });
  ins.appendChild(r);
  return ins;
}

/** A tracked deletion or insertion of a paragraph mark (`w:pPr/w:rPr/w:del|w:ins`). */
function markParagraph(p: Element, kind: 'ins' | 'del', w: Wml): void {
  let pPr = firstW(p, 'pPr');
  if (!pPr) {
    pPr = w.el('pPr');
    p.insertBefore(pPr, p.firstChild);
  }
  let rPr = firstW(pPr, 'rPr');
  if (!rPr) {
    rPr = w.el('rPr');
    const before = childElements(pPr).find((c) => isW(c, 'sectPr') || isW(c, 'pPrChange'));
    pPr.insertBefore(rPr, before ?? null);
  }
  rPr.insertBefore(w.revision(kind), rPr.firstChild);
}

function anchorComment(lines: Line[], from: Spot, to: Spot, id: number, w: Wml): void {
  const startLine = lines[from.line]!;
  const endLine = lines[to.line]!;
  const firstPiece = startLine.pieces[firstAtOrAfter(startLine.pieces, from.at)];
  const first = firstPiece && (from.line < to.line || firstPiece.start < to.at) ? firstPiece : undefined;
  const lastPiece = endLine.pieces[firstAtOrAfter(endLine.pieces, to.at) - 1];
  const last = lastPiece && (from.line < to.line || lastPiece.end > from.at) ? lastPiece : undefined;
  const start = w.el('commentRangeStart', { id: String(id) });
  const end = w.el('commentRangeEnd', { id: String(id) });
  const ref = w.el('r');
  ref.appendChild(w.el('commentReference', { id: String(id) }));
  if (first && last) {
    const a = outer(first.run, w);
    a.parentNode!.insertBefore(start, a);
    const b = outer(last.run, w);
    after(b, end);
    after(end, ref);
  } else {
    // No text in the range (an empty paragraph): a point comment at the paragraph's start.
    const p = startLine.paragraphs[0]!;
    appendInline(p, ref, true);
    appendInline(p, end, true);
    appendInline(p, start, true);
  }
}

/** Adds the comments to the comments part, creating it (with its relationship and content type) when absent. */
function addComments(pkg: DocxPackage, mainPart: string, comments: Array<{ id: number; text: string }>, w: Wml): void {
  const dir = mainPart.includes('/') ? mainPart.slice(0, mainPart.lastIndexOf('/') + 1) : '';
  const relsName = `${dir}_rels/${mainPart.slice(dir.length)}.rels`;
  const relsXml =
    partText(pkg, relsName) ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}"></Relationships>`;
  const rels = parseXml(relsXml, relsName);
  const relList = rels.getElementsByTagNameNS(REL_NS, 'Relationship');
  let commentsName: string | undefined;
  const ids = new Set<string>();
  for (let i = 0; i < relList.length; i++) {
    const rel = relList.item(i)!;
    ids.add(rel.getAttribute('Id') ?? '');
    if (rel.getAttribute('Type') === COMMENTS_TYPE && rel.getAttribute('TargetMode') !== 'External') {
      const target = rel.getAttribute('Target') ?? '';
      commentsName = target.startsWith('/') ? target.slice(1) : resolvePart(dir, target);
    }
  }
  let commentsDoc: Document;
  if (commentsName && partText(pkg, commentsName) !== undefined) {
    commentsDoc = parseXml(partText(pkg, commentsName)!, commentsName);
  } else {
    const names = new Set(pkg.entries.map((e) => e.name));
    commentsName = names.has(`${dir}comments.xml`) ? `${dir}speechcheck-comments.xml` : `${dir}comments.xml`;
    commentsDoc = parseXml(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${w.prefix}:comments xmlns:${w.prefix}="${w.ns}"></${w.prefix}:comments>`,
      commentsName,
    );
    let n = 1;
    while (ids.has(`rId${n}`)) n++;
    const rel = rels.createElementNS(REL_NS, 'Relationship');
    rel.setAttribute('Id', `rId${n}`);
    rel.setAttribute('Type', COMMENTS_TYPE);
    rel.setAttribute('Target', commentsName.slice(dir.length));
    rels.documentElement!.appendChild(rel);
    w.set(pkg, relsName, serializeXml(rels));
    addOverride(pkg, `/${commentsName}`, w);
  }
  const root = commentsDoc.documentElement!;
  for (const c of comments) {
    const comment = w.el('comment', { id: String(c.id), author: w.options.author, date: w.date, initials: w.options.initials ?? '校' }, commentsDoc);
    c.text.split('\n').forEach((lineText, i) => {
      const p = w.el('p', {}, commentsDoc);
      if (i === 0) {
        const r = w.el('r', {}, commentsDoc);
        r.appendChild(w.el('annotationRef', {}, commentsDoc));
        p.appendChild(r);
      }
      const r = w.el('r', {}, commentsDoc);
      r.appendChild(w.text(lineText, 't', commentsDoc));
      p.appendChild(r);
      comment.appendChild(p);
    });
    root.appendChild(comment);
  }
  w.set(pkg, commentsName, serializeXml(commentsDoc));
}

function resolvePart(dir: string, target: string): string {
  const parts = `${dir}${target}`.split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

function addOverride(pkg: DocxPackage, partName: string, w: Wml): void {
  const name = '[Content_Types].xml';
  const xml = partText(pkg, name);
  if (xml === undefined) throw new DocxError('not-docx', { reason: name });
  const types = parseXml(xml, name);
  const list = types.getElementsByTagNameNS(CT_NS, 'Override');
  for (let i = 0; i < list.length; i++) if (list.item(i)!.getAttribute('PartName') === partName) return;
  const o = types.createElementNS(CT_NS, 'Override');
  o.setAttribute('PartName', partName);
  o.setAttribute('ContentType', COMMENTS_CONTENT_TYPE);
  types.documentElement!.appendChild(o);
  w.set(pkg, name, serializeXml(types));
}
