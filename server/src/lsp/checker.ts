/**
 * Runs the engine for open documents: one cached result per document version and
 * configuration, a first pass without nodejieba, and the full pass once it has loaded.
 * Drafts past `BACKGROUND_LIMIT` are checked in a worker thread (background.ts), so the
 * server keeps answering meanwhile; a check superseded by a newer version is cancelled or
 * its result dropped, and whoever waited for it gets the newer one.
 * A rule that throws is skipped by the engine for that check and logged here once.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analyses } from '../engine/analyses';
import type { NormalizedConfig } from '../engine/model/config';
import { describeError, Engine, needsSegmenter, type CheckResult as EngineResult, type RuleFailure, type SegmentationMode } from '../engine/engine';
import { fixAllSync, type FixAllResult } from '../engine/fix/fix';
import type { OutlineItem } from '../engine/analysis/outline';
import { report, type ConsistencyReport } from '../engine/report/report';
import { getLoadedSegmenter, getSegmenterInfo, loadSegmenter, type Segmenter } from '../engine/analysis/segment';
import type { SegmenterNotice } from '../protocol';
import type { Finding, RuleId } from '../engine/model/types';
import { BackgroundChecks, JobCancelled, type Job, type WorkerFailure } from './background';
import { WARM_UP_DRAFT } from './warm-up';

/**
 * Beyond this many UTF-16 units segmentation is skipped: its rules would cost seconds on
 * every keystroke. Rules that merely use a segmenter when there is one still run.
 */
export const SEGMENTATION_LIMIT = 300_000;

/**
 * Beyond this many UTF-16 units a draft is checked in the worker thread: a check costs
 * hundreds of milliseconds and more, which the server's own thread must not block on. Not
 * below the segmentation limit: the worker runs without a segmenter (nodejieba is a native
 * module loaded once, on the server's thread). Only past 2,000,000 for now: while the writer types
 * faster than a check, each version cancels the running one, and nothing is published until a pause.
 */
export const BACKGROUND_LIMIT = Math.max(SEGMENTATION_LIMIT, 2_000_000);

export interface Logger {
  log(message: string): void;
  error(message: string): void;
}

export interface CheckResult {
  uri: string;
  version: number;
  configKey: string;
  /** Whether segmentation-dependent rules ran (or none are enabled). */
  complete: boolean;
  findings: Finding[];
  /** What computing this result cost, in milliseconds. */
  costMs: number;
  /** The analyses behind the findings, for hover and the outline. */
  analyses: Pick<Analyses, 'formulations' | 'outline'>;
}

/** A background check under way for one document. */
interface Pending {
  version: number;
  configKey: string;
  job: Job<unknown>;
  /** Resolves with this check's result, or the result of the check that superseded it. */
  promise: Promise<CheckResult>;
  /** Resolves with the draft's outline, which the worker sends ahead of the result (or the successor's). */
  outline: Promise<OutlineItem[]>;
  successor?: Pending;
}

export interface CheckerOptions {
  /** Where drafts past BACKGROUND_LIMIT are checked; default: the worker beside this bundle, if built (else on this thread). */
  background?: BackgroundChecks | null;
}

/** Whether `e` says a check was cancelled (its document closed), not that it failed. */
export function isCancelled(e: unknown): boolean {
  return e instanceof JobCancelled;
}

/** Segmentation for a document: none beyond the size limit (and, until it loads, none anyway). */
export function segmentationFor(text: string): SegmentationMode {
  return text.length > SEGMENTATION_LIMIT ? 'off' : 'auto';
}

export class Checker {
  /** The server's engine: its word overlays and caches serve every workspace folder's configuration apart. */
  readonly engine = new Engine({ onRuleError: (f) => this.ruleFailed(f), lazyFixes: true });
  private readonly results = new Map<string, CheckResult>();
  private readonly loggedFailures = new Set<string>();
  private checking: string | undefined;
  private readonly loggedLarge = new Set<string>();
  private readonly background: BackgroundChecks | undefined;
  private readonly pending = new Map<string, Pending>();
  /** What the last check of each document cost (ms): whether a superseded one is worth ending. */
  private readonly lastCost = new Map<string, number>();
  private segmenterState: 'idle' | 'scheduled' | 'loading' | 'ready' | 'failed' = getLoadedSegmenter() ? 'ready' : 'idle';
  private segmenterPromise: Promise<Segmenter | undefined> | undefined = getLoadedSegmenter()
    ? Promise.resolve(getLoadedSegmenter())
    : undefined;

