/**
 * The consistency report as Markdown or as a self-contained HTML page. Pure string
 * functions shared by the CLI (`speechcheck report`) and the editor's report panel.
 * Every piece of document text is escaped: a draft is untrusted input.
 */
import type { DateFormat } from './dates';
import type { QuoteStyle } from './formulations';
import type { ConsistencyReport, ReportOutlineItem } from './report';
import type { LocalizedText } from './i18n';
import { lineList as formatLines, pick, SLOT_KIND_NAMES } from './l10n';
import type { Category, Locale, Severity } from './types';

export interface RenderOptions {
  locale?: Locale;
  /** The file the report is about, shown in the heading. */
  file?: string;
}

type L = LocalizedText;

const QUOTES: Record<QuoteStyle, L> = {
  'cn-double': { zh: '中文双引号 “…”', en: 'Chinese double quotes “…”' },
  'ascii-double': { zh: '英文双引号 "…"', en: 'ASCII double quotes "…"' },
  corner: { zh: '直角引号 「…」', en: 'corner brackets 「…」' },
  'cn-single': { zh: '中文单引号 ‘…’', en: 'Chinese single quotes ‘…’' },
  'ascii-single': { zh: "英文单引号 '…'", en: "ASCII single quotes '…'" },
  none: { zh: '无引号', en: 'unquoted' },
};

const DATE_FORMATS: Record<DateFormat, L> = {
  chinese: { zh: '2024年3月9日（规范）', en: '2024年3月9日 (standard)' },
  'chinese-padded': { zh: '补零 2024年03月09日', en: 'zero-padded 2024年03月09日' },
  'chinese-numerals': { zh: '汉字数字 二〇二四年三月九日', en: 'Chinese numerals 二〇二四年三月九日' },
  iso: { zh: '2024-03-09', en: '2024-03-09' },
  dotted: { zh: '2024.3.9', en: '2024.3.9' },
  slashed: { zh: '2024/3/9', en: '2024/3/9' },
  partial: { zh: '不完整（缺年或日）', en: 'partial (no year or day)' },
};

const CATEGORIES: Record<Category, L> = {
  placeholder: { zh: '占位符', en: 'placeholders' },
  slogan: { zh: '提法', en: 'formulations' },
  date: { zh: '日期', en: 'dates' },
  structure: { zh: '结构', en: 'structure' },
  typography: { zh: '标点排版', en: 'typography' },
  wording: { zh: '用字', en: 'wording' },
  residue: { zh: '残留', en: 'residue' },
};

const SEVERITIES: Record<Severity, L> = {
  error: { zh: '错误', en: 'errors' },
  warning: { zh: '警告', en: 'warnings' },
  info: { zh: '信息', en: 'info' },
  hint: { zh: '提示', en: 'hints' },
};

const T = {
  heading: { zh: '一致性报告', en: 'Consistency report' },
  title: { zh: '标题', en: 'Title' },
  dateLine: { zh: '日期行', en: 'Date line' },
  none: { zh: '无', en: 'none' },
  slots: { zh: '未填写的占位符', en: 'Open slots' },
  noSlots: { zh: '没有未填写的占位符。', en: 'No open slots.' },
  kind: { zh: '类型', en: 'Kind' },
  count: { zh: '数量', en: 'Count' },
  lines: { zh: '行', en: 'Lines' },
  examples: { zh: '内容', en: 'As written' },
  formulations: { zh: '提法', en: 'Formulations' },
  noFormulations: { zh: '没有发现提法。', en: 'No formulations found.' },
  term: { zh: '提法', en: 'Term' },
  forms: { zh: '写法及次数', en: 'Forms and counts' },
  status: { zh: '状态', en: 'Status' },
  consistent: { zh: '一致', en: 'consistent' },
  inconsistent: { zh: '不一致', en: 'inconsistent' },
  dates: { zh: '日期', en: 'Dates' },
  noDates: { zh: '没有发现日期。', en: 'No dates found.' },
  format: { zh: '格式', en: 'Format' },
  date: { zh: '日期', en: 'Date' },
  line: { zh: '行', en: 'Line' },
  lineN: { zh: '第 {n} 行', en: 'line {n}' },
  isDateLine: { zh: '（日期行）', en: ' (date line)' },
  formatsMixed: { zh: '全文日期格式不统一。', en: 'The draft mixes date formats.' },
  outline: { zh: '提纲', en: 'Outline' },
  noOutline: { zh: '没有层次标题。', en: 'No numbered headings.' },
  announcements: { zh: '预告的数目', en: 'Announced counts' },
  announced: { zh: '预告', en: 'Announced' },
  counted: { zh: '实际', en: 'Found' },
  what: { zh: '计数依据', en: 'Counted' },
  kept: { zh: '相符', en: 'kept' },
  notKept: { zh: '不符', en: 'not kept' },
  unknown: { zh: '无法核对', en: 'nothing to count' },
  totals: { zh: '问题统计', en: 'Findings' },
  category: { zh: '类别', en: 'Category' },
  rule: { zh: '规则', en: 'Rule' },
  total: { zh: '合计', en: 'Total' },
  noSegmentation: {
    zh: '注意：分词模块未加载，需要分词的规则未运行。',
    en: 'Note: segmentation was unavailable; rules that need it did not run.',
  },
} satisfies Record<string, L>;

