/**
 * The speech's outline: GB/T 9704 heading levels `一、` → `（一）` → `1.` → `（1）`, plus the
 * `一是…二是…` items of a paragraph. Shared by the structure rules, document symbols and
 * folding.
 */
import type { SpeechDocument } from './document';

export type OutlineLevel = 1 | 2 | 3 | 4;

export interface OutlineItem {
  /** 1 `一、`, 2 `（一）`, 3 `1.`, 4 `（1）`. */
  level: OutlineLevel;
  /** The number mark as written, e.g. `一、`, `（三）`. */
  marker: string;
  /** The number the marker stands for (一 → 1). */
  ordinal: number;
  /** The heading's text after the marker, to the end of the line or first sentence. */
  title: string;
  line: number;
  /** Range of the heading line's content. */
  start: number;
  end: number;
  /** Where the section that this heading opens ends (start of the next heading of the same or a higher level, or the end of the text). */
  sectionEnd: number;
  children: OutlineItem[];
}

const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十二 → 12, 二十三 → 23; undefined for anything else. */
export function chineseNumberValue(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  if (!/^[〇零一二两三四五六七八九十百]+$/.test(s)) return undefined;
  let total = 0;
  let current = 0;
  for (const ch of s) {
    if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else current = CN_DIGITS[ch] ?? 0;
  }
  return total + current;
}

const HEADING_PATTERNS: Array<{ level: OutlineLevel; re: RegExp }> = [
  { level: 1, re: /^([一二三四五六七八九十]{1,3})[、]/ },
  { level: 2, re: /^[（(]([一二三四五六七八九十]{1,3})[）)]/ },
  { level: 3, re: /^(\d{1,2})[.．、](?!\d)/ },
  { level: 4, re: /^[（(](\d{1,2})[）)]/ },
];

/** The heading a line opens, if any. */
export function matchHeading(lineText: string): { level: OutlineLevel; marker: string; ordinal: number; rest: string; indent: number } | undefined {
  const trimmed = lineText.replace(/^[\s\u3000]+/, '');
  const indent = lineText.length - trimmed.length;
  for (const { level, re } of HEADING_PATTERNS) {
    const m = re.exec(trimmed);
    if (!m) continue;
    const ordinal = chineseNumberValue(m[1]!);
    if (ordinal === undefined || ordinal === 0) continue;
    return { level, marker: m[0], ordinal, rest: trimmed.slice(m[0].length), indent };
  }
  return undefined;
}

export function buildOutline(doc: SpeechDocument): OutlineItem[] {
  const flat: OutlineItem[] = [];
  for (const line of doc.lines) {
    const h = matchHeading(line.text);
    if (!h) continue;
    const title = h.rest.split(/[。！？]/)[0]!.trim();
    flat.push({
      level: h.level,
      marker: h.marker,
      ordinal: h.ordinal,
      title: title.length > 60 ? `${title.slice(0, 60)}…` : title,
      line: line.index,
      start: line.start + h.indent,
      end: line.end,
      sectionEnd: doc.text.length,
      children: [],
    });
  }
  const roots: OutlineItem[] = [];
  const stack: OutlineItem[] = [];
  for (const item of flat) {
    while (stack.length && stack[stack.length - 1]!.level >= item.level) {
      stack.pop()!.sectionEnd = doc.lines[item.line]!.start;
    }
    const parent = stack[stack.length - 1];
    (parent ? parent.children : roots).push(item);
    stack.push(item);
  }
  return roots;
}
