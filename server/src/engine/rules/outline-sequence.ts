import { defineRule } from '../rule-api/rule-helpers';
import { numeralLike, outlineSequences, walkOutline, type OutlineItem } from '../analysis/outline';
import { outlineOf } from '../rule-api/shared-analyses';
import type { FixInput } from '../rule-api/rule';
import type { TextEdit } from '../model/types';
import { residueLines } from '../rule-api/cjk';

const LEVEL_MARKS = ['', '一、', '（一）', '1.', '（1）'];

/** Items a "renumber the rest" fix may cover. */
const MAX_RENUMBER = 100;

interface EarlierHeadings {
  /** The first earlier heading deeper than `level`. */
  deeper(level: number): OutlineItem | undefined;
  hasLevel(level: number): boolean;
}

const earlierCache = new WeakMap<readonly OutlineItem[], Map<OutlineItem, EarlierHeadings>>();

/** For each sibling, what headings came before it, in one pass over the list (was indexOf + slice per item). */
function earlierHeadings(siblings: readonly OutlineItem[]): Map<OutlineItem, EarlierHeadings> {
  let out = earlierCache.get(siblings);
  if (out) return out;
  out = new Map();
  const first = new Map<number, OutlineItem>(); // level → its first heading so far
  for (const s of siblings) {
    const seen = [...first.entries()];
    out.set(s, {
      deeper: (level) => {
        let best: OutlineItem | undefined;
        for (const [l, h] of seen) if (l > level && (!best || h.start < best.start)) best = h;
        return best;
      },
      hasLevel: (level) => seen.some(([l]) => l === level),
    });
    if (s.kind === 'heading' && !first.has(s.level)) first.set(s.level, s);
  }
  earlierCache.set(siblings, out);
  return out;
}

/** The marker with its numeral replaced by `n`. */
function renumbered(item: OutlineItem, n: number, text: string): { edit: TextEdit; marker: string } {
  const numeral = text.slice(item.numStart, item.numEnd);
  const newText = numeralLike(numeral, n);
  const offset = item.numStart - item.start;
  const marker = item.marker.slice(0, offset) + newText + item.marker.slice(offset + numeral.length);
  return { edit: { start: item.numStart, end: item.numEnd, newText }, marker };
}

/**
 * Whether a numbered run is clearly a list, so that renumbering its one wrong item is safe:
 * at least three items of one kind, starting at 1, every other item in sequence.
 */
function clearlyList(run: readonly OutlineItem[], wrong: number): boolean {
  if (run.length < 3 || run[0]!.ordinal !== 1) return false;
  if (!run.every((it) => it.kind === run[0]!.kind)) return false;
  return run.every((it, k) => k === wrong || it.ordinal === k + 1);
}

/**
 * Whether the numbers skipped between `prev` and `item` are all there in the text between
 * them: headings whose line breaks a copy lost (`1.总结工作 2.宣读表彰决定` on one line,
 * `…工作。二、坚持…`), not a skip.
 */
function missingInline(text: string, prev: OutlineItem, item: OutlineItem, expected: number): boolean {
  if (item.ordinal <= expected || item.ordinal - expected > 3) return false;
  const between = text.slice(prev.start + prev.marker.length, item.start);
  for (let n = expected; n < item.ordinal; n++) {
    const marker = renumbered(item, n, text).marker;
    const at = between.indexOf(marker);
    if (at <= 0) return false;
    const glued = marker.startsWith('第') && /[、，,：:]/.test(between[at + marker.length] ?? '');
    if (!glued && !LOST_BREAK_BEFORE_RE.test(between[at - 1]!)) return false;
  }
  return true;
}

/**
 * What may stand before a heading whose line break was lost: a space, or the end of the
 * paragraph before (`…工作。二、坚持…`). A `第三、` heading is found even glued to the words
 * before it (`…好作风和光荣第三、严格要求自己`): the page lost the break and the rest of the line.
 */
const LOST_BREAK_BEFORE_RE = /[ \t\u3000。！？；：!?;:…”）)]/;

/** Whether a residue line (sorted indices) lies strictly between lines `a` and `b`. */
function residueBetween(sorted: readonly number[], a: number, b: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= a) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo]! < b;
}

/**
 * Whether a wrong number is the page's, not the draft's: a number in the site's own notes
 * (`3. 本页资料…由用户上传`), or a skip across the site's gap (`---此处隐藏5420字,下载后查看---`,
 * a paywall, a page's footer), where the hidden text holds the missing items.
 */
function pageNumbering(residue: ReadonlySet<number>): (prev: OutlineItem, item: OutlineItem, skipped: boolean) => boolean {
  if (residue.size === 0) return () => false;
  const sorted = [...residue].sort((a, b) => a - b);
  return (prev, item, skipped) =>
    residue.has(item.line) || residue.has(prev.line) || (skipped && residueBetween(sorted, prev.line, item.line));
}

