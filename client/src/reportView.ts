/**
 * The report panel's page: the consistency report's tables, each row linking to its line.
 * Pure (no `vscode`), so escaping and the security policy are tested without an editor.
 * The draft is untrusted input: every piece of its text goes through escapeHtml, the only
 * script is ours (allowed by nonce), and nothing remote can load.
 */
import type { ConsistencyReport, ReportOutlineItem } from '../../server/src/engine/report';
import { escapeHtml } from '../../server/src/engine/report-render';
import type { Locale } from '../../server/src/engine/types';

export interface ReportViewOptions {
  locale: Locale;
  nonce: string;
  /** Shown in the heading (a file name, escaped like everything else). */
  file: string;
}

/** What the page posts back to the extension. */
export type ReportViewMessage =
  | { type: 'reveal'; line: number; start?: number; end?: number }
  | { type: 'refresh' }
  | { type: 'export' };

export function isReportViewMessage(m: unknown): m is ReportViewMessage {
  if (typeof m !== 'object' || m === null) return false;
  const o = m as Record<string, unknown>;
  if (o.type === 'refresh' || o.type === 'export') return true;
  const int = (v: unknown): boolean => v === undefined || (Number.isInteger(v) && (v as number) >= 0);
  return o.type === 'reveal' && Number.isInteger(o.line) && (o.line as number) >= 0 && int(o.start) && int(o.end);
}

type L = { zh: string; en: string };
const L = {
  heading: { zh: '一致性报告', en: 'Consistency report' },
  refresh: { zh: '刷新', en: 'Refresh' },
  export: { zh: '导出…', en: 'Export…' },
  title: { zh: '标题', en: 'Title' },
  dateLine: { zh: '日期行', en: 'Date line' },
  none: { zh: '无', en: 'none' },
  totals: { zh: '问题统计', en: 'Findings' },
  total: { zh: '合计', en: 'Total' },
  category: { zh: '类别', en: 'Category' },
  rule: { zh: '规则', en: 'Rule' },
  count: { zh: '数量', en: 'Count' },
  slots: { zh: '未填写的占位符', en: 'Open slots' },
  noSlots: { zh: '没有未填写的占位符。', en: 'No open slots.' },
  kind: { zh: '类型', en: 'Kind' },
  slot: { zh: '占位符', en: 'Slot' },
  lines: { zh: '位置', en: 'Where' },
  formulations: { zh: '提法', en: 'Formulations' },
  noFormulations: { zh: '没有发现提法。', en: 'No formulations found.' },
  term: { zh: '提法', en: 'Term' },
  form: { zh: '写法', en: 'Form' },
  quote: { zh: '引号', en: 'Quotes' },
  status: { zh: '状态', en: 'Status' },
  consistent: { zh: '一致', en: 'consistent' },
  inconsistent: { zh: '不一致，规范写法：', en: 'inconsistent; standard form: ' },
  dates: { zh: '日期', en: 'Dates' },
  noDates: { zh: '没有发现日期。', en: 'No dates found.' },
  formatsMixed: { zh: '全文日期格式不统一。', en: 'The draft mixes date formats.' },
  format: { zh: '格式', en: 'Format' },
  date: { zh: '日期', en: 'Date' },
  isDateLine: { zh: '（日期行）', en: ' (date line)' },
  outline: { zh: '提纲', en: 'Outline' },
  noOutline: { zh: '没有层次标题。', en: 'No numbered headings.' },
  announcements: { zh: '预告的数目', en: 'Announced counts' },
  announced: { zh: '预告', en: 'Announced' },
  counted: { zh: '实际', en: 'Found' },
  kept: { zh: '相符', en: 'kept' },
  notKept: { zh: '不符', en: 'not kept' },
  unknown: { zh: '无法核对', en: 'nothing to count' },
  line: { zh: '第 {n} 行', en: 'line {n}' },
  noSegmentation: { zh: '注意：分词模块未加载，需要分词的规则未运行。', en: 'Note: segmentation was unavailable; rules that need it did not run.' },
} satisfies Record<string, L>;

const SLOT_KINDS: Record<string, L> = {
  number: { zh: '数字', en: 'figure' },
  year: { zh: '年份', en: 'year' },
  date: { zh: '日期', en: 'date' },
  name: { zh: '人名', en: 'name' },
  place: { zh: '地名', en: 'place' },
  unit: { zh: '单位', en: 'organisation' },
  sentence: { zh: '整句', en: 'sentence' },
  other: { zh: '其他', en: 'other' },
};

export function slotKindName(kind: string, locale: Locale): string {
  const l = SLOT_KINDS[kind];
  return l ? (locale === 'en' ? l.en : l.zh) : kind;
}

const QUOTES: Record<string, L> = {
  'cn-double': { zh: '“…”', en: '“…”' },
  'ascii-double': { zh: '英文 "…"', en: 'ASCII "…"' },
  corner: { zh: '「…」', en: '「…」' },
  'cn-single': { zh: '‘…’', en: '‘…’' },
  'ascii-single': { zh: "英文 '…'", en: "ASCII '…'" },
  none: { zh: '无引号', en: 'unquoted' },
};

