/**
 * The speech's outline as document symbols (Outline view, breadcrumbs) and folding ranges:
 * each heading's symbol covers its whole section, down to the next heading of its level.
 */
import {
  FoldingRangeKind,
  SymbolKind,
  type DocumentSymbol,
  type FoldingRange,
  type SymbolInformation,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SpeechDocument } from '../engine/analysis/document';
import { buildOutline, type OutlineItem } from '../engine/analysis/outline';
import { toRange } from './convert';

/** `一、` → `（一）` → `1.` → `（1）`; anything finer (`一是…` items) is a list entry. */
const KIND_BY_LEVEL: Record<number, SymbolKind> = {
  1: SymbolKind.Module,
  2: SymbolKind.Namespace,
  3: SymbolKind.Class,
  4: SymbolKind.Field,
};

interface Span {
  start: number;
  /** End of the heading's own text. */
  headingEnd: number;
  /** End of the section, without trailing blank space. */
  end: number;
}

function spanOf(text: string, item: OutlineItem): Span {
  const headingEnd = trimmedEnd(text, item.start, item.end);
  const end = Math.max(trimmedEnd(text, item.start, item.sectionEnd), headingEnd);
  return { start: item.start, headingEnd, end };
}

function trimmedEnd(text: string, start: number, end: number): number {
  let e = Math.min(end, text.length);
  while (e > start && /\s/.test(text[e - 1]!)) e--;
  return e;
}

function isTextItem(item: OutlineItem): boolean {
  return (item as { kind?: string }).kind === 'item';
}

/** The outline a check already built (the result's analyses), or a new one. */
function outlineOf(doc: TextDocument, outline?: OutlineItem[]): OutlineItem[] {
  return outline ?? buildOutline(new SpeechDocument(doc.getText()));
}

/** A comma or colon written right after a marker of bare words (`第一，`, `首先，`). */
const SEPARATOR_AFTER = /^[，,：:]/;

/**
 * The heading as the Outline shows it: its marker and title. A marker that ends in a word
 * (`第一`) keeps the comma written after it, which the title leaves out: `第一，着力推动…`,
 * not `第一着力推动…`.
 */
function symbolName(text: string, item: OutlineItem): string {
  const afterMarker = item.start + item.marker.length;
  const separator = /[\p{P}]$/u.test(item.marker) ? '' : (SEPARATOR_AFTER.exec(text.slice(afterMarker, afterMarker + 1))?.[0] ?? '');
  const name = `${item.marker}${item.title ? separator : ''}${item.title}`.trim();
  return name === '' ? item.marker || '…' : name;
}

export function documentSymbols(doc: TextDocument, outline?: OutlineItem[]): DocumentSymbol[] {
  const text = doc.getText();
  const toSymbol = (item: OutlineItem): DocumentSymbol => {
    const span = spanOf(text, item);
    return {
      name: symbolName(text, item),
      kind: KIND_BY_LEVEL[item.level] ?? SymbolKind.EnumMember,
      range: toRange(doc, span.start, span.end),
      selectionRange: toRange(doc, span.start, span.headingEnd),
      children: item.children.map(toSymbol),
    };
  };
  return outlineOf(doc, outline).map(toSymbol);
}

/** For clients without hierarchical symbols: the same items, flat, each naming its parent. */
export function flatSymbols(doc: TextDocument, outline?: OutlineItem[]): SymbolInformation[] {
  const text = doc.getText();
  const out: SymbolInformation[] = [];
  const walk = (item: OutlineItem, parent?: OutlineItem) => {
    const span = spanOf(text, item);
    out.push({
      name: symbolName(text, item),
      kind: KIND_BY_LEVEL[item.level] ?? SymbolKind.EnumMember,
      location: { uri: doc.uri, range: toRange(doc, span.start, span.end) },
      ...(parent ? { containerName: symbolName(text, parent) } : {}),
    });
    for (const child of item.children) walk(child, item);
  };
  for (const item of outlineOf(doc, outline)) walk(item);
  return out;
}

export function foldingRanges(doc: TextDocument, outline?: OutlineItem[]): FoldingRange[] {
  const text = doc.getText();
  const out: FoldingRange[] = [];
  const walk = (item: OutlineItem) => {
    // Points inside the text (`一是…`) are listed as symbols but folding stays with headings.
    if (isTextItem(item)) return;
    const span = spanOf(text, item);
    const startLine = doc.positionAt(span.start).line;
    const endLine = doc.positionAt(span.end).line;
    if (endLine > startLine) out.push({ startLine, endLine, kind: FoldingRangeKind.Region });
    item.children.forEach(walk);
  };
  outlineOf(doc, outline).forEach(walk);
  return out;
}
