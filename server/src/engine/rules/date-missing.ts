import { defineRule } from '../rule-helpers';
import { datesInText, formatChineseDate } from '../dates';
import type { SpeechDocument, TitleInfo } from '../document';
import { isWebResidueLine } from '../residue';

/** Words a speech title ends with (simplified and traditional). */
const SPEECH_WORD = '(?:讲话|致辞|发言|报告|讲稿|演讲|主持词|講話|致辭|發言|報告|講稿|演講|主持詞)(?:提纲|提綱)?';
const TITLE_END_RE = new RegExp(`${SPEECH_WORD}[ \\u3000]*(?:[（(][^）)]{1,8}[）)])?[ \\u3000]*$`);
/** A long first line where PDF copy glued the title to the text: the title ends at `…上的讲话`. */
const GLUED_TITLE_RE = new RegExp(`^.{0,50}?(?:上的|上|的)${SPEECH_WORD}`);
const SALUTATION_RE = /^[ \u3000]*(?:同志们|同志們|各位(?:领导|領導|来宾|來賓|代表|委员|委員|同事)|女士们|女士們|朋友们|朋友們)/;
const MAX_TITLE = 60;
/** How far below the title a date line, however written, still counts. */
const DATE_SEARCH_LINES = 10;

/** A line that is nothing but a date, with or without brackets. */
function isDateOnlyLine(text: string): boolean {
  const inner = text.trim().replace(/^[（(]\s*/, '').replace(/\s*[）)]$/, '');
  if (inner === '') return false;
  const d = datesInText(inner)[0];
  return !!d && d.start === 0 && d.end === inner.length && d.year !== undefined;
}

function hasDateNearTitle(doc: SpeechDocument, title: TitleInfo): boolean {
  const lines = doc.lines;
  for (let i = title.lastLine + 1, seen = 0; i < lines.length && seen < DATE_SEARCH_LINES; i++) {
    const t = lines[i]!.text;
    if (t.trim() === '' || isWebResidueLine(t)) continue;
    seen++;
    if (isDateOnlyLine(t)) return true;
  }
  // A date signed at the end (落款) also dates the draft.
  for (let i = lines.length - 1, seen = 0; i > title.lastLine && seen < 3; i--) {
    const t = lines[i]!.text;
    if (t.trim() === '' || isWebResidueLine(t)) continue;
    seen++;
    if (isDateOnlyLine(t)) return true;
  }
  return false;
}

export const dateMissing = defineRule({
  id: 'date-missing',
  category: 'date',
  description: { zh: '标题下缺少成文日期', en: 'No date line under the title' },
  docs: { zh: '例：标题“在……上的讲话”下没有 `（2024年3月15日）`。', en: 'e.g. no `（2024年3月15日）` under “在……上的讲话”.' },
  defaultSeverity: 'warning',
  fixable: true,
  wordFindings: false,
  messages: {
    missing: {
      zh: '讲话稿标题下缺少日期行：请在标题下注明讲话日期，如“（{date}）”',
      en: 'The speech has no date line under its title: add the date of the speech, e.g. "（{date}）"',
    },
    insertToday: { zh: '在标题下插入今天的日期“（{date}）”', en: 'Insert today\'s date "（{date}）" under the title' },
  },
  check(ctx) {
    const { doc, config } = ctx;
    if (!config.requireDateLine) return;
    const title = doc.title;
    if (!title || doc.dateLine || hasDateNearTitle(doc, title)) return;
    // A title that names its full date (`在2024年3月15日……上的讲话`) is dated.
    const named = title.text.length <= MAX_TITLE ? datesInText(title.text) : [];
    if (named.some((d) => d.year !== undefined && d.day !== undefined)) return;
    const first = doc.lines[title.firstLine]!;
    const last = doc.lines[title.lastLine]!;
    const titleText = doc.text.slice(title.start, title.end);
    const date = formatChineseDate(config.today);
    const eol = last.eol || doc.lines.find((l) => l.eol)?.eol || '\n';
    const start = title.start;
    let end = title.end;
    let insertAt = last.end;
    let newText = `${eol}（${date}）`;
    if (titleText.length > MAX_TITLE) {
      const glued = GLUED_TITLE_RE.exec(first.text.slice(title.start - first.start));
      if (!glued) return;
      end = start + glued[0].length;
      insertAt = end;
      newText = `${eol}（${date}）${eol}`;
    } else if (!TITLE_END_RE.test(titleText) && !salutationNear(doc, title)) {
      return;
    }
    ctx.report({
      start,
      end,
      messageId: 'missing',
      params: { date },
      fixes: [{ title: 'insertToday', params: { date }, edits: [{ start: insertAt, end: insertAt, newText }], safe: false }],
    });
  },
});

function salutationNear(doc: SpeechDocument, title: TitleInfo): boolean {
  const content = doc.contentLineIndexes().filter((i) => i > title.lastLine).slice(0, 4);
  return content.some((i) => SALUTATION_RE.test(doc.lines[i]!.text));
}
