/**
 * Word drafts in VS Code. "以讲话稿方式检查" opens a read-only text view of a .docx (a virtual
 * document, scheme `speechcheck-docx`, one line per paragraph) in the speech-draft language,
 * so the language server checks it like any draft: squiggles, the report, the activity-bar
 * view. "生成带修订和批注的 Word 文件" runs the command line's `--fix` on the .docx (tracked
 * changes and comments, written beside it as NAME.speechcheck.docx) and reveals the file.
 */
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { CLIENT_COMMANDS } from '../../server/src/protocol';
import { DocxError } from '../../server/src/docx/errors';
import { readWordBytes } from '../../server/src/docx/input';
import { fixedPath } from '../../server/src/docx/paths';
import { message, type Locale } from './messages';

export const DOCX_SCHEME = 'speechcheck-docx';

/** The virtual document of a Word file: same path, our scheme. */
export function docxViewUri(file: vscode.Uri): vscode.Uri {
  return file.with({ scheme: DOCX_SCHEME });
}

class DocxTextProvider implements vscode.TextDocumentContentProvider {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const file = uri.with({ scheme: 'file' });
    const bytes = await vscode.workspace.fs.readFile(file);
    const read = readWordBytes(bytes, path.basename(file.fsPath));
    if (!read.ok) throw new Error(read.message);
    return read.docx.text;
  }

  refresh(file: vscode.Uri): void {
    this.changed.fire(docxViewUri(file));
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** The Word file a command is about: its argument, the virtual view in front, the tab in front, or one the user picks. */
async function targetFile(arg: unknown, locale: () => Locale): Promise<vscode.Uri | undefined> {
  if (arg instanceof vscode.Uri) return arg.scheme === DOCX_SCHEME ? arg.with({ scheme: 'file' }) : arg;
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active?.scheme === DOCX_SCHEME) return active.with({ scheme: 'file' });
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input as { uri?: vscode.Uri } | undefined;
  if (input?.uri && /\.docx$/i.test(input.uri.path)) return input.uri;
  const picked = await vscode.window.showOpenDialog({
    canSelectMany: false,
    filters: { Word: ['docx'] },
    title: message(locale(), 'docxPick'),
  });
  return picked?.[0];
}

export function registerDocx(context: vscode.ExtensionContext, locale: () => Locale): vscode.Disposable[] {
  const provider = new DocxTextProvider();
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.docx');
  const open = new Set<string>();
  const onFile = (file: vscode.Uri): void => {
    if (open.has(docxViewUri(file).toString())) provider.refresh(file);
  };

  const check = vscode.commands.registerCommand(CLIENT_COMMANDS.checkDocx, async (arg?: unknown) => {
    const file = await targetFile(arg, locale);
    if (!file) return undefined;
    const uri = docxViewUri(file);
    try {
      let doc = await vscode.workspace.openTextDocument(uri);
      if (doc.languageId !== 'speech-draft') doc = await vscode.languages.setTextDocumentLanguage(doc, 'speech-draft');
      open.add(uri.toString());
      await vscode.window.showTextDocument(doc, { preview: false });
      return doc;
    } catch (err) {
      void vscode.window.showErrorMessage(message(locale(), 'docxUnreadable', { reason: err instanceof DocxError ? err.messageFor(file.fsPath) : String((err as Error).message ?? err) }));
      return undefined;
    }
  });

  const fix = vscode.commands.registerCommand(CLIENT_COMMANDS.fixDocx, async (arg?: unknown) => {
    const file = await targetFile(arg, locale);
    if (!file || file.scheme !== 'file') return undefined;
    const result = await runFix(context.asAbsolutePath('dist/cli.js'), file.fsPath);
    const name = path.basename(file.fsPath);
    if (result.code === 2 || result.error) {
      void vscode.window.showErrorMessage(message(locale(), 'docxFailed', { reason: firstLine(result.stderr) || String(result.error) }));
      return undefined;
    }
    const target = fixedPath(file.fsPath);
    if (!/已写入|wrote/.test(result.stderr)) {
      // Only the command's own words mean there was nothing to write; any other run that wrote
      // nothing failed (a crash exits 1 too, the code for "findings").
      if (/没有可写入|nothing to write/.test(result.stderr)) void vscode.window.showInformationMessage(message(locale(), 'docxNothing', { file: name }));
      else void vscode.window.showErrorMessage(message(locale(), 'docxFailed', { reason: firstLine(result.stderr) || `exit ${result.code}` }));
      return undefined;
    }
    const summary = (/：(修订 \d+ 处，批注 \d+ 条)/.exec(result.stderr)?.[1] ?? '').trim();
    const targetUri = vscode.Uri.file(target);
    await vscode.commands.executeCommand('revealInExplorer', targetUri).then(undefined, () => undefined);
    const openLabel = message(locale(), 'docxOpen');
    const revealLabel = message(locale(), 'docxReveal');
    void vscode.window
      .showInformationMessage(message(locale(), 'docxWritten', { file: path.basename(target), summary }), openLabel, revealLabel)
      .then((choice) => {
        if (choice === openLabel) void vscode.env.openExternal(targetUri);
        else if (choice === revealLabel) void vscode.commands.executeCommand('revealFileInOS', targetUri);
      });
    return target;
  });

  // Opening a .docx (VS Code shows it as binary) offers the check, once per file and session.
  const offered = new Set<string>();
  const offer = vscode.window.tabGroups.onDidChangeTabs((e) => {
    for (const tab of e.opened) {
      const uri = (tab.input as { uri?: vscode.Uri } | undefined)?.uri;
      if (!uri || uri.scheme !== 'file' || !/\.docx$/i.test(uri.path) || /\.speechcheck\.docx$/i.test(uri.path)) continue;
      if (offered.has(uri.toString())) continue;
      offered.add(uri.toString());
      const label = message(locale(), 'docxCheck');
      void vscode.window
        .showInformationMessage(message(locale(), 'docxOffer', { file: path.basename(uri.fsPath) }), label)
        .then((choice) => (choice === label ? vscode.commands.executeCommand(CLIENT_COMMANDS.checkDocx, uri) : undefined));
    }
  });

  return [
    offer,
    provider,
    vscode.workspace.registerTextDocumentContentProvider(DOCX_SCHEME, provider),
    watcher,
    watcher.onDidChange(onFile),
    watcher.onDidCreate(onFile),
    vscode.workspace.onDidCloseTextDocument((d) => open.delete(d.uri.toString())),
    check,
    fix,
  ];
}

function firstLine(s: string): string {
  return s.split('\n').find((l) => l.trim())?.replace(/^speechcheck: /, '') ?? '';
}

/** The bundled command line under the editor's own Node (ELECTRON_RUN_AS_NODE). */
function runFix(cli: string, file: string): Promise<{ code: number; stderr: string; error?: Error }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [cli, '--fix', '--format', 'json', file],
      { env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' }, maxBuffer: 64 * 1024 * 1024, timeout: 120_000 },
      (error, _stdout, stderr) => {
        const code = typeof (error as { code?: unknown } | null)?.code === 'number' ? ((error as { code: number }).code) : error ? -1 : 0;
        resolve({ code, stderr: String(stderr), ...(error && code !== 1 && code !== 2 ? { error } : {}) });
      },
    );
  });
}
