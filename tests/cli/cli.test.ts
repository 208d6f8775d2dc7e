/**
 * The command line as a user runs it: golden output per format, the JSON contract, exit
 * codes, inputs (files, directories, globs, stdin), configuration found upward.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type * as Sarif from 'sarif';
import { RULE_IDS } from '../../server/src/engine/check';
import { CLEAN_DRAFT, DRAFT, GOLDEN_RULES, ensureBuilt, runCli, scratchDir, writeTree } from './cli-helpers';

let dir: string;

beforeAll(() => {
  ensureBuilt();
  dir = scratchDir('cli');
  writeTree(dir, { 'draft.txt': DRAFT, 'clean.txt': CLEAN_DRAFT });
});

const golden = (name: string): string => path.join(__dirname, '__golden__', name);

describe('golden output for each format', () => {
  it('stylish (no colour when piped)', async () => {
    const r = runCli(['--rule', GOLDEN_RULES, 'draft.txt'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(/\u001b\[/);
    await expect(r.stdout).toMatchFileSnapshot(golden('draft.stylish.txt'));
  });

  it('stylish in English', async () => {
    const r = runCli(['--rule', GOLDEN_RULES, '--locale', 'en', 'draft.txt'], { cwd: dir });
    await expect(r.stdout).toMatchFileSnapshot(golden('draft.stylish.en.txt'));
  });

  it('json', async () => {
    const r = runCli(['--rule', GOLDEN_RULES, '--format', 'json', 'draft.txt'], { cwd: dir });
    expect(r.code).toBe(1);
    // One compact entry a line; the golden file holds it pretty-printed, to be read.
    expect(r.stdout.split('\n')).toEqual(['[', JSON.stringify(JSON.parse(r.stdout)[0]), ']', '']);
    await expect(`${JSON.stringify(JSON.parse(r.stdout), null, 2)}\n`).toMatchFileSnapshot(golden('draft.json'));
  });

  it('sarif', async () => {
    const r = runCli(['--rule', GOLDEN_RULES, '-f', 'sarif', 'draft.txt'], { cwd: dir });
    const log = JSON.parse(r.stdout) as Sarif.Log;
    const driver = log.runs[0]!.tool.driver;
    // The whole catalogue, each rule linked to its README section.
    expect(driver.rules!.map((x) => x.id)).toEqual([...RULE_IDS]);
    for (const rule of driver.rules!) expect(rule.helpUri).toMatch(new RegExp(`#${rule.id}$`));
    // The golden file pins the rules that fired (other rules' descriptions may change).
    const fired = new Set(GOLDEN_RULES.split(','));
    driver.rules = driver.rules!.filter((x) => fired.has(x.id));
    driver.version = driver.semanticVersion = '<version>';
    await expect(`${JSON.stringify(log, null, 2)}\n`).toMatchFileSnapshot(golden('draft.sarif.json'));
  });

  it('markdown', async () => {
    const r = runCli(['--rule', GOLDEN_RULES, '-f', 'markdown', 'draft.txt', 'clean.txt'], { cwd: dir });
    await expect(r.stdout).toMatchFileSnapshot(golden('draft.md'));
  });

  it('colour on request, ESLint-style', () => {
    const r = runCli(['--rule', GOLDEN_RULES, '--color', 'draft.txt'], { cwd: dir });
    expect(r.stdout).toMatch(/\u001b\[33m警告/);
    expect(r.stdout).toMatch(/\u001b\[31m错误/);
  });
});

describe('the JSON contract', () => {
  it('one array, one element per file, exactly the documented keys', () => {
    const r = runCli(['-f', 'json', 'draft.txt', 'clean.txt'], { cwd: dir });
    const out = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    expect(out.map((f) => f.file)).toEqual(['draft.txt', 'clean.txt']);
    for (const file of out) {
      expect(Object.keys(file).sort()).toEqual(['diagnostics', 'file']);
      for (const d of file.diagnostics as Array<Record<string, unknown>>) {
        expect(Object.keys(d).sort()).toEqual(['category', 'fixes', 'message', 'range', 'rule', 'severity']);
        expect(['error', 'warning', 'info', 'hint']).toContain(d.severity);
        const range = d.range as { start: Record<string, number>; end: Record<string, number> };
        expect(Object.keys(range.start).sort()).toEqual(['character', 'line']);
        for (const fix of d.fixes as Array<Record<string, unknown>>) {
          expect(Object.keys(fix).sort()).toEqual(['edits', 'title']);
          for (const e of fix.edits as Array<Record<string, unknown>>) expect(Object.keys(e).sort()).toEqual(['newText', 'range']);
        }
      }
    }
  });

  it('ranges are 0-based lines and UTF-16 characters', () => {
    // 𠮷 is one character but two UTF-16 code units.
    writeTree(dir, { 'astral.txt': '标题\n（2024年3月15日）\n\n𠮷𠮷同志指出，投资XX亿元。\n' });
    const r = runCli(['-f', 'json', '--rule', 'placeholder', 'astral.txt'], { cwd: dir });
    const [file] = JSON.parse(r.stdout) as Array<{ diagnostics: Array<{ range: { start: { line: number; character: number } } }> }>;
    expect(file!.diagnostics.map((d) => d.range.start)).toEqual([{ line: 3, character: 11 }]);
  });
});

describe('exit codes', () => {
  it('0 for a clean draft (all rules)', () => {
    const r = runCli(['clean.txt'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('没有发现问题');
    expect(r.code).toBe(0);
  });

  it('0 when only info-level findings remain', () => {
    const d = scratchDir('info');
    writeTree(d, { 'a.txt': DRAFT, '.speechcheckrc.json': JSON.stringify({ rules: { placeholder: 'info', 'date-invalid': 'hint', 'date-format': 'info', 'date-weekday': 'info' } }) });
    const r = runCli(['--rule', GOLDEN_RULES, '-f', 'json', 'a.txt'], { cwd: d });
    const [file] = JSON.parse(r.stdout) as Array<{ diagnostics: unknown[] }>;
    expect(file!.diagnostics.length).toBeGreaterThan(0);
    expect(r.code).toBe(0);
  });

  it('1 for findings, with --quiet keeping only errors', () => {
    expect(runCli(['draft.txt'], { cwd: dir }).code).toBe(1);
    const quiet = runCli(['--rule', GOLDEN_RULES, '--quiet', '-f', 'json', 'draft.txt'], { cwd: dir });
    const [file] = JSON.parse(quiet.stdout) as Array<{ diagnostics: Array<{ rule: string; severity: string }> }>;
    expect(file!.diagnostics.map((d) => [d.rule, d.severity])).toEqual([['date-invalid', 'error']]);
    expect(quiet.code).toBe(1);
  });

  it('--disable turns a rule off', () => {
    const r = runCli(['--rule', GOLDEN_RULES, '--disable', 'placeholder', '-f', 'json', 'draft.txt'], { cwd: dir });
    expect(r.stdout).not.toContain('"placeholder"');
    expect(r.stdout).toContain('"date-invalid"');
  });

  it.each([
    [['--bogus', 'draft.txt'], /usage error/],
    [['-f', 'xml', 'draft.txt'], /usage error/],
    [[], /没有要检查的文件/],
    [['--rule', 'no-such-rule', 'draft.txt'], /no-such-rule/],
    [['--fix', '--fix-dry-run', 'draft.txt'], /cannot be combined/],
    [['--fix', '-'], /standard input/],
  ])('2 for bad usage: %j', (args, message) => {
    const r = runCli(args, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/用法错误/);
  });

  it('2 for a missing file, the other files still checked and reported', () => {
    const r = runCli(['-f', 'json', 'missing.txt', 'draft.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('找不到文件或目录 missing.txt');
    expect(r.stderr).toContain('no such file or directory: missing.txt');
    expect((JSON.parse(r.stdout) as Array<{ file: string }>).map((f) => f.file)).toEqual(['draft.txt']);
  });

  it('2 for an undecodable file (NUL bytes, or bytes of no known encoding); the good file is reported', () => {
    writeTree(dir, {
      'binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a, 0xff, 0x00]),
      'garbage.txt': Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0x80, 0x81, 0x7f, 0xff, 0x30, 0x81]),
    });
    const r = runCli(['-f', 'json', 'binary.txt', 'garbage.txt', 'draft.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('无法解码 binary.txt');
    expect(r.stderr).toContain('cannot decode garbage.txt');
    const out = JSON.parse(r.stdout) as Array<{ file: string; diagnostics: unknown[] }>;
    expect(out.map((f) => f.file)).toEqual(['draft.txt']);
    expect(out[0]!.diagnostics.length).toBeGreaterThan(0);
  });

  it('2 for a file over 20 MB, with a message instead of a crash', () => {
    const d = scratchDir('huge');
    fs.writeFileSync(path.join(d, 'huge.txt'), Buffer.alloc(21 * 1024 * 1024, 0x61));
    writeTree(d, { 'ok.txt': CLEAN_DRAFT });
    const r = runCli(['huge.txt', 'ok.txt'], { cwd: d });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('文件过大');
    expect(r.stderr).toContain('huge.txt');
    expect(r.stdout).toContain('没有发现问题');
  });
});

describe('inputs', () => {
  it('standard input as -', () => {
    const r = runCli(['--rule', GOLDEN_RULES, '-f', 'json', '-'], { cwd: dir, input: DRAFT });
    const [file] = JSON.parse(r.stdout) as Array<{ file: string; diagnostics: Array<{ rule: string }> }>;
    expect(file!.file).toBe('<stdin>');
    expect(file!.diagnostics.map((d) => d.rule)).toContain('placeholder');
    expect(r.code).toBe(1);
  });

  it('standard input in GB18030 is detected', () => {
    const iconv = require('iconv-lite') as typeof import('iconv-lite');
    const r = runCli(['--rule', 'placeholder', '-f', 'json', '-'], { cwd: dir, input: iconv.encode(DRAFT, 'gb18030') });
    const [file] = JSON.parse(r.stdout) as Array<{ diagnostics: Array<{ message: string }> }>;
    expect(file!.diagnostics[0]!.message).toContain('未填写的数字占位符“XX”');
  });

  it('directories expand to drafts recursively, skipping node_modules and .git; globs expand', () => {
    const d = scratchDir('tree');
    writeTree(d, {
      'drafts/a.txt': DRAFT,
      'drafts/sub/b.md': DRAFT,
      'drafts/c.speech.html': DRAFT,
      'drafts/notes.js': DRAFT,
      'drafts/node_modules/x.txt': DRAFT,
      'drafts/.git/y.txt': DRAFT,
    });
    const r = runCli(['-f', 'json', 'drafts'], { cwd: d });
    expect((JSON.parse(r.stdout) as Array<{ file: string }>).map((f) => f.file)).toEqual([
      'drafts/a.txt',
      'drafts/c.speech.html',
      'drafts/sub/b.md',
    ]);
    const g = runCli(['-f', 'json', 'drafts/**/*.md'], { cwd: d });
    expect((JSON.parse(g.stdout) as Array<{ file: string }>).map((f) => f.file)).toEqual(['drafts/sub/b.md']);
    const none = runCli(['drafts/**/*.docx'], { cwd: d });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('没有文件匹配');
  });
});

