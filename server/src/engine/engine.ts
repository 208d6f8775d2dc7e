/**
 * The engine: everything a check depends on besides its text and configuration, held in one
 * object so that a result depends on nothing else — the segmenter, the words a configuration
 * adds to it (an overlay per configuration, never inserted into the shared jieba), and the
 * caches, each scoped to what it depends on and bounded. The CLI, the language server and
 * the public `check()` each hold one engine; tests make their own.
 */
import { Analyses } from './analyses';
import { BoundedCache, LINE_CACHE_SIZE, countCheck } from './util/bounded-cache';
import { normalizeConfig, type NormalizedConfig, type SpeechCheckConfig } from './model/config';
import { SpeechDocument } from './analysis/document';
import { RULES } from './rules';
import { runRules, type CacheProvider, type RuleFailure } from './run-rules';
import { getLoadedSegmenter, loadSegmenter, type Segmenter } from './analysis/segment';
import { overlayWords, withWords } from './analysis/segment-overlay';
import type { Finding } from './model/types';

export type { RuleFailure } from './run-rules';

export interface CheckOptions extends SpeechCheckConfig {
  /** "Today", for fixes that insert the current date. */
  today?: Date;
}

/**
 * 'auto': segment with the engine's segmenter when it is loaded (rules that require one are
 * skipped until then); 'off': no segmentation, e.g. for the editor's first pass or a huge
 * draft. A `Segmenter` runs that one (tests comparing segmenters).
 */
export type SegmentationMode = 'auto' | 'off';
/** Also accepts the older spellings: `undefined` for 'auto', `null` for 'off'. */
export type Segmentation = SegmentationMode | Segmenter | null | undefined;

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);

export function resolveConfig(options?: CheckOptions | NormalizedConfig): NormalizedConfig {
  if (options && isNormalized(options)) return options;
  const { today, ...layer } = (options ?? {}) as CheckOptions;
  return normalizeConfig([layer], { knownRules: RULE_IDS, ...(today ? { today } : {}) });
}

function isNormalized(o: CheckOptions | NormalizedConfig): o is NormalizedConfig {
  return o.today instanceof Date && Array.isArray(o.formulations) && typeof o.requireDateLine === 'boolean' && typeof o.locale === 'string' && 'ignoreWords' in o && Array.isArray((o as NormalizedConfig).ignoreWords);
}

/** Whether a full check would run rules that a check without segmentation skips. */
export function needsSegmenter(options?: CheckOptions | NormalizedConfig): boolean {
  const config = resolveConfig(options);
  return RULES.some((r) => r.segmentation && config.rules[r.id] !== 'off');
}

export interface CheckResult {
  text: string;
  config: NormalizedConfig;
  findings: Finding[];
  /** Whether a segmenter ran (segmentation-only rules ran). */
  segmented: boolean;
  /** The analyses the rules used, for the report, hover and outline. */
  analyses: Analyses;
  /** Rules that threw: skipped for this check, the other rules' findings kept. */
  failures: RuleFailure[];
}

export interface EngineOptions {
  /**
   * The segmenter 'auto' uses. Default: the process's jieba once something has loaded it
   * (segment.ts); `check()` loads it.
   */
  segmenter?: Segmenter;
  /** Configurations (word overlays with their caches) kept at once, oldest dropped first. */
  maxScopes?: number;
  /**
   * Draft-wide fixes make their edits when first read (util/lazy-edits.ts): for the editor,
   * which re-checks on every keystroke and reads a fix only when the writer picks it.
   */
  lazyFixes?: boolean;
  /** Told of each rule that throws. Default: one console.error per rule and error message. */
  onRuleError?: (failure: RuleFailure) => void;
}

/** A segmenter with a configuration's words, and the caches whose contents depend on both. */
interface Scope {
  segmenter: Segmenter | undefined;
  caches: Map<string, BoundedCache<unknown>>;
}

const DEFAULT_MAX_SCOPES = 8;

