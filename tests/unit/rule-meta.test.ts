/**
 * One source for each rule's metadata: the settings schema, the settings' descriptions and
 * the README's rule table are generated from the rules (`npm run gen:rules`) and must be in
 * step with them; each message id a rule uses exists in Chinese and English.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../server/src/engine/rules';
// @ts-expect-error a plain ES module of the build tools, without types
import { generate, readmeTable } from '../../tools/rule-meta.mjs';

const ROOT = path.resolve(__dirname, '../..');
const FILES = ['package.json', 'package.nls.json', 'package.nls.zh-cn.json', 'README.md'];

describe('rule metadata', () => {
  const current = Object.fromEntries(FILES.map((f) => [f, readFileSync(path.join(ROOT, f), 'utf8')]));
  const generated = generate(RULES, current) as Record<string, string>;

  for (const file of FILES) {
    it(`${file} is in step with the rules (else run npm run gen:rules)`, () => {
      expect(generated[file]).toBe(current[file]);
    });
  }

  it('the README table names every rule once, in registry order', () => {
    const table = readmeTable(RULES) as string;
    const ids = [...table.matchAll(/\[`([a-z-]+)`\]/g)].map((m) => m[1]);
    expect(ids).toEqual(RULES.map((r) => r.id));
  });

  it('a rule added to the registry shows up in every generated file', () => {
    const extra = { ...RULES[0], id: 'new-rule', description: { zh: '新规则', en: 'New rule' }, docs: { zh: '例：`甲`。', en: 'e.g. `甲`.' } };
    const out = generate([...RULES, extra], current) as Record<string, string>;
    expect(JSON.parse(out['package.json']!).contributes.configuration).toBeDefined();
    expect(out['package.json']).toContain('"new-rule"');
    expect(out['package.nls.json']).toContain('"config.rules.new-rule": "**New rule** (`new-rule`) — e.g. `甲`. Default: warning."');
    expect(out['package.nls.zh-cn.json']).toContain('"config.rules.new-rule": "**新规则**（`new-rule`）——例：`甲`。默认：警告。"');
    expect(out['README.md']).toContain('[`new-rule`](#new-rule)');
  });

  it('every rule has its table, tests/rules/<rule-id>.test.ts, run by the rule tester', () => {
    for (const rule of RULES) {
      const file = path.join(ROOT, 'tests/rules', `${rule.id}.test.ts`);
      expect(existsSync(file), `${file} is missing`).toBe(true);
      expect(readFileSync(file, 'utf8')).toContain(`ruleTester('${rule.id}'`);
    }
  });

  it('every message id a rule reports has Chinese and English text', () => {
    for (const rule of RULES) {
      const source = readFileSync(path.join(ROOT, 'server/src/engine/rules', `${rule.id}.ts`), 'utf8');
      const used = new Set([...source.matchAll(/messageId:\s*'([\w-]+)'/g), ...source.matchAll(/title:\s*'([\w-]+)'/g)].map((m) => m[1]!));
      for (const id of used) {
        expect(rule.messages[id]?.zh, `${rule.id}: ${id} (zh)`).toBeTruthy();
        expect(rule.messages[id]?.en, `${rule.id}: ${id} (en)`).toBeTruthy();
      }
      for (const [id, text] of Object.entries(rule.messages)) {
        expect(text.zh, `${rule.id}: ${id} (zh)`).toBeTruthy();
        expect(text.en, `${rule.id}: ${id} (en)`).toBeTruthy();
      }
    }
  });
});
