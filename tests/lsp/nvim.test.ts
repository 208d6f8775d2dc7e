/**
 * Headless Neovim (built-in LSP client, 0.7+) gets the server's diagnostics and applies a
 * quick fix: proof that nothing depends on VS Code. Skipped where `nvim` is not installed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DRAFT, makeWorkspace } from './drafts';
import { ensureServerBuilt, positionAt, SERVER } from './harness';

function hasNvim(): boolean {
  try {
    execFileSync('nvim', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

interface NvimResult {
  diagnostics: Array<{ code: string; source: string; lnum: number; col: number; end_col: number; message: string }>;
  actions: string[];
  applied?: string;
  fixed_line?: string;
  errors: string[];
}

describe.skipIf(!hasNvim())('Neovim', () => {
  it('shows the diagnostics and applies the preferred quick fix', async () => {
    await ensureServerBuilt();
    const ws = makeWorkspace({ 'draft.txt': DRAFT });
    const out = path.join(ws, 'nvim-result.json');
    const run = spawnSync('nvim', ['--headless', '--clean', '-u', path.join(__dirname, 'nvim-check.lua'), 'draft.txt'], {
      cwd: ws,
      env: { ...process.env, SPEECHCHECK_SERVER: SERVER, SPEECHCHECK_OUT: out },
      timeout: 60_000,
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(fs.readFileSync(out, 'utf8')) as NvimResult;
    expect(result.errors).toEqual([]);
    const dates = result.diagnostics.filter((d) => d.code === 'date-format');
    expect(dates).toHaveLength(2);
    expect(dates.every((d) => d.source === 'speechcheck')).toBe(true);
    // Neovim counts columns in bytes: 会议于 is 9 bytes, and 𠮷 4 more before the second date.
    const line = DRAFT.split('\n')[positionAt(DRAFT, DRAFT.indexOf('2024-03-09')).line]!;
    expect(dates.map((d) => d.col)).toEqual([
      Buffer.byteLength(line.slice(0, line.indexOf('2024-03-09'))),
      Buffer.byteLength(line.slice(0, line.indexOf('2024.3.10'))),
    ]);
    expect(result.diagnostics.some((d) => d.code === 'placeholder')).toBe(true);
    expect(result.actions).toContain('修复所有可安全自动修复的问题');
    expect(result.applied).toBe('改为“2024年3月9日”');
    expect(result.fixed_line).toBe(line.replace('2024-03-09', '2024年3月9日'));
    fs.rmSync(ws, { recursive: true, force: true });
  });
});
