/**
 * The rows of the 讲话稿 view, built from the consistency report without the editor, so
 * what the view shows is tested like any other function. Problems come first in every
 * group; consistent formulations are folded away under one row.
 */
import type { ConsistencyReport } from '../../server/src/engine/report/report';
import { dateFormatName as formatName } from '../../server/src/engine/report/sections';
import type { Locale } from './messages';
import { markedSentence, slotContext } from './slots';

export interface DraftRow {
  label: string;
  description?: string;
  tooltip?: string;
  /** The view's context value: which actions a row carries. */
  kind: 'group' | 'slotGroup' | 'slot' | 'formulation' | 'form' | 'date' | 'announcement' | 'info';
  icon: string;
  warn?: boolean;
  expanded?: boolean;
  line?: number;
  character?: number;
  endCharacter?: number;
  children?: DraftRow[];
}

type KindName = (kind: string, locale: Locale) => string;

const T = {
  slots: { zh: '未填写的占位符', en: 'Open placeholders' },
  noSlots: { zh: '没有未填写的占位符', en: 'No open placeholders' },
  formulations: { zh: '提法', en: 'Formulations' },
  consistent: { zh: '写法一致的提法', en: 'Consistent formulations' },
  dates: { zh: '日期', en: 'Dates' },
  dateLine: { zh: '成文日期行', en: 'Date line' },
  noDateLine: { zh: '标题下没有成文日期行', en: 'No date line under the title' },
  counts: { zh: '宣布的条数', en: 'Announced counts' },
  count: { zh: '{n} 处', en: '{n}×' },
  line: { zh: '第 {n} 行', en: 'line {n}' },
  inconsistent: { zh: '写法不一致', en: 'inconsistent' },
  kept: { zh: '与后文一致', en: 'kept' },
  notKept: { zh: '宣布 {a}，实有 {c}', en: 'announced {a}, found {c}' },
  formats: { zh: '格式：{list}', en: 'formats: {list}' },
} as const;

function t(key: keyof typeof T, locale: Locale, params: Record<string, string | number> = {}): string {
  const text: string = locale === 'en' ? T[key].en : T[key].zh;
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}

export function isDraftViewReport(r: unknown): r is ConsistencyReport {
  return typeof r === 'object' && r !== null && 'slots' in r && 'formulations' in r;
}

/** Report offsets are the document's; the editor wants line and character. */
function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function place(starts: number[], line: number, start: number, end: number): Pick<DraftRow, 'line' | 'character' | 'endCharacter'> {
  const base = starts[line] ?? 0;
  return { line, character: Math.max(0, start - base), endCharacter: Math.max(0, end - base) };
}

/**
 * How much of the sentence before a slot its row shows: the sidebar is about 16 characters
 * wide, and with more the slot itself was cut off (…央农村工作会议,及省市农村工作…). The
 * tooltip has the whole sentence.
 */
const ROW_BEFORE = 8;

function lastChars(text: string, n: number): string {
  const chars = Array.from(text.replace(/^…/, ''));
  return chars.length > n ? `…${chars.slice(-n).join('')}` : text;
}

function slotRows(r: ConsistencyReport, text: string, locale: Locale, kindName: KindName): DraftRow {
  const lineStarts = lineStartsOf(text);
  const groups = r.slots.groups.map<DraftRow>((g) => ({
    label: kindName(g.kind, locale),
    description: t('count', locale, { n: g.count }),
    kind: 'slotGroup',
    icon: 'symbol-variable',
    warn: true,
    expanded: true,
    children: g.slots.map<DraftRow>((s) => {
      const context = slotContext(text, s.start, s.end, 24);
      return {
        label: markedSentence({ ...context, before: lastChars(context.before, ROW_BEFORE) }),
        description: t('line', locale, { n: s.line + 1 }),
        tooltip: markedSentence(context),
        kind: 'slot',
        icon: 'edit',
        ...place(lineStarts, s.line, s.start, s.end),
      };
    }),
  }));
  return {
    label: r.slots.total > 0 ? t('slots', locale) : t('noSlots', locale),
    ...(r.slots.total > 0 ? { description: t('count', locale, { n: r.slots.total }) } : {}),
    kind: 'group',
    icon: r.slots.total > 0 ? 'warning' : 'pass',
    warn: r.slots.total > 0,
    expanded: true,
    children: groups,
  };
}

