/**
 * Two shapes at the edge of the slot marks: a mark that is named, not used (`画一个“×”`,
 * `错误的打(×)`: the sign a form asks for), and percent signs doubled into a mask (`**是%%省省会`),
 * which a site writes where a name was, as others write `**` or `××`.
 */
import type { Candidate } from './slot-marks';

const OPENERS: Record<string, string> = { '“': '”', '「': '」', '‘': '’', '（': '）', '(': ')', '"': '"' };
/** Verbs that draw, tick or write a sign (and a count of it): `画一个`, `打`, `标注`, `用`. */
const DRAWS_RE = /(?:画|划|打|标|标注|标记|填|写|记|注|圈|勾|用|以)(?:一个|一|个|上|成|为)?$/;

/** Whether the one-character candidate at `at` is a sign named in quotes or brackets after a verb that draws it. */
export function namedMark(line: string, at: number): boolean {
  const close = OPENERS[line[at - 1] ?? ''];
  return close !== undefined && line[at + 1] === close && DRAWS_RE.test(line.slice(Math.max(0, at - 5), at - 1));
}

/** `%%省`, `％％市`: two or more percent signs, after no figure, before a Chinese word. */
const PERCENT_MASK_RE = /(?<![0-9０-９.．%％])[%％]{2,}(?=[\u4e00-\u9fff])/g;

export function percentMaskCandidates(line: string): Candidate[] {
  if (!line.includes('%%') && !line.includes('％％')) return [];
  const out: Candidate[] = [];
  PERCENT_MASK_RE.lastIndex = 0;
  for (let m = PERCENT_MASK_RE.exec(line); m; m = PERCENT_MASK_RE.exec(line)) out.push({ start: m.index, end: m.index + m[0].length, latin: false });
  return out;
}
