// Bundles a tools/*.ts script (inside node_modules so nodejieba resolves) and runs it with
// the remaining arguments: `node tools/run-ts.mjs prose-measure <args>`.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

export async function runTs(name, args) {
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
  const out = path.join(root, 'node_modules', '.cache', `speechcheck-${name}-${process.pid}.cjs`);
  await esbuild.build({
    entryPoints: [path.join(root, 'tools', `${name}.ts`)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: out,
    external: ['nodejieba'],
    loader: { '.txt': 'text' },
    define: { __dirname: JSON.stringify(path.join(root, 'tools')) },
    logLevel: 'error',
  });
  const r = spawnSync(process.execPath, [out, ...args], { stdio: 'inherit' });
  fs.rmSync(out, { force: true });
  return r.status ?? 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  process.exit(await runTs(process.argv[2], process.argv.slice(3)));
}
