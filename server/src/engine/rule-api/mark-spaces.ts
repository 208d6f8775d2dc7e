/**
 * cjk-space, a space after a Chinese mark before Chinese text: `关心、 支持`, `工作开展, 希望`,
 * `表示衷心的感谢。 近年来`, `同志们: 大家好`. Chinese sets no space after its marks (the marks
 * are full-width and carry their own spacing); such a space comes from a copy: a PDF's line
 * end, or a paragraph's line break lost when a page was flattened.
 *
 * - After a clause mark (`，、；`, or their half-width forms in a page that uses them) the space
 *   is a wrapped line's: deleting it changes no character of the writer's, so the fix is safe,
 *   and from MASS_MIN on they are one finding whose fix deletes them all.
 * - After a sentence's end (`。！？`) it is most often a paragraph's lost line break, but may be
 *   a wrapped line's too: the finding offers both, restoring the break first, and fix-all leaves
 *   it to the writer.
 * - After a colon only when a salutation ends there (`各位代表: 现在`): the salutation stands on
 *   a line of its own, so the space is its lost line break, and the fix (safe) puts it back.
 *   After a label (`作者: 佚名`, `主持人: 张三`) a space is a form's layout.
 * A space before residue glued into the line (`…的敬意! 公文汇,办公文档之家`) goes with it.
 * A list number's mark (`1、 全区…`) and a heading marker's spaces are not this check's.
 *
 * Before a mark, after Chinese text (`纯正的品格 。你不要`, `田徑運動會 。在去年`, `政治衝突 ,貿易戰`):
 * no Chinese style sets a space there, so it is a copy's (a Word file's or a PDF's) and the
 * fix deletes it, safely; from MASS_MIN on, as one finding. Not before a colon (`姓名 ：` is a
 * form's layout), nor where the space is a slot's blank (`最终得分为 。`, placeholder's).
 */
import type { RuleContext } from './rule';
import { HAN } from './cjk';
import { reportMass, type MassOccurrence } from './mass-findings';
import { lineFeature, lineFeaturesOf, lineHas } from './line-features';

/** A mark, the spaces after it, and Chinese text (or an opening quote or title mark) after them. */
const MARK_SPACE_RE = new RegExp(`[，、；,;。！？!?：:]([ \\t\\u00a0\\u3000]+)(?=[${HAN}“‘《])`, 'g');
const MARK_SPACE_BIT = lineFeature(MARK_SPACE_RE);
const SENTENCE_END = new Set([...'。！？!?']);
const COLON = new Set([...'：:']);
/** What a salutation ends with before its colon: `同志们`, `各位代表`, `女士们、先生们`. */
export const SALUTATION_END_RE = /(?:同志们|同志們|朋友们|朋友們|来宾们|來賓們|老师们|老師們|同学们|同學們|代表们|代表們|女士们|先生们|乡亲们|鄉親們|各位[\u4e00-\u9fff]{1,6})$/;
/** A list number opening the line: `1、`, `一、`, `(3)、`. */
const LIST_NUMBER_RE = /^[ \t\u3000]*(?:\d{1,3}|[一二三四五六七八九十]{1,3}|[（(]\d{1,3}[）)])[、,，.．]$/;
/**
 * Spaces after Chinese text and before a Chinese clause or sentence mark (a half-width `,;!?`
 * only with Chinese text after it: `word ,` is an English phrase's).
 */
const SPACE_MARK_RE = new RegExp(`(?<=[${HAN}”’」』）》])([ \\t\\u00a0\\u3000]+)(?:[，、；。！？]|[,;!?](?=[ \\t\\u3000]*[${HAN}“‘《]))`, 'g');
const SPACE_MARK_BIT = lineFeature(SPACE_MARK_RE);
/** The character before a mark that makes it Chinese punctuation: Han, a figure, %, or a closing quote or bracket. */
const BEFORE_MARK_RE = new RegExp(`[${HAN}\\d%％”’）)》」』]`);

