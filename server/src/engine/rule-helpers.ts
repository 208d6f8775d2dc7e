import type { Rule } from './rule';

/** Identity helper so each rule file gets full type checking of its object literal. */
export function defineRule(rule: Rule): Rule {
  return rule;
}
