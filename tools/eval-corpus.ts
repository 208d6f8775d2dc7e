/**
 * Scores the engine on the real-world corpus (every tests/corpus/*.json): per rule, what is
 * expected, what is found, what is missed and what is flagged that should not be, with
 * examples, and recall / precision. For `placeholder` it also scores each slot form (asterisks,
 * shapes, brackets, blanks…) and the kind each slot is given.
 *
 * Case format (one JSON array per file):
 *   {source, text, rules?, expect?: [{rule, match, kind?, occurrence?}], date?, note?}
 * `rules` are the rules the case is scored for: every finding of those rules must be an
 * expected one (an excerpt with `expect: []` is a look-alike that must stay quiet). A case
 * without `rules` (canon-quiet.json's correct text) is scored for the formulation rules. A case
 * with `date` is checked as a dated draft (a title and its date line above the text).
 *
 * Usage: npm run eval:corpus [-- --rule placeholder] [--verbose] [--json] [files…]
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkSync } from '../server/src/engine/check';
import { loadSegmenterSync } from '../server/src/engine/analysis/segment';
import type { Finding } from '../server/src/engine/model/types';

/** `at` places a slot of no width (`match: ""`): the text around it with `|` where it is (`完成|亿元`). */
interface Expect { rule: string; match: string; kind?: string; occurrence?: number; at?: string }
interface Case { source: string; text: string; rules?: string[]; expect?: Expect[]; date?: string; note?: string }

const QUIET_DEFAULT = ['formulation-wording', 'formulation-members', 'formulation-current'];
const KIND_ZH: Record<string, string> = {
  数字: 'number', 年份: 'year', 日期: 'date', 人名: 'name', 地名: 'place', 单位: 'unit', 整句: 'sentence', 空白: 'blank', 其他: 'other',
};
const TODAY = new Date(2024, 2, 15);

