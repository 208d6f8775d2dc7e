/**
 * The slot table of real templates (tests/corpus/slots.json): every expected slot is found
 * with its kind, and nothing else is flagged. Floors, so a later change cannot silently
 * lose what the table holds; SLOT_CORPUS_VERBOSE=1 prints each miss and false alarm.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findings } from '../helpers';

interface Expect { rule: string; match: string; kind?: string; occurrence?: number }
interface Case { source: string; text: string; rules: string[]; expect: Expect[]; note?: string }

const KIND_ZH: Record<string, string> = {
  数字: 'number', 年份: 'year', 日期: 'date', 人名: 'name', 地名: 'place', 单位: 'unit', 整句: 'sentence', 空白: 'blank', 其他: 'other',
};

/** Start offset of the nth (1-based) non-overlapping occurrence of `s` in `text`. */
function nth(text: string, s: string, n: number): number {
  let at = -1;
  for (let i = 0; i < n; i++) {
    at = text.indexOf(s, at < 0 ? 0 : at + s.length);
    if (at < 0) return -1;
  }
  return at;
}

export function scoreSlots(file: string) {
  const cases = JSON.parse(readFileSync(file, 'utf8')) as Case[];
  let expected = 0, found = 0, kindOk = 0, kindJudged = 0, reported = 0, falseAlarms = 0;
  const log: string[] = [];
  for (const c of cases) {
    if (!c.rules.includes('placeholder')) continue;
    const fs = findings(c.text, 'placeholder');
    reported += fs.length;
    const used = new Set<number>();
    for (const e of c.expect.filter((x) => x.rule === 'placeholder')) {
      expected++;
      const start = nth(c.text, e.match, e.occurrence ?? 1);
      const i = fs.findIndex((f, k) => !used.has(k) && f.start === start && f.end === start + e.match.length);
      if (i < 0) {
        log.push(`MISS  ${JSON.stringify(e.match)}#${e.occurrence ?? 1} in ${c.text.slice(0, 60)}`);
        continue;
      }
      used.add(i);
      found++;
      if (e.kind) {
        kindJudged++;
        const want = KIND_ZH[e.kind] ?? e.kind;
        if (fs[i]!.data?.kind === want) kindOk++;
        else log.push(`KIND  ${JSON.stringify(e.match)} ${String(fs[i]!.data?.kind)} ≠ ${want} in ${c.text.slice(0, 40)}`);
      }
    }
    fs.forEach((f, k) => {
      if (used.has(k)) return;
      falseAlarms++;
      log.push(`FALSE ${JSON.stringify(c.text.slice(f.start, f.end))} (${String(f.data?.kind)}) in ${c.text.slice(0, 60)}`);
    });
  }
  const recall = expected ? found / expected : 1;
  const precision = reported ? (reported - falseAlarms) / reported : 1;
  return { cases: cases.length, expected, found, recall, precision, falseAlarms, kindOk, kindJudged, log };
}

describe('slot table of real templates', () => {
  const r = scoreSlots(new URL('../corpus/slots.json', `file://${__dirname}/`).pathname);
  if (process.env.SLOT_CORPUS_VERBOSE) console.log(r.log.join('\n'));
  it('holds its floors', () => {
    console.log(`slots.json: ${r.cases} cases, recall ${r.found}/${r.expected} = ${r.recall.toFixed(3)}, precision ${r.precision.toFixed(3)} (${r.falseAlarms} false), kinds ${r.kindOk}/${r.kindJudged}`);
    expect(r.recall).toBeGreaterThanOrEqual(0.97);
    expect(r.precision).toBeGreaterThanOrEqual(0.99);
    expect(r.kindOk / r.kindJudged).toBeGreaterThanOrEqual(0.97);
  });
});
