/**
 * The engine's layers are enforced by the lint (eslint.config.mjs, ENGINE_LAYERS): each case
 * lints one import as if it stood in a file of that folder, and expects the verdict the
 * README's "Layout" section states. A layer rule that stopped matching would pass every
 * real file silently; this test would fail.
 */
import * as path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const eslint = new ESLint({ cwd: root });
const E = 'server/src/engine';

async function restricted(file: string, spec: string, typeOnly = false): Promise<boolean> {
  const code = typeOnly ? `import type { X } from '${spec}';\nexport type Y = X;\n` : `import { x } from '${spec}';\nexport const y = x;\n`;
  const [result] = await eslint.lintText(code, { filePath: path.join(root, E, file) });
  return result!.messages.some((m) => m.ruleId === 'no-restricted-imports');
}

describe('engine layers (lint)', () => {
  const cases: Array<[file: string, spec: string, forbidden: boolean, typeOnly?: boolean]> = [
    ['util/x.ts', './binary-search', false],
    ['util/x.ts', '../model/types', true],
    ['model/x.ts', '../util/han', false],
    ['model/x.ts', '../analysis/slots', true],
    ['model/x.ts', '../rules', false, true], // RuleId: a type from the registry
    ['analysis/x.ts', '../model/config', false],
    ['analysis/x.ts', '../data/canon.json', false],
    ['analysis/x.ts', '../rules', true],
    ['analysis/x.ts', '../rules/typo', true],
    ['analysis/x.ts', '../rule-api/rule', true],
    ['analysis/x.ts', '../rule-api/rule', true, true],
    ['analysis/x.ts', '../engine', true],
    ['rule-api/x.ts', '../analysis/quotes', false],
    ['rule-api/x.ts', '../rules/typo', true],
    ['rules/x.ts', '../rule-api/rule-helpers', false],
    ['rules/x.ts', '../analysis/dates', false],
    ['rules/x.ts', './placeholder', true],
    ['rules/x.ts', '../engine', true],
    ['rules/x.ts', '../report/report', true],
    ['rules/index.ts', './placeholder', false],
    ['engine.ts', './rules', false],
    ['engine.ts', './rules/typo', true],
    ['engine.ts', './report/report', true],
    ['engine.ts', './fix/fix', true],
    ['fix/x.ts', '../engine', false],
    ['fix/x.ts', '../report/report', true],
    ['report/x.ts', '../analysis/dates', false],
    ['report/x.ts', '../rules', false],
    ['report/x.ts', '../rules/typo', true],
    ['report/x.ts', '../fix/fix', true],
    ['analysis/x.ts', 'vscode-languageserver/node', true],
    ['rules/x.ts', '../../lsp/server', true],
  ];
  it.each(cases)('%s importing %s: forbidden %s', { timeout: 60_000 }, async (file, spec, forbidden, typeOnly) => {
    expect(await restricted(file, spec, typeOnly)).toBe(forbidden);
  });
});
