/**
 * Runs the engine for open documents: one cached result per document version and
 * configuration, a first pass without nodejieba, and the full pass once it has loaded.
 * A rule that throws is isolated and switched off for that check, never fatal.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { checkSync, needsSegmenter, RULE_IDS } from '../engine/check';
import type { NormalizedConfig } from '../engine/config';
import { fixAllSync, type FixAllResult } from '../engine/fix';
import { getLoadedSegmenter, getSegmenterInfo, loadSegmenter, type Segmenter } from '../engine/segment';
import type { SegmenterNotice } from '../protocol';
import type { Finding, RuleId } from '../engine/types';

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
}

/**
 * "No segmenter, even if nodejieba is loaded". The engine's `checkSync` and `report` default
 * an `undefined` segmenter to the loaded one, but treat any falsy value as none.
 */
export const NO_SEGMENTER = null as unknown as undefined;

/** The segmenter a document may use now: none beyond the size limit or before nodejieba has loaded. */
export function segmenterFor(text: string): Segmenter | undefined {
  return text.length > SEGMENTATION_LIMIT ? NO_SEGMENTER : (getLoadedSegmenter() ?? NO_SEGMENTER);
}

export class Checker {
  private readonly results = new Map<string, CheckResult>();
  private readonly loggedFailures = new Set<string>();
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
    const segmenter = segmenterFor(text);
    if (text.length > SEGMENTATION_LIMIT && !this.loggedLarge.has(doc.uri)) {
      this.loggedLarge.add(doc.uri);
      this.logger.log(
        `${doc.uri}: ${text.length} characters, over ${SEGMENTATION_LIMIT}; rules that need word segmentation are skipped for this document.`,
      );
    }
    const started = Date.now();
    const findings = this.safeCheck(text, config, segmenter, doc.uri);
    const elapsed = Date.now() - started;
    if (elapsed > 500) this.logger.log(`${doc.uri}: checked ${text.length} characters in ${elapsed} ms`);
    const complete = !!segmenter || text.length > SEGMENTATION_LIMIT || !needsSegmenter(config);
    const result: CheckResult = { uri: doc.uri, version: doc.version, configKey, complete, findings };
    this.results.set(doc.uri, result);
    return result;
  }

  /** The last result computed, whatever its version. */
  lastResult(uri: string): CheckResult | undefined {
    return this.results.get(uri);
  }

  /** Safe fixes of `rules` (or all) applied until stable, with the same segmenter a check would use. */
  fixAll(text: string, config: NormalizedConfig, rules?: RuleId[]): string {
    return this.fixAllResult(text, config, rules).text;
  }

  /** The same, with the change as edits of `text` (no diff of the two texts needed). */
  fixAllResult(text: string, config: NormalizedConfig, rules?: RuleId[]): FixAllResult {
    const segmenter = segmenterFor(text);
    const options = rules ? { rules } : {};
    try {
      return fixAllSync(text, config, options, segmenter);
    } catch (e) {
      // A throwing rule: fix with the rules that work.
      const failing = this.failingRules(text, config, segmenter);
      return fixAllSync(text, withRulesOff(config, failing), options, segmenter);
    }
  }

  /**
   * Runs every rule once on a small draft so their lazily built tables exist before the
   * first real document arrives (the first check of a rule can cost ten times a later one).
   */
  warmUp(): void {
    try {
      checkSync(WARM_UP_DRAFT, { today: new Date(2024, 2, 15) }, NO_SEGMENTER);
    } catch {
      // A failing rule is reported when a real document is checked.
    }
  }

  forget(uri: string): void {
    this.results.delete(uri);
    this.loggedLarge.delete(uri);
  }

  clear(): void {
    this.results.clear();
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

  private safeCheck(text: string, config: NormalizedConfig, segmenter: Segmenter | undefined, uri: string): Finding[] {
    try {
      return checkSync(text, config, segmenter);
    } catch (e) {
      const failing = this.failingRules(text, config, segmenter);
      for (const [rule, error] of failing) {
        const key = `${rule}:${describe(error)}`;
        if (this.loggedFailures.has(key)) continue;
        this.loggedFailures.add(key);
        this.logger.error(`Rule ${rule} failed on ${uri} and is skipped for this check: ${describe(error, true)}`);
      }
      if (failing.size === 0) {
        this.logger.error(`Checking ${uri} failed: ${describe(e, true)}`);
        return [];
      }
      try {
        return checkSync(text, withRulesOff(config, failing), segmenter);
      } catch (again) {
        this.logger.error(`Checking ${uri} failed: ${describe(again, true)}`);
        return [];
      }
    }
  }

  /** Runs each enabled rule alone to find the ones that throw. */
  private failingRules(text: string, config: NormalizedConfig, segmenter: Segmenter | undefined): Map<string, unknown> {
    const failing = new Map<string, unknown>();
    for (const id of RULE_IDS) {
      if (config.rules[id as RuleId] === 'off') continue;
      const only = Object.fromEntries(RULE_IDS.map((r) => [r, r === id ? (config.rules[r as RuleId] ?? undefined) : 'off']));
      try {
        checkSync(text, { ...config, rules: stripUndefined(only) }, segmenter);
      } catch (e) {
        failing.set(id, e);
      }
    }
    return failing;
  }
}

function withRulesOff(config: NormalizedConfig, rules: Map<string, unknown>): NormalizedConfig {
  const off = Object.fromEntries([...rules.keys()].map((r) => [r, 'off']));
  return { ...config, rules: { ...config.rules, ...off } };
}

function stripUndefined<T>(o: Record<string, T | undefined>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Record<string, T>;
}

export function describe(e: unknown, withStack = false): string {
  if (e instanceof Error) return withStack && e.stack ? e.stack : `${e.name}: ${e.message}`;
  return String(e);
}
