/**
 * The language server: capability negotiation and the handlers, over any connection
 * (stdio, node IPC, in-memory streams). Checking, conversion, code actions, symbols and
 * configuration live in their own modules; this file wires them to the protocol.
 */
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  LSPErrorCodes,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { diagnosticResultId, REPORT_REQUEST, SEGMENTER_NOTIFICATION } from '../protocol';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { summarizeFindings } from '../engine/summarize';
import { ConfigError } from '../engine/model/config';
import { pick } from '../engine/model/l10n';
import { ruleById } from '../engine/rules';
import type { Locale, RuleId } from '../engine/model/types';
import { Checker, describe, isCancelled, SEGMENTATION_LIMIT, type CheckResult } from './checker';
import { buildCodeActions, COMMAND_DISABLE_RULE_FOR_FILE, COMMAND_IGNORE_WORD, FIX_ALL_KIND, isFixAllData, resolveFixAll } from './codeActions';
import { addIgnoredWord, disableRuleForFile, isKnownRule, rcPathFor, undoRcChange, type RcChange } from './commands';
import { ConfigStore, type DocumentConfig } from './config';
import { toDiagnostics } from './convert';
import { formulationHover } from './hover';
import { message, quotedWord } from './messages';
import { RC_FILE_NAME } from '../rcfile';
import { isMostlyChinese, uriToPath } from './settings';
import { documentSymbols, flatSymbols, foldingRanges } from './symbols';
import { EditPacer } from './pacer';

/** Quiet time after a keystroke before checking again. */

