/**
 * tests/corpus/rwo.json, real excerpts for the date rules (date-missing, date-format, date-weekday,
 * date-invalid, date-year): dated speeches, news reports about speeches, notices and holiday
 * schedules with weekdays, templates without their date. Each excerpt's findings of these rules
 * are exactly the expected ones (an excerpt with `expect: []` must stay quiet).
 */
import { describe, expect, it } from 'vitest';
import { corpusCases, findings } from '../helpers';


const cases = corpusCases('rwo.json');

describe('rwo.json', () => {
  it.each(cases.map((c) => [`${c.source} ${c.text.slice(0, 20)}`, c] as const))('%s', (_name, c) => {
    const got = findings(c.text)
      .filter((f) => c.rules.includes(f.rule))
      .map((f) => `${f.rule} ${c.text.slice(f.start, f.end)}`);
    const want = c.expect.map((e) => `${e.rule} ${e.match}`);
    expect(got).toEqual(want);
  });
});
