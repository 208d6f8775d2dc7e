/**
 * The anatomy table of real drafts (tests/corpus/anatomy.json): the opening lines of drafts
 * copied from document and government sites (site chrome, title, date line, first lines)
 * and heading runs. Each case names its title line, its date line (or null) and the date
 * and structure findings it should get. Floors, so a later change cannot silently lose
 * them; ANATOMY_VERBOSE=1 prints every miss.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SpeechDocument } from '../../server/src/engine/analysis/document';
import { findings } from '../helpers';

export interface AnatomyCase {
  source: string;
  text: string;
  title: string | null;
  dateLine: string | null;
  expect: string[];
  headings?: boolean;
  note?: string;
}

const WATCHED = ['date-missing', 'date-format', 'date-invalid', 'date-weekday', 'enum-count', 'outline-sequence'];
const squash = (s: string) => s.replace(/[\s\u3000]+/g, '');

export function scoreAnatomy(file: string) {
  const cases = JSON.parse(readFileSync(file, 'utf8')) as AnatomyCase[];
  const log: string[] = [];
  let drafts = 0, realDrafts = 0, titleOk = 0, dateOk = 0, bothOk = 0, expected = 0, found = 0, falseAlarms = 0, contradictions = 0;
  for (const c of cases) {
    const doc = new SpeechDocument(c.text);
    const fs = findings(c.text);
    const where = c.text.slice(0, 30).replace(/\n/g, '⏎');
    if (!c.headings) {
      drafts++;
      if (!c.note) realDrafts++;
      const t = doc.title;
      const tText = t ? c.text.slice(t.start, t.end) : null;
      const tGood = c.title === null ? !t : !!tText && squash(tText).startsWith(squash(c.title));
      const dl = doc.dateLine;
      const dText = dl ? doc.lines[dl.line]!.text.trim() : null;
      const dGood = c.dateLine === null ? !dl : dText === c.dateLine.trim();
      if (tGood) titleOk++;
      else log.push(`TITLE ${JSON.stringify(tText)} ≠ ${JSON.stringify(c.title)}  [${where}]`);
      if (dGood) dateOk++;
      else log.push(`DATE  ${JSON.stringify(dText)} ≠ ${JSON.stringify(c.dateLine)}  [${where}]`);
      if (tGood && dGood) bothOk++;
    }
    // Findings of the watched rules, and placeholder findings on the expected date line.
    const dateLineIdx = c.dateLine === null ? -1 : c.text.split('\n').findIndex((l) => l.trim() === c.dateLine!.trim());
    const got = fs.filter((f) => WATCHED.includes(f.rule) || (f.rule === 'placeholder' && doc.lineIndexAt(f.start) === dateLineIdx));
    const want = [...c.expect];
    for (const f of got) {
      const k = want.indexOf(f.rule);
      if (k >= 0) {
        want.splice(k, 1);
        found++;
      } else {
        falseAlarms++;
        log.push(`FALSE ${f.rule} ${JSON.stringify(c.text.slice(f.start, f.end))}  [${where}]`);
      }
    }
    expected += c.expect.length;
    for (const w of want) log.push(`MISS  ${w}  [${where}]`);
    // Never two contradicting findings on one line: date-missing beside another date finding.
    const byLine = new Map<number, Set<string>>();
    for (const f of fs) {
      const l = doc.lineIndexAt(f.start);
      if (!byLine.has(l)) byLine.set(l, new Set());
      byLine.get(l)!.add(f.rule);
    }
    for (const [, rules] of byLine) {
      if (rules.has('date-missing') && [...rules].some((r) => r.startsWith('date-') && r !== 'date-missing')) contradictions++;
    }
  }
  return { drafts, realDrafts, titleOk, dateOk, bothOk, expected, found, falseAlarms, contradictions, log };
}

describe('anatomy corpus', () => {
  const s = scoreAnatomy(new URL('../corpus/anatomy.json', `file://${__dirname}/`).pathname);
  if (process.env.ANATOMY_VERBOSE) console.log(JSON.stringify({ ...s, log: undefined }), '\n' + s.log.join('\n'));
  it('finds the title and the date line of the drafts', () => {
    // Floors at what the engine reaches (93 of 96 drafts); see ANATOMY_VERBOSE=1 for those left.
    expect(s.realDrafts).toBeGreaterThanOrEqual(60);
    expect(s.titleOk / s.drafts).toBeGreaterThanOrEqual(0.96);
    expect(s.dateOk / s.drafts).toBeGreaterThanOrEqual(0.99);
    expect(s.bothOk / s.drafts).toBeGreaterThanOrEqual(0.96);
  });
  it('raises the expected date and structure findings and no others', () => {
    expect(s.found / s.expected).toBeGreaterThanOrEqual(0.96);
    expect(s.falseAlarms).toBe(0);
    expect(s.contradictions).toBe(0);
  });
});

describe('anatomy corpus: the heads gathered in round rwg (tests/corpus/rwg.json)', () => {
  const s = scoreAnatomy(new URL('../corpus/rwg.json', `file://${__dirname}/`).pathname);
  if (process.env.ANATOMY_VERBOSE) console.log(JSON.stringify({ ...s, log: undefined }), '\n' + s.log.join('\n'));
  it('finds the title and the date line of the drafts', () => {
    // 25 of 33 titles and all date lines; the old code found 16 titles.
    expect(s.titleOk).toBeGreaterThanOrEqual(25);
    expect(s.dateOk).toBe(s.drafts);
  });
  it('raises the expected date findings, with one false alarm left (a news headline taken for the title)', () => {
    // 20 of 22 expected; the old code found 16, with 4 false alarms.
    expect(s.found).toBeGreaterThanOrEqual(20);
    expect(s.falseAlarms).toBeLessThanOrEqual(1);
    expect(s.contradictions).toBe(0);
  });
});

describe('anatomy corpus: the pages gathered in round rwb (tests/corpus/rwb.json)', () => {
  const s = scoreAnatomy(new URL('../corpus/rwb.json', `file://${__dirname}/`).pathname);
  if (process.env.ANATOMY_VERBOSE) console.log(JSON.stringify({ ...s, log: undefined }), '\n' + s.log.join('\n'));
  it('finds the title and the date line of the drafts', () => {
    // 73 of 74 titles (a press release's title under site chrome is missed);
    // every date line.
    expect(s.titleOk).toBeGreaterThanOrEqual(73);
    expect(s.dateOk).toBe(s.drafts);
  });
  it('raises the expected date findings and no others', () => {
    // All 45 expected; the old code found 42, with 3 false alarms (date-missing on a bracket-dated title and on a
    // news transcript, date-format on an agency's page stamp).
    expect(s.found).toBe(s.expected);
    expect(s.falseAlarms).toBe(0);
    expect(s.contradictions).toBe(0);
  });
});