/** Lines are shown 1-based, as editors number them. */
const lineList = (lines: readonly number[]): string => formatLines(lines, { max: 20, separator: ', ', ellipsis: ', …' });

/** A place the report points at: a 0-based line, with the exact range where there is one. */
export interface LineRef {
  line: number;
  start?: number;
  end?: number;
}

/**
 * A table cell or a note: plain (unescaped) text, optionally standing for line references
 * (links in the editor's panel) or marked good/bad (coloured there).
 */
type Cell = string | { text: string; refs?: LineRef[]; tone?: 'ok' | 'bad' };

const cellText = (c: Cell): string => (typeof c === 'string' ? c : c.text);

interface Table {
  head: string[];
  rows: Cell[][];
}

interface Section {
  title: string;
  /** Plain sentences (document text allowed; renderers escape). */
  notes: Cell[];
  tables: Table[];
}

/** The report as renderer-neutral sections of plain (unescaped) text. */
function sections(r: ConsistencyReport, locale: Locale): Section[] {
  const t = (k: keyof typeof T): string => pick(T[k], locale);
  const out: Section[] = [];

  out.push({
    title: t('slots'),
    notes: r.slots.total === 0 ? [{ text: t('noSlots'), tone: 'ok' }] : [],
    tables: r.slots.total === 0 ? [] : [{
      head: [t('kind'), t('count'), t('lines'), t('examples')],
      rows: r.slots.groups.map((g) => [
        pick(SLOT_KIND_NAMES[g.kind], locale),
        String(g.count),
        { text: lineList(g.lines), refs: g.slots.map(({ line, start, end }) => ({ line, start, end })) },
        [...new Set(g.slots.map((s) => s.text))].slice(0, 8).join('、'),
      ]),
    }],
  });

  out.push({
    title: t('formulations'),
    notes: r.formulations.length === 0 ? [t('noFormulations')] : [],
    tables: r.formulations.length === 0 ? [] : [{
      head: [t('term'), t('forms'), t('lines'), t('status')],
      rows: r.formulations.map((f) => {
        const lines = [...new Set(f.forms.flatMap((x) => x.lines))].sort((a, b) => a - b);
        return [
          f.term,
          f.forms.map((x) => `${x.form} ×${x.count}（${pick(QUOTES[x.quote], locale)}）`).join('；'),
          { text: lineList(lines), refs: lines.map((line) => ({ line })) },
          f.consistent ? { text: t('consistent'), tone: 'ok' } : { text: `${t('inconsistent')} → ${f.canonical}`, tone: 'bad' },
        ];
      }),
    }],
  });

  const dateNotes: Cell[] = [];
  if (r.dates.mentions.length === 0) dateNotes.push(t('noDates'));
  else if (!r.dates.consistent) dateNotes.push({ text: t('formatsMixed'), tone: 'bad' });
  out.push({
    title: t('dates'),
    notes: dateNotes,
    tables: r.dates.mentions.length === 0 ? [] : [
      { head: [t('format'), t('count')], rows: r.dates.formats.map((f) => [pick(DATE_FORMATS[f.format], locale), String(f.count)]) },
      {
        head: [t('line'), t('date'), t('format')],
        rows: r.dates.mentions.map((d) => [
          lineCell(d),
          d.text + (d.isDateLine ? t('isDateLine') : ''),
          pick(DATE_FORMATS[d.format], locale),
        ]),
      },
    ],
  });

  out.push({
    title: t('announcements'),
    notes: [],
    tables: r.announcements.length === 0 ? [] : [{
      head: [t('line'), t('announced'), t('counted'), t('what'), t('status')],
      rows: r.announcements.map((a) => [
        lineCell(a),
        `${a.text}（${a.announced}）`,
        a.counted === undefined ? '—' : String(a.counted),
        a.countedWhat ?? '—',
        a.kept === undefined ? t('unknown') : a.kept ? { text: t('kept'), tone: 'ok' } : { text: t('notKept'), tone: 'bad' },
      ]),
    }],
  });
  if (r.announcements.length === 0) out.pop();

  const sev = (Object.keys(SEVERITIES) as Severity[]).map((s) => `${pick(SEVERITIES[s], locale)} ${r.totals.bySeverity[s]}`).join('，');
  out.push({
    title: t('totals'),
    notes: [`${t('total')}: ${r.totals.findings}（${sev}）`, ...(r.totals.segmented ? [] : [{ text: t('noSegmentation'), tone: 'bad' as const }])],
    tables: r.totals.findings === 0 ? [] : [
      {
        head: [t('category'), t('count')],
        rows: (Object.keys(r.totals.byCategory) as Category[])
          .filter((c) => r.totals.byCategory[c] > 0)
          .map((c) => [`${pick(CATEGORIES[c], locale)} (${c})`, String(r.totals.byCategory[c])]),
      },
      { head: [t('rule'), t('count')], rows: r.totals.byRule.map((x) => [x.rule, String(x.count)]) },
    ],
  });
  return out;
}

