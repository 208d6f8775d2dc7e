/**
 * The commands a writer runs on a draft: next slot, fill identical slots, date line,
 * fix all, export the report. Each works on the active editor, or on the document named in
 * its argument (menus pass a Uri; tests pass `{ uri, … }` to skip the prompts), and returns
 * what it did so tests can check it.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { renderReportHtml, renderReportMarkdown } from '../../server/src/engine/report/render';
import { checkerDiagnostics, diagnosticsOfRule, fixesOf, placeholderSlots, toVscodeEdit, type PlaceholderSlot } from './diagnostics';
import { lineList, message, type Locale } from './messages';
import type { ReportSource } from './reportPanel';
import { slotKindName } from '../../server/src/engine/model/l10n';
import { CLIENT_SELECT_COMMAND } from '../../server/src/protocol';
import {
  canFillAllAtOnce,
  fillExample,
  fillText,
  groupSlots,
  markedSentence,
  nextSlotIndex,
  planDateLine,
  previousSlotIndex,
  slotContext,
  type SlotGroup,
} from './slots';

export interface CommandArgs {
  uri?: string;
  /** fillSlot: the slot text to fill (skips the pick) and optionally its kind. */
  slot?: string;
  kind?: string;
  /** fillSlot: where the slot is (a quick fix passes it), 0-based. */
  line?: number;
  character?: number;
  /** fillSlot: the value (skips the input box). */
  value?: string;
  /** exportReport: the file to write (skips the save dialog); .md or .html. */
  target?: string;
}

type Arg = vscode.Uri | CommandArgs | undefined;

function argsOf(arg: Arg): CommandArgs {
  if (arg instanceof vscode.Uri) return { uri: arg.toString() };
  return typeof arg === 'object' && arg !== null ? arg : {};
}

/** The editor of the named document (shown if needed), else the active one. */
async function targetEditor(arg: Arg): Promise<vscode.TextEditor | undefined> {
  const { uri } = argsOf(arg);
  if (uri) {
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri);
    return visible ?? vscode.window.showTextDocument(vscode.Uri.parse(uri));
  }
  return vscode.window.activeTextEditor;
}

