#!/usr/bin/env node
// Re-score helper for the round-15 held-out set.
// Usage: node score.mjs /path/to/dist/cli.js [--base base.json] [--pages DIR of NN.txt] [--json]
// Runs the given build on the 40 pages and prints, per page, the findings that differ from
// base.json (the frozen start build's output): "+" added, "-" removed, "~" same rule+range but
// a different message or fix. A later scorer only has to judge these lines against EXPECT.md/SCORE.md.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const cli = args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--') && args[i - 1] !== '--json'));
if (!cli) { console.error('usage: node score.mjs <cli.js> [--base base.json] [--pages dir] [--json]'); process.exit(2); }
const baseFile = opt('--base', path.join(here, 'base.json'));
// Without --pages, the pages of pages.json are written to a scratch folder as NN.txt.
const pagesDir = opt('--pages', undefined) ?? (() => {
  const dir = path.join(os.tmpdir(), 'speechcheck-heldout-round15');
  mkdirSync(dir, { recursive: true });
  for (const p of JSON.parse(readFileSync(path.join(here, 'pages.json'), 'utf8')).pages) writeFileSync(path.join(dir, `${p.page}.txt`), p.text);
  return dir;
})();
const asJson = args.includes('--json');

const files = readdirSync(pagesDir).filter((f) => /^\d\d\.txt$/.test(f)).sort().map((f) => path.join(pagesDir, f));
let out;
try {
  out = execFileSync('node', [cli, '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 256 << 20 });
} catch (e) {
  if (e.stdout) out = e.stdout; else throw e; // exit 1 = findings present
}
const now = JSON.parse(out);
const base = JSON.parse(readFileSync(baseFile, 'utf8'));

const pageOf = (f) => path.basename(f).slice(0, 2);
const textCache = new Map();
const lines = (page) => {
  if (!textCache.has(page)) textCache.set(page, readFileSync(path.join(pagesDir, `${page}.txt`), 'utf8').split('\n'));
  return textCache.get(page);
};
// LSP ranges are UTF-16 code units: JS string indices are too.
const matched = (page, r) => {
  const L = lines(page); const s = r.start; const e = r.end;
  if (s.line === e.line) return (L[s.line] ?? '').slice(s.character, e.character);
  return `${(L[s.line] ?? '').slice(s.character)}⏎${(L[e.line] ?? '').slice(0, e.character)}`;
};
const key = (d) => `${d.rule}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;
const fixSig = (d) => JSON.stringify((d.fixes ?? []).map((f) => f.edits));
const byPage = (arr) => { const m = new Map(); for (const f of arr) m.set(pageOf(f.file), f.diagnostics); return m; };
const B = byPage(base); const N = byPage(now);
// base adjudication (from score.py): page|line|col|rule -> TP/DEB/FA, shown on removed findings
const judged = new Map();
try {
  for (const f of JSON.parse(readFileSync(path.join(here, 'scored.json'), 'utf8')).F) judged.set(`${f.page}|${f.line}|${f.col}|${f.rule}`, f.cls);
} catch { /* optional */ }

const report = []; let add = 0; let rem = 0; let chg = 0;
for (const page of [...new Set([...B.keys(), ...N.keys()])].sort()) {
  const b = B.get(page) ?? []; const n = N.get(page) ?? [];
  const pool = new Map();
  for (const d of b) { const k = key(d); if (!pool.has(k)) pool.set(k, []); pool.get(k).push(d); }
  const rows = [];
  for (const d of n) {
    const list = pool.get(key(d));
    if (list && list.length) {
      const old = list.shift();
      if (old.message !== d.message || fixSig(old) !== fixSig(d)) { rows.push(['~', d, old]); chg++; }
    } else { rows.push(['+', d]); add++; }
  }
  for (const list of pool.values()) for (const d of list) { rows.push(['-', d]); rem++; }
  if (!rows.length) continue;
  rows.sort((x, y) => x[1].range.start.line - y[1].range.start.line || x[1].range.start.character - y[1].range.start.character);
  report.push({ page, rows: rows.map(([sign, d, old]) => ({
    sign, line: d.range.start.line + 1, col: d.range.start.character, rule: d.rule, severity: d.severity,
    text: matched(page, d.range), message: d.message, fix: (d.fixes ?? []).length > 0,
    ...(old ? { oldMessage: old.message, oldFix: (old.fixes ?? []).length > 0 } : {}),
    ...(sign === '-' ? { baseClass: judged.get(`${page}|${d.range.start.line + 1}|${d.range.start.character}|${d.rule}`) ?? '?' } : {}),
  })) });
}
if (asJson) { console.log(JSON.stringify({ added: add, removed: rem, changed: chg, pages: report }, null, 1)); process.exit(0); }
const total = (arr) => arr.reduce((s, f) => s + f.diagnostics.length, 0);
console.log(`base ${total(base)} findings, new ${total(now)}: +${add} added, -${rem} removed, ~${chg} changed message/fix`);
for (const { page, rows } of report) {
  console.log(`\n## ${page}`);
  for (const r of rows) {
    const t = r.text.length > 40 ? `${r.text.slice(0, 40)}…` : r.text;
    console.log(`${r.sign} L${r.line}:${r.col} ${r.rule}${r.fix ? ' [fix]' : ''}${r.baseClass ? ` (was ${r.baseClass})` : ''} «${t}» ${r.message}`);
    if (r.sign === '~') console.log(`    was${r.oldFix ? ' [fix]' : ''}: ${r.oldMessage}`);
  }
}
console.log('\nJudge each + against EXPECT.md (TP/FA/DEB) and each - against SCORE.md (a lost TP is a new MISS, a lost DEB/FA is a gain). Re-run --fix on copies to check new safe fixes.');
