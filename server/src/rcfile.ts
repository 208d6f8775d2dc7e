/**
 * `.speechcheckrc.json`: found upward from a file, shared by the CLI and the language server.
 * Node-only (reads the file system); the engine itself stays pure.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type Picomatch from 'picomatch';
import { ConfigError, normalizeConfig, type SpeechCheckConfig, type SpeechCheckOverride } from './engine/model/config';
import { RULE_IDS } from './engine/check';

let picomatchLib: typeof Picomatch | undefined;
/** picomatch, loaded at the first rc file with overrides. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const picomatch = (...args: Parameters<typeof Picomatch>): ReturnType<typeof Picomatch> => (picomatchLib ??= require('picomatch') as typeof Picomatch)(...args);

export const RC_FILE_NAME = '.speechcheckrc.json';

/** The nearest `.speechcheckrc.json` in `startDir` or one of its parents. */
export function findRcFile(startDir: string): string | undefined {
  let dir = path.resolve(startDir);
  for (;;) {
    const candidate = path.join(dir, RC_FILE_NAME);
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * Reads and validates one rc file. Throws ConfigError whose message names the file, for
 * unreadable files, bad JSON and invalid keys alike.
 */
export function readRcFile(rcPath: string): SpeechCheckConfig {
  let raw: string;
  try {
    raw = fs.readFileSync(rcPath, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    const msg = `无法读取配置文件 ${rcPath} (cannot read configuration): ${(e as Error).message}`;
    throw new ConfigError(msg, [msg]);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (e) {
    const msg = `配置文件 ${rcPath} 不是有效的 JSON (invalid JSON): ${(e as Error).message}`;
    throw new ConfigError(msg, [msg]);
  }
  try {
    normalizeConfig([parsed as SpeechCheckConfig], { knownRules: RULE_IDS });
  } catch (e) {
    if (e instanceof ConfigError) {
      const problems = e.problems.map((p) => `${rcPath}: ${p}`);
      throw new ConfigError(`配置文件 ${rcPath} 有误 (invalid configuration): ${e.problems.join('; ')}`, problems);
    }
    throw e;
  }
  return parsed as SpeechCheckConfig;
}

/** The override entries of `config` whose globs match `filePath` (globs relative to the rc file's folder). */
export function overridesFor(config: SpeechCheckConfig, rcPath: string, filePath: string): SpeechCheckConfig[] {
  const rel = path.relative(path.dirname(rcPath), path.resolve(filePath)).split(path.sep).join('/');
  const out: SpeechCheckConfig[] = [];
  for (const o of config.overrides ?? []) {
    const isMatch = picomatch(o.files, { dot: true, matchBase: !o.files.some((g) => g.includes('/')) });
    if (isMatch(rel)) {
      const { files: _files, ...rest } = o as SpeechCheckOverride;
      out.push(rest);
    }
  }
  return out;
}

export interface RcLayers {
  /** The rc file used, if any. */
  rcPath?: string;
  /** The rc file's settings followed by its matching overrides, for normalizeConfig (later wins). */
  layers: SpeechCheckConfig[];
}

/** Configuration layers for one file: the nearest rc file and its overrides that match the file. */
export function configLayersFor(filePath: string): RcLayers {
  const rcPath = findRcFile(path.dirname(path.resolve(filePath)));
  if (!rcPath) return { layers: [] };
  const config = readRcFile(rcPath);
  const { overrides: _o, ...base } = config;
  return { rcPath, layers: [base, ...overridesFor(config, rcPath, filePath)] };
}
