/**
 * Capability negotiation: what the client said it can do (read once, at `initialize`), and
 * what the server offers in return.
 */
import {
  CodeActionKind,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type InitializeResult,
} from 'vscode-languageserver';
import { DIAGNOSTIC_SOURCE, FIX_ALL_KIND, SERVER_COMMANDS } from '../protocol';

export interface ClientSupport {
  pullDiagnostics: boolean;
  diagnosticRefresh: boolean;
  configuration: boolean;
  configurationRegistration: boolean;
  watchedFilesRegistration: boolean;
  hierarchicalSymbols: boolean;
  documentChanges: boolean;
  /** The client resolves a code action's edit on demand (codeAction/resolve). */
  resolvesEdits: boolean;
  /** The client declared workspace folders (and may send their changes). */
  workspaceFolders: boolean;
}

/** Before `initialize`: nothing assumed. */
export const NO_SUPPORT: ClientSupport = {
  pullDiagnostics: false,
  diagnosticRefresh: false,
  configuration: false,
  configurationRegistration: false,
  watchedFilesRegistration: false,
  hierarchicalSymbols: false,
  documentChanges: false,
  resolvesEdits: false,
  workspaceFolders: false,
};

export function readClientSupport(caps: ClientCapabilities | undefined): ClientSupport {
  return {
    pullDiagnostics: !!caps?.textDocument?.diagnostic,
    diagnosticRefresh: !!caps?.workspace?.diagnostics?.refreshSupport,
    configuration: !!caps?.workspace?.configuration,
    configurationRegistration: !!caps?.workspace?.didChangeConfiguration?.dynamicRegistration,
    watchedFilesRegistration: !!caps?.workspace?.didChangeWatchedFiles?.dynamicRegistration,
    hierarchicalSymbols: !!caps?.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport,
    documentChanges: !!caps?.workspace?.workspaceEdit?.documentChanges,
    resolvesEdits: !!caps?.textDocument?.codeAction?.resolveSupport?.properties?.includes('edit'),
    workspaceFolders: !!caps?.workspace?.workspaceFolders,
  };
}

/** The client's own commands the server may name in code actions (VS Code has both; other editors need not). */
export interface ClientCommands {
  fillSlot?: string;
  select?: string;
}

/** `initializationOptions.clientCommands`: the commands the client itself runs. */
export function readClientCommands(options: unknown): ClientCommands {
  const fillSlot = clientCommandOf(options, 'fillSlot');
  const select = clientCommandOf(options, 'select');
  return { ...(fillSlot ? { fillSlot } : {}), ...(select ? { select } : {}) };
}

function clientCommandOf(options: unknown, name: string): string | undefined {
  const commands = (options as { clientCommands?: Record<string, unknown> } | undefined)?.clientCommands;
  const id = commands && typeof commands === 'object' ? commands[name] : undefined;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

export function serverCapabilities(support: ClientSupport): InitializeResult {
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: support.resolvesEdits },
      executeCommandProvider: { commands: [SERVER_COMMANDS.ignoreWord, SERVER_COMMANDS.disableRuleForFile] },
      hoverProvider: true,
      documentSymbolProvider: { label: '讲话稿提纲' },
      foldingRangeProvider: true,
      ...(support.pullDiagnostics
        ? { diagnosticProvider: { identifier: DIAGNOSTIC_SOURCE, interFileDependencies: false, workspaceDiagnostics: false } }
        : {}),
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'speechcheck', version: '0.1.0' },
  };
}
