/**
 * Whether removing what separates two pieces of text (a space, a line break, a stray mark)
 * puts a dictionary word across the join: the test that tells a split word from a gap
 * between words, shared by the typography rules and the slot analysis.
 */
import type { Segmenter } from './segment';
import { isHan } from '../util/han';
import { simplifiedLine } from './traditional';

/**
 * The dictionary word that joining `left` and `right` (the text either side of a removed
 * character) puts across the join, if any: `部` + `门` → 部门.
 */
export function wordAcrossJoin(segmenter: Segmenter, left: string, right: string): { word: string; leftPart: string } | undefined {
  const l = left.slice(-4);
  const r = right.slice(0, 4);
  // A draft in traditional script is judged in simplified characters, which the dictionary holds
  // (`充` / `滿希望` is 充满); character for character, so the offsets hold.
  const joined = simplifiedLine(l + r);
  const at = l.length;
  for (const t of segmenter.cut(joined)) {
    if (t.start < at && t.end > at && t.word.length >= 2 && segmenter.has(t.word)) return { word: t.word, leftPart: joined.slice(t.start, at) };
  }
  return undefined;
}

export function joinsIntoWord(segmenter: Segmenter, left: string, right: string): boolean {
  return wordAcrossJoin(segmenter, left, right) !== undefined;
}

/** The Han run that ends at `end` (exclusive) and the one that starts at `start`. */
export function hanRunBefore(text: string, end: number): string {
  let s = end;
  while (s > 0 && isHan(text[s - 1])) s--;
  return text.slice(s, end);
}

export function hanRunAfter(text: string, start: number): string {
  let e = start;
  while (e < text.length && isHan(text[e])) e++;
  return text.slice(start, e);
}
