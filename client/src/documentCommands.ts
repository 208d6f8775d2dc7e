/** Whole-document commands: apply every safe fix, export the consistency report. */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { renderReportHtml, renderReportMarkdown } from '../../server/src/engine/report/render';
import { FIX_ALL_KIND } from '../../server/src/protocol';
import { argsOf, targetEditor, type Arg, type CommandContext } from './commandContext';
import { checkerDiagnostics, fixesOf } from './diagnostics';
import type { ReportSource } from './reportPanel';

/** Applies the server's "fix all safe problems" action and says how many were fixed and left. */
export async function fixAll(ctx: CommandContext, arg?: Arg): Promise<boolean> {
  const editor = await targetEditor(arg);
  if (!editor) return ctx.noEditor() ?? false;
  const doc = editor.document;
  const kind = vscode.CodeActionKind.Empty.append(FIX_ALL_KIND);
  const all = new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
  const actions =
    (await vscode.commands.executeCommand<vscode.CodeAction[] | undefined>('vscode.executeCodeActionProvider', doc.uri, all, kind.value, 10)) ?? [];
  const action = actions.find((a) => a.kind && kind.contains(a.kind) && (a.edit || a.command));
  const before = checkerDiagnostics(doc.uri);
  const fixed = before.filter((d) => fixesOf(d)[0]?.safe === true).length;
  if (!action) {
    void vscode.window.showInformationMessage(ctx.say('nothingToFix'));
    return false;
  }
  if (action.edit && !(await vscode.workspace.applyEdit(action.edit))) return false;
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
  void vscode.window.showInformationMessage(ctx.say('fixedAll', { fixed, left: before.length - fixed }));
  return true;
}

/** Writes the report as Markdown or HTML (by the target's extension); returns the file written. */
export async function exportReport(ctx: CommandContext, getReport: ReportSource, arg?: Arg): Promise<string | undefined> {
  const args = argsOf(arg);
  const editor = await targetEditor(arg);
  if (!editor) return ctx.noEditor();
  const doc = editor.document;
  const report = await getReport(doc);
  if (!report) return undefined;
  const target = args.target ? vscode.Uri.file(args.target) : await askTarget(ctx, doc);
  if (!target) return undefined;
  const options = { locale: ctx.locale(), file: path.basename(doc.uri.path) };
  const html = /\.html?$/i.test(target.path);
  const text = html ? renderReportHtml(report, options) : renderReportMarkdown(report, options);
  await vscode.workspace.fs.writeFile(target, Buffer.from(text, 'utf8'));
  const shown = target.scheme === 'file' ? target.fsPath : target.toString();
  void vscode.window.showInformationMessage(ctx.say('exported', { file: shown }), ctx.say('open')).then((choice) => {
    if (choice) void vscode.commands.executeCommand('vscode.open', target);
  });
  return shown;
}

/** The save dialog, offering `<draft>.report.md` beside the draft. */
function askTarget(ctx: CommandContext, doc: vscode.TextDocument): Thenable<vscode.Uri | undefined> {
  const base = path.basename(doc.uri.path).replace(/\.[^.]+$/, '');
  const dir = doc.uri.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0]?.uri : vscode.Uri.joinPath(doc.uri, '..');
  return vscode.window.showSaveDialog({
    title: ctx.say('exportTitle'),
    ...(dir ? { defaultUri: vscode.Uri.joinPath(dir, `${base}.report.md`) } : {}),
    filters: { Markdown: ['md'], HTML: ['html', 'htm'] },
  });
}
