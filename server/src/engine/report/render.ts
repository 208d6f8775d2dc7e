/**
 * The consistency report as Markdown or as a self-contained HTML page. Pure string
 * functions shared by the CLI (`speechcheck report`) and the editor's report panel.
 * Every piece of document text is escaped: a draft is untrusted input.
 */
import type { ConsistencyReport, ReportOutlineItem } from './report';
import { cellText, colon, paren, reportSections, T, texts, type Cell, type LineRef, type Section, type Table } from './sections';
import { pick } from '../model/l10n';
import type { Locale } from '../model/types';

export type { LineRef } from './sections';

export interface RenderOptions {
  locale?: Locale;
  /** The file the report is about, shown in the heading. */
  file?: string;
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

/** `标题：…（第 1 行）`: a header item as one line of plain text. */
function headerText(h: HeaderItem, locale: Locale): string {
  const t = texts(locale);
  const where = h.found ? paren(locale, t('lineN', { n: h.found.line + 1 })) : '';
  return `${h.label}${colon(locale)}${h.found ? `${h.found.text}${where}` : t('none')}`;
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
  const t = texts(locale);
  return items.flatMap((i) => [
    `${'  '.repeat(depth)}- ${escapeMarkdown(`${i.marker}${i.title}`)}${paren(locale, t('lineN', { n: i.line + 1 }))}`,
    ...markdownOutline(i.children, depth + 1, locale),
  ]);
}

export function renderReportMarkdown(r: ConsistencyReport, options: RenderOptions = {}): string {
  const locale = options.locale ?? 'zh-CN';
  const out: string[] = [`# ${escapeMarkdown(reportHeading(locale, options.file))}`, ''];
  for (const h of headerItems(r, locale)) out.push(`- ${escapeMarkdown(headerText(h, locale))}`);
  out.push('');
  for (const s of reportSections(r, locale)) {
    out.push(`## ${escapeMarkdown(s.title)}`, '');
    for (const n of s.notes) out.push(escapeMarkdown(cellText(n)), '');
    if (s.id === 'outline' && r.outline.length) out.push(...markdownOutline(r.outline, 0, locale), '');
    for (const table of s.tables) out.push(...markdownTable(table), '');
    for (const f of s.folded ?? []) {
      out.push(`**${escapeMarkdown(f.summary)}**`, '');
      for (const table of f.tables) out.push(...markdownTable(table), '');
    }
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
    const text = texts(this.locale)('lineN', { n: ref.line + 1 });
    return `<a class="line" href="#" ${data.join(' ')}>${escapeHtml(text)}</a>`;
  }

  cell(c: Cell): string {
    if (typeof c === 'string') return escapeHtml(c);
    // A meter reads as "n of max" to a screen reader; the count is in the next column too.
    if (c.bar) return `<meter min="0" max="${c.bar.max}" value="${c.bar.value}" title="${c.bar.value}">${c.bar.value}</meter>`;
    if (c.tone) return `<span class="${c.tone}">${escapeHtml(c.text)}</span>`;
    if (!this.links) return escapeHtml(c.text);
    if (c.refs) return c.refs.map((ref) => this.link(ref)).join(' ');
    return escapeHtml(c.text);
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
    return `${escapeHtml(h.label)}${colon(this.locale)}${value}`;
  }

  section(s: Section, r: ConsistencyReport): string[] {
    const out = [`<h2 id="${s.id}">${escapeHtml(s.title)}</h2>`];
    for (const n of s.notes) out.push(`<p>${this.cell(n)}</p>`);
    if (s.id === 'outline' && r.outline.length) out.push(this.outline(r.outline));
    for (const table of s.tables) out.push(this.table(table));
    for (const f of s.folded ?? []) out.push(`<details><summary>${escapeHtml(f.summary)}</summary>`, ...f.tables.map((x) => this.table(x)), '</details>');
    return out;
  }

  outline(items: readonly ReportOutlineItem[]): string {
    if (items.length === 0) return '';
    const where = (i: ReportOutlineItem): string =>
      this.links
        ? this.link(i)
        : `<span class="line">${escapeHtml(texts(this.locale)('lineN', { n: i.line + 1 }))}</span>`;
    const li = items.map((i) => `<li>${escapeHtml(`${i.marker}${i.title}`)} ${where(i)}${this.outline(i.children)}</li>`);
    return `<ul>${li.join('')}</ul>`;
  }
}

/** `一致性报告：file`, plain text. */
export const reportHeading = (locale: Locale, file?: string): string => `${pick(T.heading, locale)}${file ? `${colon(locale)}${file}` : ''}`;

/** The report's content as HTML elements (heading, header list, sections), all text escaped. */
export function renderReportBody(r: ConsistencyReport, options: HtmlBodyOptions = {}): string[] {
  const locale = options.locale ?? 'zh-CN';
  const w = new HtmlWriter(locale, options.lineLinks ?? false);
  const body: string[] = [`<h1>${escapeHtml(reportHeading(locale, options.file))}</h1>`, '<ul class="head">', ...headerItems(r, locale).map((h) => `<li>${w.header(h)}</li>`), '</ul>'];
  for (const s of reportSections(r, locale)) body.push(...w.section(s, r));
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
th{background:#f3f3f3}th,td{word-break:keep-all}.line{color:#777;font-size:.9em}h2{border-bottom:1px solid #ddd;padding-bottom:.2em}
.ok{color:#2a7a2a}.bad{color:#b35c00;font-weight:600}details{margin:.3em 0 1em}summary{cursor:pointer}meter{width:10em}`;

/** A complete HTML page: no scripts, no external resources. */
export function renderReportHtml(r: ConsistencyReport, options: RenderOptions = {}): string {
  const locale = options.locale ?? 'zh-CN';
  return htmlPage({ locale, title: reportHeading(locale, options.file), css: CSS, body: renderReportBody(r, { locale, file: options.file }) });
}
