/**
 * A line break lost between a heading and its paragraph, as copying from a web page or a
 * PDF leaves it: `一、取得明显成效 过去一年，……`. Only a space is left where the break was;
 * deleting it would glue the heading to the paragraph, so the fix restores the break.
 */
import type { SpeechDocument } from './document';
import leaderData from '../data/leader-titles.json';
import { HAN } from '../util/han';

/** `郭涛 部长宣读…` is a leader's name split from the title (cjk-space's), not a lost break. */
const LEADER_TITLES = leaderData.titles.map((t) => t.title);

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
  String.raw`^([ \t\u3000]*(${MARKER})[ \u3000]?[^\s\u3000，。；：！？,;:!?]{3,30}?[${HAN}”）)])([ \t\u3000]+)(?=[${HAN}\d“])([^\n]{8,})$`,
);
const PROSE_RE = /[，。；！？]/;
/**
 * No marker: a short phrase opening a paragraph, one space, then the paragraph
 * (`取得明显成效 过去一年，……`). The phrase must not end in a word that needs what follows.
 */
const PLAIN_BREAK_RE = new RegExp(String.raw`^([ \t\u3000]*[${HAN}][${HAN}\d]{3,23})([ \t\u3000]+)(?=[${HAN}“])([^\s\u3000][^\n]{11,})$`);
const ARTICLE_RE = /^[ \t\u3000]*第[〇零一二三四五六七八九十百千\d]+[条款章节编项]/;
/** The paragraph's first clause: a word or two before a comma is the rest of a sentence. */
const FIRST_CLAUSE_RE = /^[^，。；：！？,;:!?]{4,}/;
const DANGLING_END_RE = /[的了要和与及在是把被对将向从为以等就也都而并且或之其这那着过得地把让使给由于]$/;
/** A line that ends a paragraph or stands as a heading: what may come before a new paragraph. */
const PARAGRAPH_END_RE = /[。！？；：!?;:…”’）)】]\s*$/;

/** The marker style of a heading line (`一、`, `（一）`, `1.`…), for comparing headings. */
function markerStyle(marker: string): string {
  return marker.replace(/[一二三四五六七八九十]+/g, '一').replace(/\d+/g, '1');
}

export function findLostHeadingBreaks(doc: SpeechDocument): LostBreak[] {
  const out: LostBreak[] = [];
  const ownLine = new Set<string>();
  const markerRe = new RegExp(`^[ \\t\\u3000]*(${MARKER})`);
  const eol = doc.lines.find((l) => l.eol !== '')?.eol ?? '\n';
  let prev: string | undefined;
  let blankBefore = true;
  for (const l of doc.lines) {
    const before = prev;
    const afterBlank = blankBefore;
    blankBefore = l.text.trim() === '';
    if (!blankBefore) prev = l.text;
    if (l.text.length > 2000) continue;
    const m = LOST_BREAK_RE.exec(l.text);
    if (m && PROSE_RE.test(m[4]!) && !PROSE_RE.test(m[1]!)) {
      const start = l.start + m[1]!.length;
      out.push({ line: l.index, start, end: start + m[3]!.length, eol, safe: false, heading: markerStyle(m[2]!) });
      continue;
    }
    // The line opens a paragraph (the one before ended one, or stood as a heading).
    const opensParagraph = before === undefined || afterBlank || PARAGRAPH_END_RE.test(before) || markerRe.test(before);
    const p = opensParagraph && !markerRe.test(l.text) ? PLAIN_BREAK_RE.exec(l.text) : null;
    if (
      p &&
      !DANGLING_END_RE.test(p[1]!) &&
      // `第七十四条 县以上政府……`: an article's number, set off by a space on purpose.
      !ARTICLE_RE.test(p[1]!) &&
      PROSE_RE.test(p[3]!) &&
      FIRST_CLAUSE_RE.test(p[3]!) &&
      !/[ \t\u3000]/.test(p[3]!) &&
      !LEADER_TITLES.some((t) => p[3]!.startsWith(t))
    ) {
      const start = l.start + p[1]!.length;
      out.push({ line: l.index, start, end: start + p[2]!.length, eol, safe: false, heading: 'plain' });
      continue;
    }
    // A heading alone on its line: the draft's own format for headings of this style.
    const h = markerRe.exec(l.text);
    if (h && !PROSE_RE.test(l.text) && l.text.trim().length <= 40) ownLine.add(markerStyle(h[1]!));
  }
  for (const b of out) b.safe = ownLine.has(b.heading);
  return out;
}
