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

const MARKER = String.raw`(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])`;
/** A sentence's end or a colon, the space, then a heading marker and the heading's first character. */
// The sentence's end is matched, not looked behind for: a pattern that opens with a lookbehind is
// tried at every position of every line (4× slower on a 1 MB draft).
const BEFORE_MARKER_RE = new RegExp(String.raw`[。！？!?；;：:]([ \t\u3000]+)(?=${MARKER}[${HAN}])`, 'g');

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
  for (const line of ctx.doc.lines) {
    if (residue.has(line.index) || !(line.text.includes('、') || line.text.includes('(') || line.text.includes('（'))) continue;
    BEFORE_MARKER_RE.lastIndex = 0;
    for (let m = BEFORE_MARKER_RE.exec(line.text); m; m = BEFORE_MARKER_RE.exec(line.text)) {
      const start = line.start + m.index + 1;
      if (seen.has(start)) continue;
      seen.add(start);
      reportHeadingBreak(ctx, start, start + m[1]!.length);
    }
  }
}
