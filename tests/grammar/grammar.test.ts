/**
 * Runs the TextMate grammar's syntax tests (tests/grammar/*.test.speech) with
 * vscode-tmgrammar-test, which loads the grammar the way VS Code does: through the
 * `contributes.grammars` entry of package.json. A deliberately wrong assertion must fail,
 * so a runner that silently passes everything is caught.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'node_modules/vscode-tmgrammar-test/dist/unit.js');

function runGrammarTests(pattern: string): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, [cli, '--compact', '--config', path.join(root, 'package.json'), pattern], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

describe('speech-draft TextMate grammar', () => {
  it('passes every syntax test file', () => {
    const files = readdirSync(__dirname).filter((f) => f.endsWith('.test.speech'));
    expect(files.length).toBeGreaterThanOrEqual(3);
    const { status, output } = runGrammarTests('tests/grammar/*.test.speech');
    expect(output).not.toMatch(/ERROR/);
    expect(status).toBe(0);
    for (const f of files) expect(output).toContain(f);
  });

  it('fails on a wrong assertion (the runner really checks)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'speech-grammar-'));
    const file = path.join(dir, 'wrong.test.speech');
    // X射线 is an X-ray, not a slot: asserting that it is one must fail.
    writeFileSync(file, '# SYNTAX TEST "text.speech-draft"\nX射线检测\n#<- variable.other.placeholder.speech-draft\n');
    const { status, output } = runGrammarTests(file);
    expect(status).not.toBe(0);
    expect(output).toMatch(/ERROR/);
  });
});
