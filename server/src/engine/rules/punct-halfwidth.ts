import { defineRule } from '../rule-api/rule-helpers';
import { CLOSING_FULL, inSpans, isHan, OPENING_FULL, residueLines, urlSpans } from '../rule-api/cjk';
import type { RuleContext } from '../rule-api/rule';
import type { TextEdit } from '../model/types';
import { quotesOf } from '../rule-api/shared-analyses';

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
const SPACE_RE = /[ \t\u00a0]/;

function findOccurrences(ctx: RuleContext): { occurrences: Occurrence[]; fullCount: number } {
  const text = ctx.text;
  const residue = residueLines(ctx);
  const urls = urlSpans(ctx);
  // `?两个维护?` is a garbled quotation (quote-pair's), not a question mark to widen.
  const garbledMarks = new Set(quotesOf(ctx).garbled.flatMap((g) => g.marks));
  const occurrences: Occurrence[] = [];
  let fullCount = 0;
  let halfParens = 0;
  let fullParens = 0;
  for (const line of ctx.doc.lines) {
    if (residue.has(line.index)) continue;
    const lt = line.text;
    for (let k = 0; k < lt.length; k++) {
      const c = lt.charCodeAt(k);
      // ，：；？！（ and (
      if (c === 0xff0c || c === 0xff1a || c === 0xff1b || c === 0xff1f || c === 0xff01) fullCount++;
      else if (c === 0xff08) {
        fullCount++;
        fullParens++;
      } else if (c === 0x28) halfParens++;
    }
  }
  /** Whether the text left of `i` is Chinese: a Han character, or a number/word right after one. */
  /** Closing brackets of half-width pairs that become full-width. */
  const converted = new Set<number>();
  const chineseAtLeft = (j: number): boolean => isHan(text[j]) || CLOSING_FULL.has(text[j]!) || converted.has(j);
  const chineseBefore = (i: number): boolean => {
    let j = i - 1;
    if (chineseAtLeft(j)) return true;
    while (j >= 0 && LEFT_TOKEN_RE.test(text[j]!)) j--;
    return j < i - 1 && chineseAtLeft(j);
  };
  const nextNonSpace = (i: number, lineEnd: number): number => {
    let j = i;
    while (j < lineEnd && SPACE_RE.test(text[j]!)) j++;
    return j;
  };
  const chineseAt = (j: number): boolean => isHan(text[j]) || OPENING_FULL.has(text[j]!);

  for (const line of ctx.doc.lines) {
    if (residue.has(line.index)) continue;
    const lt = line.text;
    if (!/[,:;?!()]/.test(lt)) continue;
    for (let k = 0; k < lt.length; k++) {
      const code = lt.charCodeAt(k);
      // Only , : ; ? ! ( matter here.
      if (code !== 0x2c && code !== 0x3a && code !== 0x3b && code !== 0x3f && code !== 0x21 && code !== 0x28) continue;
      const ch = lt[k]!;
      const i = line.start + k;
      if (',:;?!'.includes(ch)) {
        if (inSpans(urls, i) || garbledMarks.has(i)) continue;
        const prev = text[i - 1];
        const j = nextNonSpace(i + 1, line.end);
        const next = j < line.end ? text[j] : undefined;
        // Numbers and times: 1,000  3:30.
        if (prev !== undefined && /\d/.test(prev) && next !== undefined && /\d/.test(next)) continue;
        // Beside its own full-width twin (`，,`): a repeated mark, punct-repeat's.
        if (prev === FULL[ch] || text[i + 1] === FULL[ch]) continue;
        // Emphasis and English runs: `?!`, `Hello, world`.
        if (next !== undefined && /[,:;?!.]/.test(next)) continue;
        // Chinese on the left (`今天,我们`, `增长17.8%,主要`, `同志们:`); `Hello, 世界` is not.
        if (!chineseBefore(i)) continue;
        const right = next !== undefined && chineseAt(j);
        // The spaces after the mark go with it when Chinese follows (`2009年, 是` → `2009年，是`).
        const end = right ? j : i + 1;
        occurrences.push({
          start: i,
          end,
          sample: text.slice(Math.max(line.start, i - 2), Math.min(line.end, i + 3)),
          edits: [{ start: i, end, newText: FULL[ch]! }],
        });
      } else if (ch === '(') {
        const close = lt.indexOf(')', k + 1);
        if (close < 0) continue;
        const inner = lt.slice(k + 1, close);
        if (inner.includes('(') || inner.length === 0 || inner.length > 100) continue;
        if (inSpans(urls, i)) continue;
        const hasHan = [...inner].some((c) => isHan(c));
        // `(1)` list markers: only where the draft otherwise writes full-width brackets.
        const marker = /^\d{1,2}$/.test(inner) && fullParens > halfParens && isHan(lt[close + 1]);
        if (!hasHan && !marker) continue;
        // Spaces outside the brackets go with them when Chinese is on that side.
        let s = i;
        while (s > line.start && SPACE_RE.test(text[s - 1]!)) s--;
        if (s < i && !(isHan(text[s - 1]) || CLOSING_FULL.has(text[s - 1]!))) s = i;
        const closeAt = line.start + close;
        const j = nextNonSpace(closeAt + 1, line.end);
        const e = j > closeAt + 1 && j < line.end && (isHan(text[j]) || CLOSING_FULL.has(text[j]!) || OPENING_FULL.has(text[j]!)) ? j : closeAt + 1;
        occurrences.push({
          start: i,
          end: closeAt + 1,
          sample: text.slice(i, closeAt + 1),
          edits: [
            { start: s, end: i + 1, newText: '（' },
            { start: closeAt, end: e, newText: '）' },
          ],
        });
        converted.add(closeAt);
        // The marks inside are looked at like any others.
      }
    }
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
      zh: '全文使用半角标点（共{count}处，如“{sample}”）：中文正文应使用全角标点，可一次全部改为全角',
      en: 'The draft uses half-width punctuation ({count} marks, e.g. "{sample}"): Chinese text takes full-width punctuation; convert them all at once',
    },
    toFull: { zh: '改为“{full}”', en: 'Change to "{full}"' },
    toFullAll: { zh: '全部改为全角标点（{count}处）', en: 'Convert all to full-width ({count})' },
  },
  check(ctx) {
    const { occurrences, fullCount } = findOccurrences(ctx);
    if (occurrences.length === 0) return;
    if (occurrences.length >= DOC_MIN && occurrences.length >= DOC_RATIO * fullCount) {
      // One finding at the top, with one fix for every mark.
      const title = ctx.doc.title;
      const firstLine = ctx.doc.lines.find((l) => l.text.trim() !== '')!;
      const start = title ? title.start : firstLine.start;
      // On the title (its first sentence, when the title line runs into the text).
      let end = title ? title.end : firstLine.end;
      const sentence = /[。！？!?]/.exec(ctx.text.slice(start, end));
      if (sentence) end = start + sentence.index;
      end = Math.min(end, start + TITLE_SPAN);
      const count = occurrences.length;
      // A telling example: a comma between Chinese words.
      const typical = occurrences.find((o) => ctx.text[o.start] === ',' && isHan(ctx.text[o.start - 1]) && isHan(ctx.text[o.end])) ?? occurrences[0]!;
      const sample = typical.sample;
      ctx.report({
        start,
        end,
        messageId: 'document',
        params: { count, sample },
        fixes: [{ title: 'toFullAll', params: { count }, edits: occurrences.flatMap((o) => o.edits) }],
        data: { count, document: true },
      });
      return;
    }
    for (const o of occurrences) {
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
