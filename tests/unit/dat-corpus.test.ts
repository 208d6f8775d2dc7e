/**
 * tests/corpus/dat.json, real excerpts for the draft's anatomy and announced counts: pages cut
 * inside or right under an announced point (a note that the text seems cut off, never a count to
 * correct), a formulation's one member discussed clause after clause (no list), a date line
 * under the draft's own title. tests/corpus/out.json, for announced counts and outline numbering:
 * counts closed by a comma with their items after it (as many as announced), a form's parts
 * described after their list (no announcement), and a skip across a page's paywall gap (the
 * hidden text holds the missing number). tests/corpus/out3.json: counts after a quoted formulation
 * or quoted themselves, points whose words start with 一, a repeated labelled list, a term quoted
 * once. tests/corpus/struct2.json: a date line a copy broke up or ran on, a page's update stamp, points run
 * on after a space, a watermark between a count and its points. tests/corpus/dates3.json: title blocks and
 * their date lines in the forms real pages give them (glued, broken, under a byline or a stamp) and quoted
 * 提法 written alike, nested or with a converter's closing mark. Each excerpt's findings of its rules are exactly the expected ones.
 */
import { describe, expect, it } from 'vitest';
import { corpusCases, findings } from '../helpers';

describe.each(['dat.json', 'out.json', 'out3.json', 'struct2.json', 'dates3.json'])('%s', (file) => {
  const cases = corpusCases(file);
  it.each(cases.map((c) => [`${c.rules.join(',')} ${c.text.slice(0, 24)}`, c] as const))('%s', (_name, c) => {
    const fs = findings(c.text);
    for (const rule of c.rules) {
      const got = fs.filter((f) => f.rule === rule);
      const want = c.expect.filter((e) => e.rule === rule).map((e) => e.match);
      expect(got.map((f) => c.text.slice(f.start, f.end)), `${rule} ${c.source}`).toEqual(want);
      // A count found short on a cut page is a note that the text seems cut off, with no fix.
      for (const f of got) if (rule === 'enum-count' && /^(?:cut|cut-off)/.test(c.note ?? '')) expect(f.fixes).toEqual([]);
    }
  });
});
