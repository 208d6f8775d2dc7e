/**
 * Where an announced count's points stand when a copy moved them: under a site's watermark line, or run on
 * after a space inside one line (`1.听取报告 2.审议预算`). Split from the announcements.
 */
import type { SpeechDocument } from './document';
import type { ResidueSpan } from './residue-spans';
import { BULLET, numeralLike, type OutlineItem } from './outline';
import { bodyEnd } from './body-end';
import type { Announcement } from './enumerations';

/** A line of web residue, or a site's mark around its address (`公文汇 www.gongwenhui.com`): a few words, no sentence. */
export function isWatermark(doc: SpeechDocument, i: number, spans: ReadonlyMap<number, readonly ResidueSpan[]>): boolean {
  if (doc.residue.lines.has(i)) return true;
  const own = spans.get(i);
  if (!own) return false;
  const text = doc.lines[i]!.text;
  let rest = '';
  let from = 0;
  for (const sp of [...own].sort((a, b) => a.start - b.start)) {
    rest += text.slice(from, Math.max(from, sp.start));
    from = Math.max(from, sp.end);
  }
  rest = (rest + text.slice(from)).trim();
  return rest.length <= 8 && !/[，,。；;！？!?]/.test(rest);
}

const MARKER_PARTS_RE = /^([（(第]?)([一二三四五六七八九十]{1,3}|\d{1,2})(\S{1,2})$/;

/**
 * How many points numbered like `first` follow it in order, each at the start of a line or after a space inside
 * one, each on the line of the one before it or the next: points whose line breaks a copy lost.
 */
export function runOnCount(doc: SpeechDocument, first: OutlineItem, announced: number): number {
  const parts = MARKER_PARTS_RE.exec(first.marker);
  if (!parts) return 1;
  let pos = first.start + first.marker.length;
  let line = first.line;
  let count = 1;
  for (let k = 2; k <= announced; k++) {
    const marker = parts[1]! + numeralLike(parts[2]!, k) + parts[3]!;
    // Searched no further than the end of the next line.
    const stop = doc.lines[Math.min(line + 1, doc.lines.length - 1)]!.end;
    const found = doc.text.slice(pos, stop).indexOf(marker);
    if (found < 0) break;
    const at = pos + found;
    const atLine = doc.lineIndexAt(at);
    if (at !== doc.lines[atLine]!.start && !/[ \u3000\t]/.test(doc.text[at - 1]!)) break;
    count = k;
    pos = at + marker.length;
    line = atLine;
  }
  return count;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
/** How far after a point the next one is looked for: a point's paragraph, a PDF's wraps and all. */
const CIRCLED_SPAN = 1500;

/**
 * Points numbered ①②③ right after a count, in order, each opening a line or a clause: their markers. The text
 * must go on well past the last point (a list the text stops inside, or may stop inside, is not counted).
 */
export function circledItems(doc: SpeechDocument, from: number): Array<{ start: number; end: number; marker: string }> | undefined {
  if (doc.text[from] !== '①') return undefined;
  const text = doc.text;
  const items = [{ start: from, end: from + 1, marker: '①' }];
  for (let k = 1; k < CIRCLED.length; k++) {
    const pos = items[items.length - 1]!.end;
    const stop = pos + CIRCLED_SPAN;
    const found = text.slice(pos, stop).indexOf(CIRCLED[k]!);
    if (found < 0) {
      // The text ends within reach: only a finished text, a paragraph of its own after the last point, is counted.
      if (stop < text.length) break;
      const end = bodyEnd(doc);
      if (end.endsMidSentence || end.residueAfter || end.line <= doc.lineIndexAt(pos)) return undefined;
      break;
    }
    const at = pos + found;
    if (!/[\s\u3000；;。，,：:]/.test(text[at - 1]!)) return undefined;
    items.push({ start: at, end: at + 1, marker: CIRCLED[k]! });
  }
  return items;
}

/** A list's bullet at a line's start (`- `, `* `, `• `), after its indentation. */
const BULLET_RE = new RegExp(`^[ \\t\\u3000]*(${BULLET})[ \\t\\u3000]+`);
/** A bullet and its space where a point's number would stand. */
const BULLET_HEAD_RE = new RegExp(`^${BULLET}[ \\t\\u3000]+`);
/** A point's own number after its bullet: then the outline counts it, not the bullets. */
const NUMBERED_RE = /^(?:[一二三四五六七八九十]{1,3}[、是要]|第[一二三四五六七八九十]{1,3}|[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]|\d{1,2}[.．、])/;

/** `from` moved past a list's bullet that opens its line (`- 一、…`, `* 第一，…`): where the point's number stands. */
export function afterBullet(doc: SpeechDocument, from: number): number {
  const line = doc.lines[doc.lineIndexAt(from)];
  if (!line || !/^[ \t\u3000]*$/.test(doc.text.slice(line.start, from))) return from;
  const m = BULLET_HEAD_RE.exec(doc.text.slice(from, from + 4));
  return m ? from + m[0].length : from;
}

interface CountAt {
  start: number;
  end: number;
  announced: number;
  itemsFrom: number;
}

/**
 * Points written as a list's bullets right after a count (`抓好三个方面：` / `- 提高认识…` / `- 压实责任…`), none
 * numbered: one per bullet line of the first one's mark and indentation (deeper ones are sub-points, blank lines
 * are skipped), up to the first other line. A list the text ends in, with fewer points than announced, may be a
 * cut-off copy: not counted.
 */
export function bulletAnnouncement(doc: SpeechDocument, c: CountAt): Announcement | undefined {
  let i = doc.lineIndexAt(c.itemsFrom);
  const first = BULLET_RE.exec(doc.lines[i]!.text);
  if (!first || doc.lines[i]!.start + first[0].length !== c.itemsFrom) return undefined;
  const mark = first[1]!;
  const indent = first[0].indexOf(mark);
  const items: Array<{ start: number; end: number; marker: string }> = [];
  for (; i < doc.lines.length; i++) {
    const line = doc.lines[i]!;
    if (line.text.trim() === '') continue;
    const m = BULLET_RE.exec(line.text);
    if (!m) break;
    const at = m[0].indexOf(m[1]!);
    if (at > indent) continue;
    if (m[1] !== mark || at !== indent) break;
    if (NUMBERED_RE.test(line.text.slice(m[0].length))) return undefined;
    items.push({ start: line.start + at, end: line.start + at + 1, marker: mark });
  }
  if (items.length < 2) return undefined;
  let rest = i;
  while (rest < doc.lines.length && (doc.lines[rest]!.text.trim() === '' || doc.residue.lines.has(rest))) rest++;
  if (rest >= doc.lines.length && items.length < c.announced) return undefined;
  const line = doc.lineIndexAt(c.start);
  const text = doc.text.slice(c.start, c.end).replace(/[\r\n]+/g, '');
  return { start: c.start, end: c.end, line, text, announced: c.announced, counted: items.length, countedWhat: `以“${mark}”开头的条目`, countedWhatEn: `items bulleted "${mark}"`, items };
}