export class Engine {
  private readonly scopes = new Map<string, Scope>();
  private readonly segmenterIds = new WeakMap<Segmenter, number>();
  private readonly reported = new Set<string>();
  private nextSegmenterId = 1;
  /** One copy of each line seen, shared as the key of every per-line cache (SpeechDocument.lineKey). */
  private readonly lineKeys = new BoundedCache<string>(LINE_CACHE_SIZE.entries, LINE_CACHE_SIZE.chars);
  /** The draft checked last: the next check takes over the lines an edit left alone (line-reuse.ts). */
  private previous?: SpeechDocument;

  constructor(private readonly options: EngineOptions = {}) {}

  /** The engine's segmenter if loaded; never loads it. */
  get segmenter(): Segmenter | undefined {
    return this.options.segmenter ?? getLoadedSegmenter();
  }

  /** Loads the engine's segmenter (the process's jieba unless the engine was given one). */
  async loadSegmenter(): Promise<Segmenter> {
    return this.options.segmenter ?? loadSegmenter();
  }

  /** Full check: loads the segmenter first, so every rule runs. */
  async check(text: string, options?: CheckOptions | NormalizedConfig): Promise<CheckResult> {
    const segmenter = await this.loadSegmenter();
    return this.checkSync(text, options, segmenter);
  }

  /** Runs the rules now with the segmentation asked for. */
  checkSync(text: string, options?: CheckOptions | NormalizedConfig, segmentation: Segmentation = 'auto'): CheckResult {
    countCheck();
    const config = resolveConfig(options);
    const base = this.baseSegmenter(segmentation);
    const scope = this.scopeFor(base, config);
    const doc = new SpeechDocument(text, this.lineKeys, this.previous);
    this.previous = doc;
    const cache: CacheProvider = (name, maxEntries, maxChars) => cacheIn(scope, name, maxEntries, maxChars);
    const analyses = new Analyses(doc, config, scope.segmenter, cache);
    const { findings, failures } = runRules(analyses, cache, this.options.lazyFixes === true);
    for (const f of failures) this.ruleFailed(f);
    return { text, config, findings, segmented: scope.segmenter !== undefined, analyses, failures };
  }

  private baseSegmenter(segmentation: Segmentation): Segmenter | undefined {
    if (segmentation === 'off' || segmentation === null) return undefined;
    if (segmentation === 'auto' || segmentation === undefined) return this.segmenter;
    return segmentation;
  }

  /** The scope of this segmenter with this configuration's words, made on first use. */
  private scopeFor(base: Segmenter | undefined, config: NormalizedConfig): Scope {
    const words = base ? overlayWords(base, config.formulations) : [];
    const key = base ? `${this.idOf(base)}\u0000${words.join('\u0000')}` : 'off';
    let scope = this.scopes.get(key);
    if (scope) {
      // Most recently used last: the oldest scope is the first to go.
      this.scopes.delete(key);
    } else {
      scope = { segmenter: base && words.length > 0 ? withWords(base, words) : base, caches: new Map() };
    }
    this.scopes.set(key, scope);
    const max = this.options.maxScopes ?? DEFAULT_MAX_SCOPES;
    for (const k of this.scopes.keys()) {
      if (this.scopes.size <= max) break;
      this.scopes.delete(k);
    }
    return scope;
  }

  private idOf(segmenter: Segmenter): number {
    let id = this.segmenterIds.get(segmenter);
    if (id === undefined) this.segmenterIds.set(segmenter, (id = this.nextSegmenterId++));
    return id;
  }

  private ruleFailed(failure: RuleFailure): void {
    if (this.options.onRuleError) {
      this.options.onRuleError(failure);
      return;
    }
    const key = `${failure.rule}:${describeError(failure.error)}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    console.error(`speechcheck: rule ${failure.rule} failed and was skipped: ${describeError(failure.error, true)}`);
  }
}

function cacheIn<V>(scope: Scope, name: string, maxEntries: number, maxChars: number): BoundedCache<V> {
  let cache = scope.caches.get(name);
  if (!cache) scope.caches.set(name, (cache = new BoundedCache<unknown>(maxEntries, maxChars)));
  return cache as BoundedCache<V>;
}

export function describeError(e: unknown, withStack = false): string {
  if (e instanceof Error) return withStack && e.stack ? e.stack : `${e.name}: ${e.message}`;
  return String(e);
}