describe('.speechcheckrc.json', () => {
  it('is found upward from each file, with overrides for matching files', () => {
    const d = scratchDir('rc');
    writeTree(d, {
      '.speechcheckrc.json': JSON.stringify({
        rules: { 'date-weekday': 'off' },
        overrides: [{ files: ['team/quiet/*.txt'], rules: { placeholder: 'off' } }],
      }),
      'team/a.txt': DRAFT,
      'team/quiet/b.txt': DRAFT,
    });
    const r = runCli(['--rule', GOLDEN_RULES, '-f', 'json', 'team/a.txt', 'team/quiet/b.txt'], { cwd: path.join(d) });
    const out = JSON.parse(r.stdout) as Array<{ file: string; diagnostics: Array<{ rule: string }> }>;
    const rules = (i: number) => new Set(out[i]!.diagnostics.map((x) => x.rule));
    expect(rules(0).has('placeholder')).toBe(true);
    expect(rules(0).has('date-weekday')).toBe(false);
    expect(rules(1).has('placeholder')).toBe(false);
    expect(rules(1).has('date-invalid')).toBe(true);
  });

  it('stdin uses the rc file of the current directory; --config names one explicitly', () => {
    const d = scratchDir('rc-stdin');
    writeTree(d, {
      '.speechcheckrc.json': JSON.stringify({ rules: { placeholder: 'off' } }),
      'other.json': JSON.stringify({ rules: { 'date-invalid': 'off' } }),
    });
    const viaStdin = runCli(['--rule', GOLDEN_RULES, '-f', 'json', '-'], { cwd: d, input: DRAFT });
    expect(viaStdin.stdout).not.toContain('"placeholder"');
    const explicit = runCli(['--rule', GOLDEN_RULES, '-f', 'json', '--config', 'other.json', '-'], { cwd: d, input: DRAFT });
    expect(explicit.stdout).toContain('"placeholder"');
    expect(explicit.stdout).not.toContain('"date-invalid"');
  });

  it('an invalid rc file is exit 2 naming its path; files under other rc files are still checked', () => {
    const d = scratchDir('rc-bad');
    writeTree(d, {
      'bad/.speechcheckrc.json': JSON.stringify({ rules: { placeholder: 'loud' } }),
      'bad/a.txt': DRAFT,
      'bad/b.txt': DRAFT,
      'broken/.speechcheckrc.json': '{ "rules": ',
      'broken/c.txt': DRAFT,
      'good/d.txt': DRAFT,
    });
    const r = runCli(['-f', 'json', 'bad/a.txt', 'bad/b.txt', 'broken/c.txt', 'good/d.txt'], { cwd: d });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(path.join(d, 'bad', '.speechcheckrc.json'));
    expect(r.stderr).toContain(path.join(d, 'broken', '.speechcheckrc.json'));
    expect(r.stderr).toMatch(/无效|有误/);
    expect(r.stderr).toContain('bad/b.txt');
    expect((JSON.parse(r.stdout) as Array<{ file: string }>).map((f) => f.file)).toEqual(['good/d.txt']);
  });
});

