import { defineRule } from '../rule-helpers';
import { findWebResidueLines } from '../residue';

/**
 * Lines a document-sharing site put around the copied speech: navigation, download
 * prompts, sizes and page counts, comment widgets. The fix deletes the line with its break.
 */
export const webResidue = defineRule({
  id: 'web-residue',
  category: 'residue',
  description: { zh: '网页残留内容', en: 'Web page boilerplate' },
  defaultSeverity: 'info',
  fixable: true,
  wordFindings: false,
  messages: {
    line: {
      zh: '网页残留内容“{line}”：这是复制文档网站时带入的内容，请删除此行',
      en: 'Web page boilerplate "{line}" copied from a document site: delete this line',
    },
    deleteLine: { zh: '删除此行', en: 'Delete this line' },
  },
  check(ctx) {
    const lines = ctx.doc.lines;
    const residue = ctx.memo('webResidueLines', () => findWebResidueLines(lines.map((l) => l.text)));
    for (const i of [...residue].sort((a, b) => a - b)) {
      const l = lines[i]!;
      const lead = l.text.length - l.text.trimStart().length;
      const shown = l.text.trim();
      // Delete the line and its own break; the last line takes the break before it.
      const next = lines[i + 1];
      const prev = lines[i - 1];
      const edit = next
        ? { start: l.start, end: next.start, newText: '' }
        : { start: prev ? prev.end : l.start, end: l.end, newText: '' };
      ctx.report({
        start: l.start + lead,
        end: l.start + lead + shown.length,
        messageId: 'line',
        params: { line: shown.length > 30 ? `${shown.slice(0, 30)}…` : shown },
        fixes: [{ title: 'deleteLine', edits: [edit] }],
      });
    }
  },
});
