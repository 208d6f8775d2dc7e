/**
 * Helpers for rule tables: run the real engine (with nodejieba loaded) and look at one
 * rule's findings and at the text after its safe fixes.
 */
import { checkSync, type CheckOptions } from '../server/src/engine/check';
import { applyEdits, fixAllSync } from '../server/src/engine/fix';
import { loadSegmenterSync } from '../server/src/engine/segment';
import type { Finding, RuleId } from '../server/src/engine/types';

/** A fixed "today" so date fixes are deterministic. */
export const TODAY = new Date(2024, 2, 15);

export function findings(text: string, rule?: RuleId, options: CheckOptions = {}): Finding[] {
  const all = checkSync(text, { today: TODAY, ...options }, loadSegmenterSync());
  return rule ? all.filter((f) => f.rule === rule) : all;
}

/** The text each finding covers. */
export function flagged(text: string, rule: RuleId, options: CheckOptions = {}): string[] {
  return findings(text, rule, options).map((f) => text.slice(f.start, f.end));
}

/** The text after applying every safe fix of `rule` until stable. */
export function fixed(text: string, rule: RuleId, options: CheckOptions = {}): string {
  return fixAllSync(text, { today: TODAY, ...options }, { rules: [rule] }, loadSegmenterSync()).text;
}

/** The text after applying one finding's first fix. */
export function applyFirstFix(text: string, finding: Finding): string {
  const fix = finding.fixes[0];
  if (!fix) throw new Error(`finding ${finding.rule} "${finding.message}" has no fix`);
  return applyEdits(text, fix.edits);
}

export const SEEDS_DIR = new URL('../../shared/seeds/', `file://${__dirname}/`).pathname;
