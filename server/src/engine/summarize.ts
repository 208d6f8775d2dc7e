/**
 * A pathological draft (5 MB of `“`, a page of `，，`) has millions of findings: listing them
 * all would exhaust memory in a JSON report and never reach an editor. What is shown keeps
 * the first findings of each rule and says, once per rule, how many more there are.
 */
import { localize } from './model/i18n';
import type { Rule } from './rule-api/rule';
import { ruleById } from './rules';
import type { Finding, Locale, RuleId, Severity } from './model/types';

/** Findings of one rule shown (command line, editor) before the rest are summarised. */
export const SHOWN_FINDINGS_PER_RULE = 500;
/** Findings of one rule the engine builds; past it, they are only counted (fix-all still gets these). */
export const MAX_FINDINGS_PER_RULE = 50_000;

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1, hint: 0 };

const MORE = {
  zh: '另有 {count} 处“{rule}”问题未逐条列出（此类问题过多，请先处理已列出的）',
  en: '{count} more "{rule}" findings not listed (too many of this kind; deal with the listed ones first)',
};

/** `findings` (sorted by position) with at most `limit` per rule, each cut rule followed by one summary finding. */
export function summarizeFindings(findings: readonly Finding[], locale: Locale, limit = SHOWN_FINDINGS_PER_RULE): Finding[] {
  const count = new Map<string, number>();
  for (const f of findings) count.set(f.rule, (count.get(f.rule) ?? 0) + omittedBy(f));
  if (![...count.values()].some((n) => n > limit)) return [...findings];
  const kept: Finding[] = [];
  const seen = new Map<string, number>();
  const summaries = new Map<string, Finding>();
  for (const f of findings) {
    const n = (seen.get(f.rule) ?? 0) + 1;
    seen.set(f.rule, n);
    if (n <= limit && omittedBy(f) === 1) {
      kept.push(f);
      continue;
    }
    const s = summaries.get(f.rule);
    if (!s) {
      const shown = Math.min(limit, n - 1);
      const summary: Finding = {
        rule: f.rule,
        category: f.category,
        severity: f.severity,
        message: localize(MORE, locale, { count: count.get(f.rule)! - shown, rule: ruleName(f.rule, locale) }),
        start: f.start,
        end: f.end,
        fixes: [],
        data: { omitted: count.get(f.rule)! - shown },
      };
      summaries.set(f.rule, summary);
      kept.push(summary);
    } else if (RANK[f.severity] > RANK[s.severity]) {
      s.severity = f.severity;
    }
  }
  return kept;
}

/** How many findings `f` stands for: 1, or the count a summary finding gives. */
function omittedBy(f: Finding): number {
  const n = (f.data as { omitted?: unknown } | undefined)?.omitted;
  return typeof n === 'number' ? n : 1;
}

function ruleName(rule: RuleId, locale: Locale): string {
  const meta = ruleById(rule);
  return meta ? localize(meta.description, locale) : rule;
}

/** The finding that stands for `count` findings of `rule` past the engine's cap, from `start` on. */
export function omittedFinding(rule: Rule, severity: Severity, start: number, count: number, locale: Locale): Finding {
  return {
    rule: rule.id,
    category: rule.category,
    severity,
    message: localize(MORE, locale, { count, rule: localize(rule.description, locale) }),
    start,
    end: start,
    fixes: [],
    data: { omitted: count },
  };
}
