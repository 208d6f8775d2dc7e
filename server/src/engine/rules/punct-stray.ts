import { defineRule } from '../rule-api/rule-helpers';
import { CLAUSE_FULL, isHan, residueLines, wordAcrossJoin } from '../rule-api/cjk';
import { slotsOf } from '../rule-api/shared-analyses';
import type { FixInput, RuleContext } from '../rule-api/rule';
import type { Line } from '../analysis/document';
import { SALUTATION_RE } from '../analysis/anatomy';
import { lineFeature, lineFeaturesOf, lineHas } from '../rule-api/line-features';
import { checkHyphens } from '../rule-api/stray-hyphens';

/** A dot between Chinese characters or marks: `部.门`, `经济.社会`, `、.激活`, `发展.。`. */
const DOT_RE = /[.．]/g;
/** Two different clause marks side by side: `，。`, `。，`, `、，`, `；，`. */
const PAIR_RE = /[，、；：。,;:](?=[，、；：。,;:])/g;
const MARK = /[，、；：。,;:]/;
const DOT_BIT = lineFeature(DOT_RE);
const PAIR_BIT = lineFeature(PAIR_RE);

/** Which of two marks to keep: the one that ends more. */
const STRENGTH: Record<string, number> = { '。': 5, '；': 4, ';': 4, '：': 3, ':': 3, '，': 2, ',': 2, '、': 1 };
const CANONICAL: Record<string, string> = { ',': '，', ';': '；', ':': '：' };

/** A draft that ends its sentences with `.` uses it as a full stop, not as a stray mark. */
const DOT_AS_STOP_MIN = 5;

export const punctStray = defineRule({
  id: 'punct-stray',
  category: 'typography',
  description: { zh: '多余或错位的标点', en: 'Stray punctuation' },
  docs: { zh: '例：`部.门`、`，。`。', en: 'e.g. `部.门`, `，。`.' },
  defaultSeverity: 'warning',
  fixable: true,
  wordFindings: false,
  segmentation: 'optional',
  messages: {
    dotInWord: {
      zh: '词中多了一个“{dot}”：“{sample}”应为“{joined}”',
      en: 'A stray "{dot}" inside a word: "{sample}" should read "{joined}"',
    },
    dot: {
      zh: '中文中间多了一个“{dot}”（“{sample}”）：请删除或改为正确的标点',
      en: 'A stray "{dot}" in Chinese text ("{sample}"): delete it or use the right mark',
    },
    dotStop: {
      zh: '中文句子之间用了“{dot}”（“{sample}”）：句末应为句号“。”',
      en: 'A "{dot}" between two Chinese sentences ("{sample}"): a sentence ends with the full stop "。"',
    },
    leadingComma: {
      zh: '段落以“{mark}”开头：前面的内容（多为年份或主语）似被删去，请补全或删除该标点',
      en: 'A paragraph opening with "{mark}": what stood before it (often a year or the subject) seems deleted; restore it or drop the mark',
    },
    decimalStop: {
      zh: '数字的小数点写成了句号：“{sample}”应为“{joined}”',
      en: 'A full stop for a decimal point: "{sample}" should read "{joined}"',
    },
    toPoint: { zh: '改为“{joined}”', en: 'Change to "{joined}"' },
    pair: {
      zh: '标点“{pair}”连用：只保留一个',
      en: 'Two marks "{pair}" side by side: keep one',
    },
    deleteDot: { zh: '删除“{dot}”', en: 'Delete "{dot}"' },
    toMiddleDot: { zh: '改为间隔号“·”', en: 'Change to the middle dot "·"' },
    toStop: { zh: '改为“。”', en: 'Change to "。"' },
    keep: { zh: '保留“{mark}”', en: 'Keep "{mark}"' },
  },
  check(ctx) {
    const residue = residueLines(ctx);
    checkDots(ctx, residue);
    checkBackquotes(ctx, residue);
    checkHyphens(ctx, residue, (i, joined, sample) =>
      ctx.report({
        start: i,
        end: i + 1,
        messageId: 'dotInWord',
        params: { dot: '-', sample, joined },
        fixes: [{ title: 'deleteDot', params: { dot: '-' }, edits: [{ start: i, end: i + 1, newText: '' }], safe: true }],
      }),
    );
    checkApostrophes(ctx, residue);
    checkDecimalStops(ctx, residue);
    checkLeadingCommas(ctx, residue);
    const features = lineFeaturesOf(ctx);
    for (const line of ctx.doc.lines) if (lineHas(features, line.index, PAIR_BIT) && !residue.has(line.index)) checkMarkPairs(ctx, line);
  },
});