  constructor(
    private readonly logger: Logger,
    /** Called once a segmenter has loaded, so results can be completed. */
    private readonly onSegmenterReady: () => void,
    /** Called once the segmenter is chosen, or neither loads (shown to the user). */
    private readonly onSegmenterChosen: (notice: SegmenterNotice) => void = () => undefined,
    options: CheckerOptions = {},
  ) {
    if (options.background !== undefined) this.background = options.background ?? undefined;
    else {
      const script = BackgroundChecks.scriptIn(__dirname);
      if (script) this.background = new BackgroundChecks(script, (m) => this.logger.log(m));
    }
  }

  /** Whether a check of `text` runs in the worker thread. */
  inBackground(text: string): boolean {
    return this.background !== undefined && text.length > BACKGROUND_LIMIT;
  }

  /**
   * The findings for this document version, if they are at hand without waiting: cached,
   * or computed now when the draft is small enough to check on this thread. Undefined while
   * a big draft's check runs in the background.
   */
  ready(doc: TextDocument, config: NormalizedConfig, configKey: string): CheckResult | undefined {
    const cached = this.cached(doc, configKey);
    if (cached) return cached;
    return this.inBackground(doc.getText()) ? undefined : this.check(doc, config, configKey);
  }

  /**
   * The findings for this document version: big drafts are checked in the worker thread.
   * A check of an older version or another configuration of the document is superseded:
   * ended when what it has left costs more than starting a worker, else left to finish
   * and dropped. Either way its waiters get this check's result, never a stale one.
   */
  checkAsync(doc: TextDocument, config: NormalizedConfig, configKey: string): Promise<CheckResult> {
    const cached = this.cached(doc, configKey);
    if (cached) return Promise.resolve(cached);
    const text = doc.getText();
    const uri = doc.uri;
    const old = this.pending.get(uri);
    if (!this.background || !this.inBackground(text)) {
      // Cut below the limit while a background check ran: that one is superseded.
      if (old) {
        this.pending.delete(uri);
        old.job.cancel();
      }
      return Promise.resolve(this.check(doc, config, configKey));
    }
    if (old && old.version === doc.version && old.configKey === configKey) return old.promise;
    this.logLarge(uri, text);
    let outlineArrived!: (outline: OutlineItem[] | Promise<OutlineItem[]>) => void;
    const outline = new Promise<OutlineItem[]>((resolve) => (outlineArrived = resolve));
    const job = this.background.run({ kind: 'check', text, config }, (partial) => outlineArrived(partial.outline));
    const version = doc.version;
    const chars = text.length; // not the text: a superseded check is referenced until its successors settle
    const entry: Pending = {
      version,
      configKey,
      job,
      outline,
      promise: job.promise.then(
        (reply): CheckResult | Promise<CheckResult> => {
          if (entry.successor) return entry.successor.promise;
          if (this.pending.get(uri) === entry) this.pending.delete(uri);
          this.logFailures(reply.failures, uri);
          if (reply.ms > 500) this.logger.log(`${uri}: checked ${chars} characters in ${Math.round(reply.ms)} ms (in the background)`);
          const result: CheckResult = {
            uri,
            version,
            configKey,
            complete: true,
            findings: reply.findings,
            costMs: Math.max(1, Math.round(reply.ms)),
            analyses: { formulations: reply.formulations, outline: reply.outline },
          };
          this.lastCost.set(uri, result.costMs);
          this.keep(result);
          return result;
        },
        (e: unknown): CheckResult | Promise<CheckResult> => {
          if (entry.successor) return entry.successor.promise;
          if (this.pending.get(uri) === entry) this.pending.delete(uri);
          if (e instanceof JobCancelled) throw e;
          // The worker died (out of memory, a crash): no findings for this version, the server lives on.
          this.logger.error(`Checking ${uri} failed: ${describe(e, true)}`);
          const none = this.engine.checkSync('', config, 'off');
          const result: CheckResult = { uri, version, configKey, complete: true, findings: [], costMs: 1, analyses: none.analyses };
          this.keep(result);
          return result;
        },
      ),
    };
    // Whatever ends the check settles its outline: the result's, the successor's, or none.
    entry.promise.then(
      (r) => outlineArrived(r.analyses.outline),
      () => outlineArrived(entry.successor ? entry.successor.outline : []),
    );
    if (old) {
      old.successor = entry;
      const startedAt = old.job.startedAt;
      const left = startedAt === undefined ? Infinity : (this.lastCost.get(uri) ?? Infinity) - (Date.now() - startedAt);
      if (left > this.background.startupMs) old.job.cancel();
    }
    this.pending.set(uri, entry);
    return entry.promise;
  }

