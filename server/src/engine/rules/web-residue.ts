import { defineRule } from '../rule-api/rule-helpers';
import type { RuleContext } from '../rule-api/rule';
import { filteredWordsOfLine } from '../analysis/filtered-words';

/**
 * What a document-sharing site, a forum or a PDF put around and inside the copied speech:
 * navigation, paywall and download text, page counters, 小编 sentences, contents pages.
 * The fix deletes the line with its break, or only the span glued into a line. It is safe
 * (fix-all applies it) only where the residue is site chrome with none of the draft's
 * sentences in it; everything else is a suggestion.
 */
export const webResidue = defineRule({
  id: 'web-residue',
  category: 'residue',
  description: { zh: '网页残留内容', en: 'Web page boilerplate' },
  docs: { zh: '例：`当前位置：首页 > 范文`、`第3页 共12页`。', en: 'e.g. `当前位置：首页 > 范文`, `第3页 共12页`.' },
  defaultSeverity: 'info',
  fixable: true,
  wordFindings: false,
  reportsResidue: true,
  messages: {
    line: {
      zh: '网页残留内容“{line}”：这是复制文档网站时带入的内容，请删除此行',
      en: 'Web page boilerplate "{line}" copied from a document site: delete this line',
    },
    span: {
      zh: '网页残留内容“{line}”：这是复制文档网站时带入的内容，请删除',
      en: 'Web page boilerplate "{line}" copied from a document site: delete it',
    },
    filtered: {
      zh: '网站屏蔽词残留“{found}”：复制来源网站把“{word}”替换成了“{found}”，请改回“{word}”',
      en: 'A document site\'s keyword filter replaced "{word}" with "{found}": restore "{word}"',
    },
    entity: {
      zh: '网页残留的 HTML 字符实体“{line}”：原是“{char}”，请改回',
      en: 'An HTML character entity "{line}" left by a web page: it stands for "{char}"',
    },
    restore: { zh: '改为“{word}”', en: 'Change to "{word}"' },
    deleteLine: { zh: '删除此行', en: 'Delete this line' },
    deleteSpan: { zh: '删除“{line}”', en: 'Delete "{line}"' },
  },
  check(ctx) {
    const { lines: residue, spans } = ctx.doc.residue;
    for (const i of [...residue.keys()].sort((a, b) => a - b)) reportLine(ctx, i, residue.get(i)!.safe);
    for (const s of spans) {
      const l = ctx.doc.lines[s.line]!;
      const start = l.start + s.start;
      const end = l.start + s.end;
      // Spaces the span stood between go with it unless text on both sides still needs one.
      let delStart = start;
      let delEnd = end;
      while (delEnd < l.end && /[ \t\u3000]/.test(ctx.text[delEnd]!)) delEnd++;
      // Before a Chinese character the space goes too (`美丽的校 ……此处隐藏2408个字……四季`): no space stands between two of them.
      if (delEnd === l.end || /[\u4e00-\u9fff]/.test(ctx.text[delEnd] ?? '')) while (delStart > l.start && /[ \t\u3000]/.test(ctx.text[delStart - 1]!)) delStart--;
      const shown = short(ctx.text.slice(start, end));
      const char = entityChar(ctx.text.slice(start, end));
      if (char !== undefined && char !== '') {
        // The entity stands for a mark of the writer's (`&ldquo;六稳&rdquo;`): put the mark back.
        const params = { line: shown, char, found: shown, word: char };
        ctx.report({ start, end, messageId: 'entity', params, fixes: [{ title: 'restore', params, edits: [{ start, end, newText: char }], safe: true }] });
        continue;
      }
      // `同志们:<BR>全市…`, `家属们:</p><p>你们好!`: a page's line break after a sentence or a colon was a break of the
      // draft's; inside a phrase (`现场会上<BR>的表态发言`, a wrapped title) it goes.
      const lineBreak = BR_RE.test(ctx.text.slice(start, end)) && delEnd < l.end && BREAK_BEFORE_RE.test(ctx.text.slice(l.start, start));
      const newText = lineBreak ? ctx.doc.eol : '';
      ctx.report({
        start,
        end,
        messageId: 'span',
        params: { line: shown },
        fixes: [{ title: 'deleteSpan', params: { line: shown }, edits: [{ start: delStart, end: delEnd, newText }], safe: s.safe }],
      });
    }
    reportFiltered(ctx, residue);
  },
});

/** A page's line break: `<br>`, or the end of a paragraph or block (`</p>`, `</div>`, `</li>`) with text after it in the line. */
const BR_RE = /^(?:<[Bb][Rr]\s?\/?>|<\/(?:[Pp]|[Dd][Ii][Vv]|[Ll][Ii]|[Hh][1-6])>)$/;
const BREAK_BEFORE_RE = /[。！？!?：:；;…”]\s*$/;

/** What an HTML entity a page left stands for (`&ldquo;` → “, `hellip;` → …); '' for a space; undefined if it is none. */
const ENTITIES: Readonly<Record<string, string>> = {
  hellip: '…', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', ndash: '–', middot: '·',
  quot: '"', amp: '&', bull: '•', nbsp: '', emsp: '', ensp: '',
};
export function entityChar(span: string): string | undefined {
  const m = /^&?([a-z]+);$/.exec(span);
  return m ? ENTITIES[m[1]!] : undefined;
}

/**
 * A word the source site's keyword filter replaced (`讲ZZ` for 讲政治). Restoring it is only
 * offered: the letters are almost certainly the filter's, but fix-all changes nothing that
 * is not certain.
 */
function reportFiltered(ctx: RuleContext, residue: ReadonlyMap<number, unknown>): void {
  for (const line of ctx.doc.lines) {
    if (residue.has(line.index)) continue;
    for (const w of filteredWordsOfLine(line.text)) {
      const start = line.start + w.start;
      const end = line.start + w.end;
      const params = { found: w.found, word: w.word };
      ctx.report({ start, end, messageId: 'filtered', params, fixes: [{ title: 'restore', params, edits: [{ start, end, newText: w.word }], safe: false }] });
    }
  }
}

function short(s: string): string {
  return s.length > 30 ? `${s.slice(0, 30)}…` : s;
}

function reportLine(ctx: RuleContext, i: number, safe: boolean): void {
  const lines = ctx.doc.lines;
  const l = lines[i]!;
  const lead = l.text.length - l.text.trimStart().length;
  const shown = l.text.trim();
  // Delete the line and its own break; the last line takes the break before it.
  const next = lines[i + 1];
  const prev = lines[i - 1];
  const blank = (x: typeof l | undefined) => x !== undefined && x.text.trim() === '';
  // A line that stood between blank lines (or a blank line and the top) takes the blank after it
  // too: deleting it alone would leave two blank lines where there was one (or a blank top line).
  const after = next && blank(next) && (prev === undefined || blank(prev)) ? lines[i + 2] : undefined;
  const edit = after
    ? { start: l.start, end: after.start, newText: '' }
    : next
      ? { start: l.start, end: next.start, newText: '' }
      : { start: prev ? prev.end : l.start, end: l.end, newText: '' };
  ctx.report({
    start: l.start + lead,
    end: l.start + lead + shown.length,
    messageId: 'line',
    params: { line: short(shown) },
    fixes: [{ title: 'deleteLine', edits: [edit], safe }],
  });
}
