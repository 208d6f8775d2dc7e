/**
 * Many files are checked on worker threads (SPEECHCHECK_WORKERS forces the count): the report
 * is the sequential one byte for byte, in input order; a worker that dies loses only its file;
 * a worker out of its bounded heap hands its file back; the progress line still shows.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLEAN_DRAFT, CLI, DRAFT, ensureBuilt, runCli, scratchDir, writeTree, type CliRun } from './cli-helpers';

beforeAll(() => {
  ensureBuilt();
});

/**
 * A folder of drafts: a long one first (so later files finish before it on another worker),
 * findings and clean drafts, an undecodable file, and a subfolder with a broken rc file.
 */
function folder(): string {
  const dir = scratchDir('parallel');
  const files: Record<string, string | Buffer> = {};
  files['a-long.txt'] = `${DRAFT}\n${Array.from({ length: 400 }, (_, i) => `第${i + 1}段，完成投资XX亿元，于2024-03-20召开会议。`).join('\n')}\n`;
  for (let i = 0; i < 20; i++) files[`b-${String(i).padStart(2, '0')}.txt`] = i % 3 === 0 ? CLEAN_DRAFT : DRAFT.replace('XX%', `${i}X%`);
  files['c-binary.txt'] = Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0, 9, 0]);
  files['d-broken/.speechcheckrc.json'] = '{ "rules": ';
  files['d-broken/one.txt'] = DRAFT;
  files['d-broken/two.txt'] = DRAFT;
  files['e-last.txt'] = DRAFT;
  writeTree(dir, files);
  return dir;
}

function both(args: string[], cwd: string, env: Record<string, string> = {}, nodeArgs: string[] = []): [CliRun, CliRun] {
  return [
    runCli(args, { cwd, env: { ...env, SPEECHCHECK_WORKERS: '0' }, nodeArgs }),
    runCli(args, { cwd, env: { ...env, SPEECHCHECK_WORKERS: '2' }, nodeArgs }),
  ];
}

/** A preload that makes a worker thread (never the main thread) misbehave on reading a file. */
function preload(dir: string, body: string): string {
  const file = path.join(dir, '..', `${path.basename(dir)}-preload.cjs`);
  fs.writeFileSync(
    file,
    [
      "const fs = require('node:fs');",
      "if (!require('node:worker_threads').isMainThread) {",
      '  const open = fs.openSync;',
      '  fs.openSync = function (file, ...rest) {',
      `    if (String(file).includes('e-last') || String(file).includes('b-05')) { ${body} }`,
      '    return open.call(this, file, ...rest);',
      '  };',
      '}',
    ].join('\n'),
  );
  return file;
}

