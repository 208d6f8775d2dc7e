/**
 * The extension's contributions in package.json, checked without VS Code: every %key% is
 * translated in both languages, commands and settings are the ones the server and the
 * editor tests rely on, and the rules schema lists exactly the engine's rules.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../server/src/engine/check';

const root = path.resolve(__dirname, '../..');
const readJson = (file: string): any => JSON.parse(readFileSync(path.join(root, file), 'utf8'));
const pkg = readJson('package.json');
const en: Record<string, string> = readJson('package.nls.json');
const zh: Record<string, string> = readJson('package.nls.zh-cn.json');
const contributes = pkg.contributes;

function nlsKeys(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    const m = /^%([^%]+)%$/.exec(value);
    if (m) out.add(m[1]!);
  } else if (Array.isArray(value)) value.forEach((v) => nlsKeys(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => nlsKeys(v, out));
  return out;
}

const HAN = /\p{Script=Han}/u;

describe('package.json contributions', () => {
  it('translates every %key% in English and Chinese, with no stray keys', () => {
    const used = nlsKeys(pkg);
    expect(used.size).toBeGreaterThan(20);
    for (const key of used) {
      expect(en[key], `package.nls.json: ${key}`).toBeTruthy();
      expect(zh[key], `package.nls.zh-cn.json: ${key}`).toBeTruthy();
      expect(zh[key], `${key} should be Chinese`).toMatch(HAN);
    }
    expect(Object.keys(en).sort()).toEqual([...used].sort());
    expect(Object.keys(zh).sort()).toEqual([...used].sort());
  });

  it('declares the commands the editor tests drive, each titled in both languages', () => {
    const ids = contributes.commands.map((c: { command: string }) => c.command).sort();
    expect(ids).toEqual(
      [
        'speechcheck.checkDocx',
        'speechcheck.fixDocx',
        'speechcheck.exportReport',
        'speechcheck.fillSlot',
        'speechcheck.fixAll',
        'speechcheck.guidedFill',
        'speechcheck.insertDateLine',
        'speechcheck.nextSlot',
        'speechcheck.previousSlot',
        'speechcheck.refreshDraftView',
        'speechcheck.restartServer',
        'speechcheck.showReport',
      ].sort(),
    );
    for (const c of contributes.commands) {
      expect(c.title).toMatch(/^%command\.[\w.]+%$/);
      expect(c.category).toBe('%category%');
    }
    expect(zh.category).toBe('讲话稿校对');
  });

  it('menus and keybindings name declared commands only', () => {
    const ids = new Set(contributes.commands.map((c: { command: string }) => c.command));
    const menuItems = Object.values(contributes.menus).flat() as Array<{ command: string; when?: string }>;
    for (const item of [...menuItems, ...contributes.keybindings]) expect(ids.has(item.command), item.command).toBe(true);
    // Shown in the palette only on a checked draft; a view-only command is hidden there.
    for (const item of contributes.menus.commandPalette) expect(item.when).toMatch(/speechcheck\.active|^false$/);
  });

  it('titles carry the words writers search for, in both languages', () => {
    const find = (nls: Record<string, string>, word: string): string[] =>
      contributes.commands
        .filter((c: { title: string }) => `${nls.category} ${nls[c.title.slice(1, -1)]}`.includes(word))
        .map((c: { command: string }) => c.command);
    // 讲话稿 finds every command in Chinese (the category), 占位符 the slot commands, 报告 the report.
    expect(find(zh, '讲话稿')).toHaveLength(contributes.commands.length);
    for (const nls of [zh, en]) {
      expect(find(nls, '占位符')).toEqual(expect.arrayContaining(['speechcheck.nextSlot', 'speechcheck.previousSlot', 'speechcheck.fillSlot', 'speechcheck.guidedFill']));
      expect(find(nls, '报告')).toEqual(expect.arrayContaining(['speechcheck.showReport', 'speechcheck.exportReport']));
    }
    expect(find(en, 'Speech Draft')).toHaveLength(contributes.commands.length);
  });

  it('lists exactly the engine rules in the rules setting, each with the five severities', () => {
    const rules = contributes.configuration.properties['speechcheck.rules'];
    expect(rules.type).toBe('object');
    expect(rules.additionalProperties).toBe(false);
    expect(Object.keys(rules.properties).sort()).toEqual([...RULE_IDS].sort());
    expect(RULE_IDS).toHaveLength(26);
    for (const id of RULE_IDS) expect(rules.properties[id].enum).toEqual(['error', 'warning', 'info', 'hint', 'off']);
  });

  it('has the settings the server reads, with their types and defaults', () => {
    const p = contributes.configuration.properties;
    const expected: Record<string, [string, unknown]> = {
      'speechcheck.enable': ['boolean', true],
      'speechcheck.languages': ['array', ['speech-draft']],
      'speechcheck.checkMostlyChinese': ['boolean', true],
      'speechcheck.rules': ['object', {}],
      'speechcheck.formulations': ['array', []],
      'speechcheck.ignoreWords': ['array', []],
      'speechcheck.requireDateLine': ['boolean', true],
      'speechcheck.locale': ['string', 'auto'],
    };
    for (const [key, [type, def]] of Object.entries(expected)) {
      expect(p[key]?.type, key).toBe(type);
      expect(p[key].default, key).toEqual(def);
      expect(p[key].description ?? p[key].markdownDescription, key).toMatch(/^%config\./);
    }
    expect(p['speechcheck.locale'].enum).toEqual(['auto', 'zh-CN', 'en']);
  });

  it('registers the speech-draft language, its grammar and configuration files', () => {
    const [lang] = contributes.languages;
    expect(lang.id).toBe('speech-draft');
    expect(lang.aliases).toEqual(expect.arrayContaining(['讲话稿', 'Speech Draft']));
    expect(lang.extensions).toEqual(expect.arrayContaining(['.speech.txt', '.speech.md']));
    for (const word of ['讲话', '致辞', '发言', '讲稿', '报告']) {
      expect(lang.filenamePatterns).toEqual(expect.arrayContaining([`*${word}*.txt`, `*${word}*.md`]));
    }
    const langConfig = readJson(lang.configuration);
    const pairs = langConfig.brackets.map((b: string[]) => b.join(''));
    expect(pairs).toEqual(expect.arrayContaining(['“”', '《》', '（）', '【】']));
    // Full-width punctuation (，（）) must not be boxed as "ambiguous" in every line.
    expect(contributes.configurationDefaults['[speech-draft]']['editor.unicodeHighlight.ambiguousCharacters']).toBe(false);
    // A GBK draft opened in VS Code is read as GBK, not as UTF-8 garbage.
    expect(contributes.configurationDefaults['[speech-draft]']['files.autoGuessEncoding']).toBe(true);
    const [grammar] = contributes.grammars;
    expect(readJson(grammar.path).scopeName).toBe(grammar.scopeName);
    expect(grammar.scopeName).toBe('text.speech-draft');
  });

  it('starts from the bundled client and activates on the checked languages', () => {
    expect(pkg.main).toBe('./dist/client.js');
    expect(existsSync(path.join(root, 'client/src/extension.ts'))).toBe(true);
    expect(pkg.activationEvents).toEqual(
      expect.arrayContaining(['onLanguage:speech-draft', 'onLanguage:plaintext', 'onLanguage:markdown']),
    );
    expect(pkg.scripts.package).toBe('node tools/package.mjs');
    // No flags that hide packaging mistakes: the manifest names its repository and licence, and has an icon.
    expect(pkg.scripts.package).not.toMatch(/allow-missing-repository|skip-license/);
    expect(readFileSync(path.join(root, 'tools/package.mjs'), 'utf8')).not.toMatch(/allow-missing-repository|skip-license/);
    expect(pkg.repository.url).toMatch(/^https:\/\//);
    expect(pkg.license).toBe('MIT');
    const icon = readFileSync(path.join(root, pkg.icon));
    expect(icon.subarray(1, 4).toString()).toBe('PNG');
    expect([icon.readUInt32BE(16), icon.readUInt32BE(20)]).toEqual([128, 128]);
  });
});
