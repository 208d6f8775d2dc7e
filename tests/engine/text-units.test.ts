/** The sentence-end test of the pairing units is the pattern it replaced, walked back from the line's end. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endsSentence } from '../../server/src/engine/analysis/text-units';

const PATTERN = /[。！？!?；;：:…][”’」』）)\]】》\s\u3000]*$/;
const CHARS = [...'。！？!?；;：:…”’」』）)]】》 \u3000\t\r好的，a1'];

describe('endsSentence', () => {
  it('agrees with the pattern on lines of the characters that matter', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARS), { maxLength: 12 }), (cs) => {
        const line = cs.join('');
        expect(endsSentence(line)).toBe(PATTERN.test(line));
      }),
      { numRuns: 3000, seed: 5 },
    );
  });
});
