import type { Line } from '../analysis/document';
import { defineRule } from '../rule-api/rule-helpers';
import { LINE_CACHE_SIZE, ownString } from '../util/bounded-cache';
import { firstIndexWhere } from '../util/binary-search';
import { byLine } from '../analysis/by-line';
import { CLOSING_FULL, inSpans, isHan, OPENING_FULL, residueLines, urlSpans } from '../rule-api/cjk';
import type { RuleContext } from '../rule-api/rule';
import type { TextEdit } from '../model/types';
import { quotesOf, slotsOf } from '../rule-api/shared-analyses';
import { editsOf } from '../rule-api/mass-findings';
import { SALUTATION_END_RE } from '../rule-api/mark-spaces';
import { HEADING_MARKER } from '../rule-api/heading-break-spaces';
import { markSlips } from '../rule-api/dash-dot-marks';

const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };

/** A draft is "written in half-width punctuation" from this many marks on… */
const DOC_MIN = 5;
/** …when they outnumber the full-width ones this many times. */
const DOC_RATIO = 3;
/** The document finding underlines at most this much of the title. */
const TITLE_SPAN = 40;

interface Occurrence {
  start: number;
  end: number;
  /** What the text reads, e.g. `今天,我们`. */
  sample: string;
  edits: TextEdit[];
}

const LEFT_TOKEN_RE = /[0-9A-Za-z%％.．+]/;
/** A numbered heading's marker opening the text (heading-break-spaces.ts: cjk-space restores the break before it). */
const HEADING_MARKER_RE = new RegExp(`^${HEADING_MARKER}`);
const SENTENCE_ENDS = '。！？!?；;：:';

/**
 * Whether the spaces after a mark stand for a line break a copy lost (cjk-space restores it, RULES.md:
 * never glue them): after a sentence's end, after a salutation's colon (`同志们: 今天`), or before
 * a numbered heading (`三点意见: 一、…`). The mark is widened, the spaces stay.
 */
function lostBreakAfter(text: string, line: Line, i: number, j: number): boolean {
  const ch = text[i]!;
  if (ch === '?' || ch === '!') return true;
  if (HEADING_MARKER_RE.test(text.slice(j, j + 6))) return true;
  return ch === ':' && SALUTATION_END_RE.test(text.slice(Math.max(line.start, i - 12), i));
}
const SPACE_RE = /[ \t\u00a0]/;

/** A line's full-width marks (，：；？！（), full-width and half-width opening brackets. */
function countMarks(lt: string): readonly [number, number, number] {
  let full = 0;
  let fullParens = 0;
  let halfParens = 0;
  for (let k = 0; k < lt.length; k++) {
    const c = lt.charCodeAt(k);
    // ，：；？！（ and (
    if (c === 0xff0c || c === 0xff1a || c === 0xff1b || c === 0xff1f || c === 0xff01) full++;
    else if (c === 0xff08) {
      full++;
      fullParens++;
    } else if (c === 0x28) halfParens++;
  }
  return [full, fullParens, halfParens];
}

/** The draft-wide counts of full-width marks and brackets (lines outside residue), counted once per line text. */
function countDraftMarks(ctx: RuleContext, residue: ReadonlySet<number>): { fullCount: number; fullParens: number; halfParens: number } {
  let fullCount = 0;
  let halfParens = 0;
  let fullParens = 0;
  const counts = ctx.cache<readonly [number, number, number]>('punct-halfwidth-counts', LINE_CACHE_SIZE.entries, LINE_CACHE_SIZE.chars);
  for (const line of ctx.doc.lines) {
    if (residue.has(line.index)) continue;
    const n = byLine(ctx.doc, line, counts, () => countMarks(line.text));
    fullCount += n[0];
    fullParens += n[1];
    halfParens += n[2];
  }
  return { fullCount, fullParens, halfParens };
}

/** What deciding one half-width mark needs to know of the draft. */
interface Scan {
  text: string;
  urls: Array<[number, number]>;
  /** `?两个维护?` is a garbled quotation (quote-pair's), not a question mark to widen. */
  garbledMarks: Set<number>;
  /** Closing brackets of half-width pairs that become full-width. */
  converted: Set<number>;
  /** Whether `(1)` list markers go full-width: the draft otherwise writes full-width brackets. */
  fullBrackets: boolean;
}

function nextNonSpace(text: string, i: number, lineEnd: number): number {
  let j = i;
  while (j < lineEnd && SPACE_RE.test(text[j]!)) j++;
  return j;
}