/** A Chinese character or a full-width clause mark. */
function nearHan(c: string | undefined): boolean {
  return isHan(c) || (c !== undefined && CLAUSE_FULL.has(c));
}

/** Whether the character at `i` stands between Chinese text: Han or a clause mark each side, Han on one side at least. */
function inChineseText(text: string, i: number): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  return nearHan(prev) && nearHan(next) && (isHan(prev) || isHan(next));
}

/** Dots between Chinese characters or marks, unless the draft uses `.` as its full stop. */
function checkDots(ctx: RuleContext, residue: ReadonlySet<number>): void {
  const text = ctx.text;
  const dots: number[] = [];
  let hanDotHan = 0;
  const features = lineFeaturesOf(ctx);
  for (const line of ctx.doc.lines) {
    if (!lineHas(features, line.index, DOT_BIT) || residue.has(line.index)) continue;
    DOT_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = DOT_RE.exec(line.text))) {
      const i = line.start + m.index;
      if (!inChineseText(text, i)) continue;
      if (isHan(text[i - 1]) && isHan(text[i + 1])) hanDotHan++;
      dots.push(i);
    }
  }
  let stops = 0;
  for (let at = text.indexOf('。'); at >= 0; at = text.indexOf('。', at + 1)) stops++;
  const dotIsStop = hanDotHan >= DOT_AS_STOP_MIN && hanDotHan > stops;
  if (dotIsStop || dots.length === 0) return;
  // A point standing where a site's filter took a word out (`以.为统领`, `开展.、.主题教育`) is a blank slot: placeholder's.
  // A point before a title (`感谢.部长`) is a name slot and a stray point both: deleting it is still offered.
  const slotted = new Set(slotsOf(ctx).filter((s) => s.kind === 'blank').map((s) => s.start));
  for (const i of dots) if (!slotted.has(i)) reportDot(ctx, i);
}

/** A dynasty's name alone before the dot (not the end of a word: `清.` after `、` or a line's start, not `澄清.`). */
const DYNASTY_DOT_RE = /(?:^|[^\u4e00-\u9fff])[秦汉漢晋晉隋唐宋元明清][.．]$/;

/** The stray dot at `i`: inside a word (`部.门`, certain), between Chinese characters, or next to a Chinese mark. */
function reportDot(ctx: RuleContext, i: number): void {
  const text = ctx.text;
  const dot = text[i]!;
  const sample = text.slice(Math.max(0, i - 2), i + 3);
  const edit = { start: i, end: i + 1, newText: '' };
  if (isHan(text[i - 1]) && isHan(text[i + 1])) {
    const across = ctx.segmenter && wordAcrossJoin(ctx.segmenter, text.slice(Math.max(0, i - 4), i), text.slice(i + 1, i + 5));
    const fixes: FixInput[] = [{ title: 'deleteDot', params: { dot }, edits: [edit], safe: Boolean(across) }];
    // A dynasty before a poet's name (`清.郑板桥《新竹》`, `唐.李白`): the mark is the middle dot.
    if (!across && DYNASTY_DOT_RE.test(text.slice(Math.max(0, i - 2), i + 1))) {
      fixes.unshift({ title: 'toMiddleDot', edits: [{ start: i, end: i + 1, newText: '·' }], safe: false });
      ctx.report({ start: i, end: i + 1, messageId: 'dot', params: { dot, sample }, fixes });
      return;
    }
    if (!across && endsSentence(text, i)) {
      // A sentence ended with the Latin full stop (`…的共同发展.今天，…`): the writer's 。 most
      // likely, but a stray dot is possible too, so both are offered and neither applied unasked.
      fixes.unshift({ title: 'toStop', edits: [{ start: i, end: i + 1, newText: '。' }], safe: false });
      ctx.report({ start: i, end: i + 1, messageId: 'dotStop', params: { dot, sample }, fixes });
      return;
    }
    const params = across
      ? { dot, sample: `${across.leftPart}${dot}${across.word.slice(across.leftPart.length)}`, joined: across.word }
      : { dot, sample, joined: '' };
    ctx.report({ start: i, end: i + 1, messageId: across ? 'dotInWord' : 'dot', params, fixes });
  } else {
    // Next to a Chinese mark (`、.激活`, `发展.。`): the dot is the extra one.
    ctx.report({
      start: i,
      end: i + 1,
      messageId: 'dot',
      params: { dot, sample },
      fixes: [{ title: 'deleteDot', params: { dot }, edits: [edit] }],
    });
  }
}