/** The slot form a piece of text is written in, for the per-form table. */
export function slotForm(s: string, kind?: string): string {
  if (kind === 'blank' || kind === '空白' || /^[\s\u3000\u00a0]+$/.test(s)) return 'blank';
  if (/、/.test(s) && /^[^\u4e00-\u9fff]+$/.test(s)) return 'quoted-formulation';
  if (/^[【〔［[（(]/.test(s)) return 'bracket';
  if (/年[\s\u3000]*月|月[\s\u3000]*日/.test(s) && !/[xXＸｘ×ⅹⅩ*＊_＿☆★△▲◇◆○◯〇□■Ｏ]/.test(s)) return 'blank';
  if (/[*＊]/.test(s)) return 'asterisk';
  if (/[_＿]/.test(s)) return 'underscore';
  if (/[☆★△▲◇◆○◯〇□■Ｏ]/.test(s)) return 'shape';
  if (/[ⅹⅩＸｘ×]/.test(s)) return 'x-variant';
  if (/[…]|\.{3}|。{3}/.test(s)) return 'ellipsis';
  if (/某/.test(s)) return '某某';
  if (/[xX]/.test(s)) return 'latin-x';
  return 'other';
}

/** Where an expected finding starts: the nth occurrence of its match, or the `|` of its `at`. */
function locate(text: string, e: Expect): number {
  if (e.at === undefined) return nth(text, e.match, e.occurrence ?? 1);
  const at = nth(text, e.at.replace('|', ''), e.occurrence ?? 1);
  return at < 0 ? -1 : at + e.at.indexOf('|');
}

/** Start offset of the nth (1-based) non-overlapping occurrence of `s` in `text`. */
function nth(text: string, s: string, n: number): number {
  let at = -1;
  for (let i = 0; i < n; i++) {
    at = text.indexOf(s, at < 0 ? 0 : at + s.length);
    if (at < 0) return -1;
  }
  return at;
}

interface Tally { expected: number; found: number; reported: number; falseAlarms: number; missed: string[]; false: string[]; kindOk: number; kindJudged: number; kindWrong: string[] }
const tally = (): Tally => ({ expected: 0, found: 0, reported: 0, falseAlarms: 0, missed: [], false: [], kindOk: 0, kindJudged: 0, kindWrong: [] });

function context(text: string, start: number, end: number): string {
  return `${text.slice(Math.max(0, start - 12), start)}⟦${text.slice(start, end)}⟧${text.slice(end, end + 12)}`.replace(/\n/g, '⏎');
}

export interface EvalResult {
  files: Array<{ file: string; cases: number; pages: number }>;
  pages: number;
  cases: number;
  rules: Record<string, Tally>;
  forms: Record<string, Tally>;
}

export function evaluate(files: string[]): EvalResult {
  const segmenter = loadSegmenterSync();
  const rules: Record<string, Tally> = {};
  const forms: Record<string, Tally> = {};
  const allPages = new Set<string>();
  const fileInfo: EvalResult['files'] = [];
  let caseCount = 0;
  for (const file of files) {
    const cases = JSON.parse(readFileSync(file, 'utf8')) as Case[];
    const pages = new Set<string>();
    for (const c of cases) {
      const page = /https?:\/\/\S+/.exec(c.source)?.[0] ?? c.source;
      pages.add(page);
      allPages.add(page);
      caseCount++;
      const prefix = c.date ? `在工作会议上的讲话\n（${c.date}）\n` : '';
      const text = `${prefix}${c.text}\n`;
      const scored = c.rules ?? QUIET_DEFAULT;
      const fs: Finding[] = checkSync(text, { today: TODAY }, segmenter).filter((f) => scored.includes(f.rule));
      for (const r of scored) rules[r] ??= tally();
      const used = new Set<number>();
      for (const e of (c.expect ?? []).filter((x) => scored.includes(x.rule))) {
        const t = (rules[e.rule] ??= tally());
        const form = e.rule === 'placeholder' ? (forms[slotForm(e.match, e.kind)] ??= tally()) : undefined;
        t.expected++;
        if (form) form.expected++;
        const at = locate(c.text, e);
        const start = at < 0 ? -1 : at + prefix.length;
        const i = fs.findIndex((f, k) => !used.has(k) && f.rule === e.rule && f.start === start && f.end === start + e.match.length);
        if (i < 0) {
          const note = at < 0 ? ' (match not in text!)' : '';
          const msg = `${at < 0 ? e.at ?? e.match : context(text, start, start + e.match.length)}${note}  ← ${c.source}`;
          t.missed.push(msg);
          form?.missed.push(msg);
          continue;
        }
        used.add(i);
        t.found++;
        if (form) form.found++;
        if (e.kind) {
          const want = KIND_ZH[e.kind] ?? e.kind;
          const got = String(fs[i]!.data?.kind);
          t.kindJudged++;
          if (got === want) t.kindOk++;
          else t.kindWrong.push(`${context(text, fs[i]!.start, fs[i]!.end)} ${got} ≠ ${want}`);
        }
      }
      fs.forEach((f, k) => {
        const t = (rules[f.rule] ??= tally());
        const form = f.rule === 'placeholder' ? (forms[slotForm(text.slice(f.start, f.end), String(f.data?.kind))] ??= tally()) : undefined;
        t.reported++;
        if (form) form.reported++;
        if (used.has(k)) return;
        t.falseAlarms++;
        const msg = `${context(text, f.start, f.end)}${f.data?.kind ? ` (${String(f.data.kind)})` : ''}  ← ${c.source}`;
        t.false.push(msg);
        if (form) {
          form.falseAlarms++;
          form.false.push(msg);
        }
      });
    }
    fileInfo.push({ file: path.basename(file), cases: cases.length, pages: pages.size });
  }
  return { files: fileInfo, pages: allPages.size, cases: caseCount, rules, forms };
}

export const recall = (t: Tally) => (t.expected ? t.found / t.expected : 1);
export const precision = (t: Tally) => (t.reported ? (t.reported - t.falseAlarms) / t.reported : 1);

function printTable(title: string, rows: Record<string, Tally>, verbose: boolean, limit: number): void {
  console.log(`\n${title}`);
  console.log(`${'rule'.padEnd(22)} ${'expected'.padStart(8)} ${'found'.padStart(6)} ${'missed'.padStart(6)} ${'reported'.padStart(8)} ${'false'.padStart(6)} ${'recall'.padStart(7)} ${'precision'.padStart(9)}`);
  for (const [name, t] of Object.entries(rows).sort(([a], [b]) => a.localeCompare(b))) {
    console.log(
      `${name.padEnd(22)} ${String(t.expected).padStart(8)} ${String(t.found).padStart(6)} ${String(t.expected - t.found).padStart(6)} ${String(t.reported).padStart(8)} ${String(t.falseAlarms).padStart(6)} ${recall(t).toFixed(3).padStart(7)} ${precision(t).toFixed(3).padStart(9)}` +
        (t.kindJudged ? `   kinds ${t.kindOk}/${t.kindJudged}` : ''),
    );
  }
  for (const [name, t] of Object.entries(rows).sort(([a], [b]) => a.localeCompare(b))) {
    const show = (label: string, xs: string[]) => {
      if (xs.length === 0) return;
      console.log(`  ${name} ${label} (${xs.length}):`);
      for (const x of verbose ? xs : xs.slice(0, limit)) console.log(`    ${x}`);
      if (!verbose && xs.length > limit) console.log(`    … ${xs.length - limit} more (--verbose)`);
    };
    show('missed', t.missed);
    show('false alarms', t.false);
    show('wrong kind', t.kindWrong);
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const json = args.includes('--json');
  const ruleAt = args.indexOf('--rule');
  const only = ruleAt >= 0 ? args[ruleAt + 1] : undefined;
  let files = args.filter((a, i) => !a.startsWith('--') && (ruleAt < 0 || i !== ruleAt + 1));
  if (files.length === 0) {
    const dir = path.join(process.cwd(), 'tests', 'corpus');
    files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(dir, f));
  }
  const r = evaluate(files);
  if (only) for (const k of Object.keys(r.rules)) if (k !== only) delete r.rules[k];
  if (json) {
    console.log(JSON.stringify(r, null, 1));
    return;
  }
  console.log(`corpus: ${r.cases} excerpts from ${r.pages} pages`);
  for (const f of r.files) console.log(`  ${f.file}: ${f.cases} excerpts, ${f.pages} pages`);
  printTable('per rule', r.rules, verbose, 8);
  if (!only || only === 'placeholder') printTable('placeholder per slot form', r.forms, verbose, 3);
}

// Run as a script (the esbuild bundle of npm run eval:corpus), not when a test imports it.
if (typeof require !== 'undefined' && require.main === module) main();