/** Whether the text left of `i` is Chinese: a Han character, or a number/word right after one. */
function chineseBefore(scan: Scan, i: number): boolean {
  const { text, converted } = scan;
  const chineseAtLeft = (j: number): boolean => isHan(text[j]) || CLOSING_FULL.has(text[j]!) || converted.has(j);
  let j = i - 1;
  if (chineseAtLeft(j)) return true;
  while (j >= 0 && LEFT_TOKEN_RE.test(text[j]!)) j--;
  return j < i - 1 && chineseAtLeft(j);
}

/** `,` `:` `;` `?` `!` at `i` that Chinese text around makes a full-width mark. */
function markOccurrence(scan: Scan, line: Line, i: number): Occurrence | undefined {
  const { text } = scan;
  const ch = text[i]!;
  if (inSpans(scan.urls, i) || scan.garbledMarks.has(i)) return undefined;
  // A character the copy could not decode, its reading after it (`時候?qū)W校`, `主持?h委`):
  // no question mark to widen.
  if (ch === '?' && /[a-z]/.test(text[i + 1] ?? '')) return undefined;
  const prev = text[i - 1];
  const j = nextNonSpace(text, i + 1, line.end);
  const next = j < line.end ? text[j] : undefined;
  // Numbers and times: 1,000  3:30.
  if (prev !== undefined && /\d/.test(prev) && next !== undefined && /\d/.test(next)) return undefined;
  // Beside its own full-width twin (`，,`): a repeated mark, punct-repeat's.
  if (prev === FULL[ch] || text[i + 1] === FULL[ch]) return undefined;
  // Emphasis and English runs: `?!`, `Hello, world`.
  if (next !== undefined && /[,:;?!.]/.test(next)) return undefined;
  // Chinese on the left (`今天,我们`, `增长17.8%,主要`, `同志们:`); `Hello, 世界` is not.
  if (!chineseBefore(scan, i)) return undefined;
  const right = next !== undefined && (isHan(text[j]) || OPENING_FULL.has(text[j]!));
  // The spaces after the mark go with it when Chinese follows (`2009年, 是` → `2009年，是`),
  // unless they stand for a lost line break.
  const end = right && !lostBreakAfter(text, line, i, j) ? j : i + 1;
  return { start: i, end, sample: text.slice(Math.max(line.start, i - 2), Math.min(line.end, i + 3)), edits: [{ start: i, end, newText: FULL[ch]! }] };
}

/** A half-width bracket pair at `k` of the line holding Chinese (or a `(1)` marker) becomes full-width. */
function bracketOccurrence(scan: Scan, line: Line, k: number): Occurrence | undefined {
  const { text } = scan;
  const lt = line.text;
  const i = line.start + k;
  const close = lt.indexOf(')', k + 1);
  if (close < 0) return undefined;
  const inner = lt.slice(k + 1, close);
  if (inner.includes('(') || inner.length === 0 || inner.length > 100) return undefined;
  if (inSpans(scan.urls, i)) return undefined;
  const hasHan = [...inner].some((c) => isHan(c));
  const marker = /^\d{1,2}$/.test(inner) && scan.fullBrackets && isHan(lt[close + 1]);
  if (!hasHan && !marker) return undefined;
  // Spaces outside the brackets go with them when Chinese is on that side.
  let s = i;
  while (s > line.start && SPACE_RE.test(text[s - 1]!)) s--;
  if (s < i && !(isHan(text[s - 1]) || CLOSING_FULL.has(text[s - 1]!))) s = i;
  // A numbered heading after a sentence's end (`…评估。 (一)从横比…`): the spaces were its lost line break.
  if (s < i && SENTENCE_ENDS.includes(text[s - 1]!) && /^[一二三四五六七八九十]{1,3}$/.test(inner)) s = i;
  const closeAt = line.start + close;
  const j = nextNonSpace(text, closeAt + 1, line.end);
  const e = j > closeAt + 1 && j < line.end && (isHan(text[j]) || CLOSING_FULL.has(text[j]!) || OPENING_FULL.has(text[j]!)) ? j : closeAt + 1;
  // The marks inside are looked at like any others; the closing one now counts as Chinese.
  scan.converted.add(closeAt);
  return {
    start: i,
    end: closeAt + 1,
    sample: text.slice(i, closeAt + 1),
    edits: [
      { start: s, end: i + 1, newText: '（' },
      { start: closeAt, end: e, newText: '）' },
    ],
  };
}

