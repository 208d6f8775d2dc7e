/**
 * What every command shares: its argument (the active editor, or the document a menu or a
 * test names), and the user's language for what it says.
 */
import * as vscode from 'vscode';
import { message, type Locale } from './messages';

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
  /** fillSlot, for tests: fill the identical name, place or unit slots too (true) or not (false), without asking. */
  fillIdentical?: boolean;
  /** exportReport: the file to write (skips the save dialog); .md or .html. */
  target?: string;
}

/** Menus pass a Uri; quick fixes and tests pass `{ uri, … }`. */
export type Arg = vscode.Uri | CommandArgs | undefined;

export function argsOf(arg: Arg): CommandArgs {
  if (arg instanceof vscode.Uri) return { uri: arg.toString() };
  return typeof arg === 'object' && arg !== null ? arg : {};
}

/** The editor of the named document (shown if needed), else the active one. */
export async function targetEditor(arg: Arg): Promise<vscode.TextEditor | undefined> {
  const { uri } = argsOf(arg);
  if (uri) {
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri);
    return visible ?? vscode.window.showTextDocument(vscode.Uri.parse(uri));
  }
  return vscode.window.activeTextEditor;
}

export interface CommandContext {
  locale: () => Locale;
  /** A message in the user's language. */
  say: (id: Parameters<typeof message>[1], params?: Parameters<typeof message>[2]) => string;
  /** Tells the user there is no editor to work on; returns undefined. */
  noEditor: () => undefined;
}

export function commandContext(locale: () => Locale): CommandContext {
  const say: CommandContext['say'] = (id, params) => message(locale(), id, params);
  return {
    locale,
    say,
    noEditor: () => {
      void vscode.window.showInformationMessage(say('noEditor'));
      return undefined;
    },
  };
}

/** Selects a range and scrolls to it if it is out of view. */
export function selectAndReveal(editor: vscode.TextEditor, start: vscode.Position, end: vscode.Position): void {
  editor.selection = new vscode.Selection(start, end);
  editor.revealRange(new vscode.Range(start, end), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
