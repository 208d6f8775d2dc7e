/**
 * The consistency report as renderer-neutral sections, in the order a writer reads it:
 * a summary strip (each category: count, 通过/需处理), then open slots (one row per distinct
 * slot with its sentences), formulations (problems first, consistent ones folded away),
 * dates (saying plainly which are written wrongly and how they should read), announced
 * counts, and the per-rule details last. Plain (unescaped) text; report-render.ts escapes.
 */
import type { DateFormat } from '../analysis/dates';
import type { QuoteStyle } from '../analysis/formulations';
import type { LocalizedText } from '../model/i18n';
import { pick, SLOT_KIND_NAMES } from '../model/l10n';
import type { ConsistencyReport, ReportFormulation } from './report';
import { ruleById } from '../rules';
import { CATEGORIES, type Category, type Locale, type Severity } from '../model/types';

type L = LocalizedText;

/** A place the report points at: a 0-based line, with the exact range where there is one. */
export interface LineRef {
  line: number;
  start?: number;
  end?: number;
}

/**
 * A table cell: plain text, optionally standing for line references (links in the editor's
 * panel), marked good/bad, or a bar (a count against the largest, drawn as a meter).
 */
export type Cell = string | { text: string; refs?: LineRef[]; tone?: 'ok' | 'bad'; bar?: { value: number; max: number } };

export const cellText = (c: Cell): string => (typeof c === 'string' ? c : c.text);

export interface Table {
  head: string[];
  rows: Cell[][];
}

/** Tables shown folded (HTML `<details>`), with a one-line summary. */
export interface Folded {
  summary: string;
  tables: Table[];
}

export interface Section {
  id: 'summary' | 'slots' | 'formulations' | 'dates' | 'outline' | 'announcements' | 'details';
  title: string;
  notes: Cell[];
  tables: Table[];
  folded?: Folded[];
}

const QUOTES: Record<QuoteStyle, L> = {
  'cn-double': { zh: '中文双引号 “…”', en: 'Chinese double quotes “…”' },
  'ascii-double': { zh: '英文双引号 "…"', en: 'ASCII double quotes "…"' },
  corner: { zh: '直角引号 「…」', en: 'corner brackets 「…」' },
  corner2: { zh: '双直角引号 『…』', en: 'white corner brackets 『…』' },
  prime: { zh: '双撇号引号 〝…〞', en: 'double prime quotes 〝…〞' },
  'cn-single': { zh: '中文单引号 ‘…’', en: 'Chinese single quotes ‘…’' },
  'ascii-single': { zh: "英文单引号 '…'", en: "ASCII single quotes '…'" },
  none: { zh: '无引号', en: 'unquoted' },
};

const DATE_FORMATS: Record<DateFormat, L> = {
  chinese: { zh: '规范', en: 'standard' },
  'chinese-padded': { zh: '写法不规范（补了零）', en: 'non-standard (zero-padded)' },
  'chinese-numerals': { zh: '写法不规范（汉字数字）', en: 'non-standard (Chinese numerals)' },
  iso: { zh: '写法不规范（短横线）', en: 'non-standard (hyphens)' },
  dotted: { zh: '写法不规范（圆点）', en: 'non-standard (dots)' },
  slashed: { zh: '写法不规范（斜线）', en: 'non-standard (slashes)' },
  compact: { zh: '写法不规范（数字连写）', en: 'non-standard (run-together digits)' },
  partial: { zh: '不完整（缺年或日）', en: 'partial (no year or day)' },
};

/** How a date format is named to the writer (the 讲话稿 view's 日期 row uses it too). */
export function dateFormatName(format: DateFormat, locale: Locale): string {
  return pick(DATE_FORMATS[format], locale);
}

export const CATEGORY_NAMES: Record<Category, L> = {
  placeholder: { zh: '占位符', en: 'Placeholders' },
  slogan: { zh: '提法', en: 'Formulations' },
  date: { zh: '日期', en: 'Dates' },
  structure: { zh: '结构', en: 'Structure' },
  typography: { zh: '标点排版', en: 'Typography' },
  wording: { zh: '用字', en: 'Wording' },
  residue: { zh: '残留', en: 'Residue' },
};

const SEVERITIES: Record<Severity, L> = {
  error: { zh: '错误', en: 'errors' },
  warning: { zh: '警告', en: 'warnings' },
  info: { zh: '信息', en: 'info' },
  hint: { zh: '提示', en: 'hints' },
};

