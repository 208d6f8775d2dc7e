/**
 * A Word body as text: one line per paragraph (joined by \n), in document order — tables cell
 * by cell, text boxes after the paragraph that holds them; headers, footers, footnotes,
 * endnotes and comments are other parts and not read. Runs are merged, fields read as their
 * displayed result (field codes skipped), tracked changes read as accepted (insertions kept,
 * deletions dropped, a paragraph whose mark is deleted joined to the next). Each line keeps a
 * map from its characters back to the runs and `w:t` nodes they came from, for writing.
 * A paragraph Word numbers itself (numbering.ts) starts with the label Word shows, as a
 * piece of its own kind: it is in no run, so no edit may touch it.
 */
import type { Document, Element, Node } from '@xmldom/xmldom';
import { DocxError } from './errors';
import { loadNumbering, numberingPartNames, relsPartOf, type Numbering } from './numbering';
import { partText, unzipParts, type DocxPackage } from './package';
import { childElements, firstW, isMc, isW, isWNamespace, parseXml, REL_NS } from './xml';

export interface Piece {
  /** Offsets in the line's text. */
  start: number;
  end: number;
  /** The `w:r` the characters are in (for a label, its `w:p`). */
  run: Element;
  /** `w:t` for text; `w:tab`, `w:br`… for a one-character stand-in that cannot be split; `w:p` for a label. */
  node: Element;
  /** `label`: Word's automatic number of the paragraph, displayed but not in the file. */
  kind: 'text' | 'atomic' | 'label';
}

export interface Line {
  /** The `w:p` elements of the line (more than one when a paragraph mark is deleted). */
  paragraphs: Element[];
  pieces: Piece[];
  text: string;
}

export interface DocxBody {
  doc: Document;
  lines: Line[];
  text: string;
}

/** Elements whose inline content is read as if they were not there. */
const TRANSPARENT = new Set(['ins', 'moveTo', 'hyperlink', 'smartTag', 'fldSimple', 'customXml', 'dir', 'bdo']);
/** Inline content that is not displayed text in the final view. */
const DROPPED = new Set(['del', 'moveFrom', 'pPr', 'rPr', 'commentRangeStart', 'commentRangeEnd', 'bookmarkStart', 'bookmarkEnd', 'proofErr', 'permStart', 'permEnd']);

export function readBody(doc: Document, numbering?: Numbering): DocxBody {
  const root = doc.documentElement;
  const body = root ? firstW(root, 'body') : undefined;
  if (!root || !isWNamespace(root.namespaceURI) || !body) throw new DocxError('not-docx', { reason: 'w:body' });
  const lines: Line[] = [];
  let current: Line | undefined; // a line whose paragraph mark was deleted, waiting for the next paragraph

  const block = (container: Element): void => {
    for (const el of childElements(container)) {
      if (isW(el, 'p')) paragraph(el);
      else if (isW(el, 'tbl')) {
        for (const tr of childElements(el)) {
          if (!isW(tr, 'tr')) continue;
          for (const tc of childElements(tr)) if (isW(tc, 'tc')) block(tc);
        }
      } else if (isW(el, 'sdt')) {
        const content = firstW(el, 'sdtContent');
        if (content) block(content);
      } else if (isW(el, 'customXml') || isW(el, 'ins') || isW(el, 'moveTo')) block(el);
      else if (isMc(el, 'AlternateContent')) {
        const choice = childElements(el).find((c) => isMc(c, 'Choice'));
        if (choice) block(choice);
      }
    }
  };

  const paragraph = (p: Element): void => {
    const line: Line = current ?? { paragraphs: [], pieces: [], text: '' };
    current = undefined;
    // Every numbered paragraph counts; a label only starts a line (a joined paragraph shows none).
    const label = numbering?.label(p);
    if (label !== undefined && line.paragraphs.length === 0) push(line, p, p, label, 'label');
    line.paragraphs.push(p);
    const boxes: Element[] = [];
    inline(p, line, boxes);
    if (markDeleted(p)) current = line;
    else lines.push(line);
    // Text boxes anchored in this paragraph follow it.
    for (const box of boxes) block(box);
  };

  block(body);
  if (current) lines.push(current);
  return { doc, lines, text: lines.map((l) => l.text).join('\n') };
}

function markDeleted(p: Element): boolean {
  const pPr = firstW(p, 'pPr');
  const rPr = pPr ? firstW(pPr, 'rPr') : undefined;
  return !!rPr && (!!firstW(rPr, 'del') || !!firstW(rPr, 'moveFrom'));
}

