/**
 * The speech's outline: GB/T 9704 heading levels `一、` → `（一）` → `1.` → `（1）`, plus the
 * items of the text: `第一，`, `一是…二是…`, `一要…二要…` and heading-style numbers written
 * inside a paragraph (`……意见：一、……。二、……`, as text that lost its line breaks has
 * them). Shared by the structure rules, the consistency report, document symbols and
 * folding.
 */
import type { SpeechDocument } from './document';
import { byLine } from './by-line';
import { LINE_CACHE_SIZE, ownString, type BoundedCache } from '../util/bounded-cache';
import { chineseNumeral, numeralValue } from '../util/numerals';
import { lastNonSpace } from '../util/char-class';
import { sentenceEnd, titleOf, TITLE_READ } from './outline-text';

export { chineseNumeral, numeralValue } from '../util/numerals';

/**
 * 1 `一、`, 2 `（一）`, 3 `1.`, 4 `（1）` (headings at the start of a line);
 * 5 `第一，` items; 6 `一是` / `一要` items and numbers written inside a paragraph.
 */
export type OutlineLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** How the number is written; one sequence is numbered in one style. */
export type OutlineStyle =
  | 'cn'          // 一、
  | 'cn-paren'    // （一）
  | 'num'         // 1.  1、
  | 'num-paren'   // （1）
  | 'di'          // 第一， / 其一，
  | 'shi'         // 一是 / 一要 (one sequence: drafts mix them, `一是……二是……三要……`)
  | 'inline-cn'   // 一、 inside a paragraph
  | 'inline-cn-paren'
  | 'inline-num'
  | 'inline-num-paren';

/** One numbered heading or item as found on its line, before the outline's tree is built. */
export interface OutlineMark {
  /** 'heading': a numbered line; 'item': a numbered point inside the text. */
  kind: 'heading' | 'item';
  /** See {@link OutlineLevel}. */
  level: OutlineLevel;
  style: OutlineStyle;
  /** The number mark as written, e.g. `一、`, `（三）`, `第二，`, `三是`. */
  marker: string;
  /** The number the marker stands for (一 → 1). */
  ordinal: number;
  /** Range of the numeral inside the marker (`三` of `（三）`), for renumbering. */
  numStart: number;
  numEnd: number;
  /** The heading's text after the marker, to the end of the line or first sentence. */
  title: string;
  line: number;
  /** Range of the heading: from the marker to the end of its line (items: of its first sentence). */
  start: number;
  end: number;
}

export interface OutlineItem extends OutlineMark {
  /** Where the section that this item opens ends (start of the next item of the same or a higher level, or the end of its parent's section). */
  sectionEnd: number;
  children: OutlineItem[];
}

/** The numeral for `n` written the way `written` is (Arabic or Chinese). */
export function numeralLike(written: string, n: number): string {
  return /^\d+$/.test(written) ? String(n) : chineseNumeral(n);
}

const CN = '[一二三四五六七八九十]{1,3}';

const HEADING_PATTERNS: Array<{ level: 1 | 2 | 3 | 4; style: OutlineStyle; re: RegExp }> = [
  { level: 1, style: 'cn', re: new RegExp(`^()(${CN})、`) },
  { level: 2, style: 'cn-paren', re: new RegExp(`^([（(])(${CN})[）)]`) },
  // `1.5` is a figure; after `、` a figure may open the text (`2、42 条…`): the text's own test below decides.
  { level: 3, style: 'num', re: /^()(\d{1,2})(?:[.．](?![\d.．])|、(?![.．]))/ },
  { level: 4, style: 'num-paren', re: /^([（(])(\d{1,2})[）)]/ },
];

export interface HeadingMatch {
  level: 1 | 2 | 3 | 4;
  style: OutlineStyle;
  marker: string;
  ordinal: number;
  rest: string;
  indent: number;
  /** Offset of the numeral from the start of the line. */
  numOffset: number;
  numeral: string;
}

/**
 * A heading text that opens with a year or a counted figure: `2023年工作回顾`, `3个方面`, and as a PDF's text
 * layer spaces them, `2012 年`, `42 条`.
 */
const FIGURE_START_RE = /^[\s\u3000]*(?:(?:19|20)\d{2}[ \u3000]?(?:年|[-—–～~至到]\d)|\d{1,3}[ \u3000]?(?:个|項|项|大|条|條|件|方面))/;
/** A classifier right after a bracketed numeral makes it part of a term: `（一）型`, `（二）类`. */
const TERM_AFTER_BRACKET_RE = /^(?:[类類](?![似别別])|型(?![号號])|款)/;

