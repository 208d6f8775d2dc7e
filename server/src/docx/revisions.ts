/**
 * Tracked changes: an edit deletes the runs it covers (`w:del`) and inserts its text after
 * them (`w:ins`, with the first covered run's formatting); a line break removed deletes the
 * paragraph mark, one added splits the paragraph with an inserted mark.
 */
import type { Element, Node } from '@xmldom/xmldom';
import { DocxError } from './errors';
import type { Line } from './read';
import { firstAtOrAfter, outer, runsIn, type Spot } from './runs';
import { after, ancestorParagraph, appendInline, lastOf, REVISION_MARKS, type Wml } from './wml';
import { childElements, firstW, isW } from './xml';

export function applyEdit(lines: Line[], from: Spot, to: Spot, newText: string, w: Wml): void {
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
  // A label (Word's own number) is in no run: an insertion right after it goes before the next run.
  const before = nextIndex > 0 ? line.pieces[nextIndex - 1]! : undefined;
  const prev = before && before.kind !== 'label' && before.end <= from.at ? before : undefined;
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