  /**
   * The outline of this document version: its check's; for a big draft being checked in the
   * background, the outline the worker sends ahead of the check's result (within a second or
   * two of its start, while this thread stays free).
   */
  async outline(doc: TextDocument, config: NormalizedConfig, configKey: string): Promise<OutlineItem[]> {
    const ready = this.ready(doc, config, configKey);
    if (ready) return ready.analyses.outline;
    const checking = this.checkAsync(doc, config, configKey);
    checking.catch(() => undefined);
    const pending = this.pending.get(doc.uri);
    if (pending && pending.version === doc.version) return pending.outline;
    try {
      return (await checking).analyses.outline;
    } catch {
      // The document closed meanwhile.
      return [];
    }
  }

  /** Safe fixes applied until stable, in the worker for a big draft. */
  async fixAllResultAsync(text: string, config: NormalizedConfig, rules?: RuleId[]): Promise<FixAllResult> {
    if (!this.background || !this.inBackground(text)) return this.fixAllResult(text, config, rules);
    const reply = await this.background.run({ kind: 'fixAll', text, config, ...(rules ? { rules } : {}) }).promise;
    this.logFailures(reply.failures, 'fix-all');
    return { text: reply.text, edits: reply.edits, passes: 0, applied: reply.edits.length };
  }

  /** The consistency report of a full check (segmented when the draft is not too long), in the worker for a big draft. */
  async reportAsync(text: string, config: NormalizedConfig): Promise<ConsistencyReport> {
    if (!this.background || !this.inBackground(text)) return report(this.engine.checkSync(text, config, segmentationFor(text)));
    const reply = await this.background.run({ kind: 'report', text, config }).promise;
    this.logFailures(reply.failures, 'report');
    return reply.report;
  }

  /** Ends the worker (the server is shutting down). */
  dispose(): void {
    this.background?.dispose();
  }

  /** Caches a background result unless a newer version's is there already (or the document closed). */
  private keep(result: CheckResult): void {
    const have = this.results.get(result.uri);
    if (have && have.version > result.version) return;
    this.results.set(result.uri, result);
  }

  private cached(doc: TextDocument, configKey: string): CheckResult | undefined {
    const cached = this.results.get(doc.uri);
    if (cached && cached.version === doc.version && cached.configKey === configKey && (cached.complete || !this.canComplete(doc))) {
      return cached;
    }
    return undefined;
  }

  private logLarge(uri: string, text: string): void {
    if (text.length > SEGMENTATION_LIMIT && !this.loggedLarge.has(uri)) {
      this.loggedLarge.add(uri);
      this.logger.log(
        `${uri}: ${text.length} characters, over ${SEGMENTATION_LIMIT}; rules that need word segmentation are skipped for this document.`,
      );
    }
  }

  private logFailures(failures: readonly WorkerFailure[], where: string): void {
    for (const f of failures) {
      const error = new Error(f.message);
      if (f.stack) error.stack = f.stack;
      const saved = this.checking;
      this.checking = where;
      this.ruleFailed({ rule: f.rule as RuleFailure['rule'], error });
      this.checking = saved;
    }
  }

  /** The findings for this document version under this configuration, computed at most once. */
  check(doc: TextDocument, config: NormalizedConfig, configKey: string): CheckResult {
    const cached = this.cached(doc, configKey);
    if (cached) return cached;
    const text = doc.getText();
    this.logLarge(doc.uri, text);
    const started = Date.now();
    const checked = this.safeCheck(text, config, doc.uri);
    const elapsed = Date.now() - started;
    if (elapsed > 500) this.logger.log(`${doc.uri}: checked ${text.length} characters in ${elapsed} ms`);
    const complete = checked.segmented || text.length > SEGMENTATION_LIMIT || !needsSegmenter(config);
    const result: CheckResult = { uri: doc.uri, version: doc.version, configKey, complete, findings: checked.findings, analyses: checked.analyses, costMs: Math.max(1, elapsed) };
    this.results.set(doc.uri, result);
    this.lastCost.set(doc.uri, result.costMs);
    return result;
  }

