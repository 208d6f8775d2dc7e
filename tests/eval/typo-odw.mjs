// Measures the typo rule on ECSpell's odw.train (official documents; `n_errors \t wrong \t
// correct` per line): sentence-level detection precision and recall. A sentence counts as
// detected when the rule flags at least one typo in it and it has one; a flag on a
// sentence without errors is a false positive. Also reports how many flags sit on a
// character that really differs. odw.train is never used to build the vocabulary.
// Usage: node tests/eval/typo-odw.mjs [path/to/odw.train] [--show-fp] [--show-fn]
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const file = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? path.join(root, '..', 'shared', 'data', 'ecspell', 'odw.train');
if (!fs.existsSync(file)) {
  console.error(`odw.train not found at ${file}`);
  process.exit(2);
}
// Inside node_modules so the bundle resolves nodejieba.
const bundle = path.join(root, 'node_modules', '.cache', `speechcheck-typo-eval-${process.pid}.cjs`);
fs.mkdirSync(path.dirname(bundle), { recursive: true });
await esbuild.build({
  stdin: {
    contents: `export { findTypos } from './server/src/engine/rules/typo';
      export { SpeechDocument } from './server/src/engine/analysis/document';
      export { loadSegmenterSync } from './server/src/engine/analysis/segment';`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: bundle,
  external: ['nodejieba'],
  loader: { '.txt': 'text' },
  logLevel: 'error',
  nodePaths: [path.join(root, 'node_modules')],
});
const require = createRequire(path.join(root, 'package.json'));
const { findTypos, SpeechDocument, loadSegmenterSync } = require(bundle);
fs.rmSync(bundle, { force: true });

export function evaluate(lines, seg) {
  let tp = 0, fp = 0, fn = 0, tn = 0, flags = 0, onError = 0;
  const fps = [], fns = [];
  for (const line of lines) {
    const [n, wrong, correct] = line.split('\t');
    if (wrong === undefined || correct === undefined) continue;
    const hasError = Number(n) > 0;
    const found = findTypos(new SpeechDocument(wrong), seg, false);
    if (found.length > 0 && hasError) tp++;
    else if (found.length > 0) { fp++; fps.push(`${wrong}  ⟵ ${found.map((t) => `${t.wrong}→${t.right}`).join(', ')}`); }
    else if (hasError) { fn++; fns.push(`${wrong}\n  ${correct}`); }
    else tn++;
    for (const t of found) {
      flags++;
      if (wrong.length === correct.length && [...wrong.slice(t.start, t.end)].some((c, i) => c !== correct[t.start + i])) onError++;
    }
  }
  return { tp, fp, fn, tn, precision: tp / Math.max(1, tp + fp), recall: tp / Math.max(1, tp + fn), flags, onError, fps, fns };
}

const t0 = Date.now();
const seg = loadSegmenterSync();
const r = evaluate(fs.readFileSync(file, 'utf8').split(/\r?\n/), seg);
console.log(`odw.train: ${r.tp + r.fn} sentences with typos, ${r.fp + r.tn} without`);
console.log(`sentence-level precision ${r.precision.toFixed(3)} (${r.tp}/${r.tp + r.fp}), recall ${r.recall.toFixed(3)} (${r.tp}/${r.tp + r.fn})`);
console.log(`flags on a wrong character: ${r.onError}/${r.flags}; ${Date.now() - t0} ms`);
if (process.argv.includes('--show-fp')) console.log('False positives:\n' + r.fps.join('\n'));
if (process.argv.includes('--show-fn')) console.log('Missed:\n' + r.fns.slice(0, 80).join('\n'));
