/**
 * Slot highlighting for every checked document, plain text and Markdown included (where
 * no grammar colours them): the ranges of the placeholder diagnostics, redrawn when the
 * diagnostics of a visible document change.
 */
import * as vscode from 'vscode';
import { placeholderSlots } from './diagnostics';

export class SlotDecorations implements vscode.Disposable {
  private readonly type = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('speechcheck.placeholderBackground'),
    border: '1px dashed',
    borderColor: new vscode.ThemeColor('speechcheck.placeholderBorder'),
    borderRadius: '2px',
    overviewRulerColor: new vscode.ThemeColor('speechcheck.placeholderBorder'),
    overviewRulerLane: vscode.OverviewRulerLane.Center,
  });
  /** A blank slot with nothing left (`完成亿元`) has an empty range: it shows as a ＿ marker. */
  private readonly emptyType = vscode.window.createTextEditorDecorationType({
    before: {
      contentText: '＿',
      backgroundColor: new vscode.ThemeColor('speechcheck.placeholderBackground'),
      border: '1px dashed',
      borderColor: new vscode.ThemeColor('speechcheck.placeholderBorder'),
    },
    overviewRulerColor: new vscode.ThemeColor('speechcheck.placeholderBorder'),
    overviewRulerLane: vscode.OverviewRulerLane.Center,
  });
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    this.subscriptions = [
      vscode.languages.onDidChangeDiagnostics((e) => {
        const changed = new Set(e.uris.map((u) => u.toString()));
        for (const editor of vscode.window.visibleTextEditors) {
          if (changed.has(editor.document.uri.toString())) this.update(editor);
        }
      }),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.update(e))),
    ];
    vscode.window.visibleTextEditors.forEach((e) => this.update(e));
  }

  update(editor: vscode.TextEditor): void {
    const ranges = placeholderSlots(editor.document).map((s) => s.range);
    editor.setDecorations(this.type, ranges.filter((r) => !r.isEmpty));
    editor.setDecorations(this.emptyType, ranges.filter((r) => r.isEmpty));
  }

  dispose(): void {
    this.subscriptions.forEach((d) => d.dispose());
    this.type.dispose();
    this.emptyType.dispose();
  }
}