/** A half-width mark between quotations of Latin text: `“Year of Work”, “Doing Well”` (a translation's English). */
const LATIN_BEFORE_RE = /[A-Za-z][”’"']$/;
const LATIN_AFTER_RE = /^[“‘"'][A-Za-z]/;
const quotedLatin = (text: string, k: number, after: number): boolean =>
  ',;:!?'.includes(text[k]!) && (LATIN_BEFORE_RE.test(text.slice(Math.max(0, k - 2), k)) || LATIN_AFTER_RE.test(text.slice(after, after + 2)));

export interface MarkSpaceScan {
  residue: ReadonlySet<number>;
  /** Spaces already reported (headings, dates) or left to another rule. */
  seen: Set<number>;
  nearSlot: (start: number, end: number) => boolean;
}

/** Where residue glued into the draft's lines starts and ends (absolute offsets). */
function residueEdges(ctx: RuleContext): Set<number> {
  const edges = new Set<number>();
  for (const s of ctx.doc.residue.spans) {
    const lineStart = ctx.doc.lines[s.line]!.start;
    edges.add(lineStart + s.start);
    edges.add(lineStart + s.end);
  }
  return edges;
}

/** Reports the spaces after Chinese marks in the draft's own lines. */
export function checkMarkSpaces(ctx: RuleContext, scan: MarkSpaceScan): void {
  const clauses: MassOccurrence[] = [];
  const sentences: MassOccurrence[] = [];
  const salutations: MassOccurrence[] = [];
  const edges = residueEdges(ctx);
  const features = lineFeaturesOf(ctx);
  for (const line of ctx.doc.lines) {
    if (!lineHas(features, line.index, MARK_SPACE_BIT) || scan.residue.has(line.index)) continue;
    MARK_SPACE_RE.lastIndex = 0;
    for (let m = MARK_SPACE_RE.exec(line.text); m; m = MARK_SPACE_RE.exec(line.text)) {
      const k = m.index;
      const mark = line.text[k]!;
      const start = line.start + k + 1;
      const end = start + m[1]!.length;
      if (scan.seen.has(start) || scan.nearSlot(start - 1, end + 1) || !BEFORE_MARK_RE.test(line.text[k - 1] ?? '')) continue;
      if (edges.has(start) || edges.has(end) || LIST_NUMBER_RE.test(line.text.slice(0, k + 1))) continue;
      if (quotedLatin(line.text, k, k + 1 + m[1]!.length)) continue;
      const colon = COLON.has(mark);
      if (colon && !SALUTATION_END_RE.test(line.text.slice(0, k))) continue;
      scan.seen.add(start);
      const found = { start: start - 1, end: end + 1, edits: [{ start, end, newText: '' }] };
      (colon ? salutations : SENTENCE_END.has(mark) ? sentences : clauses).push(found);
    }
  }
  reportClauseSpaces(ctx, clauses);
  reportSpacesBefore(ctx, spacesBeforeMarks(ctx, scan, edges));
  for (const o of sentences) reportBreakSpace(ctx, o, 'sentenceSpace');
  for (const o of salutations) reportBreakSpace(ctx, o, 'salutationSpace');
}

/** The spaces between Chinese text and the mark after it, in the draft's own lines. */
function spacesBeforeMarks(ctx: RuleContext, scan: MarkSpaceScan, edges: ReadonlySet<number>): MassOccurrence[] {
  const found: MassOccurrence[] = [];
  const features = lineFeaturesOf(ctx);
  for (const line of ctx.doc.lines) {
    if (!lineHas(features, line.index, SPACE_MARK_BIT) || scan.residue.has(line.index)) continue;
    SPACE_MARK_RE.lastIndex = 0;
    for (let m = SPACE_MARK_RE.exec(line.text); m; m = SPACE_MARK_RE.exec(line.text)) {
      const start = line.start + m.index;
      const end = start + m[1]!.length;
      if (scan.seen.has(start) || scan.nearSlot(start - 1, end + 1) || edges.has(start) || edges.has(end)) continue;
      scan.seen.add(start);
      found.push({ start: start - 1, end: end + 1, edits: [{ start, end, newText: '' }] });
    }
  }
  return found;
}

function reportSpacesBefore(ctx: RuleContext, found: MassOccurrence[]): void {
  if (found.length === 0) return;
  if (reportMass(ctx, found, { messageId: 'markSpacesBefore', fixTitle: 'removeAll', params: { sample: sampleOf(ctx, found[0]!) } })) return;
  for (const o of found) {
    // Two characters on each side, within the line; only this space joined.
    const edit = o.edits[0]!;
    const from = Math.max(0, o.start - 2);
    const tail = ctx.text.slice(o.end, o.end + 2).split(/\r?\n|\r/)[0]!;
    const sample = ctx.text.slice(from, o.end) + tail;
    const joined = ctx.text.slice(from, edit.start) + ctx.text.slice(edit.end, o.end) + tail;
    ctx.report({ start: o.start, end: o.end, messageId: 'spaceBeforeMark', params: { sample, joined }, fixes: [{ title: 'remove', edits: o.edits, safe: true }] });
  }
}

/** The mark and its space with `before` characters before and two after. */
function sampleOf(ctx: RuleContext, o: MassOccurrence, before = 2): string {
  return ctx.text.slice(Math.max(0, o.start - before), Math.min(ctx.text.length, o.end + 2));
}

function reportClauseSpaces(ctx: RuleContext, found: MassOccurrence[]): void {
  if (found.length === 0) return;
  if (reportMass(ctx, found, { messageId: 'markSpaces', fixTitle: 'removeAll', params: { sample: sampleOf(ctx, found[0]!) } })) return;
  for (const o of found) {
    const sample = sampleOf(ctx, o);
    const joined = sample.replace(/[ \t\u00a0\u3000]+/g, '');
    ctx.report({ start: o.start, end: o.end, messageId: 'space', params: { sample, joined }, fixes: [{ title: 'remove', edits: o.edits, safe: true }] });
  }
}

/**
 * A space that was a line break: after a salutation certainly (its fix is safe); after a
 * sentence's end most likely, else a wrapped line's (a suggestion, restoring the break first).
 */
function reportBreakSpace(ctx: RuleContext, o: MassOccurrence, messageId: 'sentenceSpace' | 'salutationSpace'): void {
  const edit = o.edits[0]!;
  const restore = { title: 'restoreBreak', edits: [{ ...edit, newText: ctx.doc.eol }] };
  ctx.report({
    start: o.start,
    end: o.end,
    messageId,
    params: { sample: sampleOf(ctx, o, messageId === 'salutationSpace' ? 3 : 2) },
    fixes: messageId === 'salutationSpace' ? [{ ...restore, safe: true }] : [{ ...restore, safe: false }, { title: 'remove', edits: [edit], safe: false }],
  });
}
