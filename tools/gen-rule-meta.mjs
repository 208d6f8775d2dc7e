#!/usr/bin/env node
/**
 * `npm run gen:rules`: rewrites the files generated from the rules' metadata (rule-meta.mjs).
 * `--check`: writes nothing, lists the files out of step and exits 1 if any.
 */
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { generate } from './rule-meta.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'speechcheck-rules-'));
let rules;
try {
  const outfile = path.join(tmp, 'rules.cjs');
  await esbuild.build({
    entryPoints: [path.join(root, 'server/src/engine/rules/index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['nodejieba'],
    loader: { '.txt': 'text' },
    logLevel: 'error',
  });
  rules = createRequire(import.meta.url)(outfile).RULES;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const names = ['package.json', 'package.nls.json', 'package.nls.zh-cn.json', 'README.md'];
const current = Object.fromEntries(names.map((n) => [n, readFileSync(path.join(root, n), 'utf8')]));
const next = generate(rules, current);
const stale = names.filter((n) => next[n] !== current[n]);
if (process.argv.includes('--check')) {
  if (stale.length) {
    console.error(`Out of step with the rules' metadata: ${stale.join(', ')}. Run npm run gen:rules.`);
    process.exit(1);
  }
} else {
  for (const n of stale) writeFileSync(path.join(root, n), next[n]);
  console.log(stale.length ? `Rewrote ${stale.join(', ')}` : 'Up to date');
}
