/**
 * Rule tables in the style of textlint-tester and markdownlint: `valid` drafts the rule must
 * leave alone, `invalid` drafts with the text each finding covers and, for a fixable rule,
 * the text after its safe fixes — which is checked again and must be clean of the rule.
 * Every table runs the real engine with the segmenter loaded (tests/helpers.ts).
 */
import { describe, expect, it } from 'vitest';
import type { CheckOptions } from '../../server/src/engine/check';
import type { RuleId } from '../../server/src/engine/model/types';
import { findings, fixed } from '../helpers';

export type ValidCase = string | { text: string; options?: CheckOptions };

export interface InvalidCase {
  text: string;
  /** The text each finding covers, in order; or `{ text, message }` to check the message too. */
  errors: Array<string | { text: string; message: string | RegExp }>;
  /** The draft after fix-all of this rule; omitted when the rule offers no safe fix here. */
  output?: string;
  options?: CheckOptions;
}

export function ruleTester(rule: RuleId, tables: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(`rule ${rule}`, () => {
    it('has valid and invalid cases', () => {
      expect(tables.valid.length).toBeGreaterThan(0);
      expect(tables.invalid.length).toBeGreaterThan(0);
    });

    for (const v of tables.valid) {
      const { text, options } = typeof v === 'string' ? { text: v, options: {} } : { options: {}, ...v };
      it(`valid: ${label(text)}`, () => {
        expect(findings(text, rule, options).map((f) => `${text.slice(f.start, f.end)}: ${f.message}`)).toEqual([]);
      });
    }

    for (const c of tables.invalid) {
      const options = c.options ?? {};
      it(`invalid: ${label(c.text)}`, () => {
        const found = findings(c.text, rule, options);
        expect(found.map((f) => c.text.slice(f.start, f.end))).toEqual(c.errors.map((e) => (typeof e === 'string' ? e : e.text)));
        c.errors.forEach((e, i) => {
          if (typeof e !== 'string') expect(found[i]!.message).toMatch(e.message);
        });
        const out = fixed(c.text, rule, options);
        expect(out).toBe(c.output ?? c.text);
        // The fixed draft is checked again: nothing of this rule is left to fix.
        if (c.output !== undefined) expect(findings(out, rule, options).filter((f) => f.fixes[0]?.safe)).toEqual([]);
      });
    }
  });
}

function label(text: string): string {
  const oneLine = text.replace(/\n/g, '⏎');
  return oneLine.length > 40 ? `${oneLine.slice(0, 40)}…` : oneLine;
}