export const T = {
  heading: { zh: '一致性报告', en: 'Consistency report' },
  title: { zh: '标题', en: 'Title' },
  dateLine: { zh: '日期行', en: 'Date line' },
  none: { zh: '无', en: 'none' },
  summary: { zh: '概览', en: 'Summary' },
  passed: { zh: '通过', en: 'passed' },
  toFix: { zh: '需处理', en: 'needs attention' },
  chart: { zh: '分布', en: 'Share' },
  slots: { zh: '未填写的占位符', en: 'Open slots' },
  noSlots: { zh: '没有未填写的占位符。', en: 'No open slots.' },
  slot: { zh: '占位符', en: 'Slot' },
  kind: { zh: '类型', en: 'Kind' },
  count: { zh: '次数', en: 'Count' },
  where: { zh: '位置', en: 'Where' },
  sentence: { zh: '所在句子', en: 'Sentence' },
  moreSentences: { zh: '全部 {n} 处所在句子', en: 'All {n} sentences' },
  formulations: { zh: '提法', en: 'Formulations' },
  noFormulations: { zh: '没有发现提法。', en: 'No formulations found.' },
  term: { zh: '提法', en: 'Term' },
  forms: { zh: '写法及次数', en: 'Forms and counts' },
  status: { zh: '状态', en: 'Status' },
  canonColumn: { zh: '规范性', en: 'Canon' },
  canonCanonical: { zh: '规范', en: 'canonical' },
  canonNonstandard: { zh: '不规范', en: 'nonstandard' },
  canonOutdated: { zh: '已过时', en: 'outdated' },
  consistent: { zh: '一致', en: 'consistent' },
  inconsistentTo: { zh: '不一致，建议统一为 {c}', en: 'inconsistent; write {c} throughout' },
  allConsistent: { zh: '{n} 个提法写法一致。', en: '{n} formulations are written consistently.' },
  consistentFolded: { zh: '写法一致的提法（{n} 个）', en: 'Consistent formulations ({n})' },
  dates: { zh: '日期', en: 'Dates' },
  noDates: { zh: '没有发现日期。', en: 'No dates found.' },
  format: { zh: '写法', en: 'Written' },
  date: { zh: '日期', en: 'Date' },
  line: { zh: '行', en: 'Line' },
  lineN: { zh: '第 {n} 行', en: 'line {n}' },
  isDateLine: { zh: '（日期行）', en: ' (date line)' },
  shouldBe: { zh: '写法不规范，应为 {s}', en: 'non-standard; write {s}' },
  formatsMixed: { zh: '全文日期写法不统一。', en: 'The draft mixes date formats.' },
  outline: { zh: '提纲', en: 'Outline' },
  noOutline: { zh: '没有层次标题。', en: 'No numbered headings.' },
  announcements: { zh: '宣布的条数', en: 'Announced counts' },
  announced: { zh: '宣布', en: 'Announced' },
  counted: { zh: '实际', en: 'Found' },
  what: { zh: '计数依据', en: 'Counted' },
  kept: { zh: '相符', en: 'kept' },
  notKept: { zh: '不符', en: 'not kept' },
  unknown: { zh: '无法核对', en: 'nothing to count' },
  details: { zh: '问题明细', en: 'Findings in detail' },
  category: { zh: '类别', en: 'Category' },
  rule: { zh: '检查项', en: 'Check' },
  total: { zh: '合计', en: 'Total' },
  noSegmentation: {
    zh: '注意：分词模块未加载，需要分词的检查未运行。',
    en: 'Note: segmentation was unavailable; checks that need it did not run.',
  },
} satisfies Record<string, L>;

export type Text = (key: keyof typeof T, params?: Record<string, string | number>) => string;

export function texts(locale: Locale): Text {
  return (key, params = {}) => pick(T[key], locale).replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}

/** `（…）` in Chinese, ` (…)` in English. */
export const paren = (locale: Locale, inner: string | number): string => (locale === 'en' ? ` (${inner})` : `（${inner}）`);

/** `：` in Chinese, `: ` in English. */
export const colon = (locale: Locale): string => (locale === 'en' ? ': ' : '：');

