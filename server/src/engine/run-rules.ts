/**
 * The rule loop of one check: every enabled rule sees the whole document through its
 * context; a rule that throws is recorded and skipped, and the others still run. Findings
 * inside web residue and inside the user's ignored words are dropped afterwards.
 */
import type { Analyses } from './analyses';
import type { BoundedCache } from './util/bounded-cache';
import type { NormalizedConfig } from './model/config';
import type { SpeechDocument } from './analysis/document';
import { localize, type MessageParams } from './model/i18n';
import { RULES } from './rules';
import type { Rule, RuleContext, ReportInput } from './rule-api/rule';
import type { Segmenter } from './analysis/segment';
import type { Finding, Fix, RuleId, TextEdit } from './model/types';
import { lazyFix } from './util/lazy-edits';
import { MAX_FINDINGS_PER_RULE, omittedFinding } from './summarize';
import { firstIndexWhere } from './util/binary-search';
import { SpanReach } from './util/span-reach';
import { spansByLine } from './analysis/residue-spans';

export interface RuleFailure {
  rule: RuleId;
  error: unknown;
}

export type CacheProvider = <V>(name: string, maxEntries: number, maxChars: number) => BoundedCache<V>;

/**
 * `lazyFixes`: a draft-wide fix (thousands of edits) makes its edits when first read, for an
 * adapter that shows findings and reads a fix's edits only when asked (the editor). One that
 * writes every fix out (the command line's JSON) builds them at once: made later they would
 * keep what they are made from alive until then, and cost more to send between threads.
 */
