/**
 * Runs the engine for open documents: one cached result per document version and
 * configuration, a first pass without nodejieba, and the full pass once it has loaded.
 * A rule that throws is skipped by the engine for that check and logged here once.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { NormalizedConfig } from '../engine/model/config';
import { describeError, Engine, needsSegmenter, type CheckResult as EngineResult, type RuleFailure, type SegmentationMode } from '../engine/engine';
import { fixAllSync, type FixAllResult } from '../engine/fix/fix';
import { getLoadedSegmenter, getSegmenterInfo, loadSegmenter, type Segmenter } from '../engine/analysis/segment';
import type { SegmenterNotice } from '../protocol';
import type { Finding, RuleId } from '../engine/model/types';

/**
 * Beyond this many UTF-16 units segmentation is skipped: its rules would cost seconds on
 * every keystroke. Rules that merely use a segmenter when there is one still run.
 */
export const SEGMENTATION_LIMIT = 300_000;

const WARM_UP_DRAFT = [
  '在全市工作会议上的讲话',
  '（2024年3月9日）',
  '同志们：',
  '今年以来，我们坚持“稳中求进”，全年增长X%，于2024-03-09召开会议,共有三点意见。',
  '一、提高认识',
  '（一）抓好落实。一是加强领导，二是压实责任。',
].join('\n');

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
  /** The engine's result: the analyses behind the findings, for hover, outline and report. */
  result: EngineResult;
}

/** Segmentation for a document: none beyond the size limit (and, until it loads, none anyway). */
export function segmentationFor(text: string): SegmentationMode {
  return text.length > SEGMENTATION_LIMIT ? 'off' : 'auto';
}

export class Checker {
  /** The server's engine: its word overlays and caches serve every workspace folder's configuration apart. */
  readonly engine = new Engine({ onRuleError: (f) => this.ruleFailed(f) });
  private readonly results = new Map<string, CheckResult>();
  private readonly loggedFailures = new Set<string>();
  private checking: string | undefined;
  private readonly loggedLarge = new Set<string>();
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
  ) {}

  /** The findings for this document version under this configuration, computed at most once. */
  check(doc: TextDocument, config: NormalizedConfig, configKey: string): CheckResult {
    const cached = this.results.get(doc.uri);
    if (cached && cached.version === doc.version && cached.configKey === configKey && (cached.complete || !this.canComplete(doc))) {
      return cached;
    }
    const text = doc.getText();
    if (text.length > SEGMENTATION_LIMIT && !this.loggedLarge.has(doc.uri)) {
      this.loggedLarge.add(doc.uri);
      this.logger.log(
        `${doc.uri}: ${text.length} characters, over ${SEGMENTATION_LIMIT}; rules that need word segmentation are skipped for this document.`,
      );
    }
    const started = Date.now();
    const checked = this.safeCheck(text, config, doc.uri);
    const elapsed = Date.now() - started;
    if (elapsed > 500) this.logger.log(`${doc.uri}: checked ${text.length} characters in ${elapsed} ms`);
    const complete = checked.segmented || text.length > SEGMENTATION_LIMIT || !needsSegmenter(config);
    const result: CheckResult = { uri: doc.uri, version: doc.version, configKey, complete, findings: checked.findings, result: checked, costMs: Math.max(1, elapsed) };
    this.results.set(doc.uri, result);
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
            const name = info?.name ?? 'nodejieba';
            this.logger.log(
              `Segmenter: ${name}, loaded in ${Date.now() - started} ms` +
                (info?.fallbackReason ? ` (nodejieba not used: ${info.fallbackReason})` : '') +
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
            this.logger.error(`No segmenter loaded (nodejieba nor jieba-wasm); rules that need word segmentation stay off: ${describe(e)}`);
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
