/**
 * Comments: anchoring one on a range of runs, and the comments part (created, with its
 * relationship and content type, when the package has none).
 */
import type { Document } from '@xmldom/xmldom';
import { DocxError } from './errors';
import { resolveTarget } from './numbering';
import { partText, type DocxPackage } from './package';
import type { Line } from './read';
import { firstAtOrAfter, outer, type Spot } from './runs';
import { after, appendInline, type Wml } from './wml';
import { CT_NS, parseXml, REL_NS, serializeXml } from './xml';

const COMMENTS_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const COMMENTS_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';

export function anchorComment(lines: Line[], from: Spot, to: Spot, id: number, w: Wml): void {
  const startLine = lines[from.line]!;
  const endLine = lines[to.line]!;
  const firstPiece = startLine.pieces[firstAtOrAfter(startLine.pieces, from.at)];
  const first = firstPiece && firstPiece.kind !== 'label' && (from.line < to.line || firstPiece.start < to.at) ? firstPiece : undefined;
  const lastPiece = endLine.pieces[firstAtOrAfter(endLine.pieces, to.at) - 1];
  // A label (Word's own number) is in no run to anchor on (the writer moves ranges off labels).
  const last = lastPiece && lastPiece.kind !== 'label' && (from.line < to.line || lastPiece.end > from.at) ? lastPiece : undefined;
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
export function addComments(pkg: DocxPackage, mainPart: string, comments: Array<{ id: number; text: string }>, w: Wml): void {
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
      commentsName = resolveTarget(dir, target);
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
