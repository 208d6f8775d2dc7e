/**
 * XML through @xmldom/xmldom: parse (a fatal error is a damaged part), serialise, and the few
 * WordprocessingML names the reader and writer use. Elements are matched by namespace and
 * local name, so any prefix works, Transitional and Strict alike.
 */
import type { Document, Element, Node } from '@xmldom/xmldom';
import { DocxError } from './errors';

type XmlDom = typeof import('@xmldom/xmldom');
let xmldom: XmlDom | undefined;

/** @xmldom/xmldom, loaded at the first Word file: its entity tables cost every run 20 ms at start. */
function lib(): XmlDom {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (xmldom ??= require('@xmldom/xmldom') as XmlDom);
}

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const W_STRICT_NS = 'http://purl.oclc.org/ooxml/wordprocessingml/main';
export const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';
export const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const CT_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';

export function parseXml(xml: string, part: string): Document {
  try {
    return new (lib().DOMParser)({
      onError: (level, message) => {
        if (level === 'fatalError') throw new Error(message);
      },
    }).parseFromString(xml, 'application/xml');
  } catch (e) {
    throw new DocxError('corrupt', { reason: `${part}: ${(e as Error).message.split('\n')[0]}` });
  }
}

export function serializeXml(doc: Document): string {
  return new (lib().XMLSerializer)().serializeToString(doc);
}

export function isW(node: Node | null | undefined, local: string): boolean {
  return !!node && node.nodeType === 1 && (node as Element).localName === local && isWNamespace((node as Element).namespaceURI);
}

export function isWNamespace(ns: string | null): boolean {
  return ns === W_NS || ns === W_STRICT_NS;
}

export function isMc(node: Node | null | undefined, local: string): boolean {
  return !!node && node.nodeType === 1 && (node as Element).localName === local && (node as Element).namespaceURI === MC_NS;
}

export function childElements(el: Element): Element[] {
  const out: Element[] = [];
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) out.push(c as Element);
  return out;
}

export function firstW(el: Element, local: string): Element | undefined {
  for (let c = el.firstChild; c; c = c.nextSibling) if (isW(c, local)) return c as Element;
  return undefined;
}

/** A `w:`-namespaced attribute, whatever its prefix. */
export function wAttr(el: Element, local: string): string | null {
  const ns = el.namespaceURI ?? W_NS;
  return el.getAttributeNS(ns, local) ?? null;
}