/** Characters that never end a sentence: particles and prepositions (`的.发展`, `站在.台上`), a date's unit. */
const NO_SENTENCE_END = new Set([...'的地得之在把被将对向于从和与及或等年月日']);
/** Chinese characters a clause needs before a dot, and a sentence after it, for the dot to read as a full stop. */
const CLAUSE_MIN = 8;
const NEXT_MIN = 2;

/**
 * Whether the dot at `i` (Chinese each side) ends a sentence: a whole clause before it (at least
 * CLAUSE_MIN Chinese characters since the last mark, spaces aside), not ending in a particle,
 * and Chinese words after it (`表示亲切的问候.下面,`, `投入使用.新宁小学的落成`), unlike a
 * stray dot between two words (`谢谢.部长`, `三大经济.事业`). Each scan stops at the next mark.
 */
function endsSentence(text: string, i: number): boolean {
  if (NO_SENTENCE_END.has(text[i - 1]!)) return false;
  return hanRun(text, i - 1, -1, CLAUSE_MIN) >= CLAUSE_MIN && hanRun(text, i + 1, 1, NEXT_MIN) >= NEXT_MIN;
}

/** Chinese characters from `j` in direction `step` (spaces skipped) up to the first other character, counted up to `enough`. */
function hanRun(text: string, j: number, step: 1 | -1, enough: number): number {
  let n = 0;
  for (; j >= 0 && j < text.length && n < enough; j += step) {
    const c = text[j]!;
    if (isHan(c)) n++;
    else if (c !== ' ' && c !== '\u3000') break;
  }
  return n;
}

/**
 * A backquote inside Chinese text (`家庭的`责任`): copy-protection debris of document sites,
 * never punctuation a writer types between two Chinese characters.
 */
function checkBackquotes(ctx: RuleContext, residue: ReadonlySet<number>): void {
  const text = ctx.text;
  for (const line of ctx.doc.lines) {
    if (residue.has(line.index)) continue;
    for (let k = line.text.indexOf('`'); k >= 0; k = line.text.indexOf('`', k + 1)) {
      const i = line.start + k;
      if (!inChineseText(text, i)) continue;
      reportDebris(ctx, i, '`', { safe: isHan(text[i - 1]) && isHan(text[i + 1]) });
    }
  }
}

/** A mark of copy-protection debris at `i`, with its deletion (`safe` as given, else the fix's default). */
function reportDebris(ctx: RuleContext, i: number, mark: string, safety: { safe?: boolean } = {}): void {
  const sample = ctx.text.slice(Math.max(0, i - 2), i + 3);
  ctx.report({
    start: i,
    end: i + 1,
    messageId: 'dot',
    params: { dot: mark, sample },
    fixes: [{ title: 'deleteDot', params: { dot: mark }, edits: [{ start: i, end: i + 1, newText: '' }], ...safety }],
  });
}

