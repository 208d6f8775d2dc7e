/**
 * Reading the checker's diagnostics back in the editor: which rule, which fixes, which
 * placeholders. The language server owns the diagnostics; the client only looks at them,
 * so the status bar, decorations and slot commands always agree with the Problems panel.
 */
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE, fixesOfData, readDiagnosticData, type DecodedFix, type DiagnosticData } from '../../server/src/protocol';
import type { SlotOccurrence } from './slots';

/** A fix as the server puts it in `Diagnostic.data`, decoded: LSP ranges, 0-based. */
export type DataFix = DecodedFix;

/** With a `codeDescription`, VS Code turns the code into `{ value, target }`. */
export function ruleOf(d: vscode.Diagnostic): string | undefined {
  const code = d.code;
  if (code === undefined) return undefined;
  return String(typeof code === 'object' ? code.value : code);
}

function rawData(d: vscode.Diagnostic): unknown {
  return (d as vscode.Diagnostic & { data?: unknown }).data;
}

function dataOf(d: vscode.Diagnostic): DiagnosticData | undefined {
  return readDiagnosticData(rawData(d));
}

export function fixesOf(d: vscode.Diagnostic): DataFix[] {
  return fixesOfData(d.range, rawData(d));
}

export function checkerDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);
}

export function diagnosticsOfRule(uri: vscode.Uri, rule: string): vscode.Diagnostic[] {
  return checkerDiagnostics(uri).filter((d) => ruleOf(d) === rule);
}

export interface PlaceholderSlot extends SlotOccurrence {
  range: vscode.Range;
}

/**
 * The open slots of a document, in document order. A diagnostic whose range no longer
 * holds its slot (the text changed since the last check) is left out rather than trusted.
 */
export function placeholderSlots(doc: vscode.TextDocument): PlaceholderSlot[] {
  const out: PlaceholderSlot[] = [];
  for (const d of diagnosticsOfRule(doc.uri, 'placeholder')) {
    const written = doc.getText(d.range);
    if (written === '') continue;
    const details = dataOf(d)?.details;
    const expected = typeof details?.slot === 'string' ? details.slot : undefined;
    if (expected !== undefined && expected !== written) continue;
    const kind = typeof details?.kind === 'string' ? details.kind : undefined;
    out.push({
      text: written,
      ...(kind ? { kind } : {}),
      start: doc.offsetAt(d.range.start),
      end: doc.offsetAt(d.range.end),
      line: d.range.start.line,
      range: d.range,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

export function toVscodeEdit(uri: vscode.Uri, fix: DataFix, edit = new vscode.WorkspaceEdit()): vscode.WorkspaceEdit {
  for (const e of fix.edits) {
    const range = new vscode.Range(e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character);
    edit.replace(uri, range, e.newText);
  }
  return edit;
}