/** Selects the visible part of inserted text (without its line breaks) for editing. */
function selectInserted(editor: vscode.TextEditor, offset: number, text: string): void {
  // Inside the brackets of a date line, so that typing the date keeps them.
  const bracketed = /^[（(].*[）)]$/.test(text.trim());
  const lead = text.length - text.replace(/^[\r\n]+/, '').length + (bracketed ? 1 : 0);
  const body = bracketed ? text.trim().slice(1, -1) : text.trim();
  const start = editor.document.positionAt(offset + lead);
  const end = editor.document.positionAt(offset + lead + body.length);
  editor.selection = new vscode.Selection(start, end);
  editor.revealRange(new vscode.Range(start, end), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

interface SelectArg {
  uri: string;
  start: { line: number; character: number };
  end: { line: number; character: number };
}

function selectRange(arg?: SelectArg): boolean {
  if (!arg) return false;
  const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === arg.uri);
  if (!editor) return false;
  const start = new vscode.Position(arg.start.line, arg.start.character);
  const end = new vscode.Position(arg.end.line, arg.end.character);
  editor.selection = new vscode.Selection(start, end);
  editor.revealRange(new vscode.Range(start, end), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return true;
}

export function registerCommands(getReport: ReportSource, locale: () => Locale): vscode.Disposable[] {
  const say = (id: Parameters<typeof message>[1], params?: Parameters<typeof message>[2]): string => message(locale(), id, params);
  const noEditor = (): undefined => {
    void vscode.window.showInformationMessage(say('noEditor'));
    return undefined;
  };

  async function nextSlot(arg?: Arg): Promise<{ line: number; text: string; index: number; total: number; wrapped: boolean } | undefined> {
    return gotoSlot(arg, 'next');
  }

  async function previousSlot(arg?: Arg): Promise<{ line: number; text: string; index: number; total: number; wrapped: boolean } | undefined> {
    return gotoSlot(arg, 'previous');
  }

  async function gotoSlot(arg: Arg, direction: 'next' | 'previous') {
    const editor = await targetEditor(arg);
    if (!editor) return noEditor();
    const slots = placeholderSlots(editor.document);
    const sel = editor.selection;
    const cursor = editor.document.offsetAt(sel.start);
    const i = direction === 'next' ? nextSlotIndex(slots, cursor, sel.isEmpty) : previousSlotIndex(slots, cursor);
    const slot = slots[i];
    if (!slot) {
      void vscode.window.showInformationMessage(say('noSlots'));
      return undefined;
    }
    // Going forward and landing before the cursor (or backward and landing after it) wrapped.
    const wrapped = direction === 'next' ? slot.start < cursor || (slot.start === cursor && !sel.isEmpty) : slot.start >= cursor;
    editor.selection = new vscode.Selection(slot.range.start, slot.range.end);
    editor.revealRange(slot.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    const params = { k: i + 1, n: slots.length };
    const note = wrapped ? say(direction === 'next' ? 'slotWrapped' : 'slotWrappedBack', params) : say('slotPosition', params);
    vscode.window.setStatusBarMessage(note, 4000);
    return { line: slot.line, text: slot.text, index: i, total: slots.length, wrapped };
  }

  async function pickGroup(editor: vscode.TextEditor, slots: PlaceholderSlot[], args: CommandArgs): Promise<SlotGroup<PlaceholderSlot> | undefined> {
    const groups = groupSlots(slots);
    const cursor =
      args.line !== undefined && args.character !== undefined ? new vscode.Position(args.line, args.character) : editor.selection.active;
    const underCursor = slots.find((s) => s.range.contains(cursor));
    const sameGroup = (g: SlotGroup<PlaceholderSlot>, s: PlaceholderSlot | undefined): boolean => !!s && g.text === s.text && g.kind === s.kind;
    if (args.slot !== undefined) {
      const named = groups.filter((g) => g.text === args.slot && (args.kind === undefined || g.kind === args.kind));
      return named.find((g) => sameGroup(g, underCursor)) ?? named[0];
    }
    if (underCursor) return groups.find((g) => sameGroup(g, underCursor));
    const picked = await vscode.window.showQuickPick(
      groups.map((g) => ({
        label: g.text,
        description: g.kind ? slotKindName(g.kind, locale()) : '',
        detail: say('slotDetail', { count: g.occurrences.length, lines: lineList(g.occurrences.map((o) => o.line)) }),
        group: g,
      })),
      { placeHolder: say('pickSlot'), matchOnDetail: true },
    );
    return picked?.group;
  }

  async function fillSlot(arg?: Arg): Promise<number> {
    const args = argsOf(arg);
    const editor = await targetEditor(arg);
    if (!editor) return noEditor() ?? 0;
    const doc = editor.document;
    const slots = placeholderSlots(doc);
    if (slots.length === 0) {
      void vscode.window.showInformationMessage(say('noSlots'));
      return 0;
    }
    const group = await pickGroup(editor, slots, args);
    if (!group) return 0;
    // Identical name, place and unit slots share a value; a figure is filled where it stands.
    const shared = canFillAllAtOnce(group.kind);
    const cursor =
      args.line !== undefined && args.character !== undefined ? new vscode.Position(args.line, args.character) : editor.selection.active;
    const one = group.occurrences.find((o) => o.range.contains(cursor)) ?? group.occurrences[0]!;
    const targets = shared ? group.occurrences : [one];
    const lines = lineList(targets.map((o) => o.line));
    const sentence = markedSentence(slotContext(doc.getText(), one.start, one.end));
    const value =
      args.value ??
      (await vscode.window.showInputBox({
        title: `${group.text} · ${sentence}`,
        prompt: shared
          ? say('fillPrompt', { count: targets.length, slot: group.text, lines })
          : say('fillOneOnly', { slot: group.text, line: one.line + 1 }),
        placeHolder: say('fillPlaceholder', { example: fillExample(group.kind) }),
        validateInput: (v) => (v.trim() === '' ? say('fillEmpty') : undefined),
      }));
    if (value === undefined || value.trim() === '') return 0;
    const edit = new vscode.WorkspaceEdit();
    for (const o of targets) edit.replace(doc.uri, o.range, fillText(group, value));
    if (!(await vscode.workspace.applyEdit(edit))) return 0;
    vscode.window.setStatusBarMessage(say('filled', { count: targets.length, slot: group.text }), 4000);
    return targets.length;
  }

  async function insertDateLine(arg?: Arg): Promise<boolean> {
    const editor = await targetEditor(arg);
    if (!editor) return noEditor() ?? false;
    const doc = editor.document;
    // The server knows where the title ends (a title can run over two lines); use its fix.
    const fix = diagnosticsOfRule(doc.uri, 'date-missing').flatMap(fixesOf)[0];
    if (fix) {
      const insert = fix.edits[0];
      const at = insert ? doc.offsetAt(new vscode.Position(insert.range.start.line, insert.range.start.character)) : 0;
      if (!(await vscode.workspace.applyEdit(toVscodeEdit(doc.uri, fix)))) return false;
      // Select the inserted date line, ready to be typed over.
      if (insert) selectInserted(editor, at, insert.newText);
      return true;
    }
    const eol = doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
    const plan = planDateLine(doc.getText(), eol);
    if (plan.kind === 'exists') {
      const range = doc.lineAt(plan.line).range;
      editor.selection = new vscode.Selection(range.start, range.end);
      editor.revealRange(range);
      void vscode.window.showInformationMessage(say('dateLineExists', { line: plan.line + 1 }));
      return false;
    }
    if (plan.kind === 'empty') {
      void vscode.window.showInformationMessage(say('dateLineNoTitle'));
      return false;
    }
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, doc.positionAt(plan.offset), plan.text);
    if (!(await vscode.workspace.applyEdit(edit))) return false;
    selectInserted(editor, plan.offset, plan.text);
    return true;
  }

  async function fixAll(arg?: Arg): Promise<boolean> {
    const editor = await targetEditor(arg);
    if (!editor) return noEditor() ?? false;
    const doc = editor.document;
    const kind = vscode.CodeActionKind.SourceFixAll.append('speechcheck');
    const all = new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
    const actions =
      (await vscode.commands.executeCommand<vscode.CodeAction[] | undefined>(
        'vscode.executeCodeActionProvider',
        doc.uri,
        all,
        kind.value,
        10,
      )) ?? [];
    const action = actions.find((a) => a.kind && kind.contains(a.kind) && (a.edit || a.command));
    const before = checkerDiagnostics(doc.uri);
    const fixed = before.filter((d) => fixesOf(d)[0]?.safe === true).length;
    if (!action) {
      void vscode.window.showInformationMessage(say('nothingToFix'));
      return false;
    }
    if (action.edit && !(await vscode.workspace.applyEdit(action.edit))) return false;
    if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
    void vscode.window.showInformationMessage(say('fixedAll', { fixed, left: before.length - fixed }));
    return true;
  }

  async function exportReport(arg?: Arg): Promise<string | undefined> {
    const args = argsOf(arg);
    const editor = await targetEditor(arg);
    if (!editor) return noEditor();
    const doc = editor.document;
    const report = await getReport(doc);
    if (!report) return undefined;
    const base = path.basename(doc.uri.path).replace(/\.[^.]+$/, '');
    let target: vscode.Uri | undefined;
    if (args.target) target = vscode.Uri.file(args.target);
    else {
      const dir = doc.uri.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0]?.uri : vscode.Uri.joinPath(doc.uri, '..');
      target = await vscode.window.showSaveDialog({
        title: say('exportTitle'),
        ...(dir ? { defaultUri: vscode.Uri.joinPath(dir, `${base}.report.md`) } : {}),
        filters: { Markdown: ['md'], HTML: ['html', 'htm'] },
      });
    }
    if (!target) return undefined;
    const options = { locale: locale(), file: path.basename(doc.uri.path) };
    const html = /\.html?$/i.test(target.path);
    const text = html ? renderReportHtml(report, options) : renderReportMarkdown(report, options);
    await vscode.workspace.fs.writeFile(target, Buffer.from(text, 'utf8'));
    const shown = target.scheme === 'file' ? target.fsPath : target.toString();
    void vscode.window.showInformationMessage(say('exported', { file: shown }), say('open')).then((choice) => {
      if (choice) void vscode.commands.executeCommand('vscode.open', target);
    });
    return shown;
  }

  return [
    vscode.commands.registerCommand('speechcheck.nextSlot', nextSlot),
    vscode.commands.registerCommand('speechcheck.previousSlot', previousSlot),
    vscode.commands.registerCommand('speechcheck.fillSlot', fillSlot),
    vscode.commands.registerCommand('speechcheck.insertDateLine', insertDateLine),
    vscode.commands.registerCommand('speechcheck.fixAll', fixAll),
    vscode.commands.registerCommand('speechcheck.exportReport', exportReport),
    // Run by the server after a quick fix inserts a date line: select it, ready to be typed over.
    vscode.commands.registerCommand(CLIENT_SELECT_COMMAND, selectRange),
  ];
}
