/**
 * The commands behind "ignore this word" and "turn this rule off for this file": both edit
 * the `.speechcheckrc.json` that applies to the file (created in the workspace folder when
 * there is none), keep every other key as it was, and validate before writing.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULE_IDS } from '../engine/check';
import { ConfigError, normalizeConfig, type SpeechCheckConfig, type SpeechCheckOverride } from '../engine/model/config';
import { findRcFile, RC_FILE_NAME } from '../rcfile';

/**
 * Where an edit goes: the rc file the file already uses, else a new one at the root of the
 * workspace folder holding the file, else beside the file.
 */
export function rcPathFor(filePath: string | undefined, workspaceFolders: readonly string[]): string | undefined {
  if (filePath) {
    const existing = findRcFile(path.dirname(filePath));
    if (existing) return existing;
    const folder = workspaceFolders
      .filter((f) => isInside(filePath, f))
      .sort((a, b) => b.length - a.length)[0];
    return path.join(folder ?? path.dirname(filePath), RC_FILE_NAME);
  }
  const folder = workspaceFolders[0];
  if (!folder) return undefined;
  return findRcFile(folder) ?? path.join(folder, RC_FILE_NAME);
}

function isInside(filePath: string, folder: string): boolean {
  const rel = path.relative(folder, filePath);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

/** What an rc file held before a command changed it (undefined: it did not exist), and what it holds now. */
export interface RcChange {
  rcPath: string;
  before: string | undefined;
  after: string;
}

export function addIgnoredWord(rcPath: string, word: string): RcChange {
  return updateRcFile(rcPath, (config) => {
    const words = config.ignoreWords ?? [];
    if (!words.includes(word)) config.ignoreWords = [...words, word];
  });
}

export function disableRuleForFile(rcPath: string, filePath: string, rule: string): RcChange {
  const rel = path.relative(path.dirname(rcPath), filePath).split(path.sep).join('/');
  return updateRcFile(rcPath, (config) => {
    const overrides: SpeechCheckOverride[] = config.overrides ?? [];
    let entry = overrides.find((o) => o.files.length === 1 && o.files[0] === rel);
    if (!entry) {
      entry = { files: [rel] };
      overrides.push(entry);
    }
    entry.rules = { ...entry.rules, [rule]: 'off' };
    config.overrides = overrides;
  });
}

export function isKnownRule(rule: unknown): rule is string {
  return typeof rule === 'string' && RULE_IDS.includes(rule);
}

/** Reads the rc file (or starts empty), applies `change`, validates and writes it back. */
function updateRcFile(rcPath: string, change: (config: SpeechCheckConfig) => void): RcChange {
  let config: SpeechCheckConfig = {};
  let before: string | undefined;
  if (fs.existsSync(rcPath)) {
    before = fs.readFileSync(rcPath, 'utf8');
    const raw = before.replace(/^\uFEFF/, '');
    if (raw.trim() !== '') {
      try {
        config = JSON.parse(raw) as SpeechCheckConfig;
      } catch (e) {
        const msg = `配置文件 ${rcPath} 不是有效的 JSON，未修改 (invalid JSON, left unchanged): ${(e as Error).message}`;
        throw new ConfigError(msg, [msg]);
      }
    }
    if (typeof config !== 'object' || config === null || Array.isArray(config)) {
      const msg = `配置文件 ${rcPath} 必须是 JSON 对象，未修改 (must be a JSON object, left unchanged)`;
      throw new ConfigError(msg, [msg]);
    }
  }
  change(config);
  normalizeConfig([config], { knownRules: RULE_IDS });
  const after = `${JSON.stringify(config, null, 2)}\n`;
  writeAtomically(rcPath, after);
  return { rcPath, before, after };
}

function writeAtomically(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}

/**
 * Undoes a command's change: puts back what the file held (or removes the file it created),
 * but only if nobody changed it since — never overwrite a later edit.
 */
export function undoRcChange(change: RcChange): boolean {
  let now: string | undefined;
  try {
    now = fs.readFileSync(change.rcPath, 'utf8');
  } catch {
    return false;
  }
  if (now !== change.after) return false;
  if (change.before === undefined) fs.rmSync(change.rcPath);
  else writeAtomically(change.rcPath, change.before);
  return true;
}
