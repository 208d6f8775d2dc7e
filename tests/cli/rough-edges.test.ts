/**
 * Rough edges a new user met on the command line: an error followed by an all-clear line,
 * `--locale zh-CN` refused while rc files use it, diffs showing unchanged lines, `report` on a
 * folder, full-width punctuation in the English report, standard input named `-`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli, scratchDir, writeTree } from './cli-helpers';

const HEADER = '在全市工作会议上的讲话\n（2024年3月15日）\n\n同志们：\n';
/** A reversed opening quote on the last line: its fix changes one character of that line only. */
const LAST_LINE_FIX = `${HEADER}今年工作很好。\n抓好”放管服”改革。\n`;

let dir = '';
beforeAll(() => {
  ensureBuilt();
  dir = scratchDir('rough');
});

describe('no success line after an error', () => {
  it('an invalid rc file: the error, no ✔ line, exit 2', () => {
    const d = scratchDir('rough-rc');
    writeTree(d, { '.speechcheckrc.json': '{ "rules": { "placeholder": "loud" } }', '讲话.txt': LAST_LINE_FIX });
    const r = runCli(['讲话.txt'], { cwd: d });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.speechcheckrc.json');
    expect(r.stdout).not.toMatch(/✔|没有发现问题|no problems/i);
  });

  it('a glob that matches nothing: the error, no ✔ line, exit 2', () => {
    const r = runCli(['nothing-here/*.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nothing-here/*.txt');
    expect(r.stdout).toBe('');
  });

  it('--fix-dry-run after an error says no "nothing to fix"', () => {
    const r = runCli(['--fix-dry-run', 'missing.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });

  it('a clean file still gets its all-clear line', () => {
    writeTree(dir, { 'clean.txt': `${HEADER}今年工作很好。\n` });
    const r = runCli(['--rule', 'placeholder', 'clean.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/✔/);
  });
});

describe('--locale', () => {
  it.each([
    ['zh-CN', /问题/],
    ['zh', /问题/],
    ['en', /problem/],
    ['en-US', /problem/],
  ])('accepts %s', (locale, expected) => {
    writeTree(dir, { 'locale.txt': LAST_LINE_FIX });
    const r = runCli(['--locale', locale, 'locale.txt'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(expected);
    const report = runCli(['report', '--locale', locale, 'locale.txt'], { cwd: dir });
    expect(report.code).toBe(0);
  });

  it('refuses anything else with exit 2', () => {
    const r = runCli(['--locale', 'fr', 'locale.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('zh-CN');
  });
});

describe('--fix-dry-run shows only the changed lines', () => {
  it.each([
    ['LF, final newline', LAST_LINE_FIX],
    ['CRLF, final newline', LAST_LINE_FIX.replace(/\n/g, '\r\n')],
    ['no final newline', LAST_LINE_FIX.slice(0, -1)],
    ['CRLF, no final newline', LAST_LINE_FIX.replace(/\n/g, '\r\n').slice(0, -2)],
  ])('%s', (_name, text) => {
    writeTree(dir, { 'dry.txt': text });
    const r = runCli(['--rule', 'quote-pair', '--fix-dry-run', 'dry.txt'], { cwd: dir });
    const body = r.stdout.split('\n').filter((l) => /^[-+ ]/.test(l) && !/^(---|\+\+\+) /.test(l));
    expect(body).toEqual([' 今年工作很好。', '-抓好”放管服”改革。', '+抓好“放管服”改革。']);
    expect(r.stdout).not.toContain('\r');
    expect(fs.readFileSync(path.join(dir, 'dry.txt'), 'utf8')).toBe(text); // nothing written
  });
});

describe('report', () => {
  it('on a folder: one error line, exit 2', () => {
    writeTree(dir, { 'folder/a.txt': LAST_LINE_FIX, 'folder/b.txt': LAST_LINE_FIX, 'single/a.txt': LAST_LINE_FIX });
    for (const arg of ['folder', 'single']) {
      const r = runCli(['report', arg], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      const lines = r.stderr.split('\n').filter(Boolean);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain('report takes exactly one file');
      expect(lines[0]!.match(/report takes exactly one file/g)).toHaveLength(1);
    }
  });

  it('in English uses ASCII punctuation outside quoted document text', () => {
    const text = `${HEADER}我讲三点意见。\n一、抓好经济\n工作很好。\n二、抓好安全\n工作很好。\n三、抓好环境\n工作很好。\n四、抓好民生\n今年投资XX亿元。\n`;
    writeTree(dir, { 'en.txt': text });
    const r = runCli(['report', '--locale', 'en', 'en.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    // Remove what is quoted from the draft (titles, sentences, markers), then no full-width punctuation may remain.
    let rest = r.stdout.replace(/【([^】]*)】/g, '$1'); // a slot marked inside its sentence
    for (const line of text.split('\n')) if (line) rest = rest.split(line).join('');
    rest = rest.replace(/[一二三四]、/g, '').replace(/\d{4}年\d{1,2}月\d{1,2}日/g, '').replace(/三点意见/g, '');
    expect(rest.match(/[\u3000-\u303f\uff00-\uffef“”‘’]/g) ?? []).toEqual([]);
    expect(r.stdout).toContain('first-level headings (一、 二、 三、 四、)');
  });
});

describe('standard input', () => {
  it('is reported as <stdin>, not -', () => {
    const input = `${HEADER}今年投资XX亿元。\n`;
    const stylish = runCli(['-'], { cwd: dir, input });
    expect(stylish.stdout.split('\n')[0]).toBe('<stdin>');
    const json = JSON.parse(runCli(['-f', 'json', '-'], { cwd: dir, input }).stdout) as Array<{ file: string }>;
    expect(json[0]!.file).toBe('<stdin>');
  });
});

describe('output piped into a reader that stops early', () => {
  it('stops quietly, no EPIPE stack trace', async () => {
    const { spawn } = await import('node:child_process');
    const { CLI } = await import('./cli-helpers');
    const d = scratchDir('rough-epipe');
    const files: Record<string, string> = {};
    for (let i = 0; i < 60; i++) files[`讲话${i}.txt`] = `${HEADER}全年完成投资XX亿元，增长X%。\n`.repeat(20);
    writeTree(d, files);
    const child = spawn(process.execPath, [CLI, '--format', 'json', d], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    // Like `| head -1`: read the first chunk, then close the pipe.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|Unhandled/);
    expect(code).not.toBeNull();
  });
});
