/**
 * The status bar item for the active draft: open slots and findings, click for the report.
 * Also keeps the context keys that menus and the command palette use.
 */
import * as vscode from 'vscode';
import { checkerDiagnostics, ruleOf } from './diagnostics';
import { message, type Locale } from './messages';
import { CLIENT_COMMANDS, type SegmenterNotice } from '../../server/src/protocol';

/** What the server has said about a document's check so far. */
export type CheckState = 'checking' | 'partial' | 'done';

export class DraftStatus implements vscode.Disposable {
  /** Documents the server has checked at least once, and whether word-based rules ran. */
  private readonly checked = new Map<string, boolean>();
  /** Documents the server said it does not check (an English note, an exported report). */
  private readonly notChecked = new Set<string>();
  private readonly item = vscode.window.createStatusBarItem('speechcheck.status', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[];
  /** Which segmenter the server chose (undefined until it says). */
  private segmenter: SegmenterNotice | undefined;
  private warnedNoSegmenter = false;

  constructor(private readonly locale: () => Locale) {
    this.item.name = '讲话稿校对 Speech Draft';
    this.item.command = CLIENT_COMMANDS.showReport;
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

  /**
   * Diagnostics of a document were delivered (complete: the word-based rules ran too). The
   * client puts them into the collection right after; update once they are there.
   */
  onDelivered(uri: string, complete: boolean): void {
    this.checked.set(uri, complete);
    this.notChecked.delete(uri);
    setTimeout(() => {
      if (vscode.window.activeTextEditor?.document.uri.toString() === uri) this.update();
    }, 0);
  }

  /**
   * The server does not check this document (an English note, an exported report): no
   * status, above all neither 讲话稿无问题 nor a 正在检查… that never ends.
   */
  onNotChecked(uri: string): void {
    this.checked.delete(uri);
    this.notChecked.add(uri);
    setTimeout(() => {
      if (vscode.window.activeTextEditor?.document.uri.toString() === uri) this.update();
    }, 0);
  }

  /**
   * The server chose its segmenter: shown in the tooltip. When none loaded, the status bar
   * says so and the user is warned once per session (not only in the output channel).
   */
  onSegmenter(notice: SegmenterNotice): void {
    this.segmenter = notice;
    if (notice.name === null && !this.warnedNoSegmenter) {
      this.warnedNoSegmenter = true;
      void vscode.window.showWarningMessage(message(this.locale(), 'noSegmenter'));
    }
    this.update();
  }

  private segmenterLine(locale: Locale): string | undefined {
    const s = this.segmenter;
    if (!s) return undefined;
    if (s.name === null) return `${message(locale, 'statusNoSegmenter')}: ${s.error ?? ''}`;
    const line = message(locale, 'segmenterTooltip', { name: s.name, ms: s.loadMs ?? 0 });
    return s.fallbackReason ? line + message(locale, 'segmenterFallback', { reason: s.fallbackReason }) : line;
  }

  stateOf(uri: vscode.Uri): CheckState {
    const complete = this.checked.get(uri.toString());
    return complete === undefined ? 'checking' : complete ? 'done' : 'partial';
  }

  update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const diagnostics = doc ? checkerDiagnostics(doc.uri) : [];
    const uri = doc?.uri.toString();
    const active = doc !== undefined && !this.notChecked.has(uri!) && (isCheckedDocument(doc, diagnostics.length) || this.checked.has(uri!));
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
    const state = this.stateOf(doc.uri);
    // Never a green tick before the whole check has run: an unfinished check is not a clean draft.
    if (state === 'checking' && findings === 0) this.item.text = `$(loading~spin) ${message(locale, 'statusChecking')}`;
    else if (state === 'partial') {
      const counts = message(locale, 'statusText', { slots, findings });
      this.item.text = `$(loading~spin) ${counts} · ${message(locale, 'statusLoadingDict')}`;
    } else if (findings === 0) this.item.text = `$(check) ${message(locale, 'statusClean')}`;
    else this.item.text = `$(edit) ${message(locale, 'statusText', { slots, findings })}`;
    if (this.segmenter?.name === null) this.item.text += ` $(warning) ${message(locale, 'statusNoSegmenter')}`;
    const segmenterLine = this.segmenterLine(locale);
    this.item.tooltip = message(locale, 'statusTooltip', { slots, findings }) + (segmenterLine ? `\n${segmenterLine}` : '');
    this.item.backgroundColor = this.segmenter?.name === null ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
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
