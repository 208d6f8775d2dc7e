/**
 * Character classes and shared analyses for the typography rules (`punct-*`, `cjk-space`,
 * `range-dash`).
 */
import type { SpeechDocument } from '../analysis/document';
import type { RuleContext } from './rule';
import { findWebResidueLines } from '../analysis/residue';
import type { Segmenter } from '../analysis/segment';

import { isHan } from '../util/han';

export { HAN, isHan } from '../util/han';

/** Full-width marks that close a phrase (a half-width mark after them is in Chinese text). */
export const CLOSING_FULL = new Set([...'，。、；：？！”’）》】」』〕…—']);
/** Full-width marks that open a phrase. */
export const OPENING_FULL = new Set([...'“‘（《【「『〔']);
/** Full-width sentence and clause marks. */
export const CLAUSE_FULL = new Set([...'，。、；：？！']);

/** Lines that are web-page boilerplate: their punctuation is not the draft's. */
export function residueLines(ctx: RuleContext): Set<number> {
  return ctx.memo('webResidueLines', () => findWebResidueLines(ctx.doc.lines.map((l) => l.text)));
}

// The address part starts where a run of address characters starts: tried from every letter
// of a long run, `[\w.+-]+@` went quadratic (100 KB of `X` took 14 s).
const URL_RE = /(?:https?:\/\/|ftp:\/\/|www\.)[^\s\u3000，。；、“”（）《》]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;

/** Ranges of URLs and e-mail addresses. */
export function urlSpans(ctx: RuleContext): Array<[number, number]> {
  return ctx.memo('urlSpans', () => {
    const out: Array<[number, number]> = [];
    URL_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = URL_RE.exec(ctx.text))) out.push([m.index, m.index + m[0].length]);
    return out;
  });
}

/** Whether `offset` lies in one of `spans` (sorted, not overlapping): a binary search. */
export function inSpans(spans: ReadonlyArray<[number, number]>, offset: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = spans[mid]!;
    if (offset < s) hi = mid - 1;
    else if (offset >= e) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * The dictionary word that joining `left` and `right` (the text either side of a removed
 * character) puts across the join, if any: `部` + `门` → 部门.
 */
export function wordAcrossJoin(segmenter: Segmenter, left: string, right: string): { word: string; leftPart: string } | undefined {
  const l = left.slice(-4);
  const r = right.slice(0, 4);
  const joined = l + r;
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

export type { SpeechDocument };