/** Each line once, in order: one link per line, however many findings it holds. */
function lineRefs(refs: readonly LineRef[]): LineRef[] {
  const seen = new Set<number>();
  return refs.filter((r) => !seen.has(r.line) && (seen.add(r.line), true)).sort((a, b) => a.line - b.line);
}

const lineText = (refs: readonly LineRef[], t: Text, max = 12): string => {
  const shown = refs.slice(0, max).map((r) => r.line + 1).join(t('none') === 'none' ? ', ' : '、');
  return t('lineN', { n: shown + (refs.length > max ? '…' : '') });
};

function summarySection(r: ConsistencyReport, t: Text, locale: Locale): Section {
  const max = Math.max(1, ...CATEGORIES.map((c) => r.totals.byCategory[c]));
  const rows: Cell[][] = CATEGORIES.map((c) => {
    const n = r.totals.byCategory[c];
    return [
      pick(CATEGORY_NAMES[c], locale),
      String(n),
      n === 0 ? { text: t('passed'), tone: 'ok' } : { text: t('toFix'), tone: 'bad' },
      { text: '█'.repeat(Math.ceil((n / max) * 20)) || '·', bar: { value: n, max } },
    ];
  });
  const sev = (Object.keys(SEVERITIES) as Severity[]).map((s) => `${pick(SEVERITIES[s], locale)} ${r.totals.bySeverity[s]}`).join(locale === 'en' ? ', ' : '，');
  const notes: Cell[] = [`${t('total')}${colon(locale)}${r.totals.findings}${locale === 'en' ? ` (${sev})` : `（${sev}）`}`];
  if (!r.totals.segmented) notes.push({ text: t('noSegmentation'), tone: 'bad' });
  return { id: 'summary', title: t('summary'), notes, tables: [{ head: [t('category'), t('count'), t('status'), t('chart')], rows }] };
}

function slotSection(r: ConsistencyReport, t: Text, locale: Locale): Section {
  if (r.slots.total === 0) return { id: 'slots', title: t('slots'), notes: [{ text: t('noSlots'), tone: 'ok' }], tables: [] };
  const rows: Cell[][] = [];
  const folded: Folded[] = [];
  for (const g of r.slots.groups) {
    const byText = new Map<string, typeof g.slots>();
    // A blank slot is a gap (spaces, or nothing at all): shown as ＿, as in its message.
    const shown = (written: string) => (written.trim() === '' ? '＿' : written);
    for (const s of g.slots) byText.set(shown(s.text), [...(byText.get(shown(s.text)) ?? []), s]);
    for (const [text, slots] of byText) {
      const refs = lineRefs(slots.map(({ line, start, end }) => ({ line, start, end })));
      rows.push([text, pick(SLOT_KIND_NAMES[g.kind], locale), String(slots.length), { text: lineText(refs, t), refs }, slots[0]!.sentence]);
      if (slots.length > 1) {
        folded.push({
          summary: `${text}${paren(locale, pick(SLOT_KIND_NAMES[g.kind], locale))}${colon(locale)}${t('moreSentences', { n: slots.length })}`,
          tables: [{ head: [t('line'), t('sentence')], rows: slots.map((s) => [{ text: String(s.line + 1), refs: [{ line: s.line, start: s.start, end: s.end }] }, s.sentence]) }],
        });
      }
    }
  }
  return { id: 'slots', title: `${t('slots')}${paren(locale, r.slots.total)}`, notes: [], tables: [{ head: [t('slot'), t('kind'), t('count'), t('where'), t('sentence')], rows }], folded };
}

function formulationTable(list: readonly ReportFormulation[], t: Text, locale: Locale): Table {
  return {
    head: [t('term'), t('forms'), t('where'), t('status'), t('canonColumn')],
    rows: list.map((f) => {
      const refs = lineRefs(f.forms.flatMap((x) => x.lines.map((line) => ({ line }))));
      return [
        f.term,
        f.forms.map((x) => `${x.form} ×${x.count}${paren(locale, pick(QUOTES[x.quote], locale))}`).join(locale === 'en' ? '; ' : '；'),
        { text: lineText(refs, t), refs },
        f.consistent ? { text: t('consistent'), tone: 'ok' } : { text: t('inconsistentTo', { c: f.canonical }), tone: 'bad' },
        f.canon === 'canonical'
          ? { text: t('canonCanonical'), tone: 'ok' }
          : f.canon === 'nonstandard'
            ? { text: t('canonNonstandard'), tone: 'bad' }
            : f.canon === 'outdated'
              ? { text: t('canonOutdated'), tone: 'bad' }
              : '—',
      ];
    }),
  };
}

