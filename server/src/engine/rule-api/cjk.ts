/**
 * Character classes and shared analyses for the typography rules (`punct-*`, `cjk-space`,
 * `range-dash`).
 */
import type { SpeechDocument } from '../analysis/document';
import type { RuleContext } from './rule';

export { HAN, isHan } from '../util/han';
export { hanRunAfter, hanRunBefore, joinsIntoWord, wordAcrossJoin } from '../analysis/word-join';

/** Full-width marks that close a phrase (a half-width mark after them is in Chinese text). */
export const CLOSING_FULL = new Set([...'，。、；：？！”’）》】」』〕…—']);
/** Full-width marks that open a phrase. */
export const OPENING_FULL = new Set([...'“‘（《【「『〔']);
/** Full-width sentence and clause marks. */
export const CLAUSE_FULL = new Set([...'，。、；：？！']);

/** Lines that are web-page boilerplate: their punctuation is not the draft's. */
export function residueLines(ctx: RuleContext): Set<number> {
  // The document's own residue analysis (the same lines give the same analysis): made once a check.
  return ctx.memo('webResidueLines', () => new Set(ctx.doc.residue.lines.keys()));
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

export type { SpeechDocument };
