/**
 * Issue 11's measure for large drafts: what the language server would publish for a draft
 * (findings per rule after the per-rule summary, the diagnostics' JSON size), on the seeds
 * repeated to 100 KB, 1 MB and 10 MB, the seeds themselves, the scenario drafts and any
 * files given. Checked as the server checks (segmentation off beyond its limit).
 * Usage: node tools/publish-measure.mjs [--sizes=100k,1m,10m] [--rules] [file…]
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Engine } from '../server/src/engine/engine';
import { loadSegmenterSync } from '../server/src/engine/analysis/segment';
import { summarizeFindings } from '../server/src/engine/summarize';
import { toDiagnostics } from '../server/src/lsp/convert';
import { SEGMENTATION_LIMIT } from '../server/src/lsp/checker';

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const opt = Object.fromEntries(args.filter((a) => a.startsWith('--')).map((a) => a.slice(2).split('=')));
const files = args.filter((a) => !a.startsWith('--'));
const sizes = String(opt.sizes ?? '100k,1m,10m').split(',').filter(Boolean);
const seedsDir = path.resolve(root, '..', 'shared', 'seeds');
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => [f, readFileSync(path.join(seedsDir, f), 'utf8')] as const);

/** The bench's big drafts: the seeds in order, repeated. */
function repeated(chars: number): string {
  let out = '';
  while (out.length < chars) for (const [, t] of seeds) out += `${t}\n`;
  return out.slice(0, chars);
}
const UNITS: Record<string, number> = { k: 1_000, m: 1_000_000 };
const texts: Array<[string, string]> = [];
for (const s of sizes) texts.push([`seeds ×→${s}`, repeated(Number(s.slice(0, -1)) * UNITS[s.slice(-1).toLowerCase()]!)]);
for (const [f, t] of seeds) texts.push([f, t]);
const scen = path.join(root, 'tests', 'scenarios', 'drafts');
for (const f of readdirSync(scen).sort()) texts.push([f, readFileSync(path.join(scen, f), 'utf8')]);
for (const f of files) texts.push([path.basename(f), readFileSync(f, 'utf8')]);

const seg = loadSegmenterSync();
const engine = new Engine({ segmenter: seg });
const today = new Date(2024, 2, 15);
console.log('draft\tchars\tfindings\tshown\tpublish KB\tms\trules (findings→shown / KB)');
for (const [name, text] of texts) {
  const t0 = performance.now();
  const r = engine.checkSync(text, { today }, text.length > SEGMENTATION_LIMIT ? 'off' : seg);
  const ms = performance.now() - t0;
  const shown = summarizeFindings(r.findings, 'zh');
  const doc = TextDocument.create('file:///draft.txt', 'speech-draft', 1, text);
  const diags = toDiagnostics(doc, shown);
  const bytes = Buffer.byteLength(JSON.stringify({ uri: doc.uri, version: 1, diagnostics: diags }));
  const per = new Map<string, { all: number; n: number; bytes: number }>();
  for (const f of r.findings) {
    const p = per.get(f.rule) ?? { all: 0, n: 0, bytes: 0 };
    p.all++;
    per.set(f.rule, p);
  }
  diags.forEach((d) => {
    const p = per.get(String(d.code)) ?? { all: 0, n: 0, bytes: 0 };
    p.n++;
    p.bytes += Buffer.byteLength(JSON.stringify(d));
    per.set(String(d.code), p);
  });
  const top = [...per].sort((a, b) => b[1].bytes - a[1].bytes || b[1].all - a[1].all).slice(0, args.includes('--rules') ? 30 : 6);
  console.log(
    `${name}\t${text.length}\t${r.findings.length}\t${shown.length}\t${(bytes / 1024).toFixed(0)}\t${ms.toFixed(0)}\t` +
      top.map(([k, v]) => `${k} ${v.all}→${v.n}/${(v.bytes / 1024).toFixed(0)}`).join(', '),
  );
}
