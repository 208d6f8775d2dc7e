/**
 * A draft opened with the wrong encoding (a GBK/GB18030 file read as UTF-8: `��`): a
 * warning, once per document, with the way out — VS Code's own "Reopen with Encoding".
 * The extension also asks VS Code to guess the encoding of speech drafts (package.json,
 * `files.autoGuessEncoding`), so this is for the files it guessed wrong or did not guess.
 */
import * as vscode from 'vscode';
import { garbledCount } from './garbledText';
import { message, type Locale } from './messages';

/** The languages the server is asked to check (extension.ts's document selector), and looked at here. */
export const CHECKED_LANGUAGES: readonly string[] = ['speech-draft', 'plaintext', 'markdown'];
const LANGUAGES = new Set(CHECKED_LANGUAGES);

export function registerGarbledWarning(locale: () => Locale): vscode.Disposable {
  const warned = new Set<string>();
  const look = (doc: vscode.TextDocument | undefined): void => {
    if (!doc || doc.uri.scheme !== 'file' || !LANGUAGES.has(doc.languageId)) return;
    const key = doc.uri.toString();
    if (warned.has(key)) return;
    const count = garbledCount(doc.getText());
    if (count === 0) return;
    warned.add(key);
    const reopen = message(locale(), 'garbledReopen');
    const file = vscode.workspace.asRelativePath(doc.uri);
    void vscode.window.showWarningMessage(message(locale(), 'garbled', { file, count }), reopen).then(async (choice) => {
      if (choice !== reopen) return;
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.editor.changeEncoding');
    });
  };
  look(vscode.window.activeTextEditor?.document);
  return vscode.Disposable.from(
    vscode.window.onDidChangeActiveTextEditor((e) => look(e?.document)),
    // Reopened with another encoding: look again.
    vscode.workspace.onDidCloseTextDocument((doc) => warned.delete(doc.uri.toString())),
  );
}
