/**
 * Code actions, rebuilt from the request alone: the document is checked again (the result
 * is cached per version) and the client's diagnostics are matched to findings by rule and
 * range. Nothing is remembered between requests.
 */
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Command,
  type Diagnostic,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { minimalEdits } from '../engine/fix/fix';
import { pick } from '../engine/model/l10n';
import { ruleById } from '../engine/rules';
import type { Finding, Locale, RuleId, TextEdit } from '../engine/model/types';
import { DIAGNOSTIC_SOURCE, diagnosticMatches, toDiagnostic, toTextEdit } from './convert';
import { message, quotedWord } from './messages';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.speechcheck`;
export const COMMAND_IGNORE_WORD = 'speechcheck.ignoreWord';
export const COMMAND_DISABLE_RULE_FOR_FILE = 'speechcheck.disableRuleForFile';

/** Words longer than this are sentences, not something to put on an ignore list. */
const MAX_IGNORED_WORD = 30;

export interface CodeActionInput {
  doc: TextDocument;
  findings: readonly Finding[];
  params: CodeActionParams;
  locale: Locale;
  /** The text after applying safe fixes (of `rules`, or all) until stable. */
  fixAll: (rules?: RuleId[]) => string | FixedText;
  documentChanges: boolean;
  /**
   * Whether the client resolves a code action's edit later (`codeAction/resolve`). Then an
   * unsolicited request (no `only`, sent on every cursor move) gets fix-all actions without
   * their edits, and the fix-all is computed only when one is chosen; without it they are
   * left out of such requests.
   */
  resolvesEdits?: boolean;
  /** The client's command that asks for a slot's value (VS Code: `speechcheck.fillSlot`), if it has one. */
  fillSlotCommand?: string;
  /** The client's command that selects a range after an edit (VS Code: `speechcheck.selectRange`), if it has one. */
  selectCommand?: string;
}

export function buildCodeActions(input: CodeActionInput): CodeAction[] {
  const { doc, params } = input;
  const only = params.context.only;
  const actions: CodeAction[] = [];
  if (wants(only, CodeActionKind.QuickFix)) {
    const fixAllOffered = new Set<RuleId>();
    for (const { finding, diagnostic } of relevantFindings(doc, input.findings, params)) {
      const fill = fillSlotAction(input, finding, diagnostic);
      if (fill) actions.push(fill);
      actions.push(...quickFixes(input, finding, diagnostic));
      if (!fixAllOffered.has(finding.rule) && (only !== undefined || input.resolvesEdits)) {
        fixAllOffered.add(finding.rule);
        const ruleFixAll = fixAllOfRule(input, finding.rule, diagnostic, only === undefined);
        if (ruleFixAll) actions.push(ruleFixAll);
      }
      actions.push(...suppressions(input, finding, diagnostic));
    }
  }
  if (only !== undefined && wants(only, FIX_ALL_KIND)) {
    const edits = editsTo(doc, input.fixAll());
    if (edits.length > 0) {
      actions.push({ title: message('fixAllSafe', input.locale), kind: FIX_ALL_KIND, edit: workspaceEdit(input, edits) });
    }
  } else if (only === undefined && input.resolvesEdits && input.findings.some(hasSafeFix)) {
    actions.push({ title: message('fixAllSafe', input.locale), kind: FIX_ALL_KIND, data: fixAllData(doc) });
  }
  return actions;
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

/** The edit of a fix-all offered without it, for the document as it is now (none if it changed). */
export function resolveFixAll(action: CodeAction, input: Pick<CodeActionInput, 'doc' | 'fixAll' | 'documentChanges'>, data: FixAllData): CodeAction {
  if (input.doc.version !== data.version) return action;
  const edits = editsTo(input.doc, input.fixAll(data.rules));
  return edits.length > 0 ? { ...action, edit: workspaceEdit(input, edits) } : action;
}

/** Whether a requested kind filter admits `kind` (`source` admits `source.fixAll.speechcheck`). */
function wants(only: string[] | undefined, kind: string): boolean {
  if (!only) return true;
  return only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

interface Relevant {
  finding: Finding;
  diagnostic: Diagnostic;
}

/**
 * The findings behind the client's diagnostics; when the client sent none of ours (some
 * clients send none at all), the findings under the requested range.
 */
function relevantFindings(doc: TextDocument, findings: readonly Finding[], params: CodeActionParams): Relevant[] {
  const ours = params.context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
  if (ours.length > 0) {
    const out: Relevant[] = [];
    for (const diagnostic of ours) {
      const finding = findings.find((f) => diagnosticMatches(doc, diagnostic, f));
      if (finding) out.push({ finding, diagnostic });
    }
    return out;
  }
  const start = doc.offsetAt(params.range.start);
  const end = doc.offsetAt(params.range.end);
  return findings
    .filter((f) => f.start <= end && f.end >= start)
    .map((finding) => ({ finding, diagnostic: toDiagnostic(doc, finding) }));
}

function hasSafeFix(f: Finding): boolean {
  return f.fixes[0]?.safe === true && f.fixes[0].edits.length > 0;
}

function quickFixes(input: CodeActionInput, finding: Finding, diagnostic: Diagnostic): CodeAction[] {
  return finding.fixes
    .filter((fix) => fix.edits.length > 0)
    .map((fix, i) => ({
      title: fix.title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      // Only a safe first fix is preferred: editors apply preferred fixes without showing them.
      ...(i === 0 && fix.safe ? { isPreferred: true } : {}),
      edit: workspaceEdit(input, fix.edits.map((e) => toTextEdit(input.doc, e))),
      ...selectAfter(input, finding, fix),
    }));
}

/**
 * After inserting a date line (`date-missing`), the client selects it, ready to be typed
 * over: the inserted line's text, in the document as it is after the edit.
 */
function selectAfter(input: CodeActionInput, finding: Finding, fix: Finding['fixes'][number]): { command?: Command } {
  const edit = fix.edits[0];
  if (finding.rule !== 'date-missing' || !input.selectCommand || fix.edits.length !== 1 || !edit || edit.start !== edit.end) return {};
  const lead = /^(?:\r\n|\r|\n)/.exec(edit.newText)?.[0] ?? '';
  const body = edit.newText.slice(lead.length).replace(/(?:\r\n|\r|\n)$/, '');
  const at = input.doc.positionAt(edit.start);
  const line = lead ? at.line + 1 : at.line;
  // Inside the brackets, so that typing the date keeps them.
  const inner = /^[（(].*[）)]$/.test(body) ? 1 : 0;
  const character = (lead ? 0 : at.character) + inner;
  const title = fix.title;
  const range = { start: { line, character }, end: { line, character: character + body.length - 2 * inner } };
  return { command: { title, command: input.selectCommand, arguments: [{ uri: input.doc.uri, ...range }] } };
}

/** On a slot, the first thing offered is to fill it (the client asks for the value, showing its sentence). */
function fillSlotAction(input: CodeActionInput, finding: Finding, diagnostic: Diagnostic): CodeAction | undefined {
  if (finding.rule !== 'placeholder' || !input.fillSlotCommand) return undefined;
  const title = message('fillSlot', input.locale);
  const slot = input.doc.getText().slice(finding.start, finding.end);
  const at = input.doc.positionAt(finding.start);
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    command: { title, command: input.fillSlotCommand, arguments: [{ uri: input.doc.uri, slot, line: at.line, character: at.character }] },
  };
}

function ruleName(rule: RuleId, locale: Locale): string {
  const meta = ruleById(rule);
  return meta ? pick(meta.description, locale) : rule;
}

function fixAllOfRule(input: CodeActionInput, rule: RuleId, diagnostic: Diagnostic, lazy: boolean): CodeAction | undefined {
  const count = input.findings.filter((f) => f.rule === rule && hasSafeFix(f)).length;
  if (count < 2) return undefined;
  const title = message('fixAllOfRule', input.locale, { rule: ruleName(rule, input.locale), count });
  if (lazy) return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], data: fixAllData(input.doc, [rule]) };
  const edits = editsTo(input.doc, input.fixAll([rule]));
  if (edits.length === 0) return undefined;
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: workspaceEdit(input, edits),
  };
}

function suppressions(input: CodeActionInput, finding: Finding, diagnostic: Diagnostic): CodeAction[] {
  const out: CodeAction[] = [];
  const uri = input.doc.uri;
  const rule = ruleById(finding.rule);
  const word = input.doc.getText().slice(finding.start, finding.end).trim();
  if (rule?.wordFindings !== false && word !== '' && word.length <= MAX_IGNORED_WORD && !/[\r\n]/.test(word)) {
    const title = message('ignoreWord', input.locale, { word: quotedWord(word, input.locale) }).replace(/\s{2,}/g, ' ');
    out.push({
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      command: { title, command: COMMAND_IGNORE_WORD, arguments: [word, uri] },
    });
  }
  if (uri.startsWith('file:')) {
    const title = message('disableRuleForFile', input.locale, { rule: ruleName(finding.rule, input.locale) });
    out.push({
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      command: { title, command: COMMAND_DISABLE_RULE_FOR_FILE, arguments: [uri, finding.rule] },
    });
  }
  return out;
}

/** A fix-all's text and its change as edits of the document's text. */
export interface FixedText {
  text: string;
  edits: readonly TextEdit[];
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

function workspaceEdit(input: Pick<CodeActionInput, 'doc' | 'documentChanges'>, edits: LspTextEdit[]): WorkspaceEdit {
  const { doc } = input;
  if (input.documentChanges) {
    return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] };
  }
  return { changes: { [doc.uri]: edits } };
}