const DATE_FORMATS: Record<string, L> = {
  chinese: { zh: '2024年3月9日（规范）', en: '2024年3月9日 (standard)' },
  'chinese-padded': { zh: '补零 2024年03月09日', en: 'zero-padded 2024年03月09日' },
  'chinese-numerals': { zh: '汉字数字 二〇二四年三月九日', en: 'Chinese numerals 二〇二四年三月九日' },
  iso: { zh: '2024-03-09', en: '2024-03-09' },
  dotted: { zh: '2024.3.9', en: '2024.3.9' },
  slashed: { zh: '2024/3/9', en: '2024/3/9' },
  partial: { zh: '不完整（缺年或日）', en: 'partial (no year or day)' },
};

const CATEGORIES: Record<string, L> = {
  placeholder: { zh: '占位符', en: 'placeholders' },
  slogan: { zh: '提法', en: 'formulations' },
  date: { zh: '日期', en: 'dates' },
  structure: { zh: '结构', en: 'structure' },
  typography: { zh: '标点排版', en: 'typography' },
  wording: { zh: '用字', en: 'wording' },
  residue: { zh: '残留', en: 'residue' },
};

const SEVERITIES: Record<string, L> = {
  error: { zh: '错误', en: 'errors' },
  warning: { zh: '警告', en: 'warnings' },
  info: { zh: '信息', en: 'info' },
  hint: { zh: '提示', en: 'hints' },
};

const CSS = `
body{font-family:var(--vscode-font-family),"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:var(--vscode-foreground);background:var(--vscode-editor-background);padding:0 1.2em 2em;line-height:1.55}
h1{font-size:1.4em;margin:.8em 0 .3em}h2{font-size:1.15em;border-bottom:1px solid var(--vscode-panel-border,#8884);padding-bottom:.2em;margin-top:1.4em}
table{border-collapse:collapse;margin:.4em 0 1em;min-width:50%}th,td{border:1px solid var(--vscode-panel-border,#8884);padding:.25em .6em;text-align:left;vertical-align:top}
th{background:var(--vscode-editorWidget-background,#8881)}a.line{color:var(--vscode-textLink-foreground);text-decoration:none;cursor:pointer;white-space:nowrap}
a.line:hover{text-decoration:underline}.bad{color:var(--vscode-editorWarning-foreground,#c70)}.ok{color:var(--vscode-testing-iconPassed,#393)}
.toolbar{position:sticky;top:0;background:var(--vscode-editor-background);padding:.5em 0;display:flex;gap:.5em}
button{background:var(--vscode-button-background);color:var(--vscode-button-foreground);border:none;padding:.3em .9em;cursor:pointer}
button:hover{background:var(--vscode-button-hoverBackground)}ul.outline{padding-left:1.4em}code{font-family:var(--vscode-editor-font-family)}`;

// Posts {type:'reveal', line, start, end} for any element carrying data-line.
const SCRIPT = `
const vscode = acquireVsCodeApi();
const num = (v) => (v === undefined ? undefined : Number(v));
document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target.closest('[data-line],[data-action]') : null;
  if (!target) return;
  event.preventDefault();
  const d = target.dataset;
  if (d.action) vscode.postMessage({ type: d.action });
  else vscode.postMessage({ type: 'reveal', line: num(d.line), start: num(d.start), end: num(d.end) });
});`;

