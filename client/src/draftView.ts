/**
 * The 讲话稿 view in the Activity Bar: what the active draft still needs, at a glance —
 * open slots by kind (each with its sentence), formulations with their forms (inconsistent
 * first), dates and their formats, and announced counts against what follows. Each row
 * jumps to its place; slot rows carry the guided fill. It follows the active editor and
 * updates as the server re-checks.
 */
import * as vscode from 'vscode';
import { slotKindName } from '../../server/src/engine/model/l10n';
import type { ConsistencyReport } from '../../server/src/engine/report/report';
import { isDraftViewReport, draftViewRows, type DraftRow } from './draftRows';
import type { Locale } from './messages';

class Row extends vscode.TreeItem {
  constructor(
    readonly row: DraftRow,
    readonly uri: vscode.Uri,
  ) {
    super(row.label, row.children?.length ? (row.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed) : vscode.TreeItemCollapsibleState.None);
    if (row.description) this.description = row.description;
    if (row.tooltip) this.tooltip = row.tooltip;
    this.contextValue = row.kind;
    this.iconPath = new vscode.ThemeIcon(row.icon, row.warn ? new vscode.ThemeColor('list.warningForeground') : undefined);
    if (row.line !== undefined) {
      const pos = new vscode.Position(row.line, row.character ?? 0);
      const end = new vscode.Position(row.line, row.endCharacter ?? row.character ?? 0);
      this.command = { title: '', command: 'vscode.open', arguments: [uri, { selection: new vscode.Range(pos, end) }] };
    }
  }
}

export class DraftView implements vscode.TreeDataProvider<Row>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Row | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private rows: DraftRow[] = [];
  private uri: vscode.Uri | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly subscriptions: vscode.Disposable[];
  private view: vscode.TreeView<Row> | undefined;

  constructor(
    private readonly getReport: (doc: vscode.TextDocument) => Promise<ConsistencyReport | undefined>,
    private readonly locale: () => Locale,
  ) {
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && e.uris.some((u) => u.toString() === active)) this.schedule(400);
      }),
    ];
  }

  attach(view: vscode.TreeView<Row>): void {
    this.view = view;
    this.subscriptions.push(view.onDidChangeVisibility(() => this.schedule(0)));
    this.schedule(0);
  }

  /** The rows as shown now (for tests and the E2E run). */
  current(): DraftRow[] {
    return this.rows;
  }

  async refresh(): Promise<DraftRow[]> {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || doc.uri.scheme === 'output') return this.rows;
    const report = await this.getReport(doc);
    this.uri = doc.uri;
    this.rows = isDraftViewReport(report) ? draftViewRows(report, doc.getText(), this.locale(), slotKindName) : [];
    this.changed.fire(undefined);
    return this.rows;
  }

  private schedule(delay: number): void {
    if (this.view && !this.view.visible) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  getTreeItem(element: Row): vscode.TreeItem {
    return element;
  }

  getChildren(element?: Row): Row[] {
    if (!this.uri) return [];
    const rows = element ? (element.row.children ?? []) : this.rows;
    return rows.map((r) => new Row(r, this.uri!));
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.subscriptions.forEach((d) => d.dispose());
    this.changed.dispose();
  }
}
