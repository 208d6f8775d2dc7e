/**
 * Ellipses that stand for a name (`民办……实验学校`, `分……赛区`), and the token lookup the blank
 * finders share.
 */
import { firstIndexWhere } from '../util/binary-search';
import type { Segmenter, Token } from './segment';
import { SAYS, type Candidate } from './slot-marks';
import { closesParallelClauses, LONE_SURROGATE_RE } from './slot-clauses';
import { HAN } from '../util/han';
import { simplifiedLine } from './traditional';

interface EllipsisContext {
  segmenter?: Segmenter;
  tokens(): Token[];
}

/** The token covering `offset` (tokens are sorted and disjoint): a binary search, as long PDF lines hold many gaps. */
export function tokenAt(tokens: Token[], offset: number): Token | undefined {
  const t = tokens[firstIndexWhere(tokens.length, (i) => tokens[i]!.end > offset)];
  return t && t.start <= offset ? t : undefined;
}

/** `……` after a word or a clause mark: where ellipsisNames looks. */
export const ELLIPSIS_AFTER_WORD_RE = new RegExp(String.raw`[${HAN}、，：](?:…|\.{3}|。{3})`);
/** An indefinite word (什么, 怎样, 如何) earlier in the clause: a rhetorical run of "such-and-such", no name left out. */
const INDEFINITE_BEFORE = /(?:什[么麼]|怎[样樣么麼]|如何)[^，。；、,;：:！？!?…]{0,8}$/;
const ELLIPSIS_MID_RE = new RegExp(String.raw`(?<=[${HAN}、，：])(?:…{1,2}|\.{3,6}|。{3})(?=[${HAN}])`, 'g');

/**
 * `民办……实验学校`, `分……赛区`: an ellipsis right before a noun stands for the name that
 * modifies it (`……的作用`, `……等`, `……艰苦奋战` are omissions, not names).
 */
export function ellipsisNames(line: string, ctx: EllipsisContext, out: Candidate[]): void {
  const segmenter = ctx.segmenter;
  if (!segmenter) return;
  // jieba's dictionary is simplified: a line in traditional script is tagged in simplified
  // characters, character for character (`搶救無效……噩耗傳來` read as 抢救无效, a verb and its
  // result, not as unknown characters before a noun).
  let lineTokens: Token[] | undefined;
  const tokens = (): Token[] => {
    if (lineTokens) return lineTokens;
    const simplified = simplifiedLine(line);
    // A line with a surrogate gets no tokens (lineSlots): nor does its copy.
    return (lineTokens = simplified === line || LONE_SURROGATE_RE.test(line) ? ctx.tokens() : segmenter.tag(simplified));
  };
  ELLIPSIS_MID_RE.lastIndex = 0;
  for (let m = ELLIPSIS_MID_RE.exec(line); m; m = ELLIPSIS_MID_RE.exec(line)) {
    const end = m.index + m[0].length;
    // `他说……群众的事无小事`: after a verb of saying it marks words left out of a quotation.
    const prev = tokenAt(tokens(), m.index - 1);
    if ((prev && SAYS.test(prev.word)) || closesParallelClauses(line, m.index)) continue; // or the last of parallel clauses, broken off
    // `抢救无效……噩耗传来`: a verb and its result end a clause; the ellipsis is a pause before the next one.
    if (prev && /^a[d]?$/.test(prev.tag ?? '') && /^v/.test(tokenAt(tokens(), prev.start - 1)?.tag ?? '')) continue;
    // `高举什么旗，沿着什么道路……结尾则是`: the clause already says "such-and-such" (什么, 如何); the ellipsis breaks off its run.
    if (INDEFINITE_BEFORE.test(line.slice(Math.max(0, m.index - 12), m.index))) continue;
    const next = tokenAt(tokens(), end);
    // A common noun, not a form of address (`同志们……同志们`: a pause) nor a place's own name
    // (`疫情冲击、世界经济衰退……中国必须`: the list broke off; a name needs no name before it).
    if (next && next.start === end && next.word.length >= 2 && /^n[tz]?$/.test(next.tag ?? '') && !/们$/.test(next.word) && line[next.end] !== '们') out.push({ start: m.index, end, latin: false });
  }
}
