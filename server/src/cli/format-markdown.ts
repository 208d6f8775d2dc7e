/**
 * Findings as Markdown: a heading and a table per file, for pasting into a review or an
 * issue. Document text in messages is escaped so it cannot break the table.
 */
import { escapeMarkdown } from '../engine/report-render';
import type { Locale, Severity } from '../engine/types';
import type { FileResult } from './results';

const SEVERITY: Record<Severity, { zh: string; en: string }> = {
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  info: { zh: '信息', en: 'info' },
  hint: { zh: '提示', en: 'hint' },
};

export function formatMarkdown(results: readonly FileResult[], locale: Locale): string {
  const en = locale === 'en';
  const out: string[] = [];
  let total = 0;
  for (const r of results) {
    out.push(`## ${escapeMarkdown(r.file)}`, '');
    if (r.diagnostics.length === 0) {
      out.push(en ? 'No problems.' : '没有发现问题。', '');
      continue;
    }
    total += r.diagnostics.length;
    out.push(en ? '| Line:Col | Severity | Rule | Message |' : '| 行:列 | 级别 | 规则 | 说明 |', '| --- | --- | --- | --- |');
    for (const d of r.diagnostics) {
      const sev = en ? SEVERITY[d.severity].en : SEVERITY[d.severity].zh;
      out.push(`| ${d.range.start.line + 1}:${d.range.start.character + 1} | ${sev} | \`${d.rule}\` | ${escapeMarkdown(d.message)} |`);
    }
    out.push('');
  }
  out.push(
    en
      ? `${total} problem${total === 1 ? '' : 's'} in ${results.length} file${results.length === 1 ? '' : 's'}.`
      : `共 ${results.length} 个文件，${total} 个问题。`,
  );
  return `${out.join('\n')}\n`;
}