/** `三、四月份`, `1、2月`: a list of numbers, not a heading. */
function isNumberList(ordinal: number, rest: string): boolean {
  const m = /^(\d{1,2}|[一二三四五六七八九十]{1,3})/.exec(rest);
  return m !== null && numeralValue(m[1]!) === ordinal + 1;
}

/** A list's bullet (`- `, `• `), which a point's number may follow as it follows indentation. */
export const BULLET = '[-*+•·●▪]';
/** A bullet at a line's start, after its indentation. */
const BULLET_LEAD_RE = new RegExp(`^[\\s\\u3000]*${BULLET}`);
/** What may stand before a line's number: indentation, a Markdown heading mark, a list's bullet and its space. */
const LINE_LEAD_RE = new RegExp(`^[\\s\\u3000]*(?:#{1,6}[ \\t]+|${BULLET}[ \\t\\u3000]+)?`);

/** The heading a line opens, if any. */
export function matchHeading(lineText: string): HeadingMatch | undefined {
  // Indentation, and a Markdown heading or list mark (`### 一、2023年工作回顾`, `- 一、提高认识`).
  const trimmed = lineText.replace(LINE_LEAD_RE, '');
  const indent = lineText.length - trimmed.length;
  for (const { level, style, re } of HEADING_PATTERNS) {
    const m = re.exec(trimmed);
    if (!m) continue;
    const ordinal = numeralValue(m[2]!);
    if (ordinal === undefined || ordinal === 0) continue;
    const rest = trimmed.slice(m[0].length);
    if (isNumberList(ordinal, rest)) continue;
    // A heading has words after its number: `3.` alone or `1.5` is not one. Its text may
    // start with a figure: `一、2023年工作回顾`, `（一）2024年主要目标`, `1. 2024年目标`.
    if (!/^[\s\u3000]*[^\s\u3000\d]/.test(rest) && !FIGURE_START_RE.test(rest)) continue;
    // A bracketed numeral inside a term: `（二）类水库`, `（3）款`.
    if ((style === 'cn-paren' || style === 'num-paren') && TERM_AFTER_BRACKET_RE.test(rest)) continue;
    return { level, style, marker: m[0], ordinal, rest, indent, numOffset: indent + m[1]!.length, numeral: m[2]! };
  }
  return undefined;
}

/** A line continues the previous one (PDF copy) when that one stops inside a clause. */
const CONTINUED_RE = /[，,、第一二三四五六七八九十\d]$/;
/** Characters that make a word with a following 一 (`统一`, `唯一`, `之一`). */
const JOINS_YI_RE = /[统唯之其万专单同划逐初第归合]$/;

/** Where an item may begin inside a paragraph. */
const ITEM_BOUNDARY = '[。：:；;！？!?，,、.．\\]】]';

/** Items inside the text: 一是/一要, 第一，/第一要 (not the word `第一要务`), and heading-style numbers after a sentence. */
const NOT_DI_YAO = '(?:务|义|素|求|紧|事|旨|点|件|领|害|职|地|塞|案|犯|闻|员|道|冲|目)';
const ITEM_RE = new RegExp(
  `(?<b>^(?:[\\s\\u3000]*${BULLET}[ \\t\\u3000]+)?|${ITEM_BOUNDARY}|[”’」』）)])(?<ws>[\\s\\u3000]*)(?:(?<shiNum>${CN})(?<shi>[是要])(?!(?:\\k<shiNum>(?=[，,、。；;！？!?\\s]|$)|否|素|点|件|领|求|害|职|么|的))|第(?<diNum>${CN})(?<diTail>点|个?问题|个?方面)?(?=[，,、：:]|要(?!${NOT_DI_YAO})|(?<=[点题面])是)|其(?<qiNum>[一二三四五六七八九])(?=[，,：:是])|(?<cnNum>${CN})、|(?<po>[（(])(?<pNum>${CN}|\\d{1,2})(?<pc>[）)])|(?<dNum>\\d{1,2})(?<dm>[.．、])(?![\\d.．]))`,
  'g',
);


