/**
 * Recall of the typo rule on real drafts with realistic slips injected, and what the slips set
 * off elsewhere. Takes folders of clean drafts (plain .txt files, gathered from public pages),
 * makes variants with one slip each and checks each with the engine:
 *   found — a typo finding overlaps the slip;
 *   stray — typo findings elsewhere that the clean text did not have.
 * The clean texts' own typo findings are listed too (each is to be read: on correct text it is a
 * false alarm).
 *
 * The slips come only from the public data in SPEECHCHECK_SHARED_DIR/data (default ../shared),
 * never from the rule's own tables, and are put where a word of the draft (as jieba reads it)
 * allows them; the slipped form must be no dictionary word:
 *   odw   — the character slips of ECSpell's odw.train (real official-document typos), each
 *           with the word it fell in: put where the draft has that word (`部署`→`布署`);
 *   ocr   — a look-alike of pycorrector's same_stroke groups (what OCR and handwriting confuse)
 *           in a word of the draft (`收入`→`收人`, `已经`→`己经`);
 *   sound — a same-sound, same-tone character of pycorrector's same_pinyin list in a word of
 *           the draft (an IME slip: `必须`→`必需` is a word, so left out; `部署`→`部暑`);
 *   shape — a look-alike of ECSpell's broad shape list;
 *   list  — pycorrector's and ECSpell's whole-word misspellings (the rule holds these lists:
 *           reported apart, as a check that they still work, not as recall).
 * Positions are drawn with a seeded generator; the same seed gives the same variants.
 *
 * Usage: npm run eval:typo-recall -- <folder>... [--seed 1] [--n 5] [--kind ocr] [--verbose]
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkSync } from '../server/src/engine/check';
import { loadSegmenterSync, type Segmenter } from '../server/src/engine/analysis/segment';
import type { Finding } from '../server/src/engine/model/types';
import { seeded, type Rng } from './inject-faults';

const TODAY = new Date(2024, 2, 15);
const HAN1 = /^[\u4e00-\u9fff]$/;
const HAN = /^[\u4e00-\u9fff]+$/;

interface Slip { at: number; len: number; wrong: string; right: string }
interface Data {
  odw: Map<string, string[]>;
  stroke: Map<string, string[]>;
  sound: Map<string, string[]>;
  shape: Map<string, string[]>;
  list: Array<[string, string]>;
  words: Set<string>;
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}
const pick = <T>(rng: Rng, xs: readonly T[]): T | undefined => (xs.length ? xs[Math.floor(rng() * xs.length)] : undefined);
const add = (m: Map<string, string[]>, k: string, v: string) => {
  const l = m.get(k) ?? [];
  if (!l.includes(v) && v !== k) l.push(v);
  m.set(k, l);
};

export function loadData(root: string, shared: string, seg: Segmenter): Data {
  const data = path.join(shared, 'data');
  const words = new Set<string>();
  for (const f of ['dist/dict/jieba.dict.utf8', 'dist/dict/jieba.dropped.utf8', 'server/src/engine/data/gongwen-words.txt']) {
    for (const l of readFileSync(path.join(root, f), 'utf8').split('\n')) words.add(l.split(/\s/)[0]!);
  }
  // odw.train: each slipped character with the word of the corrected sentence it stands in.
  const odw = new Map<string, string[]>();
  for (const line of readFileSync(path.join(data, 'ecspell/odw.train'), 'utf8').split('\n')) {
    const [n, wrong, right] = line.split('\t');
    if (!n || n === '0' || !wrong || !right || wrong.length !== right.length) continue;
    for (const t of seg.cut(right)) {
      const w = right.slice(t.start, t.end);
      const bad = wrong.slice(t.start, t.end);
      if (w === bad || w.length < 2 || !HAN.test(w) || !HAN.test(bad) || !seg.has(w)) continue;
      let diffs = 0;
      for (let i = 0; i < w.length; i++) if (w[i] !== bad[i]) diffs++;
      if (diffs === 1) add(odw, w, bad);
    }
  }
  const stroke = new Map<string, string[]>();
  for (const line of readFileSync(path.join(data, 'pycorrector/pycorrector_data_same_stroke.txt'), 'utf8').split('\n')) {
    const group = line.split('\t').map((s) => s.trim()).filter((s) => HAN1.test(s));
    for (const a of group) for (const b of group) add(stroke, a, b);
  }
  const sound = new Map<string, string[]>();
  for (const line of readFileSync(path.join(data, 'pycorrector/pycorrector_data_same_pinyin.txt'), 'utf8').split('\n')) {
    if (line.startsWith('#')) continue;
    const [c, same] = line.split('\t');
    if (c && same) for (const b of same) if (HAN1.test(b)) add(sound, c, b);
  }
  const shape = new Map<string, string[]>();
  const sj = JSON.parse(readFileSync(path.join(data, 'ecspell/shapeConfusion.json'), 'utf8')) as Record<string, string[]>;
  for (const [k, vs] of Object.entries(sj)) for (const v of vs) if (HAN1.test(v)) add(shape, k, v);
  const list: Array<[string, string]> = [];
  for (const l of readFileSync(path.join(data, 'ecspell/常见错字错词.txt'), 'utf8').split('\n')) {
    const [right, wrong] = l.trim().split('-');
    if (right && wrong && right.length === wrong.length) list.push([wrong, right]);
  }
  for (const l of readFileSync(path.join(data, 'pycorrector/tests_custom_confusion.txt'), 'utf8').split('\n')) {
    const [wrong, right] = l.split('\t');
    if (!l.startsWith('#') && wrong && right && wrong.length === right.trim().length && right.trim().length >= 2) list.push([wrong, right.trim()]);
  }
  return { odw, stroke, sound, shape, list, words };
}

/** Words of the draft as jieba reads them (two to four characters), with their offsets. */
export function draftWords(text: string, seg: Segmenter): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  for (const t of seg.cut(text)) {
    const w = text.slice(t.start, t.end);
    if (w.length >= 2 && w.length <= 4 && HAN.test(w) && seg.has(w)) out.push([t.start, w]);
  }
  return out;
}