describe('checking on worker threads', () => {
  it.each([['json'], ['sarif'], ['stylish'], ['markdown']])('--format %s: the same report as one thread, in input order', (format) => {
    const dir = folder();
    try {
      const [one, many] = both(['--format', format, '.'], dir);
      expect(one.code).toBe(2);
      expect(many.stdout).toBe(one.stdout);
      expect(many.stderr).toBe(one.stderr);
      expect(many.code).toBe(one.code);
      if (format === 'json') {
        // Written file by file, still one document: `[`, one compact entry a line, `]`.
        const lines = many.stdout.split('\n');
        expect(lines[0]).toBe('[');
        expect(lines.slice(-2)).toEqual([']', '']);
        const entries = lines.slice(1, -2);
        expect(entries).toHaveLength(22);
        entries.forEach((line, i) => expect(line).toBe(`${JSON.stringify(JSON.parse(line.replace(/,$/, '')))}${i < entries.length - 1 ? ',' : ''}`));
      }
      if (format === 'sarif') {
        // One document, laid out as JSON.stringify(log, null, 2) but for its results: one compact result a line.
        const log = JSON.parse(many.stdout) as { runs: Array<{ results: unknown[] }> };
        const results = log.runs[0]!.results;
        const compact = results.map((r, i) => `        ${JSON.stringify(r)}${i < results.length - 1 ? ',' : ''}`).join('\n');
        log.runs[0]!.results = ['\u0000'];
        const [head, tail] = `${JSON.stringify(log, null, 2)}\n`.split(/ *"\\u0000"\n/) as [string, string];
        expect(many.stdout).toBe(`${head}${compact}\n${tail}`);
      }
      if (format === 'sarif') {
        const run = (JSON.parse(many.stdout) as { runs: Array<{ artifacts: unknown[]; results: unknown[]; invocations: Array<{ toolExecutionNotifications: unknown[] }> }> }).runs[0]!;
        expect(run.artifacts).toHaveLength(22);
        expect(run.results.length).toBeGreaterThan(22);
        expect(run.invocations[0]!.toolExecutionNotifications).toHaveLength(3);
      }
      if (format === 'json') {
        const names = (JSON.parse(many.stdout) as Array<{ file: string }>).map((r) => r.file);
        expect(names).toEqual([...names].sort());
        expect(names).toHaveLength(22);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--fix-dry-run and --fix: the same diffs, the same files written, the same report', () => {
    const dir = folder();
    const copy = `${dir}-copy`;
    fs.cpSync(dir, copy, { recursive: true });
    try {
      const [dryOne, dryMany] = both(['--fix-dry-run', '.'], dir);
      expect(dryMany).toEqual(dryOne);
      expect(dryOne.stdout).toContain('+++ b-01.txt');
      const one = runCli(['--fix', '--format', 'json', '.'], { cwd: dir, env: { SPEECHCHECK_WORKERS: '0' } });
      const many = runCli(['--fix', '--format', 'json', '.'], { cwd: copy, env: { SPEECHCHECK_WORKERS: '2' } });
      expect(many.stdout).toBe(one.stdout);
      expect(many.stderr.split(copy).join(dir)).toBe(one.stderr);
      expect(many.code).toBe(one.code);
      for (const f of ['a-long.txt', 'b-01.txt', 'e-last.txt']) {
        expect(fs.readFileSync(path.join(copy, f), 'utf8')).toBe(fs.readFileSync(path.join(dir, f), 'utf8'));
      }
      expect(fs.readFileSync(path.join(dir, 'b-01.txt'), 'utf8')).not.toBe(DRAFT.replace('XX%', '1X%'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });

  it('a worker that dies on a file loses only that file: it is named as an error, the others are reported', () => {
    const dir = folder();
    try {
      const crash = preload(dir, 'process.exit(7);');
      const [one, many] = both(['--format', 'json', '.'], dir, {}, ['-r', crash]);
      expect(one.code).toBe(2); // the broken rc file
      expect(many.code).toBe(2);
      expect(many.stderr).toMatch(/internal error while checking b-05\.txt/);
      expect(many.stderr).toMatch(/internal error while checking e-last\.txt/);
      const seq = JSON.parse(one.stdout) as Array<{ file: string }>;
      const par = JSON.parse(many.stdout) as Array<{ file: string }>;
      expect(par).toEqual(seq.filter((r) => r.file !== 'b-05.txt' && r.file !== 'e-last.txt'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a worker that runs out of its bounded heap hands its file back: the report is complete', () => {
    const dir = folder();
    try {
      const hog = preload(dir, 'const keep = []; for (;;) keep.push(new Array(1e5).fill(keep.length));');
      const [one, many] = both(['--format', 'json', '.'], dir, {}, ['-r', hog]);
      expect(many.stdout).toBe(one.stdout);
      expect(many.stderr).toBe(one.stderr);
      expect(many.code).toBe(one.code);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the progress line on a terminal counts the files written, and is cleared before the report', () => {
    const dir = folder();
    try {
      const tty = path.join(dir, '..', `${path.basename(dir)}-tty.cjs`);
      fs.writeFileSync(tty, "Object.defineProperty(process.stderr, 'isTTY', { value: true });\n");
      const many = runCli(['--format', 'json', '.'], { cwd: dir, env: { SPEECHCHECK_WORKERS: '2' }, nodeArgs: ['-r', tty] });
      const shown = [...many.stderr.matchAll(/\r已检查 (\d+)\/(\d+) 个文件[^\r]*?\u001b\[K/g)].map((m) => [Number(m[1]), Number(m[2])]);
      expect(shown[0]).toEqual([0, 25]);
      expect(shown.map(([done]) => done)).toEqual([...shown.map(([done]) => done!)].sort((a, b) => a - b));
      // Cleared before the failures are named.
      expect(many.stderr).toMatch(/\r\u001b\[Kspeechcheck: /);
      expect(JSON.parse(many.stdout)).toHaveLength(22);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([['0'], ['2']])('SPEECHCHECK_WORKERS=%s: a reader slower than the report gets all of it (the command waits for it)', async (workers) => {
    const dir = folder();
    try {
      const expected = runCli(['--format', 'json', '.'], { cwd: dir, env: { SPEECHCHECK_WORKERS: '0' } });
      expect(Buffer.byteLength(expected.stdout)).toBeGreaterThan(256 * 1024); // more than a pipe holds
      const env = { ...process.env, SPEECHCHECK_TODAY: '2024-03-15', NO_COLOR: '1', SPEECHCHECK_WORKERS: workers };
      const child = spawn(process.execPath, [CLI, '--format', 'json', '.'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'ignore'] });
      const chunks: Buffer[] = [];
      child.stdout.pause();
      setTimeout(() => child.stdout.on('data', (c: Buffer) => chunks.push(c)).resume(), 1500);
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(code).toBe(expected.code);
      expect(Buffer.concat(chunks).toString('utf8')).toBe(expected.stdout);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('no worker is tried with fewer logical CPUs than the pool grows from', () => {
    const dir = folder();
    try {
      const files: Record<string, string> = {};
      for (let i = 0; i < 80; i++) files[`f-${String(i).padStart(3, '0')}.txt`] = DRAFT.replace('XX%', `${i}X%`);
      writeTree(dir, files);
      const cpus = os.availableParallelism?.() ?? os.cpus().length;
      const env = { SPEECHCHECK_WORKERS: '', SPEECHCHECK_POOL_MARGIN: '0', SPEECHCHECK_POOL_WINDOW_MS: '1' };
      const above = runCli(['--debug', '--format', 'json', '.'], { cwd: dir, env: { ...env, SPEECHCHECK_POOL_MIN_CPUS: String(cpus + 1) } });
      expect(above.stderr).not.toContain('pool:');
      expect(above.stdout).toBe(runCli(['--format', 'json', '.'], { cwd: dir, env: { SPEECHCHECK_WORKERS: '0' } }).stdout);
      if (cpus >= 2) {
        // The same run where the CPUs suffice does try one.
        const within = runCli(['--debug', '--format', 'json', '.'], { cwd: dir, env: { ...env, SPEECHCHECK_POOL_MIN_CPUS: '2' } });
        expect(within.stderr).toContain('pool: start');
        expect(within.stdout).toBe(above.stdout);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  // The pool grows only without SPEECHCHECK_WORKERS, from 64 files, on 3 logical CPUs or more
  // (SPEECHCHECK_POOL_MIN_CPUS=2 lets it grow on two, as a 2-CPU machine runs the tests).
  it.skipIf((os.availableParallelism?.() ?? os.cpus().length) < 2).each([
    ['kept', '0'],
    ['retired', '1000'],
  ])('grown pool, its worker %s: the same report as one thread (the command thread checks files too)', (how, margin) => {
    const FILES = 480;
    const dir = folder();
    try {
      const files: Record<string, string> = {};
      for (let i = 0; i < FILES; i++) files[`f-${String(i).padStart(3, '0')}.txt`] = (i % 4 === 0 ? CLEAN_DRAFT : DRAFT.replace('XX%', `${i}X%`)).repeat(24);
      // Drafts of some KB, enough of them that the command's thread does not finish them all before the
      // worker's cold start and its trial are over, even when other test files load the machine: the trial
      // takes ~150 files, and the command's thread goes on checking while the worker starts (at 12 repeats
      // it sometimes finished first; at 24 repeats and 240 files once, in a fresh-clone CI run).
      writeTree(dir, files);
      const one = runCli(['--format', 'json', '.'], { cwd: dir, env: { SPEECHCHECK_WORKERS: '0' } });
      const env = { SPEECHCHECK_WORKERS: '', SPEECHCHECK_POOL_MARGIN: margin, SPEECHCHECK_POOL_WINDOW_MS: '1', SPEECHCHECK_POOL_MIN_CPUS: '2' };
      const grown = runCli(['--debug', '--format', 'json', '.'], { cwd: dir, env });
      expect(grown.stderr).toContain(`pool: ${how === 'kept' ? 'keep' : 'retire'}`);
      expect(grown.stdout).toBe(one.stdout);
      expect(grown.code).toBe(one.code);
      expect(JSON.parse(grown.stdout)).toHaveLength(FILES + 22);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
