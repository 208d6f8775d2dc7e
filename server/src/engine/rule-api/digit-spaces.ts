/**
 * cjk-space, a space between a figure and the Chinese around it (`2023 年第一天`, `连续 30 年`,
 * `增长 10.5 %`): a PDF's text layer puts one wherever the font changes from Chinese to
 * half-width figures, and a draft copied from it keeps them all. Official writing sets figures
 * in the text without spaces (GB/T 15835). Looked for only in a draft whose Chinese text has
 * spaces cutting words too (the same copy's; a writer may set figures apart on purpose, and
 * `GDP 增长 5%` alone stays quiet). Deleting such a space changes no character of the
 * writer's, so the fix is safe; a PDF copy has them by the hundred, and from MASS_MIN on they
 * are one finding whose fix deletes them all.
 */
import type { RuleContext } from './rule';
import { HAN } from './cjk';
import { lineFeature, lineFeaturesOf, lineHas } from './line-features';
import { reportMass, type MassOccurrence } from './mass-findings';
import { endsHeading, reportHeadingBreak } from './heading-break-spaces';

const SPACES = '[ \\t\\u00a0\\u3000]+';
/** A space after a Han character before a figure, or after a figure before a Han character or %. */
const DIGIT_SPACE_RE = new RegExp(`(?<=[${HAN}])${SPACES}(?=\\d)|(?<=\\d)${SPACES}(?=[${HAN}%％‰])`, 'g');
const DIGIT_SPACE_BIT = lineFeature(DIGIT_SPACE_RE);
/** A sentence mark: spaces elsewhere (tables, bylines, lists of figures) may be on purpose. */
const SENTENCE_RE = /[，。；！？,;!?]/;

export interface DigitSpaceScan {
  residue: ReadonlySet<number>;
  /** Spaces already reported (dates) or left to another rule. */
  seen: Set<number>;
  nearSlot: (start: number, end: number) => boolean;
}

/** Where the run of figures (with its decimal point) around `i` starts and ends in `text`. */
function figureRun(text: string, i: number): [number, number] {
  let a = i;
  let b = i;
  while (a > 0 && /[\d.]/.test(text[a - 1]!)) a--;
  while (b < text.length && /[\d.]/.test(text[b]!)) b++;
  return [a, b];
}

/** A unit or a measure word after a figure (`30 年`, `212.8 亿元`, `556 名`, `10.5 %`). */
const UNIT_RE = /^[ \t\u00a0\u3000]*[年月日号时分秒万亿千百元个名人次项家户所周倍岁届米吨亩天多余条位件批座台辆篇期层级类种处块股只头张部套场轮点成%％‰]/;

/**
 * Whether the space at `start`–`end` in a line (from `lineStart`) may stay. Only a figure
 * with its unit after a space counts (`2012 年`; before it, `成立 75 年`): a space before a
 * figure that runs on into its unit (`时代背景 2023年9月，…`) may be a paragraph's lost line
 * break, and one after a title's number (`致辞1 各位领导`) sets the title apart. A list
 * number, a code or a model (`V2.0 版本`, `5G 网络`) stays too.
 */
function spaceMayStay(text: string, lineStart: number, start: number, end: number): boolean {
  const digitAfter = /\d/.test(text[end]!);
  const [a, b] = figureRun(text, digitAfter ? end : start - 1);
  if (!UNIT_RE.test(text.slice(b, b + 4))) return true;
  if (digitAfter && !/^[ \t\u00a0\u3000]/.test(text.slice(b, b + 1)) && !/[%％‰]/.test(text[b] ?? '')) return true;
  // `V2.0 版本`, `5G 网络`, `A3 纸`: a figure inside a Latin term.
  if (/[A-Za-z]/.test(text[a - 1] ?? '') || /[A-Za-z]/.test(text[b] ?? '')) return true;
  // `1 加强领导`: a list number at the line's start.
  if (!digitAfter && text.slice(lineStart, a).trim() === '' && b - a <= 2) return true;
  return false;
}