export function runRules(analyses: Analyses, cache: CacheProvider, lazyFixes = false): { findings: Finding[]; failures: RuleFailure[] } {
  const { doc, config, segmenter } = analyses;
  const findings: Finding[] = [];
  const failures: RuleFailure[] = [];
  for (const rule of RULES) {
    const setting = config.rules[rule.id];
    if (setting === 'off') continue;
    if (rule.segmentation === 'required' && !segmenter) continue;
    const own: Finding[] = [];
    // A pathological draft (5 MB of `“`) would make millions: past the cap, findings are counted.
    let reported = 0;
    let firstOmitted: number | undefined;
    const ctx = makeContext(
      rule,
      analyses,
      doc,
      config,
      segmenter,
      cache,
      lazyFixes,
      (f) => {
        reported++;
        if (typeof f === 'number') firstOmitted ??= f;
        else {
          // A finding report() has just built for this rule alone: the configured severity is set on it, not on a copy.
          if (setting) f.severity = setting;
          own.push(f);
        }
      },
      () => reported >= MAX_FINDINGS_PER_RULE,
    );
    try {
      rule.check(ctx);
    } catch (error) {
      // What a failing rule reported before it threw is not trusted either.
      failures.push({ rule: rule.id, error });
      continue;
    }
    for (const f of own) findings.push(f);
    if (firstOmitted !== undefined) {
      findings.push(omittedFinding(rule, setting ?? rule.defaultSeverity, firstOmitted, reported - MAX_FINDINGS_PER_RULE, config.locale));
    }
  }
  const kept = dropIgnoredWords(dropInsideResidue(findings, doc), doc.text, config.ignoreWords);
  // Rule ids are ASCII: code-unit order, not localeCompare (its first call loads ICU's
  // collation, ~10 ms of a cold command's ~150).
  kept.sort((a, b) => a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  return { findings: kept, failures };
}

function makeContext(
  rule: Rule,
  analyses: Analyses,
  doc: SpeechDocument,
  config: NormalizedConfig,
  segmenter: Segmenter | undefined,
  cache: CacheProvider,
  lazyFixes: boolean,
  /** A finding, or only the offset of one past the cap. */
  emit: (f: Finding | number) => void,
  full: () => boolean,
): RuleContext {
  const t = (id: string, params?: MessageParams): string => {
    const entry = rule.messages[id];
    return entry ? localize(entry, config.locale, params) : id;
  };
  return {
    doc,
    text: doc.text,
    config,
    ...(segmenter ? { segmenter } : {}),
    t,
    memo: (key, compute) => analyses.memo(key, compute),
    cache,
    report(input: ReportInput) {
      if (full()) return emit(clamp(input.start, doc.text.length)); // counted, not built
      const text = doc.text;
      // Never half an astral character (𠮷 is two UTF-16 units): ranges widen to whole characters.
      const start = outOfPair(text, clamp(input.start, text.length), -1);
      const end = outOfPair(text, clamp(Math.max(input.end, input.start), text.length), 1);
      const fixes: Fix[] = (input.fixes ?? []).map((f) => {
        const title = rule.messages[f.title] ? t(f.title, f.params) : f.title;
        const safe = f.safe ?? true;
        const placed = (edits: TextEdit[]): TextEdit[] => inOrder(placeAll(text, edits));
        const edits = f.edits;
        if (Array.isArray(edits)) return { title, edits: placed(edits), safe };
        if (!lazyFixes) return { title, edits: placed(edits.make()), safe };
        return lazyFix(title, edits.count, () => placed(edits.make()), safe);
      });
      emit({
        rule: rule.id,
        category: rule.category,
        severity: input.severity ?? rule.defaultSeverity,
        message: t(input.messageId, input.params),
        start,
        end,
        fixes,
        ...(input.data ? { data: input.data } : {}),
      });
    },
  };
}

/** Whether `i` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, i: number): boolean {
  const lo = text.charCodeAt(i);
  const hi = text.charCodeAt(i - 1);
  return i > 0 && i < text.length && lo >= 0xdc00 && lo <= 0xdfff && hi >= 0xd800 && hi <= 0xdbff;
}

/** `i`, moved one unit in `dir` when it splits a surrogate pair. */
function outOfPair(text: string, i: number, dir: -1 | 1): number {
  return splitsPair(text, i) ? i + dir : i;
}

/** An edit that splits a pair takes the other half in, and puts it back in its new text: same result, whole characters. */
function wholeCharacters(text: string, start: number, end: number, newText: string): { start: number; end: number; newText: string } {
  if (end < start) end = start;
  if (splitsPair(text, start)) {
    start--;
    newText = text[start]! + newText;
  }
  if (splitsPair(text, end) && end > start) {
    newText += text[end]!;
    end++;
  }
  return { start, end, newText };
}

/**
 * Each edit inside the text, over whole characters. Most are already (a draft-wide fix has
 * thousands, and the command line writes every one): those are kept as they are, not copied.
 */
function placeAll(text: string, edits: readonly TextEdit[]): TextEdit[] {
  const out = new Array<TextEdit>(edits.length);
  for (let i = 0; i < edits.length; i++) {
    const e = edits[i]!;
    const { start, end } = e;
    const inside = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length;
    out[i] = inside && !splitsPair(text, start) && !splitsPair(text, end) ? e : wholeCharacters(text, clamp(start, text.length), clamp(end, text.length), e.newText);
  }
  return out;
}

/** Edits by their start; most come in order (a document-wide fix has thousands), and those are not sorted again. */
function inOrder<E extends { start: number }>(edits: E[]): E[] {
  for (let i = 1; i < edits.length; i++) if (edits[i]!.start < edits[i - 1]!.start) return edits.sort((a, b) => a.start - b.start);
  return edits;
}

function clamp(n: number, max: number): number {
  return Math.max(0, Math.min(Number.isFinite(n) ? Math.trunc(n) : 0, max));
}

const RESIDUE_RULES = new Set(RULES.filter((r) => r.reportsResidue).map((r) => r.id));

/**
 * What the residue rule deletes is not the draft: no date-format on a site's timestamp, no
 * bracket-pair inside a paywall notice.
 */
function dropInsideResidue(findings: Finding[], doc: SpeechDocument): Finding[] {
  const { lines, spans } = doc.residue;
  if (lines.size === 0 && spans.length === 0) return findings;
  // Each line's spans (offsets in the line), found for a finding by binary search.
  const reach = new Map([...spansByLine(spans)].map(([i, own]) => [i, new SpanReach(own)]));
  return findings.filter((f) => {
    if (RESIDUE_RULES.has(f.rule)) return true;
    const i = doc.lineIndexAt(f.start);
    const l = doc.lines[i]!;
    if (lines.has(i)) return f.end > l.end + l.eol.length;
    return !reach.get(i)?.holds(f.start - l.start, f.end - l.start);
  });
}

/** A finding that lies inside an occurrence of an ignored word is the user's call, not ours. */
function dropIgnoredWords(findings: Finding[], text: string, words: readonly string[]): Finding[] {
  if (words.length === 0) return findings;
  const spans: Array<[number, number]> = [];
  for (const w of words) {
    for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) spans.push([at, at + w.length]);
  }
  if (spans.length === 0) return findings;
  // Inside some span ⇔ the spans starting at or before the finding reach past its end: a
  // binary search over the sorted starts with the running furthest end (200k words stay fast).
  spans.sort((a, b) => a[0] - b[0]);
  const reach: number[] = [];
  for (const [, e] of spans) reach.push(Math.max(e, reach[reach.length - 1] ?? 0));
  const covered = (f: Finding): boolean => {
    const last = lastAtOrBefore(spans, f.start);
    return last >= 0 && reach[last]! >= f.end;
  };
  return findings.filter((f) => !(f.end > f.start && covered(f)));
}

/** Index of the last span starting at or before `at`, -1 when none. */
function lastAtOrBefore(spans: ReadonlyArray<[number, number]>, at: number): number {
  return firstIndexWhere(spans.length, (i) => spans[i]![0] > at) - 1;
}
