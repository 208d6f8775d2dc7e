/**
 * The speech's outline: GB/T 9704 heading levels `一、` → `（一）` → `1.` → `（1）`, plus the
 * items of the text: `第一，`, `一是…二是…`, `一要…二要…` and heading-style numbers written
 * inside a paragraph (`……意见：一、……。二、……`, as text that lost its line breaks has
 * them). Shared by the structure rules, the consistency report, document symbols and
 * folding.
 */
import type { SpeechDocument } from './document';
import { chineseNumeral, numeralValue } from '../util/numerals';

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
  | 'di'          // 第一，
  | 'shi'         // 一是 / 一要 (one sequence: drafts mix them, `一是……二是……三要……`)
  | 'inline-cn'   // 一、 inside a paragraph
  | 'inline-cn-paren'
  | 'inline-num'
  | 'inline-num-paren';

export interface OutlineItem {
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
  { level: 3, style: 'num', re: /^()(\d{1,2})[.．、](?![\d.．])/ },
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

/** A heading text that opens with a year or a counted figure: `2023年工作回顾`, `3个方面`. */
const FIGURE_START_RE = /^[\s\u3000]*(?:(?:19|20)\d{2}(?:年|[-—–～~至到]\d)|\d{1,3}(?:个|項|项|大|条|條|件|方面))/;
/** A classifier right after a bracketed numeral makes it part of a term: `（一）型`, `（二）类`. */
const TERM_AFTER_BRACKET_RE = /^(?:[类類](?![似别別])|型(?![号號])|款)/;

/** `三、四月份`, `1、2月`: a list of numbers, not a heading. */
function isNumberList(ordinal: number, rest: string): boolean {
  const m = /^(\d{1,2}|[一二三四五六七八九十]{1,3})/.exec(rest);
  return m !== null && numeralValue(m[1]!) === ordinal + 1;
}

/** The heading a line opens, if any. */
export function matchHeading(lineText: string): HeadingMatch | undefined {
  // Indentation, and a Markdown heading mark in a `.md` draft (`### 一、2023年工作回顾`).
  const trimmed = lineText.replace(/^[\s\u3000]*(?:#{1,6}[ \t]+)?/, '');
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

/** Items inside the text: 一是/一要, 第一，, and heading-style numbers after a sentence. */
const ITEM_RE = new RegExp(
  `(?<b>^|${ITEM_BOUNDARY}|[”’」』）)])(?<ws>[\\s\\u3000]*)(?:(?<shiNum>${CN})(?<shi>[是要])(?!(?:\\k<shiNum>|否|素|点|件|领|求|害|职|么|的))|第(?<diNum>${CN})(?=[，,、：:])|(?<cnNum>${CN})、|(?<po>[（(])(?<pNum>${CN}|\\d{1,2})(?<pc>[）)])|(?<dNum>\\d{1,2})(?<dm>[.．、])(?![\\d.．]))`,
  'g',
);

interface RawItem {
  kind: 'heading' | 'item';
  level: OutlineLevel;
  style: OutlineStyle;
  marker: string;
  ordinal: number;
  numStart: number;
  numEnd: number;
  start: number;
  end: number;
  title: string;
  line: number;
}

function titleOf(rest: string): string {
  const title = rest.split(/[。！？!?；;]/)[0]!.trim();
  return title.length > 60 ? `${title.slice(0, 60)}…` : title;
}

/** The first sentence after `from` on its line, for an item's range and title. */
function sentenceEnd(text: string, from: number, lineEnd: number): number {
  // Within the line: a search on to the next mark of the whole text was quadratic.
  for (let i = from; i < lineEnd; i++) if (SENTENCE_END.has(text[i]!)) return i + 1;
  return lineEnd;
}

const SENTENCE_END = new Set('。！？!?；;');

function scanLine(doc: SpeechDocument, lineIndex: number, prevContent: string | undefined, prevWasHeading: boolean, out: RawItem[]): boolean {
  const line = doc.lines[lineIndex]!;
  const text = doc.text;
  // Does this line start fresh (not the continuation of a clause broken by PDF copy)?
  const fresh = prevContent === undefined || prevWasHeading || !CONTINUED_RE.test(prevContent.trimEnd());
  const freshForYi = prevContent === undefined || prevWasHeading || !JOINS_YI_RE.test(prevContent.trimEnd());
  let headingHere = false;
  let scanFrom = 0;
  if (fresh) {
    const h = matchHeading(line.text);
    if (h) {
      const start = line.start + h.indent;
      out.push({
        kind: 'heading',
        level: h.level,
        style: h.style,
        marker: h.marker,
        ordinal: h.ordinal,
        numStart: line.start + h.numOffset,
        numEnd: line.start + h.numOffset + h.numeral.length,
        start,
        end: line.end,
        title: titleOf(h.rest),
        line: lineIndex,
      });
      headingHere = true;
      scanFrom = h.indent + h.marker.length;
    }
  }
  // Items inside the line (and, when the line starts fresh, at its start).
  ITEM_RE.lastIndex = scanFrom;
  let m: RegExpExecArray | null;
  const lt = line.text;
  while ((m = ITEM_RE.exec(lt))) {
    const g = m.groups!;
    const boundary = g.b!;
    const atLineStart = m.index === 0 && boundary === '';
    if (boundary === '' && !atLineStart) continue;
    const markerOffset = m.index + boundary.length + g.ws!.length;
    let style: OutlineStyle;
    let level: OutlineLevel;
    let numeral: string;
    let numOffset: number;
    let marker: string;
    if (g.shiNum) {
      if (atLineStart && !freshForYi) continue;
      style = 'shi';
      level = 6;
      numeral = g.shiNum;
      marker = numeral + g.shi!;
      numOffset = markerOffset;
    } else if (g.diNum) {
      if (atLineStart && !fresh) continue;
      // `位列第一，` is a rank, not an item: 第一 items open a sentence.
      if (boundary !== '' && !/[。：:；;！？!?]/.test(boundary)) continue;
      style = 'di';
      level = 5;
      numeral = g.diNum;
      marker = `第${numeral}`;
      numOffset = markerOffset + 1;
    } else {
      // A heading-style number inside a paragraph: only after a sentence or a colon.
      if (atLineStart) continue; // line starts were handled as headings
      if (!/[。：:；;！？!?]/.test(boundary)) continue;
      if (g.cnNum) {
        style = 'inline-cn';
        numeral = g.cnNum;
        marker = `${numeral}、`;
        numOffset = markerOffset;
      } else if (g.pNum) {
        numeral = g.pNum;
        style = /\d/.test(numeral) ? 'inline-num-paren' : 'inline-cn-paren';
        marker = `${g.po}${numeral}${g.pc}`;
        numOffset = markerOffset + 1;
      } else {
        numeral = g.dNum!;
        style = 'inline-num';
        marker = `${numeral}${g.dm}`;
        numOffset = markerOffset;
      }
      level = 6;
      const rest = lt.slice(markerOffset + marker.length);
      const value = numeralValue(numeral);
      if (value === undefined || isNumberList(value, rest) || (!/^[^\s\d]/.test(rest) && !FIGURE_START_RE.test(rest))) continue;
    }
    const ordinal = numeralValue(numeral);
    if (ordinal === undefined || ordinal === 0) continue;
    const start = line.start + markerOffset;
    const end = sentenceEnd(text, start + marker.length, line.end);
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
      title: titleOf(text.slice(start + marker.length, end).replace(/^[，,、：:\s]+/, '')),
      line: lineIndex,
    });
    // Let the next match start right after this marker (boundaries are not shared).
    ITEM_RE.lastIndex = markerOffset + marker.length;
  }
  return headingHere;
}

/** Every numbered heading and item, in text order. */
export function outlineItems(doc: SpeechDocument): RawItem[] {
  const out: RawItem[] = [];
  let prev: string | undefined;
  let prevWasHeading = false;
  for (const line of doc.lines) {
    if (line.text.trim() === '') {
      prev = undefined;
      prevWasHeading = false;
      continue;
    }
    prevWasHeading = scanLine(doc, line.index, prev, prevWasHeading, out);
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

export function buildOutline(doc: SpeechDocument): OutlineItem[] {
  const roots: OutlineItem[] = [];
  const stack: OutlineItem[] = [];
  for (const raw of outlineItems(doc)) {
    // The fresh item itself gains the tree's fields: a copy (`{ ...raw }`) cost three quarters
    // of the outline's time on a 5 MB draft (150,000 items, 2.4 s → 0.6 s).
    const item = raw as OutlineItem;
    item.sectionEnd = doc.text.length;
    item.children = [];
    const cut = item.kind === 'heading' ? doc.lines[item.line]!.start : item.start;
    while (stack.length && stack[stack.length - 1]!.level >= item.level) {
      stack.pop()!.sectionEnd = cut;
    }
    const parent = stack[stack.length - 1];
    (parent ? parent.children : roots).push(item);
    stack.push(item);
  }
  return roots;
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

/**
 * The numbered sequences of the outline: under each parent, the children of one style,
 * split where numbering restarts at 1. Shared by `outline-sequence` and `enum-count`.
 */
export function outlineSequences(roots: readonly OutlineItem[]): OutlineItem[][] {
  const out: OutlineItem[][] = [];
  const visit = (children: readonly OutlineItem[]) => {
    const open = new Map<OutlineStyle, OutlineItem[]>();
    for (const c of children) {
      const run = open.get(c.style);
      if (!run || c.ordinal === 1) {
        const fresh = [c];
        open.set(c.style, fresh);
        out.push(fresh);
      } else run.push(c);
      visit(c.children);
    }
  };
  visit(roots);
  return out;
}

export const STYLE_NAMES: Record<OutlineStyle, { zh: string; en: string }> = {
  cn: { zh: '一级标题', en: 'first-level headings' },
  'cn-paren': { zh: '二级标题', en: 'second-level headings' },
  num: { zh: '三级标题', en: 'third-level headings' },
  'num-paren': { zh: '四级标题', en: 'fourth-level headings' },
  di: { zh: '“第一……”条目', en: '"第一…" items' },
  shi: { zh: '“一是……”条目', en: '"一是…" items' },
  'inline-cn': { zh: '序号', en: 'numbered points' },
  'inline-cn-paren': { zh: '序号', en: 'numbered points' },
  'inline-num': { zh: '序号', en: 'numbered points' },
  'inline-num-paren': { zh: '序号', en: 'numbered points' },
};