/** Single quotes of any kind: a line holding a second one may be quoting with them (`'六稳'`, `‘七一'`). */
const SINGLE_QUOTES_RE = /['‘’`]/g;

/**
 * An apostrophe after 的 inside a sentence (`具有重要的'意义`, `表示热烈的'祝贺`): the same
 * copy-protection debris as the backquote, the only single quote of its line, so nothing it could
 * pair with. An apostrophe opening a quoted term (`加快建设'两区一枢纽“`) follows a verb, not 的.
 */
function checkApostrophes(ctx: RuleContext, residue: ReadonlySet<number>): void {
  for (const line of ctx.doc.lines) {
    const k = line.text.indexOf("'");
    if (k < 1 || residue.has(line.index) || line.text[k - 1] !== '的' || !isHan(line.text[k + 1])) continue;
    if ((line.text.match(SINGLE_QUOTES_RE)?.length ?? 0) !== 1) continue;
    reportDebris(ctx, line.start + k, "'");
  }
}

/**
 * A decimal point typed as a full stop (`生产总值88。2亿元`, `增长11。2%`): a figure, 。, a figure and its unit.
 * A sentence does not open on a bare fraction's digits and unit, so the mark is the point.
 */
const DECIMAL_STOP_RE = /(?<![0-9０-９.．])[0-9]{1,6}。([0-9]{1,3})(?=万|亿|千|百|元|%|％|‰|米|吨|公里|公顷|平方|立方|亩|倍|个百分点|岁|秒|分钟|小时|天)/g;
const DECIMAL_STOP_BIT = lineFeature(DECIMAL_STOP_RE);

function checkDecimalStops(ctx: RuleContext, residue: ReadonlySet<number>): void {
  const features = lineFeaturesOf(ctx);
  for (const line of ctx.doc.lines) {
    if (!lineHas(features, line.index, DECIMAL_STOP_BIT) || residue.has(line.index)) continue;
    DECIMAL_STOP_RE.lastIndex = 0;
    for (let m = DECIMAL_STOP_RE.exec(line.text); m; m = DECIMAL_STOP_RE.exec(line.text)) {
      const start = line.start + m.index;
      const stop = start + m[0].indexOf('。');
      const joined = m[0].replace('。', '.');
      ctx.report({
        start,
        end: start + m[0].length,
        messageId: 'decimalStop',
        params: { sample: m[0], joined },
        fixes: [{ title: 'toPoint', params: { joined }, edits: [{ start: stop, end: stop + 1, newText: '.' }], safe: m[1]!.length <= 2 }],
      });
    }
  }
}

/** An outline heading's number: `一、`, `（一）`, `第一，`, `1.`. */
const HEADING_HEAD_RE = /^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}[，,、]|\d{1,2}[、．.](?!\d))/;

/** A heading alone on its line (a sentence run on after it is a wrapped paragraph's first line). */
function headingLine(t: string): boolean {
  return HEADING_HEAD_RE.test(t) && !/[。！？!?]/.test(t.trimEnd().slice(0, -1));
}

/**
 * A paragraph that opens with a comma (`,是我们迎接挑战…的关键之年`) after a heading, a blank line or a finished
 * sentence: its head (a year, the subject) was deleted. After a line cut mid-sentence it is a PDF's wrap, broken-line's.
 */
function checkLeadingCommas(ctx: RuleContext, residue: ReadonlySet<number>): void {
  const lines = ctx.doc.lines;
  let prev: Line | undefined;
  let blank = false;
  for (const line of lines) {
    const t = line.text;
    if (t.trim() === '') {
      blank = true;
      continue;
    }
    if (residue.has(line.index)) {
      prev = undefined;
      blank = false;
      continue;
    }
    const k = t.length - t.trimStart().length;
    if (/[，,]/.test(t[k] ?? '') && isHan(t[k + 1]) && prev !== undefined && (blank || /[。！？!?]$/.test(prev.text.trimEnd()) || headingLine(prev.text))) {
      const i = line.start + k;
      ctx.report({ start: i, end: i + 1, messageId: 'leadingComma', params: { mark: t[k]! }, fixes: [{ title: 'deleteDot', params: { dot: t[k]! }, edits: [{ start: i, end: i + 1, newText: '' }], safe: false }] });
    }
    prev = line;
    blank = false;
  }
}

