/**
 * Editor settings (section `speechcheck`) and `.speechcheckrc.json`, merged into the
 * engine's one normalised configuration. Bad values never stop checking: the offending key
 * (or the whole rc file) is left out, and the user is told once.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULE_IDS } from '../engine/check';
import { ConfigError, normalizeConfig, type NormalizedConfig, type SpeechCheckConfig } from '../engine/model/config';
import { reportHeading } from '../engine/report/render';
import { configLayersFor, findRcFile } from '../rcfile';

export const SETTINGS_SECTION = 'speechcheck';

export interface ServerSettings {
  enable: boolean;
  /** Language ids always checked. */
  languages: string[];
  /** Also check plaintext and Markdown documents whose text is mostly Chinese. */
  checkMostlyChinese: boolean;
  rules: Record<string, string>;
  formulations: string[];
  ignoreWords: string[];
  requireDateLine?: boolean;
  locale?: string;
}

export const DEFAULT_SETTINGS: ServerSettings = {
  enable: true,
  languages: ['speech-draft'],
  checkMostlyChinese: true,
  rules: {},
  formulations: [],
  ignoreWords: [],
};

/** Language ids that count as plain text or Markdown (Neovim says `text`). */
const PROSE_LANGUAGES = new Set(['plaintext', 'text', 'markdown']);

/** Reads the settings object a client sent, keeping every valid key and naming the bad ones. */
export function sanitizeSettings(raw: unknown, base: ServerSettings = DEFAULT_SETTINGS): { settings: ServerSettings; problems: string[] } {
  const settings: ServerSettings = { ...base, rules: { ...base.rules } };
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { settings, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { settings, problems: ['speechcheck: 设置必须是对象 (settings must be an object)'] };
  const r = raw as Record<string, unknown>;
  const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
  for (const key of ['enable', 'checkMostlyChinese', 'requireDateLine'] as const) {
    if (r[key] === undefined || r[key] === null) continue;
    if (typeof r[key] === 'boolean') settings[key] = r[key];
    else problems.push(`speechcheck.${key} 必须是 true 或 false (must be a boolean)`);
  }
  for (const key of ['languages', 'formulations', 'ignoreWords'] as const) {
    if (r[key] === undefined || r[key] === null) continue;
    if (isStringList(r[key])) settings[key] = r[key];
    else problems.push(`speechcheck.${key} 必须是字符串数组 (must be an array of strings)`);
  }
  if (typeof r.locale === 'string' && r.locale !== '' && r.locale !== 'auto') settings.locale = r.locale;
  if (r.rules !== undefined && r.rules !== null) {
    if (typeof r.rules !== 'object' || Array.isArray(r.rules)) {
      problems.push('speechcheck.rules 必须是对象 (must be an object)');
    } else {
      for (const [id, value] of Object.entries(r.rules)) {
        try {
          normalizeConfig([{ rules: { [id]: value } } as SpeechCheckConfig], { knownRules: RULE_IDS });
          settings.rules[id] = value as string;
        } catch (e) {
          if (!(e instanceof ConfigError)) throw e;
          problems.push(...e.problems.map((p) => `speechcheck.rules: ${p}`));
        }
      }
    }
  }
  return { settings, problems };
}

/** Han characters make up at least half of the letters (sampled from the start). */
export function isMostlyChinese(text: string): boolean {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const han = sample.match(/\p{Script=Han}/gu)?.length ?? 0;
  if (han < 10) return false;
  const latin = sample.match(/[A-Za-z]/g)?.length ?? 0;
  return han >= latin;
}

export function isCheckedLanguage(settings: ServerSettings, languageId: string, text: string): boolean {
  if (!settings.enable || isExportedReport(text)) return false;
  if (settings.languages.includes(languageId)) return true;
  return settings.checkMostlyChinese && PROSE_LANGUAGES.has(languageId) && isMostlyChinese(text);
}

/** The first line of an exported report, with and without the draft's name after its colon. */
const REPORT_FIRST_LINES = (['zh-CN', 'en'] as const).map((l) => ({ alone: `# ${reportHeading(l)}`, named: `# ${reportHeading(l, '\u0000').split('\u0000')[0]!}` }));

/**
 * A consistency report as exported in Markdown (导出一致性报告, `speechcheck report`): it opens
 * with the report's heading. Saved beside the draft as `<draft>.report.md`, it was checked like
 * a draft (its name holds 报告 or 讲话, its text is Chinese), and the Problems panel listed
 * the draft's slots and half-width marks a second time, as the report's own (144 on a real
 * town report with 23).
 */
export function isExportedReport(text: string): boolean {
  const first = text.slice(0, 200).replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0]!;
  return REPORT_FIRST_LINES.some((h) => first === h.alone || first.startsWith(h.named));
}

/** The settings' part that the engine understands, as a configuration layer. */
export function settingsLayer(settings: ServerSettings, clientLocale?: string): SpeechCheckConfig {
  const locale = settings.locale ?? clientLocale;
  return {
    rules: settings.rules as SpeechCheckConfig['rules'],
    formulations: settings.formulations,
    ignoreWords: settings.ignoreWords,
    ...(settings.requireDateLine !== undefined ? { requireDateLine: settings.requireDateLine } : {}),
    ...(locale ? { locale } : {}),
  };
}

/** The file system path of a `file:` URI, undefined for other schemes (untitled, …). */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export interface RcState {
  rcPath?: string;
  layers: SpeechCheckConfig[];
  /** Changes whenever the rc file that applies changes, for result caches. */
  stamp: string;
  error?: ConfigError;
}

/**
 * The rc layers for a file, re-read when the nearest rc file's modification time changes,
 * so a client without file watching still sees edits to it on the next check.
 */
export class RcFileCache {
  private readonly cache = new Map<string, { stamp: string; state: RcState }>();

  forUri(uri: string): RcState {
    const filePath = uriToPath(uri);
    if (!filePath) return { layers: [], stamp: 'none' };
    const rcPath = findRcFile(path.dirname(filePath));
    if (!rcPath) return { layers: [], stamp: 'none' };
    let mtime = 0;
    try {
      mtime = fs.statSync(rcPath).mtimeMs;
    } catch {
      // Deleted between the lookup and the stat: read it below and report what happens.
    }
    const stamp = `${rcPath}@${mtime}`;
    const hit = this.cache.get(filePath);
    if (hit && hit.stamp === stamp) return hit.state;
    let state: RcState;
    try {
      const { layers } = configLayersFor(filePath);
      state = { rcPath, layers, stamp };
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      state = { rcPath, layers: [], stamp, error: e };
    }
    this.cache.set(filePath, { stamp, state });
    return state;
  }

  clear(): void {
    this.cache.clear();
  }
}

export interface ResolvedConfig {
  settings: ServerSettings;
  config: NormalizedConfig;
  /** Identifies this configuration for result caches. */
  key: string;
}

/** Merges editor settings and rc layers; rc files win, as they do for the CLI. */
export function resolveDocumentConfig(
  settings: ServerSettings,
  rc: RcState,
  generation: number,
  clientLocale?: string,
): ResolvedConfig {
  const base = settingsLayer(settings, clientLocale);
  let config: NormalizedConfig;
  try {
    config = normalizeConfig([base, ...rc.layers], { knownRules: RULE_IDS });
  } catch (e) {
    // Layers are validated one by one before, so this only happens if they clash.
    if (!(e instanceof ConfigError)) throw e;
    config = normalizeConfig([base], { knownRules: RULE_IDS });
  }
  return { settings, config, key: `${generation}|${rc.stamp}` };
}
