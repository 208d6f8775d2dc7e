/**
 * Line breaks before a clause's own mark (`我先讲几点意见` / `。`): Chinese typesetting never
 * opens a line with a full stop, a comma or an enumeration comma (避头点), so a line that does
 * was cut from the one before by a PDF copy or a page's markup. One look at each line's first
 * and the previous line's last character: linear in the text.
 */
import type { Line, SpeechDocument } from './document';

/** Full-width marks that close what stands before them and never open a line (a half-width one may open forum junk: `, a, p: W+`). */
const CLOSING_MARK_RE = /^[，。、；！？]/;
/** The line before ends in the words the mark closes, not in a mark of its own (`。` / `。`). */
const ENDS_IN_WORDS_RE = /[\u4e00-\u9fff0-9A-Za-z”’」』》）)]$/;

export interface MarkBreak {
  line: Line;
  next: Line;
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
    if (residue.has(i) || residue.has(i + 1) || !CLOSING_MARK_RE.test(next.text)) continue;
    const text = l.text.trimEnd();
    if (!ENDS_IN_WORDS_RE.test(text)) continue;
    out.push({ line: l, next, start: l.start + text.length, end: next.start });
  }
  return out;
}