  /** Safe fixes of `rules` (or all) applied until stable, with the segmentation a check would use. */
  fixAll(text: string, config: NormalizedConfig, rules?: RuleId[]): string {
    return this.fixAllResult(text, config, rules).text;
  }

  /** The same, with the change as edits of `text` (no diff of the two texts needed). */
  fixAllResult(text: string, config: NormalizedConfig, rules?: RuleId[]): FixAllResult {
    return fixAllSync(text, config, { engine: this.engine, ...(rules ? { rules } : {}) }, segmentationFor(text));
  }

  /**
   * Runs every rule once on a small draft so their lazily built tables exist before the
   * first real document arrives (the first check of a rule can cost ten times a later one).
   */
  warmUp(): void {
    try {
      this.engine.checkSync(WARM_UP_DRAFT, { today: new Date(2024, 2, 15) }, 'off');
    } catch {
      // A failing rule is reported when a real document is checked.
    }
  }

  forget(uri: string): void {
    this.results.delete(uri);
    this.loggedLarge.delete(uri);
    this.lastCost.delete(uri);
    const pending = this.pending.get(uri);
    this.pending.delete(uri);
    pending?.job.cancel();
  }

  /**
   * Loads nodejieba soon, after whatever answers are being written now have gone out:
   * the load is synchronous native work (~0.4 s) that would otherwise delay them.
   */
  scheduleSegmenterLoad(delayMs = 30): Promise<Segmenter | undefined> {
    if (this.segmenterPromise) return this.segmenterPromise;
    this.segmenterState = 'scheduled';
    this.segmenterPromise = new Promise<Segmenter | undefined>((resolve) => {
      setTimeout(() => {
        this.segmenterState = 'loading';
        const started = Date.now();
        loadSegmenter().then(
          (segmenter) => {
            this.segmenterState = 'ready';
            const info = getSegmenterInfo();
            const name = info?.name ?? 'jieba-js';
            this.logger.log(
              `Segmenter: ${name}, loaded in ${Date.now() - started} ms` +
                (info?.fallbackReason ? ` (jieba-js not used: ${info.fallbackReason})` : '') +
                '; completing results.',
            );
            resolve(segmenter);
            this.onSegmenterChosen({
              name,
              loadMs: info?.loadMs ?? Date.now() - started,
              ...(info?.fallbackReason ? { fallbackReason: info.fallbackReason } : {}),
            });
            this.onSegmenterReady();
          },
          (e: unknown) => {
            this.segmenterState = 'failed';
            this.logger.error(`No segmenter loaded (jieba-js, nodejieba nor jieba-wasm); rules that need word segmentation stay off: ${describe(e)}`);
            this.onSegmenterChosen({ name: null, error: describe(e) });
            resolve(undefined);
          },
        );
      }, delayMs);
    });
    return this.segmenterPromise;
  }

  /** Whether a later check could add segmentation-dependent findings. */
  canComplete(doc: TextDocument): boolean {
    return this.segmenterState === 'ready' && doc.getText().length <= SEGMENTATION_LIMIT;
  }

  private safeCheck(text: string, config: NormalizedConfig, uri: string): EngineResult {
    this.checking = uri;
    try {
      return this.engine.checkSync(text, config, segmentationFor(text));
    } catch (e) {
      // Not a rule (those the engine isolates): the document, the configuration or the engine itself.
      this.logger.error(`Checking ${uri} failed: ${describe(e, true)}`);
      return this.engine.checkSync('', config, 'off');
    } finally {
      this.checking = undefined;
    }
  }

  private ruleFailed({ rule, error }: RuleFailure): void {
    const key = `${rule}:${describe(error)}`;
    if (this.loggedFailures.has(key)) return;
    this.loggedFailures.add(key);
    const where = this.checking ? ` on ${this.checking}` : '';
    this.logger.error(`Rule ${rule} failed${where} and is skipped for this check: ${describe(error, true)}`);
  }
}

export const describe = describeError;