export const outlineSequence = defineRule({
  id: 'outline-sequence',
  category: 'structure',
  description: { zh: '层次序号跳号、重号或层级错用', en: 'Outline numbering skips, repeats or misuses a level' },
  docs: { zh: '例：`一、二、四、`、`（一）（三）`。', en: 'e.g. `一、二、四、`, `（一）（三）`.' },
  defaultSeverity: 'warning',
  fixable: true,
  wordFindings: false,
  messages: {
    skipped: {
      zh: '序号跳号：“{prev}”之后是“{marker}”，应为“{expected}”',
      en: 'Numbering skips: "{marker}" follows "{prev}"; expected "{expected}"',
    },
    repeated: {
      zh: '序号重复：“{prev}”之后又是“{marker}”，应为“{expected}”',
      en: 'Numbering repeats: "{marker}" follows "{prev}"; expected "{expected}"',
    },
    backward: {
      zh: '序号倒退：“{prev}”之后是“{marker}”，应为“{expected}”',
      en: 'Numbering goes back: "{marker}" follows "{prev}"; expected "{expected}"',
    },
    levelOrder: {
      zh: '层次序号错用：“{marker}”用在了“{deeper}”之下；公文层次依次为“一、”“（一）”“1.”“（1）”（GB/T 9704-2012）',
      en: 'Heading levels out of order: "{marker}" is used under "{deeper}"; official documents number levels 一、 → （一） → 1. → （1） (GB/T 9704-2012)',
    },
    renumber: { zh: '改为“{expected}”', en: 'Change to "{expected}"' },
    renumberRest: { zh: '改为“{expected}”并顺延其后序号', en: 'Change to "{expected}" and renumber the items after it' },
  },
  check(ctx) {
    const outline = outlineOf(ctx);
    const text = ctx.text;
    const pageOnly = pageNumbering(residueLines(ctx));

    for (const run of outlineSequences(outline)) {
      let prevOrdinal = run[0]!.ordinal;
      let prevMarker = run[0]!.marker;
      for (let i = 1; i < run.length; i++) {
        const item = run[i]!;
        const expected = prevOrdinal + 1;
        if (item.ordinal === expected || missingInline(text, run[i - 1]!, item, expected)) {
          prevOrdinal = item.ordinal;
          prevMarker = item.marker;
          continue;
        }
        const next = run[i + 1];
        const messageId = item.ordinal > expected ? 'skipped' : item.ordinal === prevOrdinal ? 'repeated' : 'backward';
        if (pageOnly(run[i - 1]!, item, messageId === 'skipped')) {
          prevOrdinal = item.ordinal;
          prevMarker = item.marker;
          continue;
        }
        const single = renumbered(item, expected, text);
        // One wrong number between two right ones (or a repeated last one) is a typo: fix it,
        // but only where the whole level is clearly a list.
        const typo = (next ? next.ordinal === expected + 1 : messageId === 'repeated') && clearlyList(run, i);
        const fixes: FixInput[] = [];
        if (typo) {
          fixes.push({ title: 'renumber', params: { expected: single.marker }, edits: [single.edit], safe: true });
        } else {
          // Renumber this and the rest of the run; a guess (a section may be missing). A run
          // longer than any real outline gets this item only (the rest for each made it quadratic).
          const rest = run.length - i <= MAX_RENUMBER ? run.slice(i) : [item];
          const edits = rest.map((it, k) => renumbered(it, expected + k, text).edit);
          fixes.push({
            title: rest.length > 1 ? 'renumberRest' : 'renumber',
            params: { expected: single.marker },
            edits,
            safe: false,
          });
        }
        ctx.report({
          start: item.start,
          end: item.start + item.marker.length,
          messageId,
          params: { prev: prevMarker, marker: item.marker, expected: single.marker },
          fixes,
          data: { expected, found: item.ordinal, style: item.style },
        });
        if (typo) {
          prevOrdinal = expected;
          prevMarker = single.marker;
        } else {
          prevOrdinal = item.ordinal;
          prevMarker = item.marker;
        }
      }
    }

    // A shallower heading used under a deeper one: `一、` → `1.` → `（一）`.
    const flaggedParents = new Set<OutlineItem | undefined>();
    for (const { item, parent, siblings } of walkOutline(outline)) {
      if (item.kind !== 'heading' || !parent || flaggedParents.has(parent)) continue;
      const before = earlierHeadings(siblings).get(item)!;
      const deeper = before.deeper(item.level);
      if (!deeper) continue;
      // Only where this level starts under that parent (its first use), not a continuation.
      if (before.hasLevel(item.level)) continue;
      flaggedParents.add(parent);
      ctx.report({
        start: item.start,
        end: item.start + item.marker.length,
        messageId: 'levelOrder',
        params: { marker: item.marker, deeper: deeper.marker, expected: LEVEL_MARKS[item.level] ?? '' },
        data: { level: item.level, under: deeper.level },
      });
    }
  },
});
