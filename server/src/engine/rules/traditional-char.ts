import { defineRule } from '../rule-api/rule-helpers';
import type { TextEdit } from '../model/types';
import { analyzeTraditional, simplifiedLine, SIMPLIFIED_TOO, TRADITIONAL_LINE_CACHE, type TraditionalAnalysis, type TraditionalChar } from '../analysis/traditional';
import type { Segmenter } from '../analysis/segment';
import { MASS_MIN, reportMass, reportMassOf } from '../rule-api/mass-findings';
import type { RuleContext } from '../rule-api/rule';
import { HAN } from '../util/han';

/**
 * A radical beside a Chinese character: a PDF's text layer often encodes a character by the
 * radical that looks the same — a Kangxi radical (U+2F00–U+2FD5: `⾏政公⽂`, `⼆、`, the
 * character is its NFKC form) or one of the CJK Radicals Supplement that stand for a whole
 * character (`部⻔`, `⻓期`, `⻅到`: SUPPLEMENT). It reads the same, but search, replace,
 * word counts and every other check see another character.
 */
const SUPPLEMENT: Readonly<Record<string, string>> = {
  // The simplified forms, by their Unicode names (C-SIMPLIFIED GATE ⻔ 门, LONG ⻓ 长, …).
  '\u2ec5': '见', '\u2ec6': '角', '\u2ec9': '贝', '\u2ecb': '车', '\u2ed3': '长', '\u2ed4': '门',
  '\u2ed9': '韦', '\u2eda': '页', '\u2edb': '风', '\u2edc': '飞', '\u2ee2': '马', '\u2ee5': '鱼',
  '\u2ee6': '鸟', '\u2ee7': '卤', '\u2ee8': '麦', '\u2ee9': '黄', '\u2eea': '黾', '\u2eec': '齐',
  '\u2eee': '齿', '\u2ef0': '龙', '\u2ef3': '龟',
  // Whole characters in their full forms (MOTHER, CIVILIAN, WEST TWO, BLUE, LONG ONE, TURTLE, EAT ONE, BONE, GHOST).
  '\u2e9f': '母', '\u2ea0': '民', '\u2ec4': '西', '\u2ed8': '青', '\u2ed1': '長', '\u2ef1': '龜',
  '\u2edd': '食', '\u2ee3': '骨', '\u2ee4': '鬼',
};
const RADICALS = `\u2f00-\u2fd5${Object.keys(SUPPLEMENT).join('')}`;
const RADICAL_RE = new RegExp(`[${RADICALS}](?=[${HAN}${RADICALS}])|(?<=[${HAN}${RADICALS}])[${RADICALS}]|[${RADICALS}](?=[、．.])`, 'g');
const ANY_RADICAL_RE = new RegExp(`[${RADICALS}]`);

/**
 * Traditional characters in a simplified draft (`贏`, `總`, `設`), converted with OpenCC
 * (traditional.ts). A draft written wholly in traditional script gets one document-level
 * finding with a convert-all fix, not one per character.
 */
