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
  /**
   * Extra 提法 the user wants checked, e.g. ["六稳", "放管服"], or canon entries:
   * {"name": "三个一流", "members": ["…", "…"]}, {"wording": "…", "since": 2023}.
   */
  formulations?: Array<string | UserFormulation>;
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

/** A formulation of the user's own that extends the canon. */
export interface UserFormulation {
  /** Its short name (`三个一流`). */
  name?: string;
  /** Its canonical wording; for an enumeration, defaults to the members joined by 、. */
  wording?: string;
  /** Members in canonical order. */
  members?: string[];
  since?: number;
  until?: number;
  /** Where it comes from (a document title or URL), shown on hover. */
  source?: string;
}

export interface SpeechCheckOverride {
  files: string[];
  rules?: Partial<Record<string, RuleSetting>>;
  ignoreWords?: string[];
  formulations?: Array<string | UserFormulation>;
  requireDateLine?: boolean;
}

export interface NormalizedConfig {
  locale: Locale;
  rules: Partial<Record<RuleId, RuleSetting>>;
  formulations: string[];
  /** The user's formulations given as objects (names, wordings, members): they extend the canon. */
  canonExtra: UserFormulation[];
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

const KNOWN_KEYS = new Set(['locale', 'rules', 'formulations', 'ignoreWords', 'requireDateLine', 'overrides', '$schema']);

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
    canonExtra: [],
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
    mergeLayer(layer, out, problems, options);
  }
  if (problems.length > 0) {
    throw new ConfigError(`配置有误 (invalid configuration): ${problems.join('; ')}`, problems);
  }
  out.formulations = [...new Set(out.formulations)];
  out.canonExtra = out.canonExtra.filter(
    (u, i) => out.canonExtra.findIndex((v) => JSON.stringify(v) === JSON.stringify(u)) === i,
  );
  out.ignoreWords = [...new Set(out.ignoreWords)];
  return out;
}

/** Merges one layer (an object) into `out`, key by key, adding what is malformed to `problems`. */
function mergeLayer(layer: SpeechCheckConfig, out: NormalizedConfig, problems: string[], options: NormalizeOptions): void {
  for (const key of Object.keys(layer)) {
    if (!KNOWN_KEYS.has(key)) problems.push(`未知的配置项 "${key}" (unknown key "${key}")`);
  }
  if (layer.locale !== undefined) {
    if (typeof layer.locale !== 'string') problems.push('"locale" 必须是字符串 (must be a string)');
    else out.locale = layer.locale.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
  }
  if (layer.rules !== undefined) mergeRules(layer.rules, out, problems, options.knownRules);
  if (layer.formulations !== undefined) mergeFormulations(layer.formulations, out, problems);
  if (layer.ignoreWords !== undefined) {
    const value = layer.ignoreWords;
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
      problems.push('"ignoreWords" 必须是字符串数组 (must be an array of strings)');
    } else {
      for (const v of value) if (v.trim() !== '') out.ignoreWords.push(v.trim()); // no push(...): 200k words overflow the stack
    }
  }
  if (layer.requireDateLine !== undefined) {
    if (typeof layer.requireDateLine !== 'boolean') {
      problems.push('"requireDateLine" 必须是 true 或 false (must be a boolean)');
    } else out.requireDateLine = layer.requireDateLine;
  }
  if (layer.overrides !== undefined) checkOverrides(layer.overrides, out.today, problems, options);
}

/** `rules`: each known rule's severity or 'off'. */
function mergeRules(rules: unknown, out: NormalizedConfig, problems: string[], knownRules: readonly string[]): void {
  if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) {
    problems.push('"rules" 必须是对象，如 {"typo": "off"} (must be an object)');
    return;
  }
  for (const [id, setting] of Object.entries(rules)) {
    if (!knownRules.includes(id)) {
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

/** `formulations`: names (strings) and the user's own canon entries (objects). */
function mergeFormulations(formulations: unknown, out: NormalizedConfig, problems: string[]): void {
  if (!Array.isArray(formulations)) {
    problems.push('"formulations" 必须是数组 (must be an array of strings or objects)');
    return;
  }
  formulations.forEach((f: unknown, i) => {
    if (typeof f === 'string') {
      if (f.trim() !== '') out.formulations.push(f.trim());
      return;
    }
    const problem = userFormulationProblem(f);
    if (problem) {
      problems.push(`"formulations[${i}]" ${problem}`);
      return;
    }
    const u = f as UserFormulation;
    out.canonExtra.push(u);
    const name = u.name ?? (u.members ? undefined : u.wording);
    if (name) out.formulations.push(name.trim());
  });
}

/** `overrides`: only validated here (each entry as a layer of its own); adapters that know file paths apply them. */
function checkOverrides(overrides: unknown, today: Date, problems: string[], options: NormalizeOptions): void {
  if (!Array.isArray(overrides)) {
    problems.push('"overrides" 必须是数组，如 [{"files": ["*.txt"], "rules": {"typo": "off"}}] (must be an array)');
    return;
  }
  overrides.forEach((o: unknown, i) => {
    if (typeof o !== 'object' || o === null || Array.isArray(o)) {
      problems.push(`"overrides[${i}]" 必须是对象 (must be an object)`);
      return;
    }
    const { files, ...rest } = o as SpeechCheckOverride;
    if (!Array.isArray(files) || files.length === 0 || files.some((f) => typeof f !== 'string')) {
      problems.push(`"overrides[${i}].files" 必须是非空的字符串数组 (must be a non-empty array of globs)`);
    }
    try {
      normalizeConfig([rest as SpeechCheckConfig], { ...options, today });
    } catch (e) {
      if (e instanceof ConfigError) problems.push(...e.problems.map((p) => `overrides[${i}]: ${p}`));
      else throw e;
    }
  });
}

/** Why an object in `formulations` is not a formulation, or undefined when it is one. */
function userFormulationProblem(f: unknown): string | undefined {
  if (typeof f !== 'object' || f === null || Array.isArray(f)) return '必须是字符串或对象 (must be a string or an object)';
  const o = f as Record<string, unknown>;
  const known = new Set(['name', 'wording', 'members', 'since', 'until', 'source']);
  for (const k of Object.keys(o)) if (!known.has(k)) return `有未知的键 "${k}" (unknown key "${k}")`;
  for (const k of ['name', 'wording', 'source']) {
    if (o[k] !== undefined && (typeof o[k] !== 'string' || (o[k] as string).trim() === '')) return `的 "${k}" 必须是非空字符串 (must be a non-empty string)`;
  }
  if (o.members !== undefined && (!Array.isArray(o.members) || o.members.length < 2 || o.members.some((m) => typeof m !== 'string' || m.trim() === ''))) {
    return '的 "members" 必须是至少两个字符串的数组 (must be an array of at least two strings)';
  }
  for (const k of ['since', 'until']) {
    if (o[k] !== undefined && (typeof o[k] !== 'number' || !Number.isInteger(o[k]) || (o[k] as number) < 1900 || (o[k] as number) > 2200)) {
      return `的 "${k}" 必须是年份 (must be a year)`;
    }
  }
  if (o.name === undefined && o.wording === undefined && o.members === undefined) return '需要 "name"、"wording" 或 "members" (needs a name, a wording or members)';
  return undefined;
}