/** Whether the slipped character makes no word with the draft's characters beside the word. */
function noWord(text: string, at: number, w: string, bad: string, d: Data): boolean {
  if (d.words.has(bad)) return false;
  return !d.words.has(text.slice(at - 1, at) + bad[0]) && !d.words.has(bad[bad.length - 1] + text.slice(at + w.length, at + w.length + 1));
}

type Gen = (text: string, words: Array<[number, string]>, rng: Rng, d: Data) => Slip | undefined;

const charSlip = (table: keyof Pick<Data, 'stroke' | 'sound' | 'shape'>): Gen => (text, words, rng, d) => {
  const places: Slip[] = [];
  for (const [at, w] of words) {
    for (let j = 0; j < w.length; j++) {
      for (const c of d[table].get(w[j]!) ?? []) {
        const bad = w.slice(0, j) + c + w.slice(j + 1);
        if (noWord(text, at, w, bad, d)) places.push({ at, len: w.length, wrong: bad, right: w });
      }
    }
  }
  return pick(rng, places);
};

export const GENS: Record<string, Gen> = {
  odw: (text, words, rng, d) => {
    const places: Slip[] = [];
    for (const [at, w] of words) for (const bad of d.odw.get(w) ?? []) if (noWord(text, at, w, bad, d)) places.push({ at, len: w.length, wrong: bad, right: w });
    return pick(rng, places);
  },
  ocr: charSlip('stroke'),
  sound: charSlip('sound'),
  shape: charSlip('shape'),
  list: (text, _w, rng, d) => {
    const places: Slip[] = [];
    for (const [wrong, right] of d.list) {
      if (d.words.has(wrong)) continue;
      for (let i = text.indexOf(right); i >= 0; i = text.indexOf(right, i + 1)) places.push({ at: i, len: right.length, wrong, right });
    }
    return pick(rng, places);
  },
};

interface Row { kind: string; variants: number; found: number; stray: number; missed: string[]; strays: string[] }

const ctx = (t: string, s: number, e: number) => `${t.slice(Math.max(0, s - 8), s)}⟦${t.slice(s, e)}⟧${t.slice(e, e + 8)}`.replace(/\n/g, '⏎');

/** Sentence-level precision and recall on ECSpell's odw.train (each sentence checked as one text). */
function odw(file: string, seg: Segmenter, verbose: boolean): void {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const fps: string[] = [];
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const [n, wrong, right] = line.split('\t');
    if (wrong === undefined || right === undefined) continue;
    const found = checkSync(wrong, { today: TODAY }, seg).filter((f) => f.rule === 'typo');
    // A finding on a character the correction leaves as it is is a false alarm, whatever else the sentence holds.
    const bad = found.filter((f) => wrong.slice(f.start, f.end) === right.slice(f.start, f.end));
    if (bad.length) {
      fp++;
      fps.push(bad.map((f) => `${f.message}  ${ctx(wrong, f.start, f.end)}`).join(' | '));
    } else if (found.length) tp++;
    else if (Number(n) > 0) fn++;
  }
  console.log(`odw.train: ${tp} sentences found, ${fp} with a false finding, ${fn} missed; precision ${(tp / Math.max(1, tp + fp)).toFixed(3)}, recall ${(tp / Math.max(1, tp + fn)).toFixed(3)}`);
  if (verbose) for (const f of fps) console.log(`  ${f}`);
}