/** How an item's number is written, found by ITEM_RE: its offsets are from the line start. */
interface ItemMarker {
  style: OutlineStyle;
  level: OutlineLevel;
  numeral: string;
  marker: string;
  markerOffset: number;
  numOffset: number;
}

/** Whether the lines before this one let it open with a number. */
interface LineStart {
  /** Not the continuation of a clause broken by PDF copy. */
  fresh: boolean;
  /** The line before does not end in a character that makes a word with a leading 一 (`统` + `一是…`). */
  freshForYi: boolean;
}

/** The heading that opens line `lineIndex`, as `h` matched it. */
function headingMark(doc: SpeechDocument, lineIndex: number, h: HeadingMatch): OutlineMark {
  const line = doc.lines[lineIndex]!;
  return {
    kind: 'heading',
    level: h.level,
    style: h.style,
    marker: h.marker,
    ordinal: h.ordinal,
    numStart: line.start + h.numOffset,
    numEnd: line.start + h.numOffset + h.numeral.length,
    start: line.start + h.indent,
    end: line.end,
    title: titleOf(h.rest),
    line: lineIndex,
  };
}

/** The marker of an ITEM_RE match, or undefined when the match is not an item here. */
function itemMarker(m: RegExpExecArray, lineText: string, lineStart: LineStart): ItemMarker | undefined {
  const g = m.groups!;
  // A list's bullet (`- 第一，…`) opens the line like indentation does.
  const boundary = m.index === 0 && BULLET_LEAD_RE.test(g.b!) ? '' : g.b!;
  const atLineStart = m.index === 0 && boundary === '';
  if (boundary === '' && !atLineStart) return undefined;
  const markerOffset = m.index + g.b!.length + g.ws!.length;
  if (g.shiNum) {
    if (atLineStart && !lineStart.freshForYi) return undefined;
    return { style: 'shi', level: 6, numeral: g.shiNum, marker: g.shiNum + g.shi!, markerOffset, numOffset: markerOffset };
  }
  if (g.qiNum) {
    // `其一，…其二，…` numbers the points of a sentence like `第一，`: only where a sentence or clause opens.
    if (atLineStart ? !lineStart.fresh : !/[。：:；;！？!?】\]]/.test(boundary)) return undefined;
    return { style: 'di', level: 5, numeral: g.qiNum, marker: `其${g.qiNum}`, markerOffset, numOffset: markerOffset + 1 };
  }
  if (g.diNum) {
    if (atLineStart && !lineStart.fresh) return undefined;
    // `位列第一，` is a rank, not an item: 第一 items open a sentence (`第一要…` a clause too).
    // A bracketed label before it (`【总书记对青年提出希望】第一，…`) ends like a heading.
    // With its counter written out (`…四个问题，第一个问题是…`) it is a point after a comma too.
    const afterComma = lineText[markerOffset + 1 + g.diNum.length + (g.diTail?.length ?? 0)] === '要' || g.diTail !== undefined;
    if (boundary !== '' && !(afterComma ? /[。：:；;！？!?，,】\]]/ : /[。：:；;！？!?】\]]/).test(boundary)) return undefined;
    // `第一点，…`, `第一个问题，…`: the same points, the counter written out.
    return { style: 'di', level: 5, numeral: g.diNum, marker: `第${g.diNum}${g.diTail ?? ''}`, markerOffset, numOffset: markerOffset + 1 };
  }
  // A heading-style number inside a paragraph: only after a sentence or a colon.
  if (atLineStart) return undefined; // line starts were handled as headings
  if (!/[。：:；;！？!?]/.test(boundary)) return undefined;
  const found = inlineNumber(g, markerOffset);
  const rest = lineText.slice(markerOffset + found.marker.length);
  const value = numeralValue(found.numeral);
  if (value === undefined || isNumberList(value, rest) || (!/^[^\s\d]/.test(rest) && !FIGURE_START_RE.test(rest))) return undefined;
  return found;
}

/** A heading-style number written inside a paragraph: `一、`, `（一）`/`（1）` or `1.`. */
function inlineNumber(g: Record<string, string | undefined>, markerOffset: number): ItemMarker {
  if (g.cnNum) return { style: 'inline-cn', level: 6, numeral: g.cnNum, marker: `${g.cnNum}、`, markerOffset, numOffset: markerOffset };
  if (g.pNum) {
    const style = /\d/.test(g.pNum) ? 'inline-num-paren' : 'inline-cn-paren';
    return { style, level: 6, numeral: g.pNum, marker: `${g.po}${g.pNum}${g.pc}`, markerOffset, numOffset: markerOffset + 1 };
  }
  return { style: 'inline-num', level: 6, numeral: g.dNum!, marker: `${g.dNum}${g.dm}`, markerOffset, numOffset: markerOffset };
}