export const traditionalChar = defineRule({
  id: 'traditional-char',
  category: 'wording',
  description: { zh: '简体文稿中的繁体字', en: 'Traditional character in a simplified draft' },
  docs: { zh: '例：`總`、`設`。', en: 'e.g. `總`, `設`.' },
  defaultSeverity: 'warning',
  fixable: true,
  // A traditional draft's 著 converts as the dictionary reads the words beside it (keepsOwnForm).
  segmentation: 'optional',
  messages: {
    char: {
      zh: '繁体字“{text}”：简体文稿中应写作“{simplified}”',
      en: 'Traditional character "{text}" in a simplified draft: write "{simplified}"',
    },
    document: {
      zh: '全文用繁体字书写（{count} 处，如“{sample}”）：请把全文转换为简体',
      en: 'The draft is written in traditional characters ({count}, e.g. "{sample}"): convert it to simplified',
    },
    convert: { zh: '改为“{simplified}”', en: 'Change to "{simplified}"' },
    convertAll: { zh: '全文转换为简体（{count} 处）', en: 'Convert the whole draft to simplified ({count} changes)' },
    many: {
      zh: '共 {count} 处繁体字（自此处“{text}”起）：简体文稿中应使用简体，可一次全部转换',
      en: '{count} traditional characters (from "{text}" here on) in a simplified draft: convert them all at once',
    },
    convertMany: { zh: '全部转换为简体（{count} 处）', en: 'Convert all to simplified ({count})' },
    radical: {
      zh: '“{text}”是部首字符，不是汉字“{han}”（从 PDF 复制时常见）：看似相同，搜索和替换却会认错，应改为“{han}”',
      en: '"{text}" is a radical, not the character "{han}" (a PDF copy leaves them): it looks the same, but search, replace and checks read another character; write "{han}"',
    },
    radicals: {
      zh: '共 {count} 处部首字符（自此处“{text}”起，从 PDF 复制时常见）：看似汉字，搜索和替换却会认错，可一次全部改为汉字',
      en: '{count} radicals standing for characters (from "{text}" here on; a PDF copy leaves them): they look the same but are other characters; change them all at once',
    },
    toHan: { zh: '改为“{han}”', en: 'Change to "{han}"' },
    toHanAll: { zh: '全部改为汉字（{count} 处）', en: 'Change them all to characters ({count})' },
  },
  check(ctx) {
    const analysis = ctx.memo('traditional', () => analyzeTraditional(ctx.doc, ctx.cache('traditional-lines', TRADITIONAL_LINE_CACHE.entries, TRADITIONAL_LINE_CACHE.chars)));
    checkRadicals(ctx, analysis.wholeDocument);
    if (analysis.count === 0) return;
    if (analysis.wholeDocument) reportWholeDocument(ctx, analysis);
    else reportRuns(ctx, analysis);
  },
});

/** A draft written in traditional script: one finding on its first line, whose fix converts every character. */
function reportWholeDocument(ctx: RuleContext, analysis: TraditionalAnalysis): void {
  // On the first line of the draft itself: findings on residue lines are dropped (a site's name above the title).
  const residue = ctx.doc.residue.lines;
  const first = ctx.doc.lines.find((l) => l.text.trim() !== '' && !residue.has(l.index)) ?? ctx.doc.lines.find((l) => l.text.trim() !== '')!;
  const lead = first.text.length - first.text.trimStart().length;
  // Characters that stay as they are (顯著 → 显著, not 显着): few, found in one pass.
  const kept = new Set<number>();
  if (ctx.segmenter) {
    for (const { at, chars } of analysis.lines) {
      chars.forEach((c, k) => {
        if (SIMPLIFIED_TOO.has(c.text) && keepsOwnForm(ctx.text, at, chars, k, ctx.segmenter!)) kept.add(at + c.start);
      });
    }
  }
  const count = analysis.count - kept.size;
  if (count === 0) return;
  const samples = new Set<string>();
  for (const { at, chars } of analysis.lines) {
    for (const c of chars) if (samples.size < 5 && !kept.has(at + c.start)) samples.add(c.text);
    if (samples.size >= 5) break;
  }
  // The edits are made when the fix is read (thousands in a traditional draft, on every keystroke).
  const make = (): TextEdit[] => {
    const edits: TextEdit[] = [];
    for (const { at, chars } of analysis.lines) for (const c of chars) if (!kept.has(at + c.start)) edits.push({ start: c.start + at, end: c.end + at, newText: c.simplified });
    return edits;
  };
  ctx.report({
    start: first.start + lead,
    end: first.start + first.text.trimEnd().length,
    messageId: 'document',
    params: { count, sample: [...samples].join('”“') },
    fixes: [{ title: 'convertAll', params: { count }, edits: { count, make } }],
    data: { count, document: true },
  });
}

/**
 * Whether a character that is also a simplified one keeps its form in a traditional draft:
 * OpenCC's Taiwan table makes every 著 a 着, right in 隨著 → 随着 and 看著 → 看着, wrong in 顯著 →
 * 显着 and 聲名卓著 → 声名卓着. The dictionary tells them apart: a two-character word the
 * character makes with a neighbour (in simplified form) that the dictionary knows, more often
 * than the word the converted character makes (显著 2721, 显着 0; 随著 0, 随着 10614).
 */
