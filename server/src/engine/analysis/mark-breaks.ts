/**
 * Line breaks before a clause's own mark (`我先讲几点意见` / `。`): Chinese typesetting never
 * opens a line with a full stop, a comma or an enumeration comma (避头点), so a line that does
 * was cut from the one before by a PDF copy or a page's markup; nor does a line end on an
 * enumeration comma. One look at each line's first and the previous line's last character:
 * linear in the text.
 */
import type { Line, SpeechDocument } from './document';

/** Full-width marks that close what stands before them and never open a line (a half-width one may open forum junk: `, a, p: W+`). */
const CLOSING_MARK_RE = /^[，。、；！？]/;
/** The line before ends in the words the mark closes, not in a mark of its own (`。` / `。`). */
const ENDS_IN_WORDS_RE = /[\u4e00-\u9fff0-9A-Za-z”’」』》）)]$/;

/**
 * A line that ends on an enumeration comma after words (`各位领导、` / `同志们:`, `召开了党委会、` /
 * `政府常务会`): 、 joins the items of one list and never ends a line; a list's number alone
 * (`一、`, `（二）、`, or glued after a site's title: `…致辞范文】一、`) is a heading's, and a next line that opens a heading or a bracket starts anew.
 */
const ENUM_COMMA_END_RE = /[\u4e00-\u9fff”’」』》）)]、$/;
const LIST_NUMBER_RE = /(?:^|[^\u4e00-\u9fff])[（(]?[一二三四五六七八九十百\d]{1,4}[）)]?、$/;
const OPENS_IN_WORDS_RE = /^[\u4e00-\u9fff“「『《]/;
const OPENS_HEADING_RE = /^[一二三四五六七八九十]+[、.．]|^[一二三四五六七八九十]是|^第[一二三四五六七八九十]+[，,、：:]/;

export interface MarkBreak {
  line: Line;
  next: Line;
  /** The line ended on 、 (the next one goes on): the join is offered, not applied unasked. */
  atComma?: boolean;
  /** The break, from the line's last non-space character to the next line's mark. */
  start: number;
  end: number;
}

export function findMarkBreaks(doc: SpeechDocument, residue: ReadonlySet<number>): MarkBreak[] {
  const out: MarkBreak[] = [];
  const lines = doc.lines;
  for (let i = 0; i + 1 < lines.length; i++) {
    const l = lines[i]!;
    const next = lines[i + 1]!;
    if (residue.has(i) || residue.has(i + 1)) continue;
    const text = l.text.trimEnd();
    if (CLOSING_MARK_RE.test(next.text)) {
      if (ENDS_IN_WORDS_RE.test(text)) out.push({ line: l, next, start: l.start + text.length, end: next.start });
    } else if (ENUM_COMMA_END_RE.test(text) && !LIST_NUMBER_RE.test(text.slice(-8)) && OPENS_IN_WORDS_RE.test(next.text) && !OPENS_HEADING_RE.test(next.text)) {
      out.push({ line: l, next, start: l.start + text.length, end: next.start, atComma: true });
    }
  }
  return out;
}
