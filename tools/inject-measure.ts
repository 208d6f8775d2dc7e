/**
 * Recall on real text with faults injected: takes a folder of clean drafts (plain .txt files),
 * makes variants with one fault each (tools/inject-faults.ts: a figure left as a slot, a quoted
 * term re-quoted, the date line removed or made impossible, a wrong weekday, an announced count
 * changed, a heading number skipped, a confusion-set misspelling, site residue, a PDF line break
 * or space, a doubled character, a bracket unclosed), checks each and reports per fault kind:
 *   detected — a finding of an expected rule overlaps the fault;
 *   stray    — findings elsewhere that the clean text did not have (what the fault set off).
 * It also lists how many findings each rule gives on the clean texts (per 10,000 characters):
 * every one is to be read by hand — on correct text each is a false alarm.
 *
 * The texts are not in the repository. Measured first on /work/tmp/rw4c (22 excerpts of
 * government work reports, 人大/政协/法院 reports, leaders' speeches and news reports of them,
 * gathered from public pages; the folder's sources.json gives each page). Any folder will do.
 *
 * Positions are drawn with a seeded generator (mulberry32) among all places a fault qualifies
 * for; the same seed gives the same variants. Needs the confusion sets in
 * SPEECHCHECK_SHARED_DIR/data (default ../shared) and the built dictionary in dist/dict.
 *
 * Usage: npm run eval:inject -- <folder> [--seed 1] [--n 4] [--kind requote[,seen-*]] [--verbose]
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkSync } from '../server/src/engine/check';
import { loadSegmenterSync } from '../server/src/engine/analysis/segment';
import type { Finding } from '../server/src/engine/model/types';
import { GENERATORS, loadSources, seeded, type Variant } from './inject-faults';

const TODAY = new Date(2024, 2, 15);

interface Row { kind: string; variants: number; detected: number; stray: number; strayVariants: number; missed: string[]; strays: string[] }

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

function context(text: string, start: number, end: number): string {
  return `${text.slice(Math.max(0, start - 10), start)}⟦${text.slice(start, end)}⟧${text.slice(end, end + 10)}`.replace(/\n/g, '⏎');
}

/** A finding of the variant in the clean text's offsets, or undefined when it touches the edit. */
function toClean(f: Finding, v: Variant): [number, number] | undefined {
  const [at, removed, inserted] = v.edit;
  const map = (x: number) => (x <= at ? x : x >= at + inserted ? x - inserted + removed : -1);
  const s = map(f.start);
  const e = map(f.end);
  return s < 0 || e < 0 || (f.start < at + inserted && f.end > at) ? undefined : [s, e];
}

function measureVariant(row: Row, file: string, v: Variant, base: Set<string>, check: (t: string) => Finding[]): void {
  const found = check(v.text);
  row.variants++;
  const hit = found.some((f) => v.expect.includes(f.rule) && f.start <= v.end && f.end >= v.start);
  if (hit) row.detected++;
  else row.missed.push(`${shown(file)} [${v.shape}] ${context(v.text, v.start, v.end)}`);
  let strays = 0;
  for (const f of found) {
    if (f.start <= v.end + 1 && f.end >= v.start - 1) continue;
    const c = toClean(f, v);
    if (c && base.has(`${f.rule}:${c[0]}:${c[1]}`)) continue;
    // Findings that cover the whole document (a draft-wide note) stay where they were.
    if (c === undefined && base.has(`${f.rule}:${f.start}:${f.end}`)) continue;
    strays++;
    row.strays.push(`${shown(file)} [${row.kind}/${v.shape}] ${f.rule}: ${context(v.text, f.start, f.end)}`);
  }
  row.stray += strays;
  if (strays) row.strayVariants++;
}

/** A draft as the lists name it: its folder and file (several folders hold an 01.txt). */
const shown = (file: string) => `${path.basename(path.dirname(file))}/${path.basename(file)}`;

function main(): void {
  const args = process.argv.slice(2);
  const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const seed = Number(opt('--seed') ?? 1);
  const n = Number(opt('--n') ?? 4);
  const only = opt('--kind');
  const verbose = args.includes('--verbose');
  // Every folder named, not only the first (runs over good4 blind4 dates3 slots5 measured good4 alone).
  const dirs = args.filter((a, i) => !a.startsWith('--') && !['--seed', '--n', '--kind'].includes(args[i - 1] ?? ''));
  if (dirs.length === 0) throw new Error('usage: eval:inject -- <folder of .txt drafts>... [--seed 1] [--n 4] [--kind k] [--verbose]');
  const root = process.cwd();
  const src = loadSources(root, process.env.SPEECHCHECK_SHARED_DIR ?? path.join(root, '..', 'shared'));
  const segmenter = loadSegmenterSync();
  const check = (t: string) => checkSync(t, { today: TODAY }, segmenter);
  const files = dirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f)));
  const rows: Row[] = Object.keys(GENERATORS).filter((k) => !only || only.split(',').some((o) => k === o || (o.endsWith('*') && k.startsWith(o.slice(0, -1))))).map((kind) => ({ kind, variants: 0, detected: 0, stray: 0, strayVariants: 0, missed: [], strays: [] }));
  const clean: Record<string, number> = {};
  let chars = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    chars += text.length;
    const baseFindings = check(text);
    for (const f of baseFindings) clean[f.rule] = (clean[f.rule] ?? 0) + 1;
    const base = new Set(baseFindings.map((f) => `${f.rule}:${f.start}:${f.end}`));
    for (const row of rows) {
      for (let k = 0; k < n; k++) {
        const v = GENERATORS[row.kind]!(text, seeded(hash(`${seed}/${path.basename(file)}/${row.kind}/${k}`)), src);
        if (v) measureVariant(row, file, v, base, check);
      }
    }
  }
  console.log(`${files.length} clean texts, ${chars} characters, seed ${seed}, up to ${n} variants per text and kind\n`);
  console.log('findings on the clean texts (read each: on correct text it is a false alarm)');
  for (const [r, c] of Object.entries(clean).sort((a, b) => b[1] - a[1])) console.log(`  ${r.padEnd(20)} ${String(c).padStart(4)}  ${((c * 10000) / chars).toFixed(2)} /10k chars`);
  console.log(`\n${'fault kind'.padEnd(16)} variants detected  recall  stray findings (variants)`);
  let tv = 0;
  let td = 0;
  for (const r of rows) {
    tv += r.variants;
    td += r.detected;
    const rec = r.variants ? (r.detected / r.variants).toFixed(3) : '  -  ';
    console.log(`${r.kind.padEnd(16)} ${String(r.variants).padStart(8)} ${String(r.detected).padStart(8)}  ${rec}   ${r.stray} (${r.strayVariants})`);
  }
  console.log(`${'all'.padEnd(16)} ${String(tv).padStart(8)} ${String(td).padStart(8)}  ${(td / Math.max(1, tv)).toFixed(3)}`);
  if (!verbose) return;
  for (const r of rows) {
    if (r.missed.length) console.log(`\n${r.kind} missed:\n  ${r.missed.join('\n  ')}`);
    if (r.strays.length) console.log(`\n${r.kind} stray:\n  ${r.strays.join('\n  ')}`);
  }
}

main();
