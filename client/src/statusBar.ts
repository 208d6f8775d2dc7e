/**
 * The status bar item for the active draft: open slots and findings, click for the report.
 * Also keeps the context keys that menus and the command palette use.
 */
import * as vscode from 'vscode';
import { checkerDiagnostics, ruleOf } from './diagnostics';
import { message, type Locale } from './messages';

export class DraftStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('speechcheck.status', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly locale: () => Locale) {
    this.item.name = '讲话稿校对 Speech Draft';
    this.item.command = 'speechcheck.showReport';
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && e.uris.some((u) => u.toString() === active)) this.update();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('speechcheck')) this.update();
      }),
    ];
    this.update();
  }

  update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const diagnostics = doc ? checkerDiagnostics(doc.uri) : [];
    const active = doc !== undefined && isCheckedDocument(doc, diagnostics.length);
    void vscode.commands.executeCommand('setContext', 'speechcheck.active', active);
    const slots = diagnostics.filter((d) => ruleOf(d) === 'placeholder').length;
    void vscode.commands.executeCommand('setContext', 'speechcheck.hasSlots', active && slots > 0);
    void vscode.commands.executeCommand(
      'setContext',
      'speechcheck.dateLineMissing',
      active && diagnostics.some((d) => ruleOf(d) === 'date-missing'),
    );
    if (!active) {
      this.item.hide();
      return;
    }
    const locale = this.locale();
    const findings = diagnostics.length;
    this.item.text =
      findings === 0 ? `$(check) ${message(locale, 'statusClean')}` : `$(edit) ${message(locale, 'statusText', { slots, findings })}`;
    this.item.tooltip = message(locale, 'statusTooltip', { slots, findings });
    this.item.show();
  }

  dispose(): void {
    this.subscriptions.forEach((d) => d.dispose());
    this.item.dispose();
  }
}

/**
 * A document the checker looks at: a speech draft, a language the settings name, or one
 * the server has findings for (a mostly Chinese plain-text or Markdown file).
 */
export function isCheckedDocument(doc: vscode.TextDocument, findings: number): boolean {
  const config = vscode.workspace.getConfiguration('speechcheck', doc.uri);
  if (!config.get<boolean>('enable', true)) return false;
  if (doc.languageId === 'speech-draft' || findings > 0) return true;
  return config.get<string[]>('languages', ['speech-draft']).includes(doc.languageId);
}