/** The occurrences on one line, in order. */
function lineOccurrences(scan: Scan, line: Line): Occurrence[] {
  const lt = line.text;
  const out: Occurrence[] = [];
  for (let k = 0; k < lt.length; k++) {
    const code = lt.charCodeAt(k);
    // Only , : ; ? ! ( matter here.
    if (code !== 0x2c && code !== 0x3a && code !== 0x3b && code !== 0x3f && code !== 0x21 && code !== 0x28) continue;
    const o = code === 0x28 ? bracketOccurrence(scan, line, k) : markOccurrence(scan, line, line.start + k);
    if (o) out.push(o);
  }
  return out;
}

function shifted(o: Occurrence, by: number): Occurrence {
  return { start: o.start + by, end: o.end + by, sample: o.sample, edits: o.edits.map((e) => ({ start: e.start + by, end: e.end + by, newText: e.newText })) };
}

/**
 * The draft's occurrences in order, a line's at a time: each line's as found (relative to the
 * line when they came from the line cache: the cached list itself) and the offset to add. A
 * draft in half-width punctuation has thousands; its one finding needs only their count and,
 * when the fix is read, their edits, so nothing is made per occurrence on a check. What is
 * reported is always a copy: the cached occurrences never leave the rule.
 */
interface Placed {
  groups: Array<{ by: number; list: readonly Occurrence[] }>;
  count: number;
}

/** Every occurrence's edits, in order, at their place in the draft. */
function allEdits({ groups }: Placed): TextEdit[] {
  const out: TextEdit[] = [];
  for (const { by, list } of groups) for (const o of list) for (const e of o.edits) out.push({ start: e.start + by, end: e.end + by, newText: e.newText });
  return out;
}

/** Whether a sorted list of offsets has one in [start, end). */
function anyIn(sorted: readonly number[], start: number, end: number): boolean {
  const k = firstIndexWhere(sorted.length, (i) => sorted[i]! >= start);
  return k < sorted.length && sorted[k]! < end;
}

/**
 * Lines' occurrences by the line's text, offsets relative to the line, one cache for each
 * bracket style of the draft (`fullBrackets`, what `(1)` markers become). Lines with a garbled
 * quotation mark are not kept (whether `?发展之问?` is garbled depends on the rest of the
 * draft); nothing else outside the line matters: marks, brackets and URLs lie within a line.
 */
function findOccurrences(ctx: RuleContext): { occurrences: Placed; fullCount: number } {
  const residue = residueLines(ctx);
  const { fullCount, fullParens, halfParens } = countDraftMarks(ctx, residue);
  const garbled = quotesOf(ctx).garbled.flatMap((g) => g.marks).sort((a, b) => a - b);
  const scan: Scan = {
    text: ctx.text,
    urls: urlSpans(ctx),
    garbledMarks: new Set(garbled),
    converted: new Set<number>(),
    fullBrackets: fullParens > halfParens,
  };
  const cache = ctx.cache<readonly Occurrence[]>(`punct-halfwidth-lines-${scan.fullBrackets ? 'full' : 'half'}`, LINE_CACHE_SIZE.entries, LINE_CACHE_SIZE.chars);
  const occurrences: Placed = { groups: [], count: 0 };
  const add = (by: number, list: readonly Occurrence[]) => {
    if (list.length === 0) return;
    occurrences.groups.push({ by, list });
    occurrences.count += list.length;
  };
  for (const line of ctx.doc.lines) {
    if (residue.has(line.index)) continue;
    const lt = line.text;
    if (!/[,:;?!()]/.test(lt)) continue;
    if (anyIn(garbled, line.start, line.end + 1)) {
      add(0, lineOccurrences(scan, line));
      continue;
    }
    add(line.start, byLine(ctx.doc, line, cache, () => lineOccurrences(scan, line).map((o) => ({ ...shifted(o, -line.start), sample: ownString(o.sample) }))));
  }
  return { occurrences, fullCount };
}

