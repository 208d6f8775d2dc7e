/**
 * A line break lost between a heading and its paragraph, as copying from a web page or a
 * PDF leaves it: `一、取得明显成效 过去一年，……`. Only a space is left where the break was;
 * deleting it would glue the heading to the paragraph, so the fix restores the break.
 */
import type { SpeechDocument } from './document';

export interface LostBreak {
  line: number;
  /** Offsets in the document of the space that stands for the break. */
  start: number;
  end: number;
  /** The break to insert: the document's own line ending. */
  eol: string;
  /** Whether other headings of the same style stand on their own lines (fix-all may apply it). */
  safe: boolean;
  heading: string;
}

const MARKER = String.raw`(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、](?!\d)|第[一二三四五六七八九十]{1,3}(?:部分|章|节))`;
/** Marker, a heading with no sentence punctuation, spaces, then a paragraph that reads as prose. */
const LOST_BREAK_RE = new RegExp(
  String.raw`^([ \t\u3000]*(${MARKER})[ \u3000]?[^\s\u3000，。；：！？,;:!?]{3,30}?[\u4e00-\u9fff”）)])([ \t\u3000]+)(?=[\u4e00-\u9fff\d“])([^\n]{8,})$`,
);
const PROSE_RE = /[，。；！？]/;

/** The marker style of a heading line (`一、`, `（一）`, `1.`…), for comparing headings. */
function markerStyle(marker: string): string {
  return marker.replace(/[一二三四五六七八九十]+/g, '一').replace(/\d+/g, '1');
}

export function findLostHeadingBreaks(doc: SpeechDocument): LostBreak[] {
  const out: LostBreak[] = [];
  const ownLine = new Set<string>();
  const markerRe = new RegExp(`^[ \\t\\u3000]*(${MARKER})`);
  const eol = doc.lines.find((l) => l.eol !== '')?.eol ?? '\n';
  for (const l of doc.lines) {
    if (l.text.length > 2000) continue;
    const m = LOST_BREAK_RE.exec(l.text);
    if (m && PROSE_RE.test(m[4]!) && !PROSE_RE.test(m[1]!)) {
      const start = l.start + m[1]!.length;
      out.push({ line: l.index, start, end: start + m[3]!.length, eol, safe: false, heading: markerStyle(m[2]!) });
      continue;
    }
    // A heading alone on its line: the draft's own format for headings of this style.
    const h = markerRe.exec(l.text);
    if (h && !PROSE_RE.test(l.text) && l.text.trim().length <= 40) ownLine.add(markerStyle(h[1]!));
  }
  for (const b of out) b.safe = ownLine.has(b.heading);
  return out;
}
