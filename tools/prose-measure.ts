/**
 * Issue 10's measure for the quotation, 提法 and residue rules: recall and stray findings on
 * the excerpt files (tests/corpus/residue-rules.json, tests/corpus/quotes.json), and false
 * alarms per 10,000 characters on correct text (every `.txt` under the folders given, one
 * draft per file; for `odw-correct.txt`, one sentence per line checked as one text).
 * Usage: node tools/prose-measure.mjs [dir…] [--show]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { checkSync } from '../server/src/engine/check';
import { loadSegmenterSync } from '../server/src/engine/analysis/segment';
import type { Finding } from '../server/src/engine/model/types';

interface Case {
  source: string;
  text: string;
  rules: string[];
  expect: Array<{ rule: string; match: string }>;
}

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const show = args.includes('--show');
const dirs = args.filter((a) => !a.startsWith('--'));
const seg = loadSegmenterSync();
const check = (text: string): Finding[] => checkSync(text, { today: new Date(2024, 2, 15) }, seg);

for (const file of ['residue-rules.json', 'quotes.json']) {
  let cases: Case[];
  try {
    cases = JSON.parse(readFileSync(path.join(root, 'tests', 'corpus', file), 'utf8'));
  } catch {
    continue;
  }
  const per: Record<string, { want: number; found: number; stray: number }> = {};
  for (const c of cases) {
    const fs = check(c.text);
    for (const rule of c.rules) {
      const p = (per[rule] ??= { want: 0, found: 0, stray: 0 });
      const got = fs.filter((f) => f.rule === rule).map((f) => c.text.slice(f.start, f.end));
      const want = c.expect.filter((e) => e.rule === rule).map((e) => e.match);
      p.want += want.length;
      for (const w of want) {
        const k = got.indexOf(w);
        if (k >= 0) {
          p.found++;
          got.splice(k, 1);
        } else if (show) console.log(`MISS ${rule}\t${w}\t${c.source}`);
      }
      p.stray += got.length;
      if (show) for (const g of got) console.log(`STRAY ${rule}\t${g}\t${c.source}`);
    }
  }
  for (const [rule, p] of Object.entries(per))
    console.log(`${file}\t${rule}\trecall ${p.found}/${p.want} = ${(p.found / Math.max(1, p.want)).toFixed(3)}\tstray ${p.stray}`);
}

const RULES = ['typo', 'cjk-space', 'quote-pair', 'slogan-variant', 'slogan-numeral', 'web-residue', 'broken-line', 'punct-halfwidth'];
const texts: Array<[string, string]> = [];
for (const d of dirs) {
  const files = statSync(d).isDirectory() ? readdirSync(d).filter((n) => n.endsWith('.txt')).sort().map((n) => path.join(d, n)) : [d];
  for (const f of files) {
    const t = readFileSync(f, 'utf8');
    // odw repeats some sentences; each counts once.
    if (path.basename(f) === 'odw-correct.txt') [...new Set(t.split('\n'))].forEach((l, i) => l.trim() && texts.push([`${f}:${i + 1}`, l]));
    else texts.push([f, t]);
  }
}
if (texts.length > 0) {
  let chars = 0;
  const counts: Record<string, number> = {};
  for (const [name, t] of texts) {
    chars += t.length;
    for (const x of check(t)) {
      if (!RULES.includes(x.rule)) continue;
      counts[x.rule] = (counts[x.rule] ?? 0) + 1;
      if (show) console.log(`FA ${x.rule}\t${t.slice(Math.max(0, x.start - 12), x.end + 12).replace(/\n/g, '⏎')}\t${path.basename(name)}`);
    }
  }
  console.log(`good text: ${texts.length} texts, ${chars} chars`);
  for (const r of RULES) console.log(`good\t${r}\t${counts[r] ?? 0}\t${(((counts[r] ?? 0) * 10000) / chars).toFixed(3)} per 10k`);
}
