/**
 * One normalised configuration for the editor settings and `.speechcheckrc.json`.
 * Validation errors are readable sentences naming the offending key.
 */
import type { Locale, RuleId, Severity } from './types';

export type RuleSetting = Severity | 'off';

export interface SpeechCheckConfig {
  locale?: string;
  /** Per-rule severity or 'off'. */
  rules?: Partial<Record<string, RuleSetting>>;
  /** Extra 提法 the user wants checked, e.g. ["六稳", "放管服"]. */
  formulations?: string[];
  /** Words never flagged (names, local terms). */
  ignoreWords?: string[];
  /** Whether a draft must carry a date line under its title. */
  requireDateLine?: boolean;
  /**
   * Per-file settings: `files` are globs relative to the `.speechcheckrc.json` that holds
   * them. The engine only validates them; adapters that know file paths (CLI, server)
   * resolve the matching entries into extra layers (see `overridesFor` in server/src/rcfile.ts).
   */
  overrides?: SpeechCheckOverride[];
}

export interface SpeechCheckOverride {
  files: string[];
  rules?: Partial<Record<string, RuleSetting>>;
  ignoreWords?: string[];
  formulations?: string[];
  requireDateLine?: boolean;
}

export interface NormalizedConfig {
  locale: Locale;
  rules: Partial<Record<RuleId, RuleSetting>>;
  formulations: string[];
  ignoreWords: string[];
  requireDateLine: boolean;
  /** "Today" for date fixes; injectable so tests are deterministic. */
  today: Date;
}

export class ConfigError extends Error {
  constructor(
    message: string,
    readonly problems: string[],
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

const SEVERITIES: readonly RuleSetting[] = ['error', 'warning', 'info', 'hint', 'off'];

export interface NormalizeOptions {
  knownRules: readonly string[];
  today?: Date;
}

/**
 * Merges configuration layers (later wins; lists are concatenated) into one validated
 * config. Throws ConfigError listing every problem when a layer is malformed.
 */
export function normalizeConfig(
  layers: ReadonlyArray<SpeechCheckConfig | undefined>,
  options: NormalizeOptions,
): NormalizedConfig {
  const problems: string[] = [];
  const out: NormalizedConfig = {
    locale: 'zh-CN',
    rules: {},
    formulations: [],
    ignoreWords: [],
    requireDateLine: true,
    today: options.today ?? new Date(),
  };
  for (const layer of layers) {
    if (layer === undefined || layer === null) continue;
    if (typeof layer !== 'object' || Array.isArray(layer)) {
      problems.push('配置必须是一个 JSON 对象 (configuration must be a JSON object)');
      continue;
    }
    const known = new Set(['locale', 'rules', 'formulations', 'ignoreWords', 'requireDateLine', 'overrides', '$schema']);
    for (const key of Object.keys(layer)) {
      if (!known.has(key)) problems.push(`未知的配置项 "${key}" (unknown key "${key}")`);
    }
    if (layer.locale !== undefined) {
      if (typeof layer.locale !== 'string') problems.push('"locale" 必须是字符串 (must be a string)');
      else out.locale = layer.locale.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
    }
    if (layer.rules !== undefined) {
      if (typeof layer.rules !== 'object' || layer.rules === null || Array.isArray(layer.rules)) {
        problems.push('"rules" 必须是对象，如 {"typo": "off"} (must be an object)');
      } else {
        for (const [id, setting] of Object.entries(layer.rules)) {
          if (!options.knownRules.includes(id)) {
            problems.push(`"rules" 中的规则 "${id}" 不存在 (unknown rule "${id}")`);
          } else if (!SEVERITIES.includes(setting as RuleSetting)) {
            problems.push(
              `规则 "${id}" 的取值 ${JSON.stringify(setting)} 无效，应为 ${SEVERITIES.join('/')} (invalid severity)`,
            );
          } else {
            out.rules[id as RuleId] = setting as RuleSetting;
          }
        }
      }
    }
    for (const key of ['formulations', 'ignoreWords'] as const) {
      const value = layer[key];
      if (value === undefined) continue;
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
        problems.push(`"${key}" 必须是字符串数组 (must be an array of strings)`);
      } else {
        out[key].push(...value.map((v) => v.trim()).filter((v) => v !== ''));
      }
    }
    if (layer.requireDateLine !== undefined) {
      if (typeof layer.requireDateLine !== 'boolean') {
        problems.push('"requireDateLine" 必须是 true 或 false (must be a boolean)');
      } else out.requireDateLine = layer.requireDateLine;
    }
    if (layer.overrides !== undefined) {
      if (!Array.isArray(layer.overrides)) {
        problems.push('"overrides" 必须是数组，如 [{"files": ["*.txt"], "rules": {"typo": "off"}}] (must be an array)');
      } else {
        layer.overrides.forEach((o, i) => {
          if (typeof o !== 'object' || o === null || Array.isArray(o)) {
            problems.push(`"overrides[${i}]" 必须是对象 (must be an object)`);
            return;
          }
          if (!Array.isArray(o.files) || o.files.length === 0 || o.files.some((f) => typeof f !== 'string')) {
            problems.push(`"overrides[${i}].files" 必须是非空的字符串数组 (must be a non-empty array of globs)`);
          }
          const { files: _files, ...rest } = o;
          try {
            normalizeConfig([rest as SpeechCheckConfig], { ...options, today: out.today });
          } catch (e) {
            if (e instanceof ConfigError) problems.push(...e.problems.map((p) => `overrides[${i}]: ${p}`));
            else throw e;
          }
        });
      }
    }
  }
  if (problems.length > 0) {
    throw new ConfigError(`配置有误 (invalid configuration): ${problems.join('; ')}`, problems);
  }
  out.formulations = [...new Set(out.formulations)];
  out.ignoreWords = [...new Set(out.ignoreWords)];
  return out;
}