function formulationSection(r: ConsistencyReport, t: Text, locale: Locale): Section {
  const bad = r.formulations.filter((f) => !f.consistent || f.canon === 'nonstandard' || f.canon === 'outdated');
  const good = r.formulations.filter((f) => !bad.includes(f));
  const section: Section = { id: 'formulations', title: t('formulations'), notes: [], tables: [] };
  if (r.formulations.length === 0) section.notes.push(t('noFormulations'));
  if (bad.length > 0) section.tables.push(formulationTable(bad, t, locale));
  else if (good.length > 0) section.notes.push({ text: t('allConsistent', { n: good.length }), tone: 'ok' });
  if (good.length > 0) section.folded = [{ summary: t('consistentFolded', { n: good.length }), tables: [formulationTable(good, t, locale)] }];
  return section;
}

function dateSection(r: ConsistencyReport, t: Text, locale: Locale): Section {
  const notes: Cell[] = [];
  if (r.dates.mentions.length === 0) notes.push(t('noDates'));
  else if (!r.dates.consistent) notes.push({ text: t('formatsMixed'), tone: 'bad' });
  const rows = r.dates.mentions.map<Cell[]>((d) => [
    { text: String(d.line + 1), refs: [{ line: d.line, start: d.start, end: d.end }] },
    d.text + (d.isDateLine ? t('isDateLine') : ''),
    d.standard ? { text: t('shouldBe', { s: d.standard }), tone: 'bad' } : d.format === 'chinese' ? { text: pick(DATE_FORMATS.chinese, locale), tone: 'ok' } : pick(DATE_FORMATS[d.format], locale),
  ]);
  // Wrongly written dates first.
  rows.sort((a, b) => Number(typeof b[2] === 'object' && b[2].tone === 'bad') - Number(typeof a[2] === 'object' && a[2].tone === 'bad'));
  return { id: 'dates', title: t('dates'), notes, tables: rows.length ? [{ head: [t('line'), t('date'), t('format')], rows }] : [] };
}

function announcementSection(r: ConsistencyReport, t: Text, locale: Locale): Section {
  const rows = r.announcements.map<Cell[]>((a) => [
    { text: String(a.line + 1), refs: [{ line: a.line, start: a.start, end: a.end }] },
    `${a.text}${paren(locale, a.announced)}`,
    a.counted === undefined ? '—' : String(a.counted),
    (locale === 'en' ? (a.countedWhatEn ?? a.countedWhat) : a.countedWhat) ?? '—',
    a.kept === undefined ? t('unknown') : a.kept ? { text: t('kept'), tone: 'ok' } : { text: t('notKept'), tone: 'bad' },
  ]);
  rows.sort((a, b) => Number(typeof b[4] === 'object' && b[4].tone === 'bad') - Number(typeof a[4] === 'object' && a[4].tone === 'bad'));
  return { id: 'announcements', title: t('announcements'), notes: [], tables: [{ head: [t('line'), t('announced'), t('counted'), t('what'), t('status')], rows }] };
}

function detailSection(r: ConsistencyReport, t: Text, locale: Locale): Section {
  const name = (rule: string): string => {
    const meta = ruleById(rule);
    return meta ? pick(meta.description, locale) : rule;
  };
  return {
    id: 'details',
    title: t('details'),
    notes: [],
    tables: r.totals.findings === 0 ? [] : [{
      head: [t('rule'), t('category'), t('count')],
      rows: r.totals.byRule.map((x) => [name(x.rule), pick(CATEGORY_NAMES[x.category], locale), String(x.count)]),
    }],
  };
}

/** The report's sections in reading order; the outline section's items are the renderer's. */
export function reportSections(r: ConsistencyReport, locale: Locale): Section[] {
  const t = texts(locale);
  const out = [summarySection(r, t, locale), slotSection(r, t, locale), formulationSection(r, t, locale), dateSection(r, t, locale)];
  out.push({ id: 'outline', title: t('outline'), notes: r.outline.length ? [] : [t('noOutline')], tables: [] });
  if (r.announcements.length > 0) out.push(announcementSection(r, t, locale));
  out.push(detailSection(r, t, locale));
  return out;
}
