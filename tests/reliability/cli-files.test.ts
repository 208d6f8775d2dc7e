/**
 * The command line never loses a file and never hangs on what it is given (issue 8):
 * `--fix` replaces a file atomically (a kill during the write leaves the original), a failed
 * write reports what is on disk, devices and FIFOs are refused, a symlink loop visits each
 * real file once and links out of the folder are named, not followed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureBuilt, runCli, scratchDir } from '../cli/cli-helpers';

/** A draft with safe fixes all through it (half-width commas between Chinese characters). */
function draftOf(bytes: number): string {
  const para = '今天,我们召开全市经济工作会议,主要任务是总结工作,部署任务。\n';
  return `在全市经济工作会议上的讲话\n（2024年3月15日）\n\n${para.repeat(Math.ceil(bytes / Buffer.byteLength(para)))}`;
}

/** Preloads that make the write fail in a given way, as a kill or a read-only disk would. */
function preload(dir: string, name: string, body: string): string {
  const file = path.join(dir, `${name}.cjs`);
  fs.writeFileSync(file, `const fs = require('node:fs');\n${body}\n`);
  return file;
}

/** Kills the process halfway through its first write to the draft, whichever call writes it. */
const KILL_MID_WRITE = `
const kill = () => process.kill(process.pid, 'SIGKILL');
const writeSync = fs.writeSync;
fs.writeSync = function (fd, buf, off, len, ...rest) {
  if (typeof buf !== 'string' && buf.length > 1e6) {
    writeSync.call(fs, fd, buf, off ?? 0, Math.floor((len ?? buf.length) / 2));
    fs.fsyncSync(fd);
    kill();
  }
  return writeSync.call(fs, fd, buf, off, len, ...rest);
};
const writeFileSync = fs.writeFileSync;
fs.writeFileSync = function (file, data, ...rest) {
  if (String(file).endsWith('draft.txt') && data.length > 1e6) {
    const fd = fs.openSync(file, 'w');
    writeSync.call(fs, fd, data, 0, Math.floor(data.length / 2));
    fs.fsyncSync(fd);
    kill();
  }
  return writeFileSync.call(fs, file, data, ...rest);
};`;

/** Every way of putting bytes into the draft fails, as on a read-only or full disk. */
const FAIL_WRITE = `
const fail = () => Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' });
fs.writeFileSync = () => { throw fail(); };
fs.renameSync = () => { throw fail(); };
fs.openSync = ((open) => (file, flags, ...rest) => {
  if (flags !== 'r' && flags !== undefined && typeof flags === 'string') throw fail();
  return open.call(fs, file, flags, ...rest);
})(fs.openSync);`;

describe('the command line and the files it is given', () => {
  beforeAll(() => ensureBuilt());

  it('a kill during the write of --fix leaves the original file whole', () => {
    const dir = scratchDir('kill');
    const file = path.join(dir, 'draft.txt');
    const draft = draftOf(1100 * 1024);
    fs.writeFileSync(file, draft);
    fs.chmodSync(file, 0o640);
    const run = runCli(['--fix', 'draft.txt'], { cwd: dir, nodeArgs: ['-r', preload(dir, 'kill', KILL_MID_WRITE)] });
    expect(run.code, run.stderr).not.toBe(0); // killed
    expect(fs.readFileSync(file, 'utf8') === draft).toBe(true);
    expect(fs.statSync(file).mode & 0o777).toBe(0o640);
  }, 120_000);

  it('--fix writes the fixed file with its mode, and leaves no temporary file', () => {
    const dir = scratchDir('atomic');
    const file = path.join(dir, 'draft.txt');
    fs.writeFileSync(file, draftOf(2000));
    fs.chmodSync(file, 0o604);
    const run = runCli(['--fix', 'draft.txt'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(fs.readFileSync(file, 'utf8')).not.toContain(',');
    expect(fs.statSync(file).mode & 0o777).toBe(0o604);
    expect(fs.readdirSync(dir).filter((f) => !f.endsWith('.cjs'))).toEqual(['draft.txt']);
  });

  it('when the write fails, the report shows the findings of the file on disk', () => {
    const dir = scratchDir('unwritable');
    const file = path.join(dir, 'draft.txt');
    const draft = `在全市经济工作会议上的讲话\n（2024年3月15日）\n\n${'今天，，我们召开会议。。\n'.repeat(6)}`;
    fs.writeFileSync(file, draft);
    const before = JSON.parse(runCli(['--format', 'json', 'draft.txt'], { cwd: dir }).stdout)[0].diagnostics.length;
    expect(before).toBeGreaterThan(5);
    const run = runCli(['--fix', '--format', 'json', 'draft.txt'], { cwd: dir, nodeArgs: ['-r', preload(dir, 'fail', FAIL_WRITE)] });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot write draft\.txt/);
    expect(JSON.parse(run.stdout)[0].diagnostics.length).toBe(before);
    expect(fs.readFileSync(file, 'utf8')).toBe(draft);
    expect(fs.readdirSync(dir).filter((f) => !f.endsWith('.cjs'))).toEqual(['draft.txt']);
  });

  it('/dev/zero is refused at once (exit 2, a clear message)', () => {
    if (!fs.existsSync('/dev/zero')) return;
    const t0 = Date.now();
    const run = runCli(['/dev/zero'], { cwd: scratchDir('zero') });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/not a regular file/);
    expect(Date.now() - t0).toBeLessThan(20_000);
  });

  it('standard input is read up to the size limit, not forever', () => {
    if (!fs.existsSync('/dev/zero')) return;
    const out = execFileSync('sh', ['-c', `"${process.execPath}" "${path.resolve('dist/cli.js')}" - < /dev/zero; echo "rc=$?"`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 60_000,
    });
    expect(out).toMatch(/rc=2/);
  }, 70_000);

  it('a FIFO is refused, not waited on', () => {
    if (process.platform === 'win32') return;
    const dir = scratchDir('fifo');
    execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
    const run = runCli(['pipe.txt', '.'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/pipe\.txt.*not a regular file/);
  });

  it('a symlink loop visits each real file once; a link out of the folder is named, not followed', () => {
    if (process.platform === 'win32') return;
    const dir = scratchDir('loop');
    const outside = scratchDir('outside');
    fs.mkdirSync(path.join(dir, 'drafts', 'a'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'drafts', 'a', 'd.txt'), '今天,我们开会。\n');
    fs.writeFileSync(path.join(outside, 'secret.txt'), '今天,我们开会。\n');
    fs.symlinkSync('..', path.join(dir, 'drafts', 'a', 'up'));
    fs.symlinkSync('.', path.join(dir, 'drafts', 'self'));
    fs.symlinkSync(outside, path.join(dir, 'drafts', 'out'));
    const run = runCli(['--format', 'json', 'drafts'], { cwd: dir });
    const files = (JSON.parse(run.stdout) as Array<{ file: string }>).map((r) => r.file);
    expect(files).toEqual(['drafts/a/d.txt']);
    expect(run.stderr).toMatch(/1 file\(s\) in drafts .*outside/);
  });
});
