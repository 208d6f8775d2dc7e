/**
 * cjk-space, a numbered heading run into running text: the line break before the heading
 * (`…我讲三点意见。 一、提高认识…`, `…加强组织领导。 (一)压实责任。…`) or after it
 * (`一、提高认识 今年以来，…` in the middle of a line) was lost in copying and a space is
 * left. Deleting the space would glue heading and paragraph; the fix puts the break back
 * (RULES.md: "never one that glues them"). A suggestion: fix-all leaves it, as an inline
 * list written on purpose is possible.
 */
import type { RuleContext } from './rule';
import { HAN } from './cjk';
import { lineFeature, lineFeaturesOf, lineHas } from './line-features';

/** A numbered heading's marker: `一、`, `（一）`, `(一)`. */
export const HEADING_MARKER = String.raw`(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])`;
/** A sentence's end or a colon, the space, then a heading marker and the heading's first character. */
// The sentence's end is matched, not looked behind for: a pattern that opens with a lookbehind is
// tried at every position of every line (4× slower on a 1 MB draft).
const BEFORE_MARKER_RE = new RegExp(String.raw`[。！？!?；;：:]([ \t\u3000]+)(?=${HEADING_MARKER}[${HAN}])`, 'g');
const BEFORE_MARKER_BIT = lineFeature(BEFORE_MARKER_RE);

function sampleAround(text: string, start: number, end: number): string {
  return text.slice(Math.max(0, start - 2), end + 4).replace(/[\r\n]/g, '');
}

/** Reports the space `start`–`end` as a lost line break around a heading. */
export function reportHeadingBreak(ctx: RuleContext, start: number, end: number): void {
  // Marked with a character each side, as cjk-space marks every space.
  ctx.report({
    start: start - 1,
    end: end + 1,
    messageId: 'headingBreak',
    params: { sample: sampleAround(ctx.text, start, end) },
    fixes: [{ title: 'restoreBreak', edits: [{ start, end, newText: ctx.doc.eol }], safe: false }],
  });
}

/** Spaces before a heading marker that follows a sentence's end on the same line. */
export function checkBreaksBeforeHeadings(ctx: RuleContext, residue: ReadonlySet<number>, seen: Set<number>): void {
  const features = lineFeaturesOf(ctx);
  for (const line of ctx.doc.lines) {
    if (!lineHas(features, line.index, BEFORE_MARKER_BIT) || residue.has(line.index)) continue;
    BEFORE_MARKER_RE.lastIndex = 0;
    for (let m = BEFORE_MARKER_RE.exec(line.text); m; m = BEFORE_MARKER_RE.exec(line.text)) {
      const start = line.start + m.index + 1;
      if (seen.has(start)) continue;
      seen.add(start);
      reportHeadingBreak(ctx, start, start + m[1]!.length);
    }
  }
}

/**
 * A numbered heading run into its line (`…提三点希望: 一、正视成绩,认清形势,找准…难点 今年,…`):
 * the marker (`一、`, `（一）`, `第一个问题`) stands after a sentence's end, a colon or a space, and no full stop follows it
 * before the space. The space there is the heading's lost line break, not one to delete.
 */
const HEADING_BEFORE_RE = /[。！？!?：:；;\s](?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}(?:个问题|个方面|部分))(?:[^。！？!?\s]|[ \t\u3000]+(?=[和与及并或]))[^。！？!?\s]{1,39}(?:[^。！？!?\s]|[ \t\u3000]+(?=[和与及并或]))*$/;
/**
 * A connective opening the words after a space (`…的责任感 和紧迫感`): the heading, wrapped by a
 * PDF copy, goes on; no paragraph opens with one.
 */
const GOES_ON_RE = /^[ \t\u3000]+[和与及并或]/;

/** Whether the space at `start` ends a numbered heading run into its line (HEADING_BEFORE_RE). */
export function endsHeading(text: string, lineStart: number, start: number): boolean {
  if (GOES_ON_RE.test(text.slice(start, start + 8))) return false;
  const from = Math.max(lineStart, start - 48);
  // At the line's start the marker needs no mark before it.
  return HEADING_BEFORE_RE.test((from === lineStart ? '\n' : '') + text.slice(from, start));
}

/** A salutation's opening words: `尊敬的各位领导、…：`, `亲爱的同学们：`. */
const SALUTATION_OPEN_RE = /^(?:尊敬的|亲爱的)/;
/** The rest of a salutation up to its colon, no sentence in it. */
const SALUTATION_REST_RE = /^[^。！？!?；;\n]{1,60}?[:：]/;

/**
 * A title or heading, then a space, then a salutation of several terms ending in its colon
 * (`…致辞范文篇一 尊敬的*厅长、各位领导、…朋友们: 大家上午好!`): the space is the title's lost line
 * break. The text before the space since the last sentence holds no pause (a title, not a clause).
 */
export function salutationAfterTitle(text: string, lineStart: number, start: number, right: string, end: number): boolean {
  if (!SALUTATION_OPEN_RE.test(right) || !SALUTATION_REST_RE.test(text.slice(end, end + 64))) return false;
  const before = text.slice(Math.max(lineStart, start - 60), start);
  const clause = before.slice(Math.max(...[...'。！？!?'].map((c) => before.lastIndexOf(c))) + 1);
  return clause.trim().length >= 4 && !/[，,、：:；;]/.test(clause);
}