export function renderReportView(r: ConsistencyReport, options: ReportViewOptions): string {
  const { locale, nonce } = options;
  const t = (l: L): string => (locale === 'en' ? l.en : l.zh);
  const esc = escapeHtml;
  const link = (line: number, start?: number, end?: number): string => {
    const attrs = [`data-line="${line}"`];
    if (start !== undefined && end !== undefined) attrs.push(`data-start="${start}"`, `data-end="${end}"`);
    return `<a class="line" href="#" ${attrs.join(' ')}>${esc(t(L.line).replace('{n}', String(line + 1)))}</a>`;
  };
  const table = (head: string[], rows: string[][]): string =>
    `<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>\n` +
    rows.map((cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n') +
    '\n</tbody></table>';
  const p = (text: string, cls = ''): string => `<p${cls ? ` class="${cls}"` : ''}>${esc(text)}</p>`;
  const out: string[] = [];

  out.push(`<h1>${esc(`${t(L.heading)}：${options.file}`)}</h1>`);
  out.push(
    '<ul>',
    `<li>${esc(t(L.title))}：${r.title ? `${esc(r.title.text)} ${link(r.title.line)}` : esc(t(L.none))}</li>`,
    `<li>${esc(t(L.dateLine))}：${r.dateLine ? `${esc(r.dateLine.text)} ${link(r.dateLine.line)}` : `<span class="bad">${esc(t(L.none))}</span>`}</li>`,
    '</ul>',
  );

  // Totals first: the writer's question is "how much is left to do".
  const sev = Object.keys(SEVERITIES).map((s) => `${t(SEVERITIES[s]!)} ${r.totals.bySeverity[s as keyof typeof r.totals.bySeverity] ?? 0}`).join('，');
  out.push(`<h2>${esc(t(L.totals))}</h2>`, p(`${t(L.total)}：${r.totals.findings}（${sev}）`));
  if (!r.totals.segmented) out.push(p(t(L.noSegmentation), 'bad'));
  if (r.totals.findings > 0) {
    const cats = Object.entries(r.totals.byCategory).filter(([, n]) => n > 0);
    out.push(table([t(L.category), t(L.count)], cats.map(([c, n]) => [esc(CATEGORIES[c] ? t(CATEGORIES[c]) : c), String(n)])));
    out.push(table([t(L.rule), t(L.count)], r.totals.byRule.map((x) => [`<code>${esc(x.rule)}</code>`, String(x.count)])));
  }

  out.push(`<h2>${esc(t(L.slots))}（${r.slots.total}）</h2>`);
  if (r.slots.total === 0) out.push(p(t(L.noSlots), 'ok'));
  else {
    const rows: string[][] = [];
    for (const g of r.slots.groups) {
      const byText = new Map<string, typeof g.slots>();
      for (const s of g.slots) byText.set(s.text, [...(byText.get(s.text) ?? []), s]);
      for (const [text, slots] of byText) {
        rows.push([
          esc(SLOT_KINDS[g.kind] ? t(SLOT_KINDS[g.kind]!) : g.kind),
          `<code>${esc(text)}</code>`,
          String(slots.length),
          slots.map((s) => link(s.line, s.start, s.end)).join(' '),
        ]);
      }
    }
    out.push(table([t(L.kind), t(L.slot), t(L.count), t(L.lines)], rows));
  }

  out.push(`<h2>${esc(t(L.formulations))}</h2>`);
  if (r.formulations.length === 0) out.push(p(t(L.noFormulations)));
  else {
    const rows: string[][] = [];
    for (const f of r.formulations) {
      const status = f.consistent
        ? `<span class="ok">${esc(t(L.consistent))}</span>`
        : `<span class="bad">${esc(t(L.inconsistent))}${esc(f.canonical)}</span>`;
      f.forms.forEach((form, i) => {
        rows.push([
          i === 0 ? esc(f.term) : '',
          esc(form.form),
          esc(QUOTES[form.quote] ? t(QUOTES[form.quote]!) : form.quote),
          String(form.count),
          form.lines.map((l) => link(l)).join(' '),
          i === 0 ? status : '',
        ]);
      });
    }
    out.push(table([t(L.term), t(L.form), t(L.quote), t(L.count), t(L.lines), t(L.status)], rows));
  }

  out.push(`<h2>${esc(t(L.dates))}</h2>`);
  if (r.dates.mentions.length === 0) out.push(p(t(L.noDates)));
  else {
    if (!r.dates.consistent) out.push(p(t(L.formatsMixed), 'bad'));
    const fmt = (f: string): string => esc(DATE_FORMATS[f] ? t(DATE_FORMATS[f]!) : f);
    out.push(table([t(L.format), t(L.count)], r.dates.formats.map((f) => [fmt(f.format), String(f.count)])));
    out.push(
      table(
        [t(L.date), t(L.format), t(L.lines)],
        r.dates.mentions.map((d) => [esc(d.text + (d.isDateLine ? t(L.isDateLine) : '')), fmt(d.format), link(d.line, d.start, d.end)]),
      ),
    );
  }

  out.push(`<h2>${esc(t(L.outline))}</h2>`);
  const outline = (items: readonly ReportOutlineItem[]): string =>
    items.length === 0
      ? ''
      : `<ul class="outline">${items.map((i) => `<li>${esc(`${i.marker}${i.title}`)} ${link(i.line)}${outline(i.children)}</li>`).join('')}</ul>`;
  out.push(r.outline.length ? outline(r.outline) : p(t(L.noOutline)));

  if (r.announcements.length > 0) {
    out.push(`<h3>${esc(t(L.announcements))}</h3>`);
    out.push(
      table(
        [t(L.announced), t(L.counted), t(L.status), t(L.lines)],
        r.announcements.map((a) => [
          esc(`${a.text}（${a.announced}）`),
          a.counted === undefined ? '—' : esc(`${a.counted}${a.countedWhat ? `（${a.countedWhat}）` : ''}`),
          a.kept === undefined ? esc(t(L.unknown)) : a.kept ? `<span class="ok">${esc(t(L.kept))}</span>` : `<span class="bad">${esc(t(L.notKept))}</span>`,
          link(a.line, a.start, a.end),
        ]),
      ),
    );
  }

  const n = escapeHtml(nonce);
  return [
    '<!DOCTYPE html>',
    `<html lang="${locale === 'en' ? 'en' : 'zh-CN'}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${n}'; script-src 'nonce-${n}';">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(t(L.heading))}</title>`,
    `<style nonce="${n}">${CSS}</style>`,
    '</head>',
    '<body>',
    `<div class="toolbar"><button data-action="refresh">${esc(t(L.refresh))}</button><button data-action="export">${esc(t(L.export))}</button></div>`,
    ...out,
    `<script nonce="${n}">${SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
