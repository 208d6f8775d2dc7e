/**
 * Runs the three formulation rules over a folder of correct text and prints every finding
 * with its context and the rate per 10,000 characters (issue 15's precision measure).
 * Usage: node esbuild bundle of this file <dir>
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkSync } from '../server/src/engine/check';
import { loadSegmenterSync } from '../server/src/engine/analysis/segment';

const dir = process.argv[2]!;
const rules = ['formulation-wording', 'formulation-members', 'formulation-current'];
let chars = 0;
const counts: Record<string, number> = {};
for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
  const text = readFileSync(path.join(dir, f), 'utf8');
  chars += text.length;
  for (const x of checkSync(text, {}, loadSegmenterSync())) {
    if (!rules.includes(x.rule)) continue;
    counts[x.rule] = (counts[x.rule] ?? 0) + 1;
    console.log(`${f}\t${x.rule}\t${text.slice(Math.max(0, x.start - 15), x.end + 15).replace(/\n/g, '⏎')}\t${x.message}`);
  }
}
console.log(`chars ${chars}`);
for (const r of rules) console.log(`${r}\t${counts[r] ?? 0}\t${(((counts[r] ?? 0) * 10000) / chars).toFixed(3)} per 10k`);
