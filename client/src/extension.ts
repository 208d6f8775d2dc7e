/**
 * The VS Code side of 讲话稿校对: starts the language server (dist/server.js over IPC),
 * and adds what LSP has no words for — slot decorations in plain text and Markdown, the
 * status bar, the report panel and the slot and date commands. Everything it shows comes
 * from the server's diagnostics and its `speechcheck/report` request.
 */
import * as vscode from 'vscode';
import {
  LanguageClient,
  State,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import type { ConsistencyReport } from '../../server/src/engine/report/report';
import { registerCommands } from './commands';
import { SlotDecorations } from './decorations';
import { message, resolveLocale, type Locale } from './messages';
import { ReportPanel } from './reportPanel';
import { DraftView } from './draftView';
import { registerGuidedFill } from './guidedFill';
import { DraftStatus } from './statusBar';
import { registerDocx } from './docx';
import { CHECKED_LANGUAGES, registerGarbledWarning } from './garbled';

import { CLIENT_COMMANDS, CLIENT_FILL_SLOT_COMMAND, CLIENT_SELECT_COMMAND, isCompleteResult, isUncheckedResult, REPORT_REQUEST, SEGMENTER_NOTIFICATION, SERVER_ENV, SERVER_EXEC_ARGV, type SegmenterNotice } from '../../server/src/protocol';

let client: LanguageClient | undefined;

function locale(): Locale {
  return resolveLocale(vscode.workspace.getConfiguration('speechcheck').get<string>('locale'), vscode.env.language);
}

function createClient(context: vscode.ExtensionContext, status: DraftStatus): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV], env: { ...process.env, ...SERVER_ENV } } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // The server decides for plain text and Markdown whether a document is mostly Chinese.
    documentSelector: CHECKED_LANGUAGES.map((language) => ({ language })),
    synchronize: {
      configurationSection: 'speechcheck',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.speechcheckrc.json'),
    },
    outputChannelName: '讲话稿校对 Speech Draft',
    // Slot quick fixes run the first client command, which asks for the value in the slot's
    // sentence; a quick fix that inserts a date line runs the second, which selects it.
    initializationOptions: { clientCommands: { fillSlot: CLIENT_FILL_SLOT_COMMAND, select: CLIENT_SELECT_COMMAND } },
    // The status bar follows what the server has delivered, never what it has not yet sent.
    middleware: {
      provideDiagnostics: async (document, previousResultId, token, next) => {
        const report = await next(document, previousResultId, token);
        const uri = document instanceof vscode.Uri ? document : document.uri;
        if (report && isUncheckedResult(report.resultId)) status.onNotChecked(uri.toString());
        else if (report) status.onDelivered(uri.toString(), isCompleteResult(report.resultId) ?? true);
        return report;
      },
      handleDiagnostics: (uri, diagnostics, next) => {
        next(uri, diagnostics);
        status.onDelivered(uri.toString(), true);
      },
    },
  };
  return new LanguageClient('speechcheck', '讲话稿校对 Speech Draft', serverOptions, clientOptions);
}

/** The report for the view: no pop-ups when the server is not ready or does not check the document. */
async function fetchReportQuietly(doc: vscode.TextDocument): Promise<ConsistencyReport | undefined> {
  if (!client || client.state !== State.Running) return undefined;
  try {
    const uri = client.code2ProtocolConverter.asUri(doc.uri);
    return (await client.sendRequest<ConsistencyReport | null>(REPORT_REQUEST, { uri })) ?? undefined;
  } catch {
    return undefined;
  }
}

async function requestReport(doc: vscode.TextDocument): Promise<ConsistencyReport | undefined> {
  if (!client || client.state !== State.Running) {
    void vscode.window.showWarningMessage(message(locale(), 'serverNotReady'));
    return undefined;
  }
  const uri = client.code2ProtocolConverter.asUri(doc.uri);
  let report: ConsistencyReport | null;
  try {
    report = await client.sendRequest<ConsistencyReport | null>(REPORT_REQUEST, { uri });
  } catch (err) {
    client.error(`${REPORT_REQUEST} failed`, err, false);
    report = null;
  }
  if (!report) {
    void vscode.window.showInformationMessage(message(locale(), 'notChecked'));
    return undefined;
  }
  return report;
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const panel = new ReportPanel(requestReport, locale);
  const status = new DraftStatus(locale);
  const draftView = new DraftView(fetchReportQuietly, locale);
  const treeView = vscode.window.createTreeView('speechcheck.draft', { treeDataProvider: draftView, showCollapseAll: true });
  draftView.attach(treeView);
  context.subscriptions.push(
    panel,
    new SlotDecorations(),
    status,
    draftView,
    treeView,
    registerGuidedFill(locale),
    vscode.window.registerWebviewPanelSerializer(ReportPanel.viewType, {
      deserializeWebviewPanel: (webviewPanel, state) => panel.restore(webviewPanel, state),
    }),
    vscode.commands.registerCommand(CLIENT_COMMANDS.refreshDraftView, () => draftView.refresh()),
    ...registerCommands(requestReport, locale),
    ...registerDocx(context, locale),
    registerGarbledWarning(locale),
    vscode.commands.registerCommand(CLIENT_COMMANDS.showReport, async (arg?: vscode.Uri | { uri?: string }) => {
      const uri = arg instanceof vscode.Uri ? arg : arg?.uri ? vscode.Uri.parse(arg.uri) : undefined;
      const doc = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!doc) {
        void vscode.window.showInformationMessage(message(locale(), 'noEditor'));
        return undefined;
      }
      return panel.show(doc);
    }),
    vscode.commands.registerCommand(CLIENT_COMMANDS.restartServer, async () => {
      if (!client) client = createClient(context, status);
      if (client.state === State.Running) await client.restart();
      else await client.start();
      void vscode.window.showInformationMessage(message(locale(), 'serverRestarted'));
    }),
  );

  client = createClient(context, status);
  context.subscriptions.push(client.onNotification(SEGMENTER_NOTIFICATION, (notice: SegmenterNotice) => status.onSegmenter(notice)));
  try {
    await client.start();
  } catch (err) {
    void vscode.window.showErrorMessage(message(locale(), 'serverFailed', { error: String(err) }));
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