function inline(container: Element, line: Line, boxes: Element[]): void {
  for (const el of childElements(container)) {
    if (isW(el, 'r')) run(el, line, boxes);
    else if (isWNamespace(el.namespaceURI) && TRANSPARENT.has(el.localName!)) inline(el, line, boxes);
    else if (isW(el, 'sdt')) {
      const content = firstW(el, 'sdtContent');
      if (content) inline(content, line, boxes);
    } else if (isMc(el, 'AlternateContent')) {
      const choice = childElements(el).find((c) => isMc(c, 'Choice'));
      if (choice) inline(choice, line, boxes);
    } else if (isWNamespace(el.namespaceURI) && DROPPED.has(el.localName!)) continue;
  }
}

function push(line: Line, run: Element, node: Element, text: string, kind: Piece['kind']): void {
  if (!text) return;
  const start = line.text.length;
  line.text += text;
  line.pieces.push({ start, end: line.text.length, run, node, kind });
}

function run(r: Element, line: Line, boxes: Element[]): void {
  for (const el of childElements(r)) {
    if (isW(el, 't')) push(line, r, el, (el.textContent ?? '').replace(/[\r\n\u2028\u2029]/g, ' '), 'text');
    else if (isW(el, 'tab') || isW(el, 'ptab')) push(line, r, el, '\t', 'atomic');
    else if (isW(el, 'br') || isW(el, 'cr')) {
      // A line break inside a paragraph; a page or column break is layout, not text.
      const type = el.getAttributeNS(el.namespaceURI!, 'type');
      if (!type || type === 'textWrapping') push(line, r, el, ' ', 'atomic');
    } else if (isW(el, 'noBreakHyphen')) push(line, r, el, '-', 'atomic');
    else if (isW(el, 'drawing') || isW(el, 'pict') || isW(el, 'object') || isMc(el, 'AlternateContent')) findTextBoxes(el, boxes);
  }
}

/** `w:txbxContent` under a drawing; of an mc:AlternateContent only the Choice (the Fallback repeats it). */
function findTextBoxes(el: Element, boxes: Element[]): void {
  for (const c of childElements(el)) {
    if (isMc(c, 'Fallback')) continue;
    if (isW(c, 'txbxContent')) boxes.push(c);
    else findTextBoxes(c, boxes);
  }
}

const OFFICE_DOCUMENT = /\/officeDocument$/;

/** The main document part's name, from `_rels/.rels` (normally `word/document.xml`). */
export function mainPartName(pkg: DocxPackage): string {
  const rels = partText(pkg, '_rels/.rels');
  if (rels === undefined) throw new DocxError('not-docx', { reason: '_rels/.rels' });
  const doc = parseXml(rels, '_rels/.rels');
  const list = doc.getElementsByTagNameNS(REL_NS, 'Relationship');
  for (let i = 0; i < list.length; i++) {
    const rel = list.item(i)!;
    if (OFFICE_DOCUMENT.test(rel.getAttribute('Type') ?? '')) {
      return (rel.getAttribute('Target') ?? '').replace(/^\//, '');
    }
  }
  throw new DocxError('not-docx', { reason: 'officeDocument' });
}

export interface ReadDocx {
  text: string;
  lines: Line[];
  mainPart: string;
}

/** Reads a .docx file's body text. Only the relationships, the body and its numbering and styles are unpacked. */
export function readDocx(bytes: Uint8Array): ReadDocx {
  const rels = unzipParts(bytes, (n) => n === '_rels/.rels');
  const mainPart = mainPartName(rels);
  const pkg = unzipParts(bytes, (n) => n === mainPart || n === relsPartOf(mainPart));
  const xml = partText(pkg, mainPart);
  if (xml === undefined) throw new DocxError('not-docx', { reason: mainPart });
  let names: ReturnType<typeof numberingPartNames> = {};
  try {
    names = numberingPartNames(mainPart, partText(pkg, relsPartOf(mainPart)));
  } catch (e) {
    if (!(e instanceof DocxError)) throw e; // a damaged relationships part: read without numbers
  }
  const wanted = new Set([names.numbering, names.styles].filter((n): n is string => n !== undefined));
  const parts = wanted.size > 0 ? unzipParts(bytes, (n) => wanted.has(n)) : { entries: [] };
  const numbering = loadNumbering(mainPart, (n) => partText(n === relsPartOf(mainPart) || n === mainPart ? pkg : parts, n));
  const body = readBody(parseXml(xml, mainPart), numbering);
  if (body.text.trim() === '') throw new DocxError('empty-body');
  return { text: body.text, lines: body.lines, mainPart };
}

export type { Node };
