/**
 * A line break lost between a heading and its paragraph, as copying from a web page or a
 * PDF leaves it: `一、取得明显成效 过去一年，……`. Only a space is left where the break was;
 * deleting it would glue the heading to the paragraph, so the fix restores the break.
 */
import type { SpeechDocument } from './document';
import leaderData from '../data/leader-titles.json';
import { HAN } from '../util/han';
import { byLine } from './by-line';
import { ownString, type BoundedCache } from '../util/bounded-cache';

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
/**
 * Marker, a heading with no sentence punctuation, spaces, then a paragraph that reads as prose;
 * not a figure set off by spaces, as a PDF or Word copy leaves them (`1、纪念建党 90 周年…`).
 */
const LOST_BREAK_RE = new RegExp(
  String.raw`^([ \t\u3000]*(${MARKER})[ \u3000]?[^\s\u3000，。；：！？,;:!?]{3,30}?[${HAN}”）)])([ \t\u3000]+)(?=[${HAN}\d“])(?![\d.]+[ \t\u3000])([^\n]{8,})$`,
);
const PROSE_RE = /[，。；！？]/;
/**
 * No marker: a short phrase opening a paragraph, one space, then the paragraph
 * (`取得明显成效 过去一年，……`). The phrase must not end in a word that needs what follows,
 * nor in a figure (`在2007 年的工作中，……`: a figure set off from its unit by a space, as a
 * Word copy leaves it, not a heading).
 */
const PLAIN_BREAK_RE = new RegExp(String.raw`^([ \t\u3000]*[${HAN}][${HAN}\d]{2,22}[${HAN}])([ \t\u3000]+)(?=[${HAN}“])([^\s\u3000][^\n]{11,})$`);
/**
 * A news dateline's end (`新华社北京3月12日电`, `据新华社电`, `本报讯`, `…奥运专电`, and in traditional script
 * `中新網8月8日電`), or its credit ending in 报道 (`长江云报道`, `记者谭卫平 通讯员鲁来顺报道`): the text runs on after a space.
 */
export const DATELINE_RE =
  /(?:[日专專](?:电|電)|\d日(?:讯|訊)|(?:电|電)(?:讯|訊)|[社网網](?:电|電)|[报報社台网網](?:讯|訊)|(?:(?:记者|記者|通讯员|通訊員)[\u4e00-\u9fff]{2,4}|[社报報网網台云雲])(?:报道|報道))$/;
/** A byline's credit (`澎湃新闻记者 岳怀让6月21日，……`, `本报通讯员 张三`): a name follows the space, not a paragraph. */
const CREDIT_END_RE = /(?:记者|記者|通讯员|通訊員|评论员|評論員|撰稿人)$/;
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

/**
 * What one line says, whatever comes before it (kept per line: a long draft has tens of
 * thousands, an edit changes one). Offsets are within the line; nothing refers to the document.
 */
interface LineBreaks {
  blank: boolean;
  /** Over 2,000 characters: not looked at. */
  long: boolean;
  /** Ends a paragraph or stands as a heading: what may come before a new paragraph. */
  endsParagraph: boolean;
  /** A heading glued to its paragraph: the space's offset and length, the marker's style. */
  lost?: readonly [at: number, length: number, heading: string];
  /** A plain phrase glued to its paragraph, when the line opens a paragraph. */
  plain?: readonly [at: number, length: number];
  /** A heading alone on its line: its marker's style. */
  ownStyle?: string;
}

const MARKER_RE = new RegExp(`^[ \\t\\u3000]*(${MARKER})`);

function lineBreaks(text: string): LineBreaks {
  const blank = text.trim() === '';
  const endsParagraph = PARAGRAPH_END_RE.test(text) || MARKER_RE.test(text);
  if (text.length > 2000) return { blank, long: true, endsParagraph };
  const m = LOST_BREAK_RE.exec(text);
  if (m && PROSE_RE.test(m[4]!) && !PROSE_RE.test(m[1]!)) {
    return { blank, long: false, endsParagraph, lost: [m[1]!.length, m[3]!.length, ownString(markerStyle(m[2]!))] };
  }
  const out: LineBreaks = { blank, long: false, endsParagraph };
  const p = !MARKER_RE.test(text) ? PLAIN_BREAK_RE.exec(text) : null;
  if (
    p &&
    !DANGLING_END_RE.test(p[1]!) &&
    // `第七十四条 县以上政府……`: an article's number, set off by a space on purpose.
    !ARTICLE_RE.test(p[1]!) &&
    // `新华社北京3月12日电 政协……`, `本报讯 ……`: a news dateline runs on after a space.
    !DATELINE_RE.test(p[1]!) &&
    !CREDIT_END_RE.test(p[1]!) &&
    PROSE_RE.test(p[3]!) &&
    FIRST_CLAUSE_RE.test(p[3]!) &&
    !/[ \t\u3000]/.test(p[3]!) &&
    !LEADER_TITLES.some((t) => p[3]!.startsWith(t))
  ) {
    out.plain = [p[1]!.length, p[2]!.length];
  }
  // A heading alone on its line: the draft's own format for headings of this style.
  const h = MARKER_RE.exec(text);
  if (h && !PROSE_RE.test(text) && text.trim().length <= 40) out.ownStyle = ownString(markerStyle(h[1]!));
  return out;
}

export type HeadingBreakLineCache = BoundedCache<LineBreaks>;

export function findLostHeadingBreaks(doc: SpeechDocument, cache?: HeadingBreakLineCache): LostBreak[] {
  const out: LostBreak[] = [];
  const ownLine = new Set<string>();
  const eol = doc.lines.find((l) => l.eol !== '')?.eol ?? '\n';
  let before: LineBreaks | undefined;
  let blankBefore = true;
  for (const l of doc.lines) {
    const info = byLine(doc, l, cache, () => lineBreaks(l.text));
    // The last line that is not blank before this one, and whether the one right before is blank.
    const prev = before;
    const afterBlank = blankBefore;
    blankBefore = info.blank;
    if (!info.blank) before = info;
    if (info.long) continue;
    if (info.lost) {
      const start = l.start + info.lost[0];
      out.push({ line: l.index, start, end: start + info.lost[1], eol, safe: false, heading: info.lost[2] });
      continue;
    }
    // The line opens a paragraph (the one before ended one, or stood as a heading).
    const opensParagraph = prev === undefined || afterBlank || prev.endsParagraph;
    if (opensParagraph && info.plain) {
      const start = l.start + info.plain[0];
      out.push({ line: l.index, start, end: start + info.plain[1], eol, safe: false, heading: 'plain' });
      continue;
    }
    if (info.ownStyle) ownLine.add(info.ownStyle);
  }
  for (const b of out) b.safe = ownLine.has(b.heading);
  return out;
}
