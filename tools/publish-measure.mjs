// Bundles tools/publish-measure.ts (inside node_modules so nodejieba resolves) and runs it.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = path.join(root, 'node_modules', '.cache', `speechcheck-publish-measure-${process.pid}.cjs`);
await esbuild.build({
  entryPoints: [path.join(root, 'tools', 'publish-measure.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: out,
  external: ['nodejieba'],
  loader: { '.txt': 'text' },
  define: { __dirname: JSON.stringify(path.join(root, 'tools')) },
  logLevel: 'error',
});
const r = spawnSync(process.execPath, [out, ...process.argv.slice(2)], { stdio: 'inherit' });
fs.rmSync(out, { force: true });
process.exit(r.status ?? 1);
