/**
 * The document-wide consistency report: everything a writer checks before handing a draft
 * over, at once — open slots, the forms of each 提法, dates and their formats, the outline
 * with each announced count against what follows, and totals of the findings.
 * Pure data; report-render.ts turns it into Markdown or HTML for the CLI and the editor.
 * Lines are 0-based, like every range in the engine; renderers show them 1-based.
 */
import { sharedEngine } from '../check';
import type { NormalizedConfig } from '../model/config';
import type { CheckOptions, CheckResult, Segmentation } from '../engine';
import type { Finding } from '../model/types';
import type { DateFormat } from '../analysis/dates';
import type { QuoteStyle } from '../analysis/formulations';
import { canonFor, entriesByName } from '../analysis/canon';
import type { OutlineItem, OutlineLevel } from '../analysis/outline';
import { markSpan, sentenceAround } from '../util/sentence';
import type { SlotKind } from '../analysis/slots';
import { CATEGORIES, type Category, type RuleId, type Severity } from '../model/types';

export interface ReportSlot {
  text: string;
  line: number;
  start: number;
  end: number;
  /** The slot's sentence with the slot marked: `全市生产总值【XX】亿元。` */
  sentence: string;
}

export interface ReportSlotGroup {
  kind: SlotKind;
  count: number;
  /** Distinct lines holding a slot of this kind, in order. */
  lines: number[];
  slots: ReportSlot[];
}

export interface ReportFormulationForm {
  form: string;
  quote: QuoteStyle;
  count: number;
  lines: number[];
}

export interface ReportFormulation {
  term: string;
  canonical: string;
  /**
   * Against the formulation canon: `canonical` (规范), `nonstandard` (不规范: a wording or
   * member finding), `outdated` (已过时); absent when the canon does not know the term.
   */
  canon?: 'canonical' | 'nonstandard' | 'outdated';
  /** One written form only. */
  consistent: boolean;
  total: number;
  forms: ReportFormulationForm[];
}

export interface ReportDate {
  text: string;
  line: number;
  start: number;
  end: number;
  format: DateFormat;
  isDateLine: boolean;
  /** The standard form (GB/T 9704: `2024年3月9日`) of a full date written otherwise. */
  standard?: string;
}

export interface ReportOutlineItem {
  level: OutlineLevel;
  marker: string;
  title: string;
  line: number;
  children: ReportOutlineItem[];
}

export interface ReportAnnouncement {
  text: string;
  line: number;
  start: number;
  end: number;
  announced: number;
  counted?: number;
  countedWhat?: string;
  /** The same in English, for the English report. */
  countedWhatEn?: string;
  /** true when the count is kept, false when not, undefined when nothing countable followed. */
  kept?: boolean;
}

export interface ReportRuleTotal {
  rule: RuleId;
  category: Category;
  count: number;
}

export interface ConsistencyReport {
  title?: { text: string; line: number };
  dateLine?: { text: string; line: number };
  lineCount: number;
  charCount: number;
  slots: { total: number; groups: ReportSlotGroup[] };
  formulations: ReportFormulation[];
  dates: {
    mentions: ReportDate[];
    formats: Array<{ format: DateFormat; count: number }>;
    /** At most one full-date format (partial dates such as `3月9日` do not count). */
    consistent: boolean;
  };
  outline: ReportOutlineItem[];
  announcements: ReportAnnouncement[];
  totals: {
    findings: number;
    bySeverity: Record<Severity, number>;
    byCategory: Record<Category, number>;
    byRule: ReportRuleTotal[];
    /** Whether segmentation-dependent rules ran. */
    segmented: boolean;
  };
}

const SLOT_KIND_ORDER: readonly SlotKind[] = ['number', 'year', 'date', 'name', 'place', 'unit', 'sentence', 'blank', 'other'];

/**
 * Builds the report from a check's result: the very findings and analyses the rules had.
 * Given a text, checks it first with the shared engine ('auto' or `undefined`: whatever
 * segmenter is loaded; 'off' or `null`: none); without a segmenter, segmentation-only rules
 * are left out of the totals.
 */
export function report(text: string, options?: CheckOptions | NormalizedConfig, segmentation?: Segmentation): ConsistencyReport;
export function report(result: CheckResult): ConsistencyReport;
export function report(
  textOrResult: string | CheckResult,
  options?: CheckOptions | NormalizedConfig,
  segmentation?: Segmentation,
): ConsistencyReport {
  const result = typeof textOrResult === 'string' ? sharedEngine.checkSync(textOrResult, options, segmentation) : textOrResult;
  const { text, analyses } = result;
  const doc = analyses.doc;
  const title = doc.title;
  const dateLine = doc.dateLine;
  return {
    ...(title ? { title: { text: title.text.trim(), line: title.firstLine } } : {}),
    ...(dateLine ? { dateLine: { text: dateLine.text, line: dateLine.line } } : {}),
    lineCount: doc.lines.length,
    charCount: text.length,
    slots: reportSlots(result),
    formulations: reportFormulations(result),
    dates: reportDates(result),
    outline: analyses.outline.map(toReportOutline),
    announcements: analyses.announcements.map(toReportAnnouncement),
    totals: reportTotals(result),
  };
}

/** The open slots, grouped by kind (words the user ignores left out). */
function reportSlots({ text, config, analyses }: CheckResult): ConsistencyReport['slots'] {
  const ignored = ignoredSpans(text, config.ignoreWords);
  const groups = new Map<SlotKind, ReportSlotGroup>();
  for (const s of analyses.slots) {
    if (ignored.some(([a, b]) => s.start >= a && s.end <= b)) continue;
    let g = groups.get(s.kind);
    if (!g) groups.set(s.kind, (g = { kind: s.kind, count: 0, lines: [], slots: [] }));
    g.count++;
    if (g.lines[g.lines.length - 1] !== s.line) g.lines.push(s.line);
    g.slots.push({ text: s.text, line: s.line, start: s.start, end: s.end, sentence: markSpan(sentenceAround(text, s.start, s.end, 30)) });
  }
  const slotGroups = SLOT_KIND_ORDER.flatMap((k) => (groups.has(k) ? [groups.get(k)!] : []));
  return { total: slotGroups.reduce((n, g) => n + g.count, 0), groups: slotGroups };
}

