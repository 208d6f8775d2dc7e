/** The titles of an outline's headings and items (outline.ts), and where an item's sentence ends. */
import type { OutlineStyle } from './outline';

/** An item's or heading's title: its first sentence, cut at 60 characters. */
export function titleOf(rest: string): string {
  const title = rest.split(/[。！？!?；;]/)[0]!.trim();
  return title.length > 60 ? `${title.slice(0, 60)}…` : title;
}

const SENTENCE_END = new Set('。！？!?；;');

/**
 * The end of the first sentence after `from` on its line, for an item's range and title.
 * `last` is the answer for an earlier `from` on the same line, reused while it lies ahead:
 * a line of items and no sentence end searched its rest once per item (40,000 characters of
 * `一、二是…`: 6.7 s).
 */
export function sentenceEnd(text: string, from: number, lineEnd: number, last: { from: number; end: number }): number {
  if (from >= last.from && (last.end === lineEnd || last.end - 1 >= from)) return last.end;
  let end = lineEnd;
  // Within the line: a search on to the next mark of the whole text was quadratic.
  for (let i = from; i < lineEnd; i++) {
    if (SENTENCE_END.has(text[i]!)) {
      end = i + 1;
      break;
    }
  }
  last.from = from;
  last.end = end;
  return end;
}

/** An item's title is its first 60 characters: read at most this much of its sentence. */
export const TITLE_READ = 1000;

/** What each style of number is called in messages. */
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