function lineCell({ line, start, end }: LineRef): Cell {
  return { text: String(line + 1), refs: [{ line, start, end }] };
}

interface HeaderItem {
  label: string;
  /** The line's text and where it is; absent when the draft has none. */
  found?: { text: string; line: number };
  /** A missing item is a problem (a missing date line), not just absent. */
  required?: boolean;
}

function headerItems(r: ConsistencyReport, locale: Locale): HeaderItem[] {
  return [
    { label: pick(T.title, locale), ...(r.title ? { found: r.title } : {}) },
    { label: pick(T.dateLine, locale), ...(r.dateLine ? { found: r.dateLine } : {}), required: true },
  ];
}

/** `标题: …（行 1）`: a header item as one line of plain text. */
function headerText(h: HeaderItem, locale: Locale): string {
  return `${h.label}: ${h.found ? `${h.found.text}（${pick(T.line, locale)} ${h.found.line + 1}）` : pick(T.none, locale)}`;
}

// ---------------------------------------------------------------- Markdown

/** Escapes text for a Markdown table cell or inside a line: no markup, no broken rows. */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/([\\`*_[\]<>|~&])/g, '\\$1');
}

function markdownTable(table: Table): string[] {
  const row = (cells: Cell[]): string => `| ${cells.map((c) => escapeMarkdown(cellText(c))).join(' | ')} |`;
  return [row(table.head), `|${table.head.map(() => ' --- ').join('|')}|`, ...table.rows.map(row)];
}

function markdownOutline(items: readonly ReportOutlineItem[], depth: number, locale: Locale): string[] {
  return items.flatMap((i) => [
    `${'  '.repeat(depth)}- ${escapeMarkdown(`${i.marker}${i.title}`)}（${pick(T.line, locale)} ${i.line + 1}）`,
    ...markdownOutline(i.children, depth + 1, locale),
  ]);
}

export function renderReportMarkdown(r: ConsistencyReport, options: RenderOptions = {}): string {
  const locale = options.locale ?? 'zh-CN';
  const out: string[] = [`# ${pick(T.heading, locale)}${options.file ? `：${escapeMarkdown(options.file)}` : ''}`, ''];
  for (const h of headerItems(r, locale)) out.push(`- ${escapeMarkdown(headerText(h, locale))}`);
  out.push('');
  const all = sections(r, locale);
  const outline: Section = { title: pick(T.outline, locale), notes: r.outline.length ? [] : [pick(T.noOutline, locale)], tables: [] };
  all.splice(3, 0, outline);
  for (const s of all) {
    out.push(`## ${escapeMarkdown(s.title)}`, '');
    for (const n of s.notes) out.push(escapeMarkdown(cellText(n)), '');
    if (s === outline && r.outline.length) out.push(...markdownOutline(r.outline, 0, locale), '');
    for (const table of s.tables) out.push(...markdownTable(table), '');
  }
  return out.join('\n').replace(/\n+$/, '\n');
}

// ---------------------------------------------------------------- HTML

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface HtmlBodyOptions extends RenderOptions {
  /**
   * For a page with a script (the editor's report panel): every line reference becomes
   * `<a class="line" href="#" data-line="…" data-start="…" data-end="…">第 n 行</a>` (0-based
   * data, 1-based text), and good/bad statuses carry the classes `ok`/`bad`.
   */
  lineLinks?: boolean;
}

/** Renders escaped HTML for one report; the options say whether line references are links. */
class HtmlWriter {
  constructor(
    private readonly locale: Locale,
    private readonly links: boolean,
  ) {}

  link(ref: LineRef): string {
    const data = [`data-line="${ref.line}"`];
    if (ref.start !== undefined && ref.end !== undefined) data.push(`data-start="${ref.start}"`, `data-end="${ref.end}"`);
    const text = pick(T.lineN, this.locale).replace('{n}', String(ref.line + 1));
    return `<a class="line" href="#" ${data.join(' ')}>${escapeHtml(text)}</a>`;
  }

  cell(c: Cell): string {
    if (typeof c === 'string' || !this.links) return escapeHtml(cellText(c));
    if (c.refs) return c.refs.map((ref) => this.link(ref)).join(' ');
    return c.tone ? `<span class="${c.tone}">${escapeHtml(c.text)}</span>` : escapeHtml(c.text);
  }

  table(table: Table): string {
    const head = table.head.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
    const rows = table.rows.map((r) => `<tr>${r.map((c) => `<td>${this.cell(c)}</td>`).join('')}</tr>`).join('\n');
    return `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>`;
  }

  header(h: HeaderItem): string {
    if (!this.links) return escapeHtml(headerText(h, this.locale));
    const none = pick(T.none, this.locale);
    const value = h.found
      ? `${escapeHtml(h.found.text)} ${this.link(h.found)}`
      : this.cell(h.required ? { text: none, tone: 'bad' } : none);
    return `${escapeHtml(h.label)}: ${value}`;
  }

  outline(items: readonly ReportOutlineItem[]): string {
    if (items.length === 0) return '';
    const where = (i: ReportOutlineItem): string =>
      this.links
        ? this.link(i)
        : `<span class="line">${escapeHtml(pick(T.line, this.locale))} ${i.line + 1}</span>`;
    const li = items.map((i) => `<li>${escapeHtml(`${i.marker}${i.title}`)} ${where(i)}${this.outline(i.children)}</li>`);
    return `<ul>${li.join('')}</ul>`;
  }
}

/** `一致性报告：file`, plain text. */
export const reportHeading = (locale: Locale, file?: string): string => `${pick(T.heading, locale)}${file ? `：${file}` : ''}`;

/** The report's content as HTML elements (heading, header list, sections), all text escaped. */
export function renderReportBody(r: ConsistencyReport, options: HtmlBodyOptions = {}): string[] {
  const locale = options.locale ?? 'zh-CN';
  const w = new HtmlWriter(locale, options.lineLinks ?? false);
  const body: string[] = [`<h1>${escapeHtml(reportHeading(locale, options.file))}</h1>`, '<ul>', ...headerItems(r, locale).map((h) => `<li>${w.header(h)}</li>`), '</ul>'];
  const all = sections(r, locale);
  for (const [i, s] of all.entries()) {
    if (i === 3) {
      body.push(`<h2>${escapeHtml(pick(T.outline, locale))}</h2>`);
      body.push(r.outline.length ? w.outline(r.outline) : `<p>${escapeHtml(pick(T.noOutline, locale))}</p>`);
    }
    body.push(`<h2>${escapeHtml(s.title)}</h2>`);
    for (const n of s.notes) body.push(`<p>${w.cell(n)}</p>`);
    for (const table of s.tables) body.push(w.table(table));
  }
  return body;
}

export interface HtmlPageParts {
  locale: Locale;
  /** Plain text; escaped. */
  title: string;
  css: string;
  /** Trusted, already escaped elements. */
  body: string[];
  /**
   * With a nonce, the policy allows only the page's own style and script element (both
   * carrying the nonce); without one, inline style and no script at all.
   */
  nonce?: string;
  script?: string;
}

/** A complete HTML page around `body`: no remote resources, a strict content security policy. */
export function htmlPage(p: HtmlPageParts): string {
  const n = p.nonce === undefined ? undefined : escapeHtml(p.nonce);
  const csp = n === undefined ? "default-src 'none'; style-src 'unsafe-inline'" : `default-src 'none'; style-src 'nonce-${n}'; script-src 'nonce-${n}';`;
  const nonceAttr = n === undefined ? '' : ` nonce="${n}"`;
  return [
    '<!DOCTYPE html>',
    `<html lang="${p.locale === 'en' ? 'en' : 'zh-CN'}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(p.title)}</title>`,
    `<style${nonceAttr}>${p.css}</style>`,
    '</head>',
    '<body>',
    ...p.body,
    ...(n !== undefined && p.script !== undefined ? [`<script${nonceAttr}>${p.script}</script>`] : []),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

const CSS = `body{font-family:system-ui,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:2em auto;max-width:60em;padding:0 1em;color:#222;line-height:1.5}
table{border-collapse:collapse;margin:.5em 0 1em}th,td{border:1px solid #ccc;padding:.25em .6em;text-align:left;vertical-align:top}
th{background:#f3f3f3}.line{color:#777;font-size:.9em}h2{border-bottom:1px solid #ddd;padding-bottom:.2em}`;

/** A complete HTML page: no scripts, no external resources. */
export function renderReportHtml(r: ConsistencyReport, options: RenderOptions = {}): string {
  const locale = options.locale ?? 'zh-CN';
  return htmlPage({ locale, title: reportHeading(locale, options.file), css: CSS, body: renderReportBody(r, { locale, file: options.file }) });
}