/**
 * Each 提法 with its forms and its canon status; canon findings on wordings the slogan
 * analysis does not track get rows of their own.
 */
function reportFormulations({ text, config, findings, analyses }: CheckResult): ReportFormulation[] {
  const canonIndex = canonFor(config);
  const byName = entriesByName(canonIndex);
  const { canonStatus, canonFindings } = canonStatusOf(findings);
  const formulations: ReportFormulation[] = analyses.formulations.map((use) => {
    const forms = use.forms.map((f) => ({
      form: f.form,
      quote: f.quote,
      count: f.count,
      lines: uniqueSorted(use.occurrences.filter((o) => o.form === f.form && o.quote === f.quote).map((o) => o.line)),
    }));
    const entry = byName.get(use.term) ?? canonIndex.entries.find((e) => e.wording === use.term);
    return {
      term: use.term,
      canonical: use.canonical,
      ...(entry ? { canon: canonStatus.get(entry.id) ?? ('canonical' as const) } : {}),
      consistent: forms.length <= 1,
      total: forms.reduce((n, f) => n + f.count, 0),
      forms,
    };
  });
  for (const f of canonFindings) {
    const entry = canonIndex.entries.find((e) => e.id === f.data!.entry);
    if (!entry) continue;
    const term = entry.names?.[0] ?? entry.wording;
    if (formulations.some((x) => x.term === term)) continue;
    formulations.push({
      term,
      canonical: entry.wording,
      canon: canonStatus.get(entry.id)!,
      consistent: true,
      total: 1,
      forms: [{ form: text.slice(f.start, f.end), quote: 'none', count: 1, lines: [analyses.doc.lineIndexAt(f.start)] }],
    });
  }
  return formulations;
}

/** Canon status per entry, from the formulation rules' findings (outdated wins), and those findings. */
function canonStatusOf(findings: readonly Finding[]): { canonStatus: Map<string, 'nonstandard' | 'outdated'>; canonFindings: Finding[] } {
  const canonStatus = new Map<string, 'nonstandard' | 'outdated'>();
  const canonFindings: Finding[] = [];
  for (const f of findings) {
    const id = f.data?.entry;
    if (typeof id !== 'string') continue;
    if (f.rule === 'formulation-current') canonStatus.set(id, 'outdated');
    else if ((f.rule === 'formulation-wording' || f.rule === 'formulation-members') && canonStatus.get(id) !== 'outdated') canonStatus.set(id, 'nonstandard');
    else continue;
    canonFindings.push(f);
  }
  return { canonStatus, canonFindings };
}

/** The dates mentioned, with the standard form of each full date and how often each format is used. */
function reportDates({ analyses }: CheckResult): ConsistencyReport['dates'] {
  const mentions: ReportDate[] = analyses.dates.map((d) => ({
    text: d.text,
    line: d.line,
    start: d.start,
    end: d.end,
    format: d.format,
    isDateLine: d.isDateLine,
    ...(d.format !== 'chinese' && d.year !== undefined && d.month !== undefined && d.day !== undefined
      ? { standard: `${d.year}年${d.month}月${d.day}日` }
      : {}),
  }));
  const formatCounts = new Map<DateFormat, number>();
  for (const d of mentions) formatCounts.set(d.format, (formatCounts.get(d.format) ?? 0) + 1);
  const formats = [...formatCounts].map(([format, count]) => ({ format, count })).sort((a, b) => b.count - a.count);
  return {
    mentions,
    formats,
    consistent: formats.filter((f) => f.format !== 'partial').length <= 1,
  };
}

function toReportAnnouncement(a: CheckResult['analyses']['announcements'][number]): ReportAnnouncement {
  return {
    text: a.text,
    line: a.line,
    start: a.start,
    end: a.end,
    announced: a.announced,
    ...(a.counted !== undefined ? { counted: a.counted, kept: a.counted === a.announced } : {}),
    ...(a.countedWhat !== undefined ? { countedWhat: a.countedWhat } : {}),
    ...(a.countedWhatEn !== undefined ? { countedWhatEn: a.countedWhatEn } : {}),
  };
}

/** The findings counted by severity, category and rule. */
function reportTotals({ findings, segmented }: CheckResult): ConsistencyReport['totals'] {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  const byRule = new Map<RuleId, ReportRuleTotal>();
  for (const f of findings) {
    bySeverity[f.severity]++;
    byCategory[f.category]++;
    const r = byRule.get(f.rule) ?? { rule: f.rule, category: f.category, count: 0 };
    r.count++;
    byRule.set(f.rule, r);
  }
  return {
    findings: findings.length,
    bySeverity,
    byCategory,
    byRule: [...byRule.values()].sort((a, b) => b.count - a.count || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)),
    segmented,
  };
}

function toReportOutline(item: OutlineItem): ReportOutlineItem {
  return {
    level: item.level,
    marker: item.marker,
    title: item.title,
    line: item.line,
    children: item.children.map(toReportOutline),
  };
}

function uniqueSorted(lines: number[]): number[] {
  return [...new Set(lines)].sort((a, b) => a - b);
}

function ignoredSpans(text: string, words: readonly string[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const w of words) {
    for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) spans.push([at, at + w.length]);
  }
  return spans;
}
