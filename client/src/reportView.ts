/**
 * The report panel's page: the consistency report's tables, each row linking to its line.
 * Pure (no `vscode`), so escaping and the security policy are tested without an editor.
 * The draft is untrusted input: every piece of its text goes through escapeHtml, the only
 * script is ours (allowed by nonce), and nothing remote can load.
 */
import { localize, type LocalizedText } from '../../server/src/engine/model/i18n';
import type { ConsistencyReport } from '../../server/src/engine/report/report';
import { escapeHtml, htmlPage, renderReportBody, reportHeading } from '../../server/src/engine/report/render';
import type { Locale } from '../../server/src/engine/model/types';

export interface ReportViewOptions {
  locale: Locale;
  nonce: string;
  /** Shown in the heading (a file name, escaped like everything else). */
  file: string;
  /** The draft's uri, kept in the page's state so the panel survives a window reload. */
  uri?: string;
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

const L = {
  refresh: { zh: '刷新', en: 'Refresh' },
  export: { zh: '导出…', en: 'Export…' },
} satisfies Record<string, LocalizedText>;

const CSS = `
body{font-family:var(--vscode-font-family),"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:var(--vscode-foreground);background:var(--vscode-editor-background);padding:0 1.2em 2em;line-height:1.55}
h1{font-size:1.4em;margin:.8em 0 .3em}h2{font-size:1.15em;border-bottom:1px solid var(--vscode-panel-border,#8884);padding-bottom:.2em;margin-top:1.4em}
table{border-collapse:collapse;margin:.4em 0 1em;min-width:50%}th,td{border:1px solid var(--vscode-panel-border,#8884);padding:.25em .6em;text-align:left;vertical-align:top}
th{background:var(--vscode-editorWidget-background,#8881)}th,td{word-break:keep-all}a.line{color:var(--vscode-textLink-foreground);text-decoration:none;cursor:pointer;white-space:nowrap}
a.line:hover{text-decoration:underline}.bad{color:var(--vscode-editorWarning-foreground,#c70)}.ok{color:var(--vscode-testing-iconPassed,#393)}
.toolbar{position:sticky;top:0;background:var(--vscode-editor-background);padding:.5em 0;display:flex;gap:.5em}
button{background:var(--vscode-button-background);color:var(--vscode-button-foreground);border:none;padding:.3em .9em;cursor:pointer}
button:hover{background:var(--vscode-button-hoverBackground)}ul ul{padding-left:1.4em}`;

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

/**
 * The page: the engine's report body with its line references as links (the same tables as
 * an exported report), a toolbar, the editor's colours, and our one nonce'd script.
 */
/** A value as a JavaScript literal that cannot end the script element. */
function scriptLiteral(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export function renderReportView(r: ConsistencyReport, options: ReportViewOptions): string {
  const { locale, nonce, file } = options;
  const state = options.uri === undefined ? '' : `\nvscode.setState({ uri: ${scriptLiteral(options.uri)} });`;
  const button = (action: 'refresh' | 'export'): string => `<button data-action="${action}">${escapeHtml(localize(L[action], locale))}</button>`;
  return htmlPage({
    locale,
    title: reportHeading(locale, file),
    css: CSS,
    nonce,
    script: SCRIPT + state,
    body: [`<div class="toolbar">${button('refresh')}${button('export')}</div>`, ...renderReportBody(r, { locale, file, lineLinks: true })],
  });
}