function main(): void {
  const args = process.argv.slice(2);
  const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const seed = Number(opt('--seed') ?? 1);
  const n = Number(opt('--n') ?? 5);
  const only = opt('--kind');
  const verbose = args.includes('--verbose');
  const dirs = args.filter((a, i) => !a.startsWith('--') && !['--seed', '--n', '--kind'].includes(args[i - 1] ?? ''));
  const root = process.cwd();
  const seg = loadSegmenterSync();
  const d = loadData(root, process.env.SPEECHCHECK_SHARED_DIR ?? path.join(root, '..', 'shared'), seg);
  const typos = (t: string): Finding[] => checkSync(t, { today: TODAY }, seg).filter((f) => f.rule === 'typo');
  if (args.includes('--odw')) return odw(path.join(process.env.SPEECHCHECK_SHARED_DIR ?? path.join(root, '..', 'shared'), 'data/ecspell/odw.train'), seg, verbose);
  const rows: Row[] = Object.keys(GENS).filter((k) => !only || k === only).map((kind) => ({ kind, variants: 0, found: 0, stray: 0, missed: [], strays: [] }));
  const clean: string[] = [];
  let files = 0;
  for (const dir of dirs) {
    for (const name of readdirSync(dir).filter((f) => /^\d+\.txt$/.test(f)).sort()) {
      const file = path.join(dir, name);
      const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
      files++;
      const base = typos(text);
      for (const f of base) clean.push(`${file}: ${f.message}  ${ctx(text, f.start, f.end)}`);
      const baseKeys = new Set(base.map((f) => `${f.start}:${f.end}`));
      const words = draftWords(text, seg);
      for (const row of rows) {
        for (let k = 0; k < n; k++) {
          const s = GENS[row.kind]!(text, words, seeded(hash(`${seed}/${file}/${row.kind}/${k}`)), d);
          if (!s) continue;
          const v = text.slice(0, s.at) + s.wrong + text.slice(s.at + s.len);
          const found = typos(v);
          row.variants++;
          if (found.some((f) => f.start < s.at + s.len && f.end > s.at)) row.found++;
          else row.missed.push(`${name} ${s.right}→${s.wrong}  ${ctx(v, s.at, s.at + s.len)}`);
          for (const f of found) {
            if (f.start < s.at + s.len + 1 && f.end > s.at - 1) continue;
            if (baseKeys.has(`${f.start}:${f.end}`)) continue;
            row.stray++;
            row.strays.push(`${name} (${s.right}→${s.wrong}) ${f.message}  ${ctx(v, f.start, f.end)}`);
          }
        }
      }
    }
  }
  console.log(`${files} clean texts, seed ${seed}, up to ${n} variants per text and kind`);
  console.log(`typo findings on the clean texts: ${clean.length}`);
  for (const c of clean) console.log(`  ${c}`);
  console.log(`\n${'kind'.padEnd(8)} variants  found  recall  stray`);
  for (const r of rows) console.log(`${r.kind.padEnd(8)} ${String(r.variants).padStart(8)} ${String(r.found).padStart(6)}  ${(r.found / Math.max(1, r.variants)).toFixed(3)}  ${r.stray}`);
  const real = rows.filter((r) => r.kind !== 'list');
  const tv = real.reduce((a, r) => a + r.variants, 0);
  const tf = real.reduce((a, r) => a + r.found, 0);
  console.log(`${'all-list'.padEnd(8)} ${String(tv).padStart(8)} ${String(tf).padStart(6)}  ${(tf / Math.max(1, tv)).toFixed(3)}`);
  if (!verbose) return;
  for (const r of rows) {
    if (r.missed.length) console.log(`\n${r.kind} missed:\n  ${r.missed.join('\n  ')}`);
    if (r.strays.length) console.log(`\n${r.kind} stray:\n  ${r.strays.join('\n  ')}`);
  }
}

if (/typo-recall\.[jt]s$/.test(process.argv[1] ?? '')) main();