/** The numbered items inside line `lineIndex` from `scanFrom` on (at its start too when it starts fresh). */
function scanItems(doc: SpeechDocument, lineIndex: number, scanFrom: number, lineStart: LineStart, out: OutlineMark[]): void {
  const line = doc.lines[lineIndex]!;
  const text = doc.text;
  ITEM_RE.lastIndex = scanFrom;
  let m: RegExpExecArray | null;
  const last = { from: Infinity, end: 0 };
  while ((m = ITEM_RE.exec(line.text))) {
    const found = itemMarker(m, line.text, lineStart);
    if (!found) continue;
    const { style, level, numeral, marker, markerOffset, numOffset } = found;
    const ordinal = numeralValue(numeral);
    if (ordinal === undefined || ordinal === 0) continue;
    const start = line.start + markerOffset;
    const end = sentenceEnd(text, start + marker.length, line.end, last);
    out.push({
      kind: 'item',
      level,
      style,
      marker,
      ordinal,
      numStart: line.start + numOffset,
      numEnd: line.start + numOffset + numeral.length,
      start,
      end,
      title: titleOf(text.slice(start + marker.length, Math.min(end, start + marker.length + TITLE_READ)).replace(/^[，,、：:\s]+/, '')),
      line: lineIndex,
    });
    // Let the next match start right after this marker (boundaries are not shared).
    ITEM_RE.lastIndex = markerOffset + marker.length;
  }
}

/** The heading and items of one line; whether the line is a heading. */
/** The headings and items of one line: a function of the line's text and of how it starts, nothing else. */
function scanLine(doc: SpeechDocument, lineIndex: number, lineStart: LineStart, out: OutlineMark[]): boolean {
  const line = doc.lines[lineIndex]!;
  const h = lineStart.fresh ? matchHeading(line.text) : undefined;
  if (h) out.push(headingMark(doc, lineIndex, h));
  scanItems(doc, lineIndex, h ? h.indent + h.marker.length : 0, lineStart, out);
  return h !== undefined;
}

/** Every numbered heading and item, in text order. */
/** A line's headings and items at offsets inside the line, by how it starts. */
interface LineOutline {
  heading: boolean;
  items: OutlineMark[];
}
/** By the line's text; what it holds under each way of starting (index: fresh × 2 + freshForYi). */
export type OutlineLineCache = BoundedCache<Array<LineOutline | undefined>>;
export const OUTLINE_LINE_CACHE = LINE_CACHE_SIZE;

/** A mark moved by `s` onto line `line`, fields written out (not spread: a long draft places thousands on every check). */
function placedMark(r: OutlineMark, s: number, line: number): OutlineMark {
  return { kind: r.kind, level: r.level, style: r.style, marker: r.marker, ordinal: r.ordinal, numStart: s + r.numStart, numEnd: s + r.numEnd, start: s + r.start, end: s + r.end, title: r.title, line };
}

function scanLineCached(doc: SpeechDocument, lineIndex: number, lineStart: LineStart, out: OutlineMark[], cache: OutlineLineCache): boolean {
  const line = doc.lines[lineIndex]!;
  const variants = byLine(doc, line, cache, () => []);
  const variant = (lineStart.fresh ? 2 : 0) + (lineStart.freshForYi ? 1 : 0);
  let found = variants[variant];
  if (!found) {
    const items: OutlineMark[] = [];
    const heading = scanLine(doc, lineIndex, lineStart, items);
    const at = (n: number) => n - line.start;
    // Offsets inside the line and strings of their own: nothing that holds on to the document.
    const own = items.map((r) => ({ ...r, start: at(r.start), end: at(r.end), numStart: at(r.numStart), numEnd: at(r.numEnd), line: 0, marker: ownString(r.marker), title: ownString(r.title) }));
    variants[variant] = found = { heading, items: own };
  }
  const s = line.start;
  for (const r of found.items) out.push(placedMark(r, s, lineIndex));
  return found.heading;
}

const BLANK_RE = /^\s*$/;

