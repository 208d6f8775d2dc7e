/**
 * The formulation scan finds a line's terms by their first code unit, not by running the
 * alternation of all terms: both must find the same matches (the first term in the
 * alternation's order at each position, then on after it), on terms that share prefixes,
 * hold one another, or start with a surrogate or a regex metacharacter.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byPreference, lineMatchesBothWays, matcherFor, scanLines, type FormulationLineCache } from '../../server/src/engine/analysis/formulation-scan';
import { SpeechDocument } from '../../server/src/engine/analysis/document';
import { BoundedCache } from '../../server/src/engine/util/bounded-cache';

const UNITS = ['六', '稳', '保', '两', '个', '维', '护', '.', '*', '(', '\ud83d', '\ude00', 'a'];
const unitString = (min: number, max: number) => fc.array(fc.constantFrom(...UNITS), { minLength: min, maxLength: max }).map((a) => a.join(''));
/** The order findOccurrences gives the alternation: longest first, then by code units. */
const sortTerms = (ts: string[]) => [...new Set(ts)].sort(byPreference);

describe('formulation scan', () => {
  it('finds what the alternation finds', () => {
    fc.assert(
      fc.property(fc.array(unitString(1, 4), { minLength: 1, maxLength: 12 }), fc.array(unitString(0, 40), { maxLength: 6 }), (terms, lines) => {
        const matcher = matcherFor(sortTerms(terms));
        for (const line of lines) {
          const { indexed, regex } = lineMatchesBothWays(line, matcher);
          expect(indexed).toEqual(regex);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('takes the first listed term at a position, not the first one found', () => {
    // Both orders of the same two terms: the alternation takes whichever is listed first.
    for (const order of [['六稳六保', '六稳'], ['六稳', '六稳六保']]) {
      const { indexed, regex } = lineMatchesBothWays('做好六稳六保工作', matcherFor(order));
      expect(indexed).toEqual(regex);
      expect(indexed.map((m) => m.found)).toEqual([order[0]]);
    }
  });

  it('finds with a base set and a draft\'s own terms what one set of both finds, cached or not', () => {
    // The analysis searches the dictionary's terms (base) and a draft's own (extra, none of
    // them the base's) together: at each position the longer of the two sets' first terms.
    const flat = (found: ReturnType<typeof scanLines>) => found.map(({ line, match }) => [line.index, match.s, match.found]);
    const cache: FormulationLineCache = new BoundedCache(64, 100_000);
    fc.assert(
      fc.property(
        fc.array(unitString(1, 4), { minLength: 1, maxLength: 10 }),
        fc.array(unitString(1, 4), { maxLength: 5 }),
        fc.array(unitString(0, 30), { maxLength: 6 }),
        (baseTerms, draftTerms, lines) => {
          const base = sortTerms(baseTerms);
          const own = sortTerms(draftTerms.filter((t) => !base.includes(t)));
          const doc = new SpeechDocument(lines.join('\n'));
          const whole = flat(scanLines(doc, matcherFor(sortTerms([...base, ...own]))));
          const extra = own.length > 0 ? matcherFor(own) : undefined;
          expect(flat(scanLines(doc, matcherFor(base), undefined, extra))).toEqual(whole);
          // Twice through the line cache: the first fills it, the second reads it.
          expect(flat(scanLines(doc, matcherFor(base), cache, extra))).toEqual(whole);
          expect(flat(scanLines(doc, matcherFor(base), cache, extra))).toEqual(whole);
        },
      ),
      { numRuns: 400 },
    );
  });
});