export const punctHalfwidth = defineRule({
  id: 'punct-halfwidth',
  category: 'typography',
  description: { zh: '中文中使用了半角标点', en: 'Half-width punctuation in Chinese text' },
  docs: { zh: '例：`今天,我们`。', en: 'e.g. `今天,我们`.' },
  defaultSeverity: 'warning',
  fixable: true,
  wordFindings: false,
  messages: {
    one: {
      zh: '中文中使用了半角标点“{mark}”：应改为全角“{full}”',
      en: 'Half-width "{mark}" in Chinese text: use the full-width "{full}"',
    },
    brackets: {
      zh: '中文中使用了半角括号“{sample}”：应改为全角括号“（）”',
      en: 'Half-width brackets "{sample}" in Chinese text: use full-width "（）"',
    },
    document: {
      zh: '全文使用半角标点（共 {count} 处，如“{sample}”）：中文正文应使用全角标点，可一次全部改为全角',
      en: 'The draft uses half-width punctuation ({count} marks, e.g. "{sample}"): Chinese text takes full-width punctuation; convert them all at once',
    },
    dash: {
      zh: '用“{found}”代替了破折号：中文应写作“——”',
      en: '"{found}" typed for the dash: Chinese text takes "——"',
    },
    dot: {
      zh: '“〃”是重复号，不是间隔号：此处应为“·”',
      en: '"〃" is the ditto mark, not the middle dot: write "·"',
    },
    toFull: { zh: '改为“{full}”', en: 'Change to "{full}"' },
    toFullAll: { zh: '全部改为全角标点（{count} 处）', en: 'Convert all to full-width ({count})' },
  },
  check(ctx) {
    const residueAt = ctx.doc.residue.lines;
    const slips = markSlips(ctx.text);
    // `坚持--个原则`: a blank for a figure (placeholder's), not a dash.
    const slots = slips.length > 0 ? slotsOf(ctx) : [];
    for (const m of slips) {
      if (residueAt.has(ctx.doc.lineIndexAt(m.start)) || slots.some((s) => s.start < m.end && m.start < s.end)) continue;
      const full = m.kind === 'dash' ? '——' : '·';
      ctx.report({ start: m.start, end: m.end, messageId: m.kind, params: { found: m.found }, fixes: [{ title: 'toFull', params: { full }, edits: m.edits, safe: true }] });
    }
    const { occurrences: placed, fullCount } = findOccurrences(ctx);
    const count = placed.count;
    if (count === 0) return;
    if (count >= DOC_MIN && count >= DOC_RATIO * fullCount) {
      // One finding at the top, with one fix for every mark.
      const title = ctx.doc.title;
      // Not on a site's line above the text: findings on residue are dropped.
      const residue = ctx.doc.residue.lines;
      const firstLine = ctx.doc.lines.find((l) => l.text.trim() !== '' && !residue.has(l.index)) ?? ctx.doc.lines.find((l) => l.text.trim() !== '')!;
      const start = title ? title.start : firstLine.start;
      // On the title (its first sentence, when the title line runs into the text).
      let end = title ? title.end : firstLine.end;
      const sentence = /[。！？!?]/.exec(ctx.text.slice(start, end));
      if (sentence) end = start + sentence.index;
      end = Math.min(end, start + TITLE_SPAN);
      // A telling example: a comma between Chinese words.
      const sample = (tellingExample(ctx.text, placed) ?? placed.groups[0]!.list[0]!).sample;
      ctx.report({
        start,
        end,
        messageId: 'document',
        params: { count, sample },
        fixes: [{ title: 'toFullAll', params: { count }, edits: { count: placed.groups.reduce((n, g) => n + editsOf(g.list), 0), make: () => allEdits(placed) } }],
        data: { count, document: true },
      });
      return;
    }
    for (const { by, list } of placed.groups) for (const one of list) {
      const o = shifted(one, by);
      const mark = ctx.text.slice(o.start, o.start + 1);
      if (mark === '(') {
        ctx.report({
          start: o.start,
          end: o.end,
          messageId: 'brackets',
          params: { sample: o.sample },
          fixes: [{ title: 'toFull', params: { full: '（）' }, edits: o.edits }],
        });
      } else {
        const full = FULL[mark]!;
        ctx.report({
          start: o.start,
          end: o.start + 1,
          messageId: 'one',
          params: { mark, full },
          fixes: [{ title: 'toFull', params: { full }, edits: o.edits }],
        });
      }
    }
  },
});

/** The first comma between two Chinese characters, if any. */
function tellingExample(text: string, { groups }: Placed): Occurrence | undefined {
  for (const { by, list } of groups) for (const o of list) if (text[o.start + by] === ',' && isHan(text[o.start + by - 1]) && isHan(text[o.end + by])) return o;
  return undefined;
}
