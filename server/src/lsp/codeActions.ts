/**
 * Code actions. A diagnostic's own actions (its fixes, "fill this slot", "ignore this word",
 * "turn this rule off for this file") are built from the diagnostic the client sends back
 * alone: everything they need travels in its `Diagnostic.data` (protocol.ts). So they cannot
 * disagree with what the client shows, and they work for a document re-checked since (under
 * another configuration), closed, or never seen by this server. Its fixes are withheld only
 * while the text open here has moved on from the version they were made for. Only the document-wide fix-alls (fixAll.ts) read the
 * document, and only while it is open.
 */
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command, type Diagnostic } from 'vscode-languageserver';
import { ruleById } from '../engine/rules';
import type { Locale, RuleId } from '../engine/model/types';
import { DIAGNOSTIC_SOURCE, FIX_ALL_KIND, fixesOfData, readDiagnosticData, SERVER_COMMANDS, type DecodedFix, type DiagnosticData, type Range } from '../protocol';
import { documentFixAll, fixAllOfRule, workspaceEdit, type OpenDocument } from './fixAll';
import { message, quotedWord, ruleName } from './messages';

export interface CodeActionInput {
  uri: string;
  params: CodeActionParams;
  locale: Locale;
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
  /** The version of the document open here, if it is: a fix made for another version is not offered. */
  openVersion?: number;
  /** The document open and checked here: for the fix-alls, and for clients that send no diagnostics. */
  open?: OpenDocument;
}

export function buildCodeActions(input: CodeActionInput): CodeAction[] {
  const only = input.params.context.only;
  const actions: CodeAction[] = [];
  if (wants(only, CodeActionKind.QuickFix)) {
    const fixAllOffered = new Set<RuleId>();
    for (const diagnostic of relevantDiagnostics(input)) {
      const rule = ruleById(String(diagnostic.code));
      if (!rule) continue;
      const data = readDiagnosticData(diagnostic.data) ?? {};
      actions.push(...fillSlotAction(input, rule.id, diagnostic, data));
      actions.push(...quickFixes(input, rule.id, diagnostic, data));
      if (input.open && !fixAllOffered.has(rule.id) && (only !== undefined || input.resolvesEdits)) {
        fixAllOffered.add(rule.id);
        const lazy = only === undefined;
        const ruleFixAll = fixAllOfRule(input.open, rule.id, ruleName(rule.id, input.locale), diagnostic, input.locale, lazy, input.documentChanges);
        if (ruleFixAll) actions.push(ruleFixAll);
      }
      actions.push(...suppressions(input, rule.id, diagnostic, data));
    }
  }
  if (input.open && (only === undefined || wants(only, FIX_ALL_KIND))) {
    actions.push(...documentFixAll(input.open, only, input.locale, input.documentChanges, !!input.resolvesEdits));
  }
  return actions;
}

/** Whether a requested kind filter admits `kind` (`source` admits `source.fixAll.speechcheck`). */
function wants(only: string[] | undefined, kind: string): boolean {
  if (!only) return true;
  return only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

/**
 * The client's diagnostics of ours; when it sent none (some clients send none at all), the
 * open document's diagnostics under the requested range.
 */
function relevantDiagnostics(input: CodeActionInput): readonly Diagnostic[] {
  const { context, range } = input.params;
  const ours = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
  if (ours.length > 0 || !input.open) return ours;
  return input.open.diagnostics.filter((d) => !before(d.range.end, range.start) && !before(range.end, d.range.start));
}

function before(a: Range['start'], b: Range['start']): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

function quickFixes(input: CodeActionInput, rule: RuleId, diagnostic: Diagnostic, data: DiagnosticData): CodeAction[] {
  const version = data.version;
  // A fix made for other text would land in the wrong place: editors do not all refuse a
  // versioned edit (VS Code's client drops the version), so none is offered until the
  // diagnostic is renewed for the text as it is.
  if (version === undefined || (input.openVersion !== undefined && input.openVersion !== version)) return [];
  return fixesOfData(diagnostic.range, data)
    .map((fix, i) => (fix.lazy ? lazyEdits(input, rule, diagnostic, version, fix, i) : fix))
    .filter((fix) => fix.edits.length > 0)
    .map((fix, i) => ({
      title: fix.title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      // Only a safe first fix is preferred: editors apply preferred fixes without showing them.
      ...(i === 0 && fix.safe ? { isPreferred: true } : {}),
      edit: workspaceEdit(input.uri, version, fix.edits, input.documentChanges),
      ...selectAfter(input, rule, fix),
    }));
}

/** A fix carried without its edits: computed from the document's check here, when it is open at that version. */
function lazyEdits(input: CodeActionInput, rule: RuleId, diagnostic: Diagnostic, version: number, fix: DecodedFix, index: number): DecodedFix {
  if (!input.open?.lazyFix || input.open.doc.version !== version) return fix;
  return { ...fix, edits: input.open.lazyFix(rule, diagnostic.range, index) ?? [] };
}

/**
 * After inserting a date line (`date-missing`), the client selects it, ready to be typed
 * over: the inserted line's text, in the document as it is after the edit.
 */
function selectAfter(input: CodeActionInput, rule: RuleId, fix: DecodedFix): { command?: Command } {
  const edit = fix.edits[0];
  if (rule !== 'date-missing' || !input.selectCommand || fix.edits.length !== 1 || !edit) return {};
  const at = edit.range.start;
  if (at.line !== edit.range.end.line || at.character !== edit.range.end.character) return {};
  const lead = /^(?:\r\n|\r|\n)/.exec(edit.newText)?.[0] ?? '';
  const body = edit.newText.slice(lead.length).replace(/(?:\r\n|\r|\n)$/, '');
  const line = lead ? at.line + 1 : at.line;
  // Inside the brackets, so that typing the date keeps them.
  const inner = /^[（(].*[）)]$/.test(body) ? 1 : 0;
  const character = (lead ? 0 : at.character) + inner;
  const range = { start: { line, character }, end: { line, character: character + body.length - 2 * inner } };
  return { command: { title: fix.title, command: input.selectCommand, arguments: [{ uri: input.uri, ...range }] } };
}

/** On a slot, the first thing offered is to fill it (the client asks for the value, showing its sentence). */
function fillSlotAction(input: CodeActionInput, rule: RuleId, diagnostic: Diagnostic, data: DiagnosticData): CodeAction[] {
  const slot = data.details?.slot;
  if (rule !== 'placeholder' || !input.fillSlotCommand || typeof slot !== 'string') return [];
  const title = message('fillSlot', input.locale);
  const { line, character } = diagnostic.range.start;
  return [
    {
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      command: { title, command: input.fillSlotCommand, arguments: [{ uri: input.uri, slot, line, character }] },
    },
  ];
}

function suppressions(input: CodeActionInput, rule: RuleId, diagnostic: Diagnostic, data: DiagnosticData): CodeAction[] {
  const out: CodeAction[] = [];
  const { uri } = input;
  const word = data.word?.trim();
  if (word) {
    const title = message('ignoreWord', input.locale, { word: quotedWord(word, input.locale) }).replace(/\s{2,}/g, ' ');
    out.push({
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      command: { title, command: SERVER_COMMANDS.ignoreWord, arguments: [word, uri] },
    });
  }
  if (uri.startsWith('file:')) {
    const title = message('disableRuleForFile', input.locale, { rule: ruleName(rule, input.locale) });
    out.push({
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      command: { title, command: SERVER_COMMANDS.disableRuleForFile, arguments: [uri, rule] },
    });
  }
  return out;
}
