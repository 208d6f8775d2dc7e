/**
 * Per-file configuration (the nearest `.speechcheckrc.json`, or `--config`, with its
 * overrides) and the segmenter, loaded once and only if a rule wants it. A broken
 * nodejieba install degrades to the rules that need no segmentation, with a warning.
 */
import * as path from 'node:path';
import { needsSegmenter } from '../engine/check';
import { ConfigError, normalizeConfig, type NormalizedConfig, type SpeechCheckConfig } from '../engine/model/config';
import { RULE_IDS } from '../engine/check';
import { getSegmenterInfo, loadSegmenterSync, type Segmenter } from '../engine/analysis/segment';
import { findRcFile, overridesFor, readRcFile } from '../rcfile';
import type { Input } from './inputs';
import { msg } from './messages';

export interface ConfigOptions {
  /** `--config`: this rc file for every input instead of searching upward. */
  configPath?: string;
  /** The command line's own settings, applied last. */
  layer: SpeechCheckConfig;
  today: Date;
}

export type ConfigResult = { ok: true; config: NormalizedConfig; rcPath?: string } | { ok: false; message: string; rcPath: string };

export class ConfigResolver {
  private readonly rcCache = new Map<string, { config: SpeechCheckConfig } | { error: string }>();
  /** The rc file found upward from each folder, looked for once per folder in a run (a folder of a thousand drafts asked once, not a thousand times). */
  private readonly rcByDir = new Map<string, string | undefined>();

  constructor(
    private readonly options: ConfigOptions,
    private readonly cwd: string,
  ) {}

  forInput(input: Input): ConfigResult {
    const rcPath = this.options.configPath
      ? path.resolve(this.cwd, this.options.configPath)
      : this.rcFor(input.absolute ? path.dirname(input.absolute) : this.cwd);
    let layers: SpeechCheckConfig[] = [];
    if (rcPath) {
      const rc = this.read(rcPath);
      if ('error' in rc) return { ok: false, message: rc.error, rcPath };
      const { overrides: _o, ...base } = rc.config;
      // Standard input has no path for the override globs to match.
      layers = [base, ...(input.absolute ? overridesFor(rc.config, rcPath, input.absolute) : [])];
    }
    try {
      const config = normalizeConfig([...layers, this.options.layer], { knownRules: RULE_IDS, today: this.options.today });
      return rcPath ? { ok: true, config, rcPath } : { ok: true, config };
    } catch (e) {
      if (e instanceof ConfigError) return { ok: false, message: e.message, rcPath: rcPath ?? '' };
      throw e;
    }
  }

  private rcFor(dir: string): string | undefined {
    if (!this.rcByDir.has(dir)) this.rcByDir.set(dir, findRcFile(dir));
    return this.rcByDir.get(dir);
  }

  private read(rcPath: string): { config: SpeechCheckConfig } | { error: string } {
    let cached = this.rcCache.get(rcPath);
    if (!cached) {
      try {
        cached = { config: readRcFile(rcPath) };
      } catch (e) {
        if (!(e instanceof ConfigError)) throw e;
        cached = { error: e.message };
      }
      this.rcCache.set(rcPath, cached);
    }
    return cached;
  }
}

export class SegmenterLoader {
  private state: { loaded: Segmenter } | { failed: true } | undefined;

  constructor(
    private readonly warn: (s: string) => void,
    /** `--debug`: say on stderr which segmenter runs and why. */
    private readonly debug = false,
  ) {}

  /** The segmenter when the configuration runs a rule that uses one and nodejieba loads. */
  for(config: NormalizedConfig): Segmenter | undefined {
    if (!needsSegmenter(config)) return undefined;
    if (!this.state) {
      try {
        this.state = { loaded: loadSegmenterSync() };
        if (this.debug) this.warn(`speechcheck: ${segmenterLine()}\n`);
      } catch (e) {
        this.state = { failed: true };
        this.warn(`speechcheck: ${msg('noSegmenter', { reason: firstLine((e as Error).message) })}\n`);
      }
    }
    return 'loaded' in this.state ? this.state.loaded : undefined;
  }
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.trim();
}

/** Which segmenter runs and why, in one line: `--version`, `--debug`. Loads it if needed. */
export function segmenterLine(): string {
  try {
    loadSegmenterSync();
  } catch (e) {
    return `分词 / segmenter: none (${firstLine((e as Error).message)})`;
  }
  const info = getSegmenterInfo()!;
  const why = info.fallbackReason ? `; jieba-js not used: ${info.fallbackReason}` : '';
  return `分词 / segmenter: ${info.name} (${info.loadMs} ms${why})`;
}