interface ClientSupport {
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

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const configs = new ConfigStore(connection);
  const logger = { log: (m: string) => connection.console.log(m), error: (m: string) => connection.console.error(m) };
  const checker = new Checker(
    logger,
    () => refreshAll(),
    (notice) => void connection.sendNotification(SEGMENTER_NOTIFICATION, notice),
  );
  const diagnosticsOf = new WeakMap<CheckResult, Diagnostic[]>();
  const pacer = new EditPacer();
  const justOpened = new Set<string>();
  const pushTimers = new Map<string, NodeJS.Timeout>();
  let workspaceFolders: string[] = [];
  /** The client's own "fill this slot" command (VS Code has one; other editors need not). */
  let fillSlotCommand: string | undefined;
  let selectCommand: string | undefined;
  let support: ClientSupport = {
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

  connection.onInitialize((params): InitializeResult => {
    const caps = params.capabilities ?? {};
    support = {
      pullDiagnostics: !!caps.textDocument?.diagnostic,
      diagnosticRefresh: !!caps.workspace?.diagnostics?.refreshSupport,
      configuration: !!caps.workspace?.configuration,
      configurationRegistration: !!caps.workspace?.didChangeConfiguration?.dynamicRegistration,
      watchedFilesRegistration: !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration,
      hierarchicalSymbols: !!caps.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport,
      documentChanges: !!caps.workspace?.workspaceEdit?.documentChanges,
      resolvesEdits: !!caps.textDocument?.codeAction?.resolveSupport?.properties?.includes('edit'),
      workspaceFolders: !!caps.workspace?.workspaceFolders,
    };
    configs.pullsConfiguration = support.configuration;
    configs.clientLocale = params.locale;
    configs.setInitializationOptions(params.initializationOptions);
    fillSlotCommand = clientCommandOf(params.initializationOptions, 'fillSlot');
    selectCommand = clientCommandOf(params.initializationOptions, 'select');
    workspaceFolders = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
    if (workspaceFolders.length === 0 && params.rootUri) {
      const root = uriToPath(params.rootUri);
      if (root) workspaceFolders = [root];
    }
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: support.resolvesEdits },
        executeCommandProvider: { commands: [COMMAND_IGNORE_WORD, COMMAND_DISABLE_RULE_FOR_FILE] },
        hoverProvider: true,
        documentSymbolProvider: { label: '讲话稿提纲' },
        foldingRangeProvider: true,
        ...(support.pullDiagnostics
          ? { diagnosticProvider: { identifier: 'speechcheck', interFileDependencies: false, workspaceDiagnostics: false } }
          : {}),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'speechcheck', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    // Idle until the first document opens: build the rules' tables now.
    setTimeout(() => checker.warmUp(), 0);
    if (support.configurationRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'speechcheck' });
    }
    if (support.watchedFilesRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: `**/${RC_FILE_NAME}` }],
      });
    }
    // Only a client that declared workspace folders sends their changes (registering the
    // handler otherwise throws: Neovim with a minimal configuration, other editors).
    if (!support.workspaceFolders) return;
    connection.workspace.onDidChangeWorkspaceFolders((e) => {
      const removed = new Set(e.removed.map((f) => uriToPath(f.uri)));
      workspaceFolders = workspaceFolders.filter((f) => !removed.has(f));
      for (const f of e.added) {
        const p = uriToPath(f.uri);
        if (p) workspaceFolders.push(p);
      }
    });
  });

  // --- configuration -------------------------------------------------------------------

  connection.onDidChangeConfiguration((change) => {
    configs.settingsChanged(change?.settings);
    refreshAll();
  });

  connection.onDidChangeWatchedFiles((change) => {
    if (!change?.changes?.some((c) => c.uri.endsWith(RC_FILE_NAME))) return;
    configs.invalidate();
    refreshAll();
  });

  /** Results may differ now (configuration, nodejieba loaded): have clients fetch them again. */
  function refreshAll(): void {
    if (support.pullDiagnostics) {
      if (support.diagnosticRefresh) connection.languages.diagnostics.refresh().catch(() => undefined);
      return;
    }
    for (const doc of documents.all()) schedulePush(doc.uri, 0);
  }

  // --- diagnostics ---------------------------------------------------------------------

  async function diagnose(uri: string): Promise<{ result?: CheckResult; config?: DocumentConfig; items: Diagnostic[] }> {
    const opened = documents.get(uri);
    if (!opened) return { items: [] };
    const config = await configs.forDocument(opened);
    const doc = documents.get(uri);
    if (!doc || !config.checked) return { config, items: [] };
    const started = Date.now();
    // Big drafts are checked in the worker thread: other requests are answered meanwhile.
    const result = await checker.checkAsync(doc, config.config, config.key);
    // The pacer learns what a check of this document costs and which edits it covered.
    pacer.checked(uri, started, Date.now(), result.costMs);
    // First answers without nodejieba; load it only once they have gone out.
    if (!result.complete) void checker.scheduleSegmenterLoad();
    let items = diagnosticsOf.get(result);
    if (!items) {
      // A pathological draft: the first findings of each rule and a count of the rest.
      items = toDiagnostics(doc, summarizeFindings(result.findings, config.config.locale));
      diagnosticsOf.set(result, items);
    }
    return { result, config, items };
  }

  documents.onDidOpen((e) => justOpened.add(e.document.uri));

  documents.onDidChangeContent((e) => {
    const uri = e.document.uri;
    const opening = justOpened.delete(uri);
    const now = Date.now();
    if (!opening) pacer.edited(uri, now);
    if (!support.pullDiagnostics) schedulePush(uri, opening ? 0 : pacer.wait(uri, now));
  });

  documents.onDidClose((e) => {
    const uri = e.document.uri;
    clearTimeout(pushTimers.get(uri));
    pushTimers.delete(uri);
    pacer.forget(uri);
    justOpened.delete(uri);
    checker.forget(uri);
    configs.forget(uri);
    if (!support.pullDiagnostics) void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  function schedulePush(uri: string, delay: number): void {
    clearTimeout(pushTimers.get(uri));
    pushTimers.set(
      uri,
      setTimeout(() => {
        pushTimers.delete(uri);
        void publish(uri);
      }, delay),
    );
  }

  async function publish(uri: string): Promise<void> {
    try {
      const version = documents.get(uri)?.version;
      if (version === undefined) return;
      const { items } = await diagnose(uri);
      // A newer version arrived while settings were fetched: its own push will follow.
      if (documents.get(uri)?.version !== version) return;
      await connection.sendDiagnostics({ uri, version, diagnostics: items });
    } catch (e) {
      // The document closed while its check ran.
      if (isCancelled(e)) return;
      logger.error(`Publishing diagnostics for ${uri} failed: ${describe(e, true)}`);
    }
  }

  connection.languages.diagnostics.on(
    guard('textDocument/diagnostic', async (params, token): Promise<DocumentDiagnosticReport> => {
      const uri = requireUri(params);
      await settle(uri, token);
      const { result, config, items } = await diagnose(uri).catch((e: unknown) => {
        throw isCancelled(e) ? new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled') : e;
      });
      if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
      // The document changed while it was checked: the client asks again for the new version.
      if (result && documents.get(uri)?.version !== result.version) {
        throw new ResponseError(LSPErrorCodes.ServerCancelled, 'document changed', { retriggerRequest: true });
      }
      const resultId = result
        ? diagnosticResultId(result.version, result.configKey, result.complete)
        : `off|${documents.get(uri)?.version}|${config?.key}`;
      if (params.previousResultId === resultId) return { kind: 'unchanged', resultId };
      return { kind: 'full', resultId, items };
    }),
  );

  /** Waits as long as the pacer says (pull mode): at once after a pause, bounded while typing. */
  async function settle(uri: string, token: CancellationToken): Promise<void> {
    for (;;) {
      if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
      const wait = pacer.wait(uri, Date.now());
      if (wait <= 0) return;
      await new Promise((r) => setTimeout(r, wait));
    }
  }

  // --- code actions and commands -------------------------------------------------------

  connection.onCodeAction(
    guard('textDocument/codeAction', async (params) => {
      const uri = requireUri(params);
      if (!isRange(params.range) || !Array.isArray(params.context?.diagnostics)) {
        throw new ResponseError(ErrorCodes.InvalidParams, 'codeAction needs range and context.diagnostics');
      }
      // A big draft's check runs in the worker: this waits for it, other requests do not.
      const { result, config } = await diagnose(uri).catch((e: unknown): Awaited<ReturnType<typeof diagnose>> => {
        if (isCancelled(e)) return { items: [] };
        throw e;
      });
      let doc = documents.get(uri);
      if (!result || !config || !doc || doc.version !== result.version) return [];
      // A big draft's whole fix-all (the fix-all command asks for it by kind) runs in the worker.
      const text = doc.getText();
      const fixAllAsked = params.context.only?.some((k) => FIX_ALL_KIND === k || FIX_ALL_KIND.startsWith(`${k}.`)) === true;
      const fixedAll = fixAllAsked && checker.inBackground(text) ? await checker.fixAllResultAsync(text, config.config) : undefined;
      doc = documents.get(uri);
      if (!doc || doc.version !== result.version) return [];
      return buildCodeActions({
        doc,
        findings: result.findings,
        params,
        locale: config.config.locale,
        fixAll: (rules) => (!rules && fixedAll ? fixedAll : checker.fixAllResult(text, config.config, rules)),
        documentChanges: support.documentChanges,
        resolvesEdits: support.resolvesEdits,
        ...(fillSlotCommand ? { fillSlotCommand } : {}),
        ...(selectCommand ? { selectCommand } : {}),
      });
    }),
  );

  connection.onCodeActionResolve(
    guard('codeAction/resolve', async (action: CodeAction) => {
      if (!isFixAllData(action?.data)) return action;
      const doc = documents.get(action.data.uri);
      if (!doc || doc.version !== action.data.version) return action;
      const config = await configs.forDocument(doc);
      if (!config.checked) return action;
      // A big draft's fix-all runs in the worker thread.
      const fixed = await checker.fixAllResultAsync(doc.getText(), config.config, action.data.rules);
      return resolveFixAll(action, { doc, documentChanges: support.documentChanges, fixAll: () => fixed }, action.data);
    }),
  );

  connection.onExecuteCommand(
    guard('workspace/executeCommand', async (params) => {
      const args: unknown[] = Array.isArray(params?.arguments) ? params.arguments : [];
      const locale = await localeOf(args.find((a): a is string => typeof a === 'string' && documents.get(a) !== undefined));
      let rcPath: string | undefined;
      let change: RcChange;
      let what: string;
      try {
        if (params?.command === COMMAND_IGNORE_WORD) {
          const [word, uri] = args;
          if (typeof word !== 'string' || word.trim() === '') {
            throw new ResponseError(ErrorCodes.InvalidParams, `${COMMAND_IGNORE_WORD} needs [word, uri?]`);
          }
          rcPath = rcPathFor(typeof uri === 'string' ? uriToPath(uri) : undefined, workspaceFolders);
          if (!rcPath) throw new ResponseError(ErrorCodes.InvalidRequest, message('noWorkspace', locale));
          refuseOutside(rcPath, locale);
          change = addIgnoredWord(rcPath, word.trim());
          what = message('rcIgnored', locale, { word: quotedWord(word.trim(), locale) });
        } else if (params?.command === COMMAND_DISABLE_RULE_FOR_FILE) {
          const [uri, rule] = args;
          const filePath = typeof uri === 'string' ? uriToPath(uri) : undefined;
          if (!filePath || !isKnownRule(rule)) {
            throw new ResponseError(ErrorCodes.InvalidParams, `${COMMAND_DISABLE_RULE_FOR_FILE} needs [file uri, rule id]`);
          }
          rcPath = rcPathFor(filePath, workspaceFolders)!;
          refuseOutside(rcPath, locale);
          change = disableRuleForFile(rcPath, filePath, rule);
          what = message('rcRuleOff', locale, { rule: ruleDescription(rule, locale) });
        } else {
          throw new ResponseError(ErrorCodes.InvalidParams, `unknown command ${String(params?.command)}`);
        }
      } catch (e) {
        if (e instanceof ConfigError) {
          void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message: e.message });
          throw new ResponseError(ErrorCodes.InvalidRequest, e.message);
        }
        throw e;
      }
      connection.console.log(`Updated ${rcPath}`);
      configs.invalidate();
      refreshAll();
      offerUndo(change, what, locale);
      return { rcPath };
    }),
  );

  /**
   * A command writes an rc file only inside a workspace folder of this session or in the
   * folder of an open document: a request naming any other path is refused.
   */
  function refuseOutside(rcPath: string, locale: Locale): void {
    const dir = path.resolve(path.dirname(rcPath));
    const inside = (folder: string) => {
      const rel = path.relative(path.resolve(folder), dir);
      return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
    };
    if (workspaceFolders.some(inside)) return;
    for (const d of documents.all()) {
      const file = uriToPath(d.uri);
      if (file && path.resolve(path.dirname(file)) === dir) return;
    }
    throw new ResponseError(ErrorCodes.InvalidRequest, message('outsideWorkspace', locale, { file: rcPath }));
  }

  /** The message language of an open document's configuration (speechcheck.locale), else the client's. */
  async function localeOf(uri: string | undefined): Promise<Locale> {
    const doc = uri ? documents.get(uri) : undefined;
    return doc ? (await configs.forDocument(doc)).config.locale : configs.noticeLocale;
  }

  /** Says which file a command wrote, with 撤销 (any LSP client can show the choice). */
  function offerUndo(change: RcChange, what: string, locale: Locale): void {
    const undo = message('undo', locale);
    connection.window
      .showInformationMessage(message('rcWritten', locale, { file: change.rcPath, what }), { title: undo })
      .then((choice) => {
        if (choice?.title !== undo || !undoRcChange(change)) return;
        connection.console.log(`Undid the change to ${change.rcPath}`);
        void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: message('undone', locale, { file: change.rcPath }) });
        configs.invalidate();
        refreshAll();
      })
      .catch(() => undefined);
  }

  // --- hover, outline, report ----------------------------------------------------------

  connection.onHover(
    guard('textDocument/hover', async (params) => {
      const uri = requireUri(params);
      if (!isPosition(params.position)) throw new ResponseError(ErrorCodes.InvalidParams, 'hover needs a position');
      const doc = documents.get(uri);
      if (!doc) return null;
      const config = await configs.forDocument(doc);
      if (!config.checked) return null;
      // The formulations the shown findings came from, not a second analysis with other settings
      // (none while a big draft's check runs: the canon's entries still show).
      const formulations = checker.ready(doc, config.config, config.key)?.analyses.formulations ?? [];
      return formulationHover(doc, doc.offsetAt(params.position), config.config, formulations);
    }),
  );

  /** The outline is for speech drafts (and Chinese plain text), not Markdown, which has its own. */
  async function outlineDocument(uri: string): Promise<TextDocument | undefined> {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    const settings = await configs.settingsFor(uri);
    if (!settings.enable) return undefined;
    if (settings.languages.includes(doc.languageId)) return doc;
    const plain = doc.languageId === 'plaintext' || doc.languageId === 'text';
    return plain && settings.checkMostlyChinese && isMostlyChinese(doc.getText()) ? doc : undefined;
  }

  /** The outline of the document's check when it is at hand (else symbols build their own). */
  async function checkedOutline(doc: TextDocument) {
    const config = await configs.forDocument(doc);
    return config.checked ? await checker.outline(doc, config.config, config.key) : undefined;
  }

  connection.onDocumentSymbol(
    guard('textDocument/documentSymbol', async (params) => {
      const doc = await outlineDocument(requireUri(params));
      if (!doc) return [];
      const outline = await checkedOutline(doc);
      return support.hierarchicalSymbols ? documentSymbols(doc, outline) : flatSymbols(doc, outline);
    }),
  );

  connection.onFoldingRanges(
    guard('textDocument/foldingRange', async (params) => {
      const doc = await outlineDocument(requireUri(params));
      return doc ? foldingRanges(doc, await checkedOutline(doc)) : [];
    }),
  );

  connection.onRequest(
    REPORT_REQUEST,
    guard(REPORT_REQUEST, async (params: { uri?: unknown } | undefined) => {
      const uri = params?.uri;
      if (typeof uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, `${REPORT_REQUEST} needs {uri}`);
      let doc = documents.get(uri);
      if (!doc) {
        const filePath = uriToPath(uri);
        if (!filePath || !fs.existsSync(filePath)) {
          throw new ResponseError(ErrorCodes.InvalidParams, `${uri} is neither open nor a readable file`);
        }
        doc = TextDocument.create(uri, 'speech-draft', 0, fs.readFileSync(filePath, 'utf8'));
      }
      const config = await configs.forDocument(doc);
      const text = doc.getText();
      // A report is asked for once, not per keystroke: it waits for segmentation.
      if (text.length <= SEGMENTATION_LIMIT) await checker.scheduleSegmenterLoad(0);
      return checker.reportAsync(text, config.config);
    }),
  );

  documents.listen(connection);

  /** Handler errors become LSP errors (and a log line); they never take the server down. */
  function guard<P, R>(name: string, handler: (params: P, token: CancellationToken) => Promise<R>) {
    return async (params: P, token: CancellationToken): Promise<R> => {
      try {
        return await handler(params, token);
      } catch (e) {
        if (e instanceof ResponseError) throw e;
        logger.error(`${name} failed: ${describe(e, true)}`);
        throw new ResponseError(ErrorCodes.InternalError, `${name} failed: ${describe(e)}`);
      }
    };
  }
}

/** `initializationOptions.clientCommands[name]`: a command the client itself runs. */
function clientCommandOf(options: unknown, name: string): string | undefined {
  const commands = (options as { clientCommands?: Record<string, unknown> } | undefined)?.clientCommands;
  const id = commands && typeof commands === 'object' ? commands[name] : undefined;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

function ruleDescription(rule: string, locale: Locale): string {
  const meta = ruleById(rule as RuleId);
  return meta ? pick(meta.description, locale) : rule;
}

function requireUri(params: unknown): string {
  const uri = (params as { textDocument?: { uri?: unknown } } | undefined)?.textDocument?.uri;
  if (typeof uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'textDocument.uri is missing');
  return uri;
}

function isPosition(p: unknown): p is { line: number; character: number } {
  const q = p as { line?: unknown; character?: unknown } | undefined;
  return !!q && Number.isInteger(q.line) && Number.isInteger(q.character) && (q.line as number) >= 0 && (q.character as number) >= 0;
}

function isRange(r: unknown): boolean {
  const q = r as { start?: unknown; end?: unknown } | undefined;
  return !!q && isPosition(q.start) && isPosition(q.end);
}
