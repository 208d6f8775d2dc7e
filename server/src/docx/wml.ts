/**
 * Building WordprocessingML: elements in the document's own namespace and prefix, revision
 * ids and marks, and the few DOM moves the writer makes (after, first in a paragraph).
 */
import type { Document, Element, Node } from '@xmldom/xmldom';
import { fflate, type DocxPackage } from './package';
import { firstW, isW, W_NS, XML_NS } from './xml';

export interface RevisionOptions {
  author: string;
  date: Date;
  initials?: string;
}

/** Revision marks a copied `w:rPr` must not carry over. */
export const REVISION_MARKS = new Set(['ins', 'del', 'moveFrom', 'moveTo', 'rPrChange']);

/** Builds WordprocessingML elements in the document's own namespace and prefix. */
export class Wml {
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
    const data = fflate().strToU8(xml);
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

export function setText(el: Element, value: string): void {
  while (el.firstChild) el.removeChild(el.firstChild);
  el.appendChild(el.ownerDocument!.createTextNode(value));
}

export function lastOf<T>(xs: readonly T[]): T {
  return xs[xs.length - 1]!;
}

export function after(ref: Node, node: Node): void {
  ref.parentNode!.insertBefore(node, ref.nextSibling);
}

export function ancestorParagraph(node: Node): Element | undefined {
  for (let n = node.parentNode; n; n = n.parentNode) if (isW(n, 'p')) return n as Element;
  return undefined;
}

/** Puts an inline node in a paragraph: first (after `w:pPr`) or last. */
export function appendInline(p: Element, node: Node, atStart = false): void {
  const pPr = firstW(p, 'pPr');
  if (atStart) p.insertBefore(node, pPr ? pPr.nextSibling : p.firstChild);
  else p.appendChild(node);
}
