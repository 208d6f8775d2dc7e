/**
 * Diagnostics, pushed (`publishDiagnostics`, paced while the writer types) or pulled
 * (`textDocument/diagnostic`, answered once the pacer says the typing has paused). Both go
 * through `diagnose`, which checks the document at most once per version and configuration.
 */
import { LSPErrorCodes, ResponseError, type CancellationToken, type Diagnostic, type DocumentDiagnosticReport } from 'vscode-languageserver';
import { summarizeFindings } from '../../engine/summarize';
import { editCount } from '../../engine/util/lazy-edits';
import { diagnosticResultId, uncheckedResultId } from '../../protocol';
import { describe, isCancelled, type CheckResult } from '../checker';
import type { DocumentConfig } from '../config';
import { toDiagnostics } from '../convert';
import { EditPacer } from '../pacer';
import { requireUri, type Session } from '../session';

/** A document's check: none when it is closed or not checked (`config.checked` says which). */
export interface Diagnosis {
  result?: CheckResult;
  config?: DocumentConfig;
  items: Diagnostic[];
}

export class DiagnosticsHandler {
  private readonly diagnosticsOf = new WeakMap<CheckResult, Diagnostic[]>();
  private readonly safeFixesOf = new WeakMap<CheckResult, Map<string, number>>();
  private readonly pacer = new EditPacer();
  private readonly justOpened = new Set<string>();
  private readonly pushTimers = new Map<string, NodeJS.Timeout>();

  constructor(private readonly session: Session) {}

  register(): void {
    const { documents, connection } = this.session;
    documents.onDidOpen((e) => this.justOpened.add(e.document.uri));
    documents.onDidChangeContent((e) => {
      const uri = e.document.uri;
      const opening = this.justOpened.delete(uri);
      const now = Date.now();
      if (!opening) this.pacer.edited(uri, now);
      if (!this.session.support.pullDiagnostics) this.schedulePush(uri, opening ? 0 : this.pacer.wait(uri, now));
    });
    documents.onDidClose((e) => this.closed(e.document.uri));
    connection.languages.diagnostics.on(this.session.guard('textDocument/diagnostic', (params, token) => this.pull(requireUri(params), params.previousResultId, token)));
  }

  /** Results may differ now (configuration, nodejieba loaded): have clients fetch them again. */
  refreshAll(): void {
    const { support, connection, documents } = this.session;
    if (support.pullDiagnostics) {
      if (support.diagnosticRefresh) connection.languages.diagnostics.refresh().catch(() => undefined);
      return;
    }
    for (const doc of documents.all()) this.schedulePush(doc.uri, 0);
  }

  /** The document's current check and its diagnostics, as published. */
  async diagnose(uri: string): Promise<Diagnosis> {
    const { documents, configs, checker } = this.session;
    const opened = documents.get(uri);
    if (!opened) return { items: [] };
    const config = await configs.forDocument(opened);
    const doc = documents.get(uri);
    if (!doc || !config.checked) return { config, items: [] };
    const started = Date.now();
    // Big drafts are checked in the worker thread: other requests are answered meanwhile.
    const result = await checker.checkAsync(doc, config.config, config.key);
    // The pacer learns what a check of this document costs and which edits it covered.
    this.pacer.checked(uri, started, Date.now(), result.costMs);
    // First answers without nodejieba; load it only once they have gone out.
    if (!result.complete) void checker.scheduleSegmenterLoad();
    let items = this.diagnosticsOf.get(result);
    if (!items) {
      // A pathological draft: the first findings of each rule and a count of the rest.
      items = toDiagnostics(doc, summarizeFindings(result.findings, config.config.locale));
      this.diagnosticsOf.set(result, items);
    }
    return { result, config, items };
  }

  /** How many findings of each rule of a check have a safe fix. */
  safeFixes(result: CheckResult): Map<string, number> {
    let counts = this.safeFixesOf.get(result);
    if (!counts) {
      counts = new Map();
      for (const f of result.findings) {
        if (f.fixes[0]?.safe === true && editCount(f.fixes[0]) > 0) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
      }
      this.safeFixesOf.set(result, counts);
    }
    return counts;
  }

  private closed(uri: string): void {
    clearTimeout(this.pushTimers.get(uri));
    this.pushTimers.delete(uri);
    this.pacer.forget(uri);
    this.justOpened.delete(uri);
    this.session.checker.forget(uri);
    this.session.configs.forget(uri);
    if (!this.session.support.pullDiagnostics) void this.session.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private schedulePush(uri: string, delay: number): void {
    clearTimeout(this.pushTimers.get(uri));
    this.pushTimers.set(
      uri,
      setTimeout(() => {
        this.pushTimers.delete(uri);
        void this.publish(uri);
      }, delay),
    );
  }

  private async publish(uri: string): Promise<void> {
    const { documents, connection, logger } = this.session;
    try {
      const version = documents.get(uri)?.version;
      if (version === undefined) return;
      const { items } = await this.diagnose(uri);
      // A newer version arrived while settings were fetched: its own push will follow.
      if (documents.get(uri)?.version !== version) return;
      await connection.sendDiagnostics({ uri, version, diagnostics: items });
    } catch (e) {
      // The document closed while its check ran.
      if (isCancelled(e)) return;
      logger.error(`Publishing diagnostics for ${uri} failed: ${describe(e, true)}`);
    }
  }

  private async pull(uri: string, previousResultId: string | undefined, token: CancellationToken): Promise<DocumentDiagnosticReport> {
    await this.settle(uri, token);
    const { result, config, items } = await this.diagnose(uri).catch((e: unknown) => {
      throw isCancelled(e) ? new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled') : e;
    });
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    // The document changed while it was checked: the client asks again for the new version.
    if (result && this.session.documents.get(uri)?.version !== result.version) {
      throw new ResponseError(LSPErrorCodes.ServerCancelled, 'document changed', { retriggerRequest: true });
    }
    const resultId = result
      ? diagnosticResultId(result.version, result.configKey, result.complete)
      : uncheckedResultId(this.session.documents.get(uri)?.version, config?.key);
    if (previousResultId === resultId) return { kind: 'unchanged', resultId };
    return { kind: 'full', resultId, items };
  }

  /** Waits as long as the pacer says (pull mode): at once after a pause, bounded while typing. */
  private async settle(uri: string, token: CancellationToken): Promise<void> {
    for (;;) {
      if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
      const wait = this.pacer.wait(uri, Date.now());
      if (wait <= 0) return;
      await new Promise((r) => setTimeout(r, wait));
    }
  }
}
