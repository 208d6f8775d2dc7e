import type { Rule } from './rule';

/**
 * Identity helper so each rule file gets full type checking of its object literal, and keeps
 * its id as a literal type (the registry's ids make `RuleId`).
 */
export function defineRule<const Id extends string>(rule: Rule<Id>): Rule<Id> {
  return rule;
}
