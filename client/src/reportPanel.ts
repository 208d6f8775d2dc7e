/**
 * The consistency report in a webview beside the draft. One panel, reused; it follows the
 * draft it was opened for, refreshes when that draft's diagnostics change, and reveals a
 * line when a row is clicked.
 */
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { CLIENT_COMMANDS } from '../../server/src/protocol';
import type { ConsistencyReport } from '../../server/src/engine/report/report';
import { message, type Locale } from './messages';
import { isReportViewMessage, renderReportView } from './reportView';

export type ReportSource = (doc: vscode.TextDocument) => Promise<ConsistencyReport | undefined>;

export class ReportPanel implements vscode.Disposable {
  static readonly viewType = 'speechcheck.report';
  private panel: vscode.WebviewPanel | undefined;
  private doc: vscode.TextDocument | undefined;
  private refreshTimer: NodeJS.Timeout | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly getReport: ReportSource,
    private readonly locale: () => Locale,
  ) {
    this.subscriptions.push(
      vscode.languages.onDidChangeDiagnostics((e) => {
        const uri = this.doc?.uri.toString();
        if (this.panel && uri && e.uris.some((u) => u.toString() === uri)) this.scheduleRefresh();
      }),
    );
  }

  /** Shows the report of `doc`; returns the report data (undefined if the server had none). */
  async show(doc: vscode.TextDocument): Promise<ConsistencyReport | undefined> {
    this.doc = doc;
    const report = await this.getReport(doc);
    if (!report) return undefined;
    if (!this.panel) {
      this.adopt(
        vscode.window.createWebviewPanel(
          ReportPanel.viewType,
          '',
          { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
          { enableScripts: true, enableCommandUris: false, localResourceRoots: [] },
        ),
      );
    } else {
      this.panel.reveal(undefined, true);
    }
    this.render(report);
    return report;
  }

  /**
   * A panel VS Code kept across a window reload (WebviewPanelSerializer): the page saved the
   * draft's uri in its state; reopen the draft and render its report once the server answers.
   */
  async restore(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const uri = typeof (state as { uri?: unknown } | undefined)?.uri === 'string' ? (state as { uri: string }).uri : undefined;
    if (!uri || this.panel) {
      panel.dispose();
      return;
    }
    panel.webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: [] };
    this.adopt(panel);
    try {
      this.doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    } catch {
      panel.dispose();
      return;
    }
    // The language server may still be starting: try for a while before giving up.
    for (let i = 0; i < 30 && this.panel === panel; i++) {
      const report = await this.getReport(this.doc);
      if (report) return this.render(report);
      await new Promise((r) => setTimeout(r, 1000));
    }
  }

  private adopt(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    panel.onDidDispose(() => {
      this.panel = undefined;
      this.doc = undefined;
    }, undefined, this.subscriptions);
    panel.webview.onDidReceiveMessage((m: unknown) => void this.onMessage(m), undefined, this.subscriptions);
  }

  private render(report: ConsistencyReport): void {
    if (!this.panel || !this.doc) return;
    const file = path.basename(this.doc.uri.path);
    const locale = this.locale();
    this.panel.title = message(locale, 'reportTitle', { file });
    this.panel.webview.html = renderReportView(report, { locale, file, nonce: randomBytes(16).toString('base64'), uri: this.doc.uri.toString() });
  }

  private scheduleRefresh(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.refresh(), 400);
  }

  private async refresh(): Promise<void> {
    if (!this.panel || !this.doc || this.doc.isClosed) return;
    const report = await this.getReport(this.doc);
    if (report) this.render(report);
  }

  private async onMessage(m: unknown): Promise<void> {
    if (!isReportViewMessage(m) || !this.doc) return;
    if (m.type === 'refresh') return this.refresh();
    if (m.type === 'export') {
      await vscode.commands.executeCommand(CLIENT_COMMANDS.exportReport, { uri: this.doc.uri.toString() });
      return;
    }
    const doc = this.doc.isClosed ? await vscode.workspace.openTextDocument(this.doc.uri) : this.doc;
    const line = Math.min(m.line, doc.lineCount - 1);
    const range =
      m.start !== undefined && m.end !== undefined && m.end <= doc.getText().length
        ? new vscode.Range(doc.positionAt(m.start), doc.positionAt(m.end))
        : doc.lineAt(line).range;
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === doc);
    const editor = await vscode.window.showTextDocument(doc, {
      viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
      selection: range.start.line === line ? range : doc.lineAt(line).range,
    });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    clearTimeout(this.refreshTimer);
    this.panel?.dispose();
    this.subscriptions.forEach((d) => d.dispose());
  }
}
