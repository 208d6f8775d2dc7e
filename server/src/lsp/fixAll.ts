/**
 * The document-wide fix-alls ("fix all safe problems", "fix all of this rule"): unlike a
 * diagnostic's own quick fixes they need the document as it is now, so they are offered
 * only while it is open here. Their edits are minimal: never a whole-document replace.
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit as LspTextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { minimalEdits } from '../engine/fix/fix';
import type { Locale, RuleId, TextEdit } from '../engine/model/types';
import { FIX_ALL_KIND } from '../protocol';
import { toTextEdit } from './convert';
import { message } from './messages';

/** A fix-all's text and its change as edits of the document's text. */
export interface FixedText {
  text: string;
  edits: readonly TextEdit[];
}

/** The document as the server has it, open and checked: what the fix-alls work on. */
export interface OpenDocument {
  doc: TextDocument;
  /** The diagnostics of its current check, as published (for clients that send none back). */
  diagnostics: readonly Diagnostic[];
  /** How many findings of each rule have a safe fix (every finding, listed or not). */
  safeFixes: ReadonlyMap<string, number>;
  /** The text after applying safe fixes (of `rules`, or all) until stable. */
  fixAll: (rules?: RuleId[]) => string | FixedText;
  /** The edits of a fix its diagnostic carries lazily (`DataFix.lazy`), from this check's findings. */
  lazyFix?: (rule: RuleId, range: Range, fixIndex: number) => LspTextEdit[] | undefined;
}

/** What `codeAction/resolve` needs to compute a fix-all offered without its edit. */
export interface FixAllData {
  speechcheckFixAll: true;
  uri: string;
  version: number;
  rules?: RuleId[];
}

function fixAllData(doc: TextDocument, rules?: RuleId[]): FixAllData {
  return { speechcheckFixAll: true, uri: doc.uri, version: doc.version, ...(rules ? { rules } : {}) };
}

export function isFixAllData(data: unknown): data is FixAllData {
  const d = data as Partial<FixAllData> | undefined;
  return !!d && d.speechcheckFixAll === true && typeof d.uri === 'string' && typeof d.version === 'number';
}

/**
 * "Fix all safe problems" (`source.fixAll.speechcheck`). Asked for by kind, it comes with its
 * edit; in an unsolicited request (no `only`, sent on every cursor move) only when the client
 * resolves edits later, and then without it.
 */
export function documentFixAll(open: OpenDocument, only: string[] | undefined, locale: Locale, documentChanges: boolean, resolvesEdits: boolean): CodeAction[] {
  const title = message('fixAllSafe', locale);
  if (only !== undefined) {
    const edits = editsTo(open.doc, open.fixAll());
    return edits.length > 0 ? [{ title, kind: FIX_ALL_KIND, edit: workspaceEdit(open.doc.uri, open.doc.version, edits, documentChanges) }] : [];
  }
  if (resolvesEdits && [...open.safeFixes.values()].some((n) => n > 0)) return [{ title, kind: FIX_ALL_KIND, data: fixAllData(open.doc) }];
  return [];
}

/** "Fix all of this rule in this file", offered beside a diagnostic when the rule has two safe fixes or more. */
export function fixAllOfRule(open: OpenDocument, rule: RuleId, ruleName: string, diagnostic: Diagnostic, locale: Locale, lazy: boolean, documentChanges: boolean): CodeAction | undefined {
  const count = open.safeFixes.get(rule) ?? 0;
  if (count < 2) return undefined;
  // When some of the rule's findings have no safe fix, the title says how many it leaves.
  const total = open.diagnostics.filter((d) => d.code === rule).length;
  const title = total > count ? message('fixAllOfRuleSome', locale, { rule: ruleName, count, total }) : message('fixAllOfRule', locale, { rule: ruleName, count });
  if (lazy) return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], data: fixAllData(open.doc, [rule]) };
  const edits = editsTo(open.doc, open.fixAll([rule]));
  if (edits.length === 0) return undefined;
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: workspaceEdit(open.doc.uri, open.doc.version, edits, documentChanges) };
}

/** The edit of a fix-all offered without it, for the document as it is now (none if it changed). */
export function resolveFixAll(action: CodeAction, open: Pick<OpenDocument, 'doc' | 'fixAll'>, data: FixAllData, documentChanges: boolean): CodeAction {
  if (open.doc.version !== data.version) return action;
  const edits = editsTo(open.doc, open.fixAll(data.rules));
  return edits.length > 0 ? { ...action, edit: workspaceEdit(open.doc.uri, open.doc.version, edits, documentChanges) } : action;
}

/**
 * Minimal edits from the document's text to `after`: never a whole-document replace. With
 * the fix-all's own edits, only each edit's text is diffed (a diff of megabytes is slow).
 */
function editsTo(doc: TextDocument, after: string | FixedText): LspTextEdit[] {
  const before = doc.getText();
  if (typeof after === 'string') {
    if (after === before) return [];
    return minimalEdits(before, after).map((e) => toTextEdit(doc, e));
  }
  const out: LspTextEdit[] = [];
  for (const e of after.edits) {
    for (const m of minimalEdits(before.slice(e.start, e.end), e.newText)) {
      out.push(toTextEdit(doc, { start: e.start + m.start, end: e.start + m.end, newText: m.newText }));
    }
  }
  return out;
}

/** Edits of one document version; with `documentChanges` the client refuses them once the text has moved on. */
export function workspaceEdit(uri: string, version: number, edits: LspTextEdit[], documentChanges: boolean): WorkspaceEdit {
  if (documentChanges) return { documentChanges: [{ textDocument: { uri, version }, edits }] };
  return { changes: { [uri]: edits } };
}