describe('without nodejieba', () => {
  const preload = path.join(__dirname, 'fixtures', 'no-nodejieba.cjs');

  it('runs on jieba-js (or jieba-wasm when asked) silently and finds what nodejieba finds', () => {
    const native = runCli(['--rule', GOLDEN_RULES, '-f', 'json', 'draft.txt', 'clean.txt'], { cwd: dir, env: { SPEECHCHECK_SEGMENTER: 'nodejieba' } });
    const r = runCli(['--rule', GOLDEN_RULES, '-f', 'json', 'draft.txt', 'clean.txt'], { cwd: dir, nodeArgs: ['-r', preload] });
    const wasm = runCli(['--rule', GOLDEN_RULES, '-f', 'json', 'draft.txt', 'clean.txt'], { cwd: dir, nodeArgs: ['-r', preload], env: { SPEECHCHECK_SEGMENTER: 'wasm' } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(native.code);
    const rules = (out: string) =>
      (JSON.parse(out) as Array<{ diagnostics: Array<{ rule: string; range: unknown }> }>).map((f) =>
        f.diagnostics.map((d) => `${d.rule} ${JSON.stringify(d.range)}`),
      );
    expect(rules(r.stdout)).toEqual(rules(native.stdout));
    expect(wasm.stderr).toBe('');
    expect(rules(wasm.stdout)).toEqual(rules(native.stdout));
  });

  it('--version and --debug say which segmenter runs, and why jieba-js is not the one', () => {
    expect(runCli(['--version'], { cwd: dir }).stdout).toMatch(/^\d+\.\d+\.\d+\n分词 \/ segmenter: jieba-js \(\d+ ms\)\n$/);
    expect(runCli(['--version'], { cwd: dir, nodeArgs: ['-r', preload] }).stdout).toMatch(/segmenter: jieba-js \(\d+ ms\)\n$/);
    expect(runCli(['--version'], { cwd: dir, env: { SPEECHCHECK_SEGMENTER: 'nodejieba' } }).stdout).toMatch(/segmenter: nodejieba \(\d+ ms; jieba-js not used: SPEECHCHECK_SEGMENTER=nodejieba\)/);
    const v = runCli(['--version'], { cwd: dir, nodeArgs: ['-r', preload], env: { SPEECHCHECK_SEGMENTER: 'wasm' } });
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/segmenter: jieba-wasm \(\d+ ms; jieba-js not used: SPEECHCHECK_SEGMENTER=wasm\)/);
    const d = runCli(['--debug', '-f', 'json', 'draft.txt'], { cwd: dir, nodeArgs: ['-r', preload], env: { SPEECHCHECK_SEGMENTER: 'wasm' } });
    expect(d.stderr).toMatch(/^speechcheck: 分词 \/ segmenter: jieba-wasm \(/);
    expect(runCli(['-f', 'json', 'draft.txt'], { cwd: dir, nodeArgs: ['-r', preload] }).stderr).toBe('');
    const none = runCli(['--version'], { cwd: dir, nodeArgs: ['-r', preload], env: { SPEECHCHECK_SEGMENTER: 'nodejieba' } });
    expect(none.stdout).toContain('segmenter: none');
  });

  it('warns once on stderr when no segmenter loads, and runs the rules that need no segmentation', () => {
    const r = runCli(['--rule', GOLDEN_RULES, '-f', 'json', 'draft.txt', 'clean.txt'], {
      cwd: dir,
      nodeArgs: ['-r', preload],
      env: { SPEECHCHECK_SEGMENTER: 'nodejieba' },
    });
    expect(r.stderr).toContain('分词模块无法加载');
    expect(r.stderr).toContain("no segmenter could be loaded; rules that need segmentation were skipped, the others ran (nodejieba: Cannot find module 'nodejieba'");
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1); // once, not per file
    const out = JSON.parse(r.stdout) as Array<{ diagnostics: Array<{ rule: string }> }>;
    expect(out[0]!.diagnostics.map((d) => d.rule)).toContain('placeholder');
    expect(r.code).toBe(1);
  });
});

describe('speechcheck report', () => {
  it('Markdown by default: slots by kind, dates and formats, outline, totals', () => {
    const r = runCli(['report', 'draft.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('# 一致性报告：draft.txt');
    expect(r.stdout).toMatch(/\| XX \| 数字 \| 2 \| 第 5 行 \| [^|]*【XX】[^|]* \|/);
    expect(r.stdout).toMatch(/\| XX \| 人名 \| 1 \| 第 7 行 \| [^|]*【XX】同志[^|]* \|/);
    expect(r.stdout).toContain('| 6 | 2024-03-20 | 写法不规范，应为 2024年3月20日 |');
  });

  it('JSON: the report data with the file named', () => {
    const r = runCli(['report', '--format', 'json', 'draft.txt'], { cwd: dir });
    const data = JSON.parse(r.stdout) as { file: string; slots: { total: number }; dates: { consistent: boolean }; totals: { findings: number } };
    expect(data.file).toBe('draft.txt');
    expect(data.slots.total).toBe(3);
    expect(data.dates.consistent).toBe(false);
    expect(data.totals.findings).toBeGreaterThanOrEqual(6);
  });

  it('HTML: one self-contained page, document text escaped', () => {
    writeTree(dir, { 'evil.txt': '在<script>alert(1)</script>会上的讲话\n（2024年3月15日）\n\n投资XX亿元。\n' });
    const r = runCli(['report', '-f', 'html', 'evil.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(r.stdout).not.toContain('<script');
    expect(r.stdout).toContain('&#60;script&#62;');
  });

  it('reads standard input; exit 2 for a missing file or a second file', () => {
    expect(runCli(['report', '-f', 'json', '-'], { cwd: dir, input: DRAFT }).stdout).toContain('"file": "<stdin>"');
    const missing = runCli(['report', 'missing.txt'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('missing.txt');
    expect(runCli(['report', 'draft.txt', 'clean.txt'], { cwd: dir }).code).toBe(2);
  });
});

describe('paths as given', () => {
  it('files found under `.` are named relative to it', () => {
    const d = scratchDir('dot');
    writeTree(d, { 'a.txt': CLEAN_DRAFT, 'sub/b.txt': CLEAN_DRAFT });
    const r = runCli(['-f', 'json', '.'], { cwd: d });
    expect((JSON.parse(r.stdout) as Array<{ file: string }>).map((f) => f.file)).toEqual(['a.txt', 'sub/b.txt']);
  });
});
