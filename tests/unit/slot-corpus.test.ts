/**
 * The slot tables of real templates (tests/corpus/slots*.json): every expected slot is found
 * with its kind, and nothing else is flagged — over the whole table and for each slot form
 * (asterisks, shapes, brackets, blanks…). Floors, so a later change cannot silently lose what
 * the tables hold; SLOT_CORPUS_VERBOSE=1 prints each miss and false alarm. Scored by the same
 * code as `npm run eval:corpus`.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, precision, recall } from '../../tools/eval-corpus';

const DIR = path.join(__dirname, '..', 'corpus');
const FILES = readdirSync(DIR).filter((f) => /^slots.*\.json$/.test(f)).sort().map((f) => path.join(DIR, f));

describe('slot tables of real templates', () => {
  const r = evaluate(FILES);
  const t = r.rules['placeholder']!;
  if (process.env.SLOT_CORPUS_VERBOSE) console.log([...t.missed.map((m) => `MISS  ${m}`), ...t.false.map((m) => `FALSE ${m}`), ...t.kindWrong.map((m) => `KIND  ${m}`)].join('\n'));

  it('reads every table', () => {
    expect(FILES.map((f) => path.basename(f))).toEqual(expect.arrayContaining(['slots.json', 'slots-forms.json']));
    expect(r.pages).toBeGreaterThanOrEqual(125);
    expect(t.expected).toBeGreaterThanOrEqual(540);
  });

  it('holds its floors', () => {
    console.log(`slots: ${r.cases} excerpts from ${r.pages} pages, recall ${t.found}/${t.expected} = ${recall(t).toFixed(3)}, precision ${precision(t).toFixed(3)} (${t.falseAlarms} false), kinds ${t.kindOk}/${t.kindJudged}`);
    expect(recall(t)).toBeGreaterThanOrEqual(0.995);
    expect(precision(t)).toBeGreaterThanOrEqual(0.997);
    expect(t.kindOk / t.kindJudged).toBeGreaterThanOrEqual(0.99);
  });

  it('holds them for every slot form', () => {
    const forms = ['asterisk', 'blank', 'bracket', 'ellipsis', 'latin-x', 'quoted-formulation', 'shape', 'underscore', 'x-variant', '某某'];
    for (const f of forms) {
      const ft = r.forms[f];
      expect(ft, f).toBeDefined();
      expect(ft!.expected, `${f}: real examples`).toBeGreaterThanOrEqual(2);
      expect(recall(ft!), `${f} recall`).toBeGreaterThanOrEqual(0.95);
      expect(precision(ft!), `${f} precision`).toBeGreaterThanOrEqual(0.98);
    }
  });
});