function canonicalMark(c: string): string {
  return CANONICAL[c] ?? c;
}

/** Two different marks side by side in one line, or a run of three or more. */
function checkMarkPairs(ctx: RuleContext, line: Line): void {
  const text = ctx.text;
  PAIR_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PAIR_RE.exec(line.text))) {
    const i = line.start + m.index;
    const a = text[i]!;
    const b = text[i + 1]!;
    if (canonicalMark(a) === canonicalMark(b)) continue; // punct-repeat's
    // Half-width pairs only in Chinese text; `3:30,` and `a,;` are not ours.
    if (/[,;:]/.test(a + b) && !isHan(text[i - 1])) continue;
    if (i + 2 < line.end && MARK.test(text[i + 2]!)) {
      // A longer run: one finding for all of it (pair by pair, fix-all needed a pass per
      // pair and `，。，。…` never settled); a run with a repeat is punct-repeat's first.
      const { runEnd, repeat } = markRun(text, i, line.end);
      PAIR_RE.lastIndex = runEnd - line.start;
      if (!repeat) reportRun(ctx, i, runEnd, runEnd >= line.end);
      continue;
    }
    reportPair(ctx, i, line);
    PAIR_RE.lastIndex = m.index + 2;
  }
}

/** Where the run of marks that starts at `i` ends, and whether it has a mark twice in a row. */
function markRun(text: string, i: number, lineEnd: number): { runEnd: number; repeat: boolean } {
  let runEnd = i + 2;
  let repeat = false;
  while (runEnd < lineEnd && MARK.test(text[runEnd]!)) {
    if (canonicalMark(text[runEnd - 1]!) === canonicalMark(text[runEnd]!)) repeat = true;
    runEnd++;
  }
  return { runEnd, repeat };
}

/** Two marks at `i`: keep the one that ends more (certain for a full stop at the line's end or before a closing quote). */
function reportPair(ctx: RuleContext, i: number, line: Line): void {
  const text = ctx.text;
  const a = text[i]!;
  const b = text[i + 1]!;
  // A salutation's colon before a stray stop (`同志们：。`) stays: it opens the speech.
  const salutation = /^[:：]$/.test(a) && b === '。' && i - line.start <= 40 && SALUTATION_RE.test(text.slice(line.start, i));
  const keepFirst = salutation || (STRENGTH[a] ?? 0) >= (STRENGTH[b] ?? 0);
  const keep = keepFirst ? a : b;
  const drop = keepFirst ? { start: i + 1, end: i + 2, newText: '' } : { start: i, end: i + 1, newText: '' };
  const other = keepFirst ? { start: i, end: i + 1, newText: '' } : { start: i + 1, end: i + 2, newText: '' };
  // Keeping the full stop at the end of a line or before a closing quote is certain.
  const after = text[i + 2];
  // A colon's value may be what was lost (`评委有：。`): which mark goes is the writer's call there.
  const certain = salutation || (keep === '。' && !/[:：]/.test(a + b));
  const safe = certain && (i + 2 >= line.end || after === '”' || after === '’');
  ctx.report({
    start: i,
    end: i + 2,
    messageId: 'pair',
    params: { pair: a + b },
    fixes: [
      { title: 'keep', params: { mark: keep }, edits: [drop], safe },
      { title: 'keep', params: { mark: keepFirst ? b : a }, edits: [other], safe: false },
    ],
  });
}

/** A run of three or more different marks: keep the one that ends most. */
function reportRun(ctx: RuleContext, start: number, end: number, atLineEnd: boolean): void {
  const text = ctx.text;
  const run = text.slice(start, end);
  let keep = run[0]!;
  for (const c of run) if ((STRENGTH[c] ?? 0) > (STRENGTH[keep] ?? 0)) keep = c;
  const after = text[end];
  const safe = keep === '。' && (atLineEnd || after === '”' || after === '’');
  ctx.report({
    start,
    end,
    messageId: 'pair',
    params: { pair: run },
    fixes: [{ title: 'keep', params: { mark: keep }, edits: [{ start, end, newText: keep }], safe }],
  });
}