/** A line long enough to be a page's full width, not a heading or a salutation. */
const WRAP_MIN_CHARS = 24;
/** A paragraph's end: a line stopping on one of these ended its sentence. */
const ENDED_RE = /[。！？；：…”’」』》）)】!?;:]$/;
const HAN_START_RE = new RegExp(`^[\\s\u3000]*[${HAN}“‘（(《]`);
/** A numbered heading (`一、…`, `（二）…`, `3.…`): it ends without a mark on purpose. */
const HEADING_RE = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．](?!\d))/;
/** Lines cut mid-sentence needed before a draft counts as a page's text layer. */
const MIN_CUT_LINES = 3;

/**
 * Whether the draft was copied from a PDF page by page: its long lines stop mid-sentence
 * (`……深入传达学` / `习中央经济工作会议精神`) more often than they end one. Such a copy
 * puts a space wherever the font changes to figures (`部署 2026 年经济工作`), though it may
 * cut no word with a space (broken-line reports the cut lines).
 */
export function pageWrapped(ctx: RuleContext, residue: ReadonlySet<number>): boolean {
  const lines = ctx.doc.lines;
  let cut = 0;
  let ended = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const t = lines[i]!.text.trim();
    if (t.length < WRAP_MIN_CHARS || residue.has(i) || HEADING_RE.test(t)) continue;
    if (ENDED_RE.test(t)) ended++;
    else if (!residue.has(i + 1) && HAN_START_RE.test(lines[i + 1]!.text)) cut++;
  }
  return cut >= MIN_CUT_LINES && cut > ended;
}

/** Reports the figure–Han spaces of running text: one by one, or as one finding from MASS_MIN on. */
export function checkDigitSpaces(ctx: RuleContext, scan: DigitSpaceScan): void {
  const text = ctx.text;
  const found: MassOccurrence[] = [];
  const features = lineFeaturesOf(ctx);
  for (const line of ctx.doc.lines) {
    if (!lineHas(features, line.index, DIGIT_SPACE_BIT) || scan.residue.has(line.index) || !SENTENCE_RE.test(line.text)) continue;
    DIGIT_SPACE_RE.lastIndex = 0;
    for (let m = DIGIT_SPACE_RE.exec(line.text); m; m = DIGIT_SPACE_RE.exec(line.text)) {
      const start = line.start + m.index;
      const end = start + m[0].length;
      if (scan.seen.has(start) || scan.nearSlot(start - 1, end + 1) || spaceMayStay(text, line.start, start, end)) continue;
      // `一、基本情况 2020 年我县…`: the heading's lost line break before its paragraph's first figure, to restore, never to delete.
      if (/\d/.test(text[end]!) && endsHeading(text, line.start, start)) {
        scan.seen.add(start);
        reportHeadingBreak(ctx, start, end);
        continue;
      }
      // Marked from the figure to the character beyond the space (`2023 年`, `连续 30`).
      const [a, b] = figureRun(text, /\d/.test(text[end]!) ? end : start - 1);
      found.push({ start: Math.min(a, start - 1), end: Math.max(b, end + 1), edits: [{ start, end, newText: '' }] });
    }
  }
  if (found.length === 0) return;
  const sampleOf = (o: MassOccurrence) => text.slice(o.start, o.end);
  const joinedOf = (o: MassOccurrence) => sampleOf(o).replace(/[ \t\u00a0\u3000]+/g, '');
  const first = found[0]!;
  if (reportMass(ctx, found, { messageId: 'digitSpaces', fixTitle: 'removeAll', params: { sample: sampleOf(first) } })) return;
  for (const o of found) {
    ctx.report({ start: o.start, end: o.end, messageId: 'space', params: { sample: sampleOf(o), joined: joinedOf(o) }, fixes: [{ title: 'remove', edits: o.edits }] });
  }
}