/**
 * A list's first line after a line that ends in a comma (`贺国祥强调,` / `01、必须…` / `02、…`): the next line
 * goes on with number 2 in the same style, so the 1 opens a list, not the rest of a clause a PDF broke.
 */
function listAfterComma(doc: SpeechDocument, lineIndex: number): boolean {
  const next = doc.lines[lineIndex + 1];
  if (!next) return false;
  const h = matchHeading(doc.lines[lineIndex]!.text);
  if (!h || h.ordinal !== 1) return false;
  const n = matchHeading(next.text);
  return n !== undefined && n.style === h.style && n.ordinal === 2;
}

/** Every numbered heading and item, in text order; with a cache an edit re-scans only the lines it changed. */
export function outlineItems(doc: SpeechDocument, cache?: OutlineLineCache): OutlineMark[] {
  const out: OutlineMark[] = [];
  let prev: string | undefined;
  let prevWasHeading = false;
  for (const line of doc.lines) {
    if (BLANK_RE.test(line.text)) {
      prev = undefined;
      prevWasHeading = false;
      continue;
    }
    // The patterns look at the previous line's last character that is not a space (no trimmed copy of every line).
    const last = prev === undefined || prevWasHeading ? undefined : lastNonSpace(prev);
    const lineStart: LineStart = {
      fresh: last === undefined || !CONTINUED_RE.test(last) || listAfterComma(doc, line.index),
      freshForYi: last === undefined || !JOINS_YI_RE.test(last),
    };
    prevWasHeading = cache ? scanLineCached(doc, line.index, lineStart, out, cache) : scanLine(doc, line.index, lineStart, out);
    prev = line.text;
  }
  // An item ends where the next one on its line begins (`一是势头好、二是压力大`).
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i]!;
    const b = out[i + 1]!;
    if (a.kind === 'item' && b.line === a.line && b.start < a.end) {
      a.end = b.start;
      a.title = titleOf(doc.text.slice(a.start + a.marker.length, a.end).replace(/^[，,、：:\s]+/, '').replace(/[，,、；;\s]+$/, ''));
    }
  }
  return out;
}

export function buildOutline(doc: SpeechDocument, cache?: OutlineLineCache): OutlineItem[] {
  const roots: OutlineItem[] = [];
  const stack: OutlineItem[] = [];
  const raws = outlineItems(doc, cache);
  // `第一，…` opening its lines in a draft with no `一、` headings is its top level: its parts
  // numbered `（一）（二）` are under it, and `第二，…` goes on its list after them.
  const diTop = !raws.some((r) => r.kind === 'heading' && r.style === 'cn');
  const rank = (item: OutlineItem) => (diTop && item.style === 'di' && opensLine(doc, item) ? 1 : item.level);
  for (const raw of raws) {
    const item: OutlineItem = Object.assign(placedMark(raw, 0, raw.line), { sectionEnd: doc.text.length, children: [] });
    const cut = item.kind === 'heading' ? doc.lines[item.line]!.start : item.start;
    while (stack.length && rank(stack[stack.length - 1]!) >= rank(item)) stack.pop()!.sectionEnd = cut;
    const parent = stack[stack.length - 1];
    (parent ? parent.children : roots).push(item);
    stack.push(item);
  }
  return roots;
}

/** Whether an item's marker is the first thing on its line. */
function opensLine(doc: SpeechDocument, item: OutlineItem): boolean {
  const from = doc.lines[item.line]!.start;
  // Back over spaces only (a slice from the line's start would read a long line once per item).
  for (let k = item.start - 1; k >= from; k--) if (!/\s/.test(doc.text[k]!)) return false;
  return true;
}

/** Every item of the outline in text order (a flattened tree), with its parent. */
export function walkOutline(roots: readonly OutlineItem[]): Array<{ item: OutlineItem; parent: OutlineItem | undefined; siblings: readonly OutlineItem[] }> {
  const out: Array<{ item: OutlineItem; parent: OutlineItem | undefined; siblings: readonly OutlineItem[] }> = [];
  const visit = (items: readonly OutlineItem[], parent: OutlineItem | undefined) => {
    for (const item of items) {
      out.push({ item, parent, siblings: items });
      visit(item.children, item);
    }
  };
  visit(roots, undefined);
  return out;
}

export { outlineSequences } from './outline-runs';

export { STYLE_NAMES } from './outline-text';
