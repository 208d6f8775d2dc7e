/**
 * Inserting the date line under the title, selected ready to be typed over; and the
 * selection the server asks for after its own date-line quick fix.
 */
import * as vscode from 'vscode';
import { selectAndReveal, targetEditor, type Arg, type CommandContext } from './commandContext';
import { diagnosticsOfRule, fixesOf, toVscodeEdit } from './diagnostics';
import { planDateLine } from './slots';

/** Selects the visible part of inserted text (without its line breaks) for editing. */
function selectInserted(editor: vscode.TextEditor, offset: number, text: string): void {
  // Inside the brackets of a date line, so that typing the date keeps them.
  const bracketed = /^[（(].*[）)]$/.test(text.trim());
  const lead = text.length - text.replace(/^[\r\n]+/, '').length + (bracketed ? 1 : 0);
  const body = bracketed ? text.trim().slice(1, -1) : text.trim();
  selectAndReveal(editor, editor.document.positionAt(offset + lead), editor.document.positionAt(offset + lead + body.length));
}

export async function insertDateLine(ctx: CommandContext, arg?: Arg): Promise<boolean> {
  const editor = await targetEditor(arg);
  if (!editor) return ctx.noEditor() ?? false;
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
    void vscode.window.showInformationMessage(ctx.say('dateLineExists', { line: plan.line + 1 }));
    return false;
  }
  if (plan.kind === 'empty') {
    void vscode.window.showInformationMessage(ctx.say('dateLineNoTitle'));
    return false;
  }
  const edit = new vscode.WorkspaceEdit();
  edit.insert(doc.uri, doc.positionAt(plan.offset), plan.text);
  if (!(await vscode.workspace.applyEdit(edit))) return false;
  selectInserted(editor, plan.offset, plan.text);
  return true;
}

/** The argument of `CLIENT_SELECT_COMMAND` (protocol.ts). */
interface SelectArg {
  uri: string;
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/** Run by the server after a quick fix inserts a date line: select it, ready to be typed over. */
export function selectRange(arg?: SelectArg): boolean {
  if (!arg) return false;
  const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === arg.uri);
  if (!editor) return false;
  selectAndReveal(editor, new vscode.Position(arg.start.line, arg.start.character), new vscode.Position(arg.end.line, arg.end.character));
  return true;
}
