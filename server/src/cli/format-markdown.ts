/**
 * Findings as Markdown: a heading and a table per file, for pasting into a review or an
 * issue. Document text in messages is escaped so it cannot break the table.
 */
import { escapeMarkdown } from '../engine/report/render';
import { pick, SEVERITY_NAMES } from '../engine/model/l10n';
import type { Locale } from '../engine/model/types';
import type { FileResult } from './results';

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
    // A Word draft counts paragraphs, not lines.
    const head = r.source === 'docx' ? (en ? '| ¶:Col | Severity | Rule | Message |' : '| 段:字 | 级别 | 规则 | 说明 |') : en ? '| Line:Col | Severity | Rule | Message |' : '| 行:列 | 级别 | 规则 | 说明 |';
    out.push(head, '| --- | --- | --- | --- |');
    for (const d of r.diagnostics) {
      const sev = pick(SEVERITY_NAMES[d.severity], locale);
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
