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
/** Lines that start something new: headings, list items, salutations (broken-line's too). */
export const NEW_ITEM_RE =
  /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．](?!\d)|第[一二三四五六七八九十]+[，,、：:]|[一二三四五六七八九十]是|[-*•·●■◆]\s|#)/;

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
    } else if (ENUM_COMMA_END_RE.test(text) && !LIST_NUMBER_RE.test(text.slice(-8)) && OPENS_IN_WORDS_RE.test(next.text) && !NEW_ITEM_RE.test(next.text)) {
      out.push({ line: l, next, start: l.start + text.length, end: next.start, atComma: true });
    }
  }
  return out;
}

/**
 * A figure, a masked name or an inner closing quote alone on a line inside a sentence, as a PDF's
 * text layer sets every run of another script apart (`会前，我们集中用了` / `1` / `天半的时间`,
 * `*` / `书记、`, `‘三农` / `’` / `工作的重要性`). The figure's unit opens the next line; a
 * masked name's title does. Each side is joined only where it shows: after a line that ends in
 * words (not after a full stop: `跃升。` / `2021` / `年全…` keeps its paragraph break).
 */
const LONE_TOKEN_RE = /^(?:(\d{1,6}(?:[.．]\d{1,4})?%?)|(\*{1,2}|×{1,3})|([’」]))$/;
/** What a figure's line break cuts it from: its unit or measure word. */
const UNIT_START_RE = /^(?:[年月日号个天人名家项次岁万亿元件户所条倍届期批座处位亩吨米%]|周年|小时|分钟)/;
const HAN_START_RE = /^[\u4e00-\u9fff]/;
const ENDS_IN_HAN_RE = /[\u4e00-\u9fff]$/;

/** A numbered heading (`（一）……及其内涵` / `2016` / `年1月…`): it ends where its line does. */
const NUMBERED_HEADING_RE = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．](?!\d)|第[一二三四五六七八九十]+[章节部分条，,、])/;
/**
 * Whether the line before a token was cut in a sentence, not ended as a heading: running text
 * (a clause mark inside), a word or two alone (`在`), or the rest of a token's line before it
 * (`11` / `个镇和经开区对` / `18`).
 */
function cutBefore(prev: string, before: string | undefined): boolean {
  if (NUMBERED_HEADING_RE.test(prev)) return false;
  return /[，,、；;：:]/.test(prev) || prev.length <= 2 || (before !== undefined && LONE_TOKEN_RE.test(before));
}

export interface LoneTokenBreak {
  line: Line;
  /** Whether the token is a figure: its join could take in a page number, so it is offered, not applied. */
  figure: boolean;
  /** The breaks to remove: before the token (if the line before ends in words) and after it. */
  edits: Array<{ start: number; end: number }>;
  /** From the first break to the last, and the words either side (for the message). */
  start: number;
  end: number;
  before: string;
  after: string;
}

export function findLoneTokenBreaks(doc: SpeechDocument, residue: ReadonlySet<number>): LoneTokenBreak[] {
  const out: LoneTokenBreak[] = [];
  const lines = doc.lines;
  for (let i = 0; i + 1 < lines.length; i++) {
    const l = lines[i]!;
    const t = l.text.trim();
    if (t.length === 0 || t.length > 10 || residue.has(i)) continue;
    const m = LONE_TOKEN_RE.exec(t);
    if (!m) continue;
    const prev = i > 0 && !residue.has(i - 1) ? lines[i - 1]!.text.trimEnd() : '';
    const next = lines[i + 1]!;
    const nextText = next.text.trimStart();
    const tokenStart = l.start + (l.text.length - l.text.trimStart().length);
    const tokenEnd = tokenStart + t.length;
    // A quote closes the one its line before left open (`‘三农` / `’`).
    const cut = m[3] ? prev.lastIndexOf(m[3] === '’' ? '‘' : '「') > prev.lastIndexOf(m[3]) : cutBefore(prev.trim(), lines[i - 2]?.text.trim());
    const before = ENDS_IN_HAN_RE.test(prev) && cut ? { start: lines[i - 1]!.start + prev.length, end: tokenStart } : undefined;
    // A figure goes with its unit; a masked name with its title; an inner quote closes inside an outer one, so the sentence goes on.
    const goesOn = !residue.has(i + 1) && (m[1] ? UNIT_START_RE.test(nextText) : HAN_START_RE.test(nextText));
    // A figure or a masked name is cut from what it goes with (`***` alone is a separator, not a name); a quote from what it closes.
    if (m[3] ? !before : !goesOn) continue;
    const edits = [...(before ? [before] : []), ...(goesOn ? [{ start: tokenEnd, end: next.start + (next.text.length - nextText.length) }] : [])];
    const start = edits[0]!.start;
    const end = edits[edits.length - 1]!.end;
    const beforeLine = lines[doc.lineIndexAt(start)]!;
    out.push({ line: l, figure: m[1] !== undefined, edits, start, end, before: doc.text.slice(Math.max(beforeLine.start, start - 4), start), after: doc.text.slice(end, Math.min(lines[doc.lineIndexAt(end)]!.end, end + 4)) });
  }
  return out;
}