function formulationRows(r: ConsistencyReport, locale: Locale): DraftRow {
  const row = (f: ConsistencyReport['formulations'][number]): DraftRow => ({
    label: f.canonical,
    description: f.consistent ? t('count', locale, { n: f.total }) : `${t('inconsistent', locale)} · ${t('count', locale, { n: f.total })}`,
    kind: 'formulation',
    icon: f.consistent ? 'pass' : 'warning',
    warn: !f.consistent,
    expanded: !f.consistent,
    children: f.forms.map<DraftRow>((form) => ({
      label: form.form,
      description: `${t('count', locale, { n: form.count })} · ${t('line', locale, { n: form.lines.map((l) => l + 1).slice(0, 6).join('、') })}`,
      kind: 'form',
      icon: 'quote',
      ...(form.lines[0] !== undefined ? { line: form.lines[0] } : {}),
    })),
  });
  const bad = r.formulations.filter((f) => !f.consistent).map(row);
  const good = r.formulations.filter((f) => f.consistent).map(row);
  const children = [...bad];
  if (good.length > 0) {
    children.push({ label: t('consistent', locale), description: t('count', locale, { n: good.length }), kind: 'info', icon: 'pass', children: good });
  }
  return { label: t('formulations', locale), description: String(r.formulations.length), kind: 'group', icon: bad.length ? 'warning' : 'pass', warn: bad.length > 0, expanded: bad.length > 0, children };
}

function dateRows(r: ConsistencyReport, starts: number[], locale: Locale): DraftRow {
  const head: DraftRow = r.dateLine
    ? { label: r.dateLine.text, description: t('dateLine', locale), kind: 'date', icon: 'calendar', line: r.dateLine.line }
    : { label: t('noDateLine', locale), kind: 'date', icon: 'warning', warn: true, ...(r.title ? { line: r.title.line } : {}) };
  const mentions = r.dates.mentions
    .filter((d) => !d.isDateLine)
    .map<DraftRow>((d) => ({ label: d.text, description: t('line', locale, { n: d.line + 1 }), kind: 'date', icon: 'calendar', ...place(starts, d.line, d.start, d.end) }));
  // The writer's names (写法不规范（短横线）×1), never the format's id (iso×1).
  const formats = r.dates.formats.map((f) => `${formatName(f.format, locale)}×${f.count}`).join('、');
  return {
    label: t('dates', locale),
    ...(formats ? { description: t('formats', locale, { list: formats }) } : {}),
    kind: 'group',
    icon: !r.dateLine || !r.dates.consistent ? 'warning' : 'pass',
    warn: !r.dateLine || !r.dates.consistent,
    expanded: !r.dateLine || !r.dates.consistent,
    children: [head, ...mentions],
  };
}

function countRows(r: ConsistencyReport, starts: number[], locale: Locale): DraftRow {
  const children = r.announcements.map<DraftRow>((a) => ({
    label: a.text,
    description: a.kept === false ? t('notKept', locale, { a: a.announced, c: a.counted ?? '?' }) : t('kept', locale),
    kind: 'announcement',
    icon: a.kept === false ? 'warning' : 'pass',
    warn: a.kept === false,
    ...place(starts, a.line, a.start, a.end),
  }));
  const bad = children.some((c) => c.warn);
  return { label: t('counts', locale), description: String(children.length), kind: 'group', icon: bad ? 'warning' : 'pass', warn: bad, expanded: bad, children };
}

/** The view's top-level rows for one draft's report. */
export function draftViewRows(r: ConsistencyReport, text: string, locale: Locale, kindName: KindName): DraftRow[] {
  const starts = lineStartsOf(text);
  const rows = [slotRows(r, text, locale, kindName), formulationRows(r, locale), dateRows(r, starts, locale)];
  if (r.announcements.length > 0) rows.push(countRows(r, starts, locale));
  return rows;
}
