/**
 * dist/cli.js runs the bundle with the code cache the build made, only when the cache was made
 * from that very bundle: V8 itself compares only the source's length, so a rebuilt bundle of
 * the same length would run the old code.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from './cli-helpers';

const DIST = path.join(ROOT, 'dist');
let dir: string | undefined;

beforeAll(() => {
  ensureBuilt();
});

afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** A copy of the command (inside the project, so node_modules resolves), its bundle changed by `edit`. */
function copy(edit: (bundle: string) => string, cache?: (bytes: Buffer) => Buffer): string {
  dir = fs.mkdtempSync(path.join(ROOT, '.scratch-loader-'));
  fs.copyFileSync(path.join(DIST, 'cli.js'), path.join(dir, 'cli.js'));
  // The engine's data, which the bundle reads from beside it when it loads.
  fs.cpSync(path.join(DIST, 'data'), path.join(dir, 'data'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'cli-main.js'), edit(fs.readFileSync(path.join(DIST, 'cli-main.js'), 'latin1')), 'latin1');
  const bytes = fs.readFileSync(path.join(DIST, 'cli-main.cache'));
  fs.writeFileSync(path.join(dir, 'cli-main.cache'), cache ? cache(bytes) : bytes);
  return dir;
}

function help(d: string): string {
  const r = spawnSync(process.execPath, [path.join(d, 'cli.js'), '--help'], { encoding: 'utf8' });
  expect(r.status).toBe(0);
  return r.stdout;
}

const SAME_LENGTH = (s: string): string => s.replace('Checks Chinese speech drafts.', 'Checks Chinese speech DRAFTS.');

describe('the code cache', () => {
  it('the build made one, stamped with the bundle it was made from', () => {
    const bundle = fs.readFileSync(path.join(DIST, 'cli-main.js'), 'latin1');
    const stamp = /\/\/# speechcheck-build=([0-9a-f]{64})\n$/.exec(bundle)?.[1];
    expect(stamp).toBeDefined();
    expect(fs.readFileSync(path.join(DIST, 'cli-main.cache')).subarray(0, 32).toString('hex')).toBe(stamp);
    expect(bundle).toContain('Checks Chinese speech drafts.');
  });

  it('is not used for a rebuilt bundle of the same length (another stamp)', () => {
    const d = copy((s) => SAME_LENGTH(s).replace(/speechcheck-build=[0-9a-f]{64}/, `speechcheck-build=${'0'.repeat(64)}`));
    expect(help(d)).toContain('Checks Chinese speech DRAFTS.');
  });

  it('is not used when the bundle has no stamp (esbuild --watch)', () => {
    const d = copy((s) => SAME_LENGTH(s).replace(/\/\/# speechcheck-build=[0-9a-f]{64}\n$/, (m) => ' '.repeat(m.length - 1) + '\n'));
    expect(help(d)).toContain('Checks Chinese speech DRAFTS.');
  });

  it('a damaged cache is ignored', () => {
    const d = copy((s) => s, (bytes) => Buffer.concat([bytes.subarray(0, 32), Buffer.alloc(bytes.length - 32, 7)]));
    expect(help(d)).toContain('Checks Chinese speech drafts.');
  });
});