function keepsOwnForm(text: string, at: number, chars: readonly TraditionalChar[], k: number, segmenter: Segmenter): boolean {
  const c = chars[k]!;
  if (c.end - c.start !== 1 || c.simplified.length !== 1) return false;
  const neighbour = (pos: number, j: number): string => {
    const other = chars[j];
    return other && other.start === pos && other.end === pos + 1 ? other.simplified : (text[at + pos] ?? '');
  };
  const before = c.start > 0 ? neighbour(c.start - 1, k - 1) : '';
  const after = neighbour(c.end, k + 1);
  const best = (ch: string) => Math.max(before ? segmenter.freq(before + ch) : 0, after ? segmenter.freq(ch + after) : 0);
  const own = best(c.text);
  return own > 0 && own > best(c.simplified);
}

/**
 * Traditional characters in a simplified draft, neighbours as one run (`總體設計`): each run a
 * finding, or from MASS_MIN runs on one finding whose fix converts them all (a traditional
 * section pasted into the draft).
 */
function reportRuns(ctx: RuleContext, analysis: TraditionalAnalysis): void {
  let runs = 0;
  let first: { start: number; end: number; text: string } | undefined;
  for (const { at, runs: rs } of analysis.lines) {
    if (rs.length === 0) continue;
    first ??= { start: rs[0]!.start + at, end: rs[0]!.end + at, text: rs[0]!.text };
    runs += rs.length;
  }
  if (!first) return;
  const changes = (): Change[] => {
    const out: Change[] = [];
    for (const { at, runs: rs } of analysis.lines) for (const r of rs) out.push({ start: r.start + at, end: r.end + at, text: r.text, to: r.simplified });
    return out;
  };
  if (runs < MASS_MIN) {
    reportChanges(ctx, changes(), CHANGE_IDS);
    return;
  }
  const make = (): TextEdit[] => changes().map((c) => ({ start: c.start, end: c.end, newText: c.to }));
  reportMassOf(ctx, first, runs, { count: runs, make }, { messageId: CHANGE_IDS.all, fixTitle: CHANGE_IDS.allFix, params: { text: first.text } });
}

const CHANGE_IDS = { one: 'char', oneFix: 'convert', all: 'many', allFix: 'convertMany', param: 'simplified' };

/** Kangxi radicals standing for characters: the character (simplified, in a simplified draft), one by one or all at once. */
function checkRadicals(ctx: RuleContext, traditionalDraft: boolean): void {
  const text = ctx.text;
  // Most drafts hold none: one plain test before the pattern with its lookbehind.
  if (!ANY_RADICAL_RE.test(text)) return;
  const found: Change[] = [];
  RADICAL_RE.lastIndex = 0;
  for (let m = RADICAL_RE.exec(text); m; m = RADICAL_RE.exec(text)) {
    const han = SUPPLEMENT[m[0]] ?? m[0].normalize('NFKC');
    // A Kangxi radical's character is its full form (⿈ 黃, ⾨ 門): a simplified draft writes 黄, 门.
    found.push({ start: m.index, end: m.index + 1, text: m[0], to: traditionalDraft ? han : simplifiedLine(han) });
  }
  reportChanges(ctx, found, { one: 'radical', oneFix: 'toHan', all: 'radicals', allFix: 'toHanAll', param: 'han' });
}

/** A span written in the wrong form and the form it should take. */
interface Change {
  start: number;
  end: number;
  text: string;
  to: string;
}

/**
 * Each change as a finding with its safe fix, or from MASS_MIN on one finding (on the first)
 * whose fix makes them all: `param` names the target form in the messages.
 */
function reportChanges(ctx: RuleContext, changes: readonly Change[], ids: { one: string; oneFix: string; all: string; allFix: string; param: string }): void {
  if (changes.length === 0) return;
  const occurrences = changes.map((c) => ({ start: c.start, end: c.end, edits: [{ start: c.start, end: c.end, newText: c.to }] }));
  if (reportMass(ctx, occurrences, { messageId: ids.all, fixTitle: ids.allFix, params: { text: changes[0]!.text } })) return;
  changes.forEach((c, i) => {
    ctx.report({
      start: c.start,
      end: c.end,
      messageId: ids.one,
      params: { text: c.text, [ids.param]: c.to },
      fixes: [{ title: ids.oneFix, params: { [ids.param]: c.to }, edits: occurrences[i]!.edits }],
    });
  });
}
