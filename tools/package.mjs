// `npm run package`: one VSIX per platform VS Code runs on (`vsce package --target`).
//   linux-x64   the bundles + nodejieba's native binary (built here for glibc ≥ 2.29); where
//               that binary does not load (older Linux), the jieba-wasm fallback runs.
//   the others  the bundles + jieba-wasm only (no native code): win32-x64, win32-arm64,
//               darwin-x64, darwin-arm64, linux-arm64, alpine-x64.
// Files ship per .vscodeignore; for the wasm-only targets nodejieba's lines are dropped from
// it (portableIgnoreFile). VSIX names come from package.json's version.
//   node tools/package.mjs [--target t1,t2] [--no-build] [--out-dir dir]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const NATIVE_TARGETS = ['linux-x64'];
export const PORTABLE_TARGETS = ['win32-x64', 'win32-arm64', 'darwin-x64', 'darwin-arm64', 'linux-arm64', 'alpine-x64'];
export const TARGETS = [...NATIVE_TARGETS, ...PORTABLE_TARGETS];

/** .vscodeignore without nodejieba's files: what ships where only jieba-wasm runs. */
export function portableIgnoreFile() {
  const lines = readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n');
  const kept = lines.filter((l) => !/^!node_modules\/nodejieba\//.test(l.trim()));
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'speechcheck-ignore-')), '.vscodeignore');
  writeFileSync(file, kept.join('\n'));
  return file;
}

/** The .vscodeignore a target packages with (undefined: the repository's own). */
export function ignoreFileFor(target) {
  return NATIVE_TARGETS.includes(target) ? undefined : portableIgnoreFile();
}

export function vsixName(target) {
  const { name, version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  return `${name}-${target}-${version}.vsix`;
}

const VSCE = path.join(ROOT, 'node_modules/@vscode/vsce/vsce');

function run(args) {
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--target');
  const targets = i > 0 ? process.argv[i + 1].split(',') : TARGETS;
  for (const t of targets) if (!TARGETS.includes(t)) throw new Error(`unknown target ${t}; one of ${TARGETS.join(', ')}`);
  const o = process.argv.indexOf('--out-dir');
  const outDir = o > 0 ? path.resolve(process.argv[o + 1]) : ROOT;
  if (!process.argv.includes('--no-build')) run(['esbuild.mjs', '--production']);
  for (const target of targets) {
    const ignore = ignoreFileFor(target);
    console.log(`\n${target}: ${ignore ? 'jieba-wasm only' : 'nodejieba (native) + jieba-wasm fallback'}`);
    run([VSCE, 'package', '--no-yarn', '--target', target, '--out', path.join(outDir, vsixName(target)), ...(ignore ? ['--ignoreFile', ignore] : [])]);
  }
}
