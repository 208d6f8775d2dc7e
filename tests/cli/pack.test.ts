/**
 * The command line as a user installs it: `npm pack` builds the tarball, `npm install -g` puts
 * it into a fresh prefix (no project .npmrc, no devDependencies), and `speechcheck 讲话稿.txt`
 * runs from there. nodejieba is an optional dependency: where it cannot be installed or built
 * (offline, no compiler, install scripts not allowed) the install still succeeds and the
 * jieba-wasm fallback segments. Installs offline from npm's cache first, then from the
 * registry; skipped with a message when neither can install.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from './cli-helpers';
import { DATA_FILES, DICT_FILES, VENDOR_FILES } from '../dict-files';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const DRAFT = '在全市工作会议上的讲话\n（2024年3月15日）\n\n同志们：\n今年完成投资XX亿元，抓好“放管服”改革。\n';

let tmp = '';
let prefix = '';
let installed: string | undefined; // why the install could not run, or undefined once installed
let packed: string[] = [];

function npm(args: string[], cwd: string, timeout: number) {
  // A clean npm environment: not the npm_config_* of an `npm test` in the clone.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  return spawnSync(NPM, args, { cwd, env, encoding: 'utf8', timeout });
}

function bin(): string {
  return process.platform === 'win32' ? path.join(prefix, 'speechcheck.cmd') : path.join(prefix, 'bin', 'speechcheck');
}

beforeAll(() => {
  ensureBuilt();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'speechcheck-pack-'));
  prefix = path.join(tmp, 'prefix');
  // dist/ is already built: no prepare script while other tests read dist/.
  const pack = npm(['pack', ROOT, '--ignore-scripts', '--json', '--pack-destination', tmp], tmp, 120_000);
  expect(pack.status, pack.stderr).toBe(0);
  const info = JSON.parse(pack.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
  packed = info[0]!.files.map((f) => f.path).sort();
  const tgz = path.join(tmp, info[0]!.filename);
  const attempts: string[] = [];
  for (const mode of [['--offline'], []]) {
    const r = npm(['install', '-g', '--prefix', prefix, tgz, '--no-audit', '--no-fund', ...mode], tmp, 180_000);
    if (r.status === 0 && fs.existsSync(bin())) {
      installed = undefined;
      return;
    }
    attempts.push(`${mode.join(' ') || 'registry'}: ${r.error?.message ?? r.stderr.trim().split('\n').slice(-3).join(' ')}`);
  }
  installed = attempts.join('; ');
}, 420_000);

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe('npm pack', () => {
  it('packs only what runs: the CLI bundle, the engine, dictionaries, jieba-wasm and the notices', () => {
    expect(packed).toEqual(
      [
        'CHANGELOG.md',
        'LICENSE',
        'NOTICE',
        'README.md',
        'dist/cli.js',
        'dist/cli-main.js',
        'dist/cli-main.cache',
        ...DICT_FILES,
        ...DATA_FILES,
        ...VENDOR_FILES,
        'dist/engine.js',
        'dist/jieba_rs_wasm_bg.wasm',
        'package.json',
      ].sort(),
    );
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.bin).toEqual({ speechcheck: 'dist/cli.js' });
    expect(pkg.files).toBeUndefined(); // .npmignore says what ships: vsce refuses "files" beside .vscodeignore
    expect(pkg.dependencies ?? {}).toEqual({}); // everything else is bundled
    expect(Object.keys(pkg.optionalDependencies)).toEqual(['nodejieba']);
  });

  it('installs globally into a fresh prefix and checks a draft from anywhere', (ctx) => {
    if (installed !== undefined) {
      console.log(`pack.test: skipped, npm could not install the tarball (${installed})`);
      ctx.skip();
    }
    const work = fs.mkdtempSync(path.join(tmp, 'work-'));
    fs.writeFileSync(path.join(work, '讲话稿.txt'), DRAFT);
    const r = spawnSync(bin(), ['讲话稿.txt'], { cwd: work, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('讲话稿.txt');
    expect(r.stdout).toMatch(/5:\d+ +警告 +未填写的数字占位符“XX”/);
    const v = spawnSync(bin(), ['--version'], { cwd: work, encoding: 'utf8', timeout: 60_000 });
    expect(v.status).toBe(0);
    // jieba-js, from the table the package ships (dist/dict/jieba-js.bin), whether or not nodejieba built.
    expect(v.stdout).toMatch(/^\d+\.\d+\.\d+\n分词 \/ segmenter: jieba-js \(\d+ ms\)\n$/);
    console.log(`pack.test: installed ${v.stdout.trim().replace(/\n/g, '; ')}`);
  }, 120_000);
});
