import { defineRule } from '../rule-api/rule-helpers';
import { isHanCode } from '../util/han';
import type { FixInput } from '../rule-api/rule';
import type { TextEdit } from '../model/types';
import { reportMass } from '../rule-api/mass-findings';
import { DISPLACED_QUOTES_RE, intendedMarks, SHORT_QUOTE, type QuoteProblem } from '../analysis/quotes';
import { bodyEndOf, formulationsOf, quotesOf, slotsOf } from '../rule-api/shared-analyses';
import { openAtCut } from '../analysis/body-end';
import { FORMULATION_DICTIONARY } from '../analysis/formulations';

/** Longest stretch of quoted text shown in a message. */
const SHOWN = 16;
const SENTENCE_END_RE = /[。！？!?；;]/;
/** Opening quotation marks, and any quotation mark (what may close one). */
const OPENING = new Set(['“', '‘', '「', '『', '〝']);
const ANY_QUOTE_RE = /[“”‘’「」『』〝〞〟"']/g;
/** The marks that may close (or reopen) a quotation, by its opening mark. */
const SAME_CLASS_RE: Record<string, RegExp> = { '“': /[“”"]/g, '‘': /[‘’']/g, '「': /[「」]/g, '『': /[『』]/g, '〝': /[〝〞〟”]/g };
const EMPTY_PAIR_RE = new RegExp(DISPLACED_QUOTES_RE.source, 'g');

export const quotePair = defineRule({
  id: 'quote-pair',
  category: 'typography',
  description: { zh: '引号不成对或方向颠倒', en: 'Unpaired or reversed quotation marks' },
  docs: { zh: '例：`”六个关系”`、`“六个导向“`。', en: 'e.g. `”六个关系”`, `“六个导向“`.' },
  defaultSeverity: 'warning',
  fixable: true,
  wordFindings: false,
  messages: {
    reversed: {
      zh: '引号方向颠倒：{found} 应为 {fixed}',
      en: 'Quotation marks the wrong way round: {found} should be {fixed}',
    },
    mixed: {
      zh: '引号半角全角混用：{found} 应为 {fixed}',
      en: 'Half-width and full-width quotation marks mixed: {found} should be {fixed}',
    },
    foreign: {
      zh: '引号左右不配套：{found} 应为 {fixed}',
      en: 'Quotation marks of two kinds: {found} should be {fixed}',
    },
    unclosed: {
      zh: '左引号「{mark}」在本段中没有对应的右引号：请补上右引号或删去',
      en: 'Opening quotation mark "{mark}" is never closed in its paragraph: add the closing mark or delete it',
    },
    stray: {
      zh: '右引号「{mark}」前面没有对应的左引号：请补上左引号或删去',
      en: 'Closing quotation mark "{mark}" has no opening mark before it: add the opening mark or delete it',
    },
    garbled: {
      zh: '引号疑似乱码：{found} 中的“?”原本应是引号或间隔号，请核对原文后改正',
      en: 'Garbled quotation marks: the "?" in {found} stood for a quotation mark or a separator; check the source and correct it',
    },
    displaced: {
      zh: '引号错位：{found} 之间没有文字，引号已离开所引的词（常见于从 PDF 复制），请核对原文后改正',
      en: 'Displaced quotation marks: nothing stands between {found}; the marks have left the words they quoted (common in PDF copies); check the source and correct them',
    },
    ascii: {
      zh: '引号与全文不一致：全文用“”引用，此处用了直引号 {found}，应为 {fixed}',
      en: 'Straight quotation marks in a draft that quotes with “”: {found} should be {fixed}',
    },
    asciiProseMass: {
      zh: '全文用直引号引用（共 {count} 处，如 {found}）：中文正文应使用中文引号“”，可一次全部改正',
      en: 'The draft quotes with straight marks ({count}, e.g. {found}): Chinese prose quotes with “”; fix them all at once',
    },
    asciiProse: {
      zh: '中文正文应使用中文引号：此处用了直引号 {found}，应为 {fixed}',
      en: 'Straight quotation marks in Chinese prose: {found} should be {fixed}',
    },
    fixAllAscii: { zh: '全部改为中文引号（{count} 处）', en: 'Change them all to “” ({count})' },
    fixPair: { zh: '改为 {fixed}', en: 'Change to {fixed}' },
    fixClose: { zh: '在“{term}”后补上右引号：{fixed}', en: 'Close the quotation after "{term}": {fixed}' },
  },
  check(ctx) {
    const { problems, garbled } = quotesOf(ctx);
    // A mixed pair around a formulation the draft writes in another style is slogan-variant's
    // (its fix goes to the draft's form, not just to matching marks).
    const sloganOwned = new Set<number>();
    if (problems.some((p) => p.pair?.mixed && !p.pair.reversed)) {
      for (const use of formulationsOf(ctx))
        for (const o of use.occurrences) if (o.mixed && o.quote !== use.canonicalQuote) sloganOwned.add(o.start);
    }
    // The draft's style for a mixed pair: ASCII marks where the draft quotes mostly with them.
    // Counted in one pass over the pairs (a long draft has tens of thousands).
    const asciiStyle = new Set<string>();
    const count = { double: [0, 0], single: [0, 0] };
    for (const p of quotesOf(ctx).pairs) {
      if ((p.cls !== 'double' && p.cls !== 'single') || p.mixed || p.reversed) continue;
      count[p.cls][p.ascii ? 0 : 1]!++;
    }
    for (const cls of ['double', 'single'] as const) if (count[cls][0]! > count[cls][1]!) asciiStyle.add(cls);
    if (count.double[1]! >= 1 && count.double[1]! >= count.double[0]!) reportAsciiPairs(ctx, 'ascii');
    // Chinese prose (，。, or a copy whose commas went half-width: `,` after a Chinese character)
    // that quotes in straight marks throughout: GB/T 15834 quotes Chinese prose with “”, whatever
    // the draft's own habit (a copy from a plain-text editor or a site that flattened its marks).
    else if (count.double[0]! >= 1 && chineseProse(ctx.text)) reportAsciiPairs(ctx, 'asciiProse');
    let terms: Set<string> | undefined;
    for (const p of problems) {
      if (p.pair && sloganOwned.has(p.pair.open)) continue;
      // `坚持“四跟四走”“四带四` at the end of a web excerpt: the page was cut, not the quotation.
      // Marks of other kinds after it (`「樹立『四個意識』，…不斷從政治意`: the quotation's own
      // inner quotes) do not close it.
      if (p.kind === 'unclosed' && OPENING.has(p.ch) && openAtCut(ctx.doc, bodyEndOf(ctx), p.pos, SAME_CLASS_RE[p.ch] ?? ANY_QUOTE_RE)) continue;
      const closer = p.kind === 'unclosed' ? CLOSER[p.ch] : undefined;
      if (closer) {
        const term = termAfter(ctx.text, p.pos, (terms ??= termsOf(ctx)), p.ch);
        if (term) {
          const at = p.pos + 1 + term.length;
          const fixed = p.ch + term + closer + ctx.text[at]!;
          ctx.report({
            start: p.pos,
            end: p.pos + 1,
            messageId: 'unclosed',
            params: { mark: p.ch },
            fixes: [{ title: 'fixClose', params: { term, fixed }, edits: [{ start: at, end: at, newText: closer }], safe: true }],
            data: { kind: p.kind, mark: p.ch },
          });
          continue;
        }
      }
      report(ctx.text, p, ctx.report, asciiStyle);
    }
    // `“ ”一、牢牢把握 两个确立 的…`: a PDF copy moved the marks away from their words, leaving
    // an opening and a closing mark with only spaces between. No fix: only the source knows where they go.
    const taken = new Set(problems.map((p) => p.pos));
    EMPTY_PAIR_RE.lastIndex = 0;
    for (let m = EMPTY_PAIR_RE.exec(ctx.text); m; m = EMPTY_PAIR_RE.exec(ctx.text)) {
      const end = m.index + m[0].length;
      if (taken.has(m.index) || taken.has(end - 1)) continue;
      // `实施“ ”工程`: an empty quotation between words is a slot whose name was deleted (placeholder's).
      const at = m.index;
      if (slotsOf(ctx).some((s) => s.start <= at && s.end >= end)) continue;
      ctx.report({ start: m.index, end, messageId: 'displaced', params: { found: m[0] }, data: { kind: 'displaced' } });
    }
    for (const g of garbled) {
      const found = ctx.text.slice(g.start, g.end);
      ctx.report({ start: g.start, end: g.end, messageId: 'garbled', params: { found }, data: { kind: 'garbled' } });
    }
  },
});

/** Chinese text, and what may stand beside a quotation in prose (not `=` of markup, not a letter or digit: `5"`). */
const HAN_RE = /[\u4e00-\u9fff]/;
const ASCII_OUTSIDE_RE = /[=A-Za-z0-9]/;

/**
 * `“交卷会”…"弹簧门"`: a draft that quotes with “” (at least as often as with ASCII marks) has a pair in ASCII marks
 * around Chinese words. Not a pair inside a “…” or around one (ASCII marks for the inner quotation
 * want ‘’, not “”), nor one whose term the draft also quotes with “” (slogan-variant's, with counts).
 */
function reportAsciiPairs(ctx: Parameters<typeof quotePair.check>[0], messageId: 'ascii' | 'asciiProse'): void {
  const doubles = quotesOf(ctx).pairs.filter((p) => p.cls === 'double' && !p.mixed && !p.reversed).sort((a, b) => a.open - b.open);
  if (!doubles.some((p) => p.ascii)) return;
  const owned = new Set<number>();
  for (const use of formulationsOf(ctx)) for (const o of use.occurrences) if (o.quote !== use.canonicalQuote) owned.add(o.start);
  // The opening of the next “…” after each pair (one pass from the end).
  const nextCurly: number[] = new Array<number>(doubles.length);
  for (let i = doubles.length - 1, at = Infinity; i >= 0; i--) {
    nextCurly[i] = at;
    if (!doubles[i]!.ascii) at = doubles[i]!.open;
  }
  let curlyEnd = -1;
  const found: Array<{ start: number; end: number; edits: TextEdit[]; fixed: string; shown: string; short: boolean }> = [];
  for (let i = 0; i < doubles.length; i++) {
    const p = doubles[i]!;
    if (!p.ascii) {
      curlyEnd = Math.max(curlyEnd, p.close);
      continue;
    }
    const content = ctx.text.slice(p.open + 1, p.close);
    if (curlyEnd > p.open || nextCurly[i]! < p.close || owned.has(p.open)) continue;
    if (content.length > 2 * SHORT_QUOTE || content.includes('\n') || !HAN_RE.test(content)) continue;
    if (ASCII_OUTSIDE_RE.test(ctx.text[p.open - 1] ?? '') || ASCII_OUTSIDE_RE.test(ctx.text[p.close + 1] ?? '')) continue;
    const shown = content.length > SHOWN ? `${content.slice(0, SHOWN / 2)}…${content.slice(-SHOWN / 2)}` : content;
    const short = content.length <= SHORT_QUOTE && !SENTENCE_END_RE.test(content);
    const edits = [{ start: p.open, end: p.open + 1, newText: '“' }, { start: p.close, end: p.close + 1, newText: '”' }];
    found.push({ start: p.open, end: p.close + 1, edits, fixed: `“${shown}”`, shown: `${ctx.text[p.open]}${shown}${ctx.text[p.close]}`, short });
  }
  // A draft quoting in straight marks throughout: one finding whose fix changes them all.
  const certain = found.filter((f) => f.short);
  const massed = messageId === 'asciiProse' && reportMass(ctx, certain, { messageId: 'asciiProseMass', fixTitle: 'fixAllAscii', params: { found: certain[0]?.shown ?? '', fixed: certain[0]?.fixed ?? '' } });
  for (const f of found) {
    if (massed && f.short) continue;
    const fixes: FixInput[] = [{ title: 'fixPair', params: { fixed: f.fixed }, edits: f.edits, safe: f.short }];
    ctx.report({ start: f.start, end: f.end, messageId, params: { found: f.shown, fixed: f.fixed }, fixes, data: { kind: 'ascii' } });
  }
}

/** Clause marks after Chinese characters needed before a draft counts as Chinese prose. */
const PROSE_MARKS_MIN = 5;

/**
 * Whether the draft is Chinese prose: at least PROSE_MARKS_MIN full-width ，。 or half-width `,`
 * right after a Chinese character (a page whose marks a site flattened still writes prose; the
 * half-width marks are punct-halfwidth's, the straight quotes this rule's). One pass.
 */
function chineseProse(text: string): boolean {
  let marks = 0;
  for (let i = 0; i < text.length && marks < PROSE_MARKS_MIN; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xff0c || c === 0x3002) marks++;
    else if (c === 0x2c && i > 0 && isHanCode(text.charCodeAt(i - 1))) marks++;
  }
  return marks >= PROSE_MARKS_MIN;
}

/** The closing mark of each opening mark. */
const CLOSER: Record<string, string> = { '“': '”', '‘': '’', '「': '」', '『': '』' };
/** A pause or a stop: where a short quoted name ends. */
const PAUSE_RE = /[、，,。；;：:！？!?]/;

/** The 提法 a draft may quote: the dictionary's, the configuration's and those it quotes itself. */
function termsOf(ctx: Parameters<typeof quotePair.check>[0]): Set<string> {
  const terms = new Set<string>(FORMULATION_DICTIONARY.map((e) => e.term));
  for (const t of ctx.config.formulations) terms.add(t);
  for (const use of formulationsOf(ctx)) if (use.forms.some((f) => f.quote !== 'none')) terms.add(use.term);
  return terms;
}

/**
 * The 提法 an unclosed opening mark at `pos` stands before, when a pause follows it at once
 * (`增强“四个意识、坚定“四个自信”`), or, for an inner mark, the outer quotation's close
 * (`“…运用监督执纪‘四种形态”。`: the quotation ends with the term, so the term's quotation does):
 * the quotation closes there, and a closing mark is all that is missing. The longest term that fits.
 */
function termAfter(text: string, pos: number, terms: ReadonlySet<string>, open: string): string | undefined {
  const outerClose = OUTER_CLOSE[open];
  for (let n = MAX_TERM; n >= 2; n--) {
    const t = text.slice(pos + 1, pos + 1 + n);
    const next = text[pos + 1 + n] ?? '';
    if (t.length === n && terms.has(t) && (PAUSE_RE.test(next) || next === outerClose)) return t;
  }
  return undefined;
}
/** The closing mark of the quotation an inner opening mark stands in. */
const OUTER_CLOSE: Record<string, string> = { '‘': '”', '『': '」' };
const MAX_TERM = 10;
/** A pause inside a quotation: a quoted term holds none. */
const CLAUSE_RE = /[，,；;：:]/;

/**
 * Reports one problem. A mixed or reversed pair is fixed to the standard full-width marks, even
 * in a draft that quotes mostly in ASCII marks: a fix never writes a half-width quotation mark.
 */
/**
 * A mixed pair is fixed to the draft's style (ASCII marks where it quotes mostly with them), but
 * fix-all never writes ASCII marks: toward them the fix is a suggestion.
 */
function report(text: string, p: QuoteProblem, emit: Parameters<typeof quotePair.check>[0]['report'], asciiStyle: ReadonlySet<string>): void {
  if (p.kind !== 'pair' || !p.pair) {
    emit({ start: p.pos, end: p.pos + 1, messageId: p.kind, params: { mark: p.ch }, data: { kind: p.kind, mark: p.ch } });
    return;
  }
  const pair = p.pair;
  // `开展XX之问”大讨论…发出了XX之问”`: the same words end at both marks, so each closes the same quoted
  // term and its opening mark was lost (a keyword filter took it with a name). Read as a pair the wrong
  // way round, the "fix" would quote the text between them: two stray closing marks, no fix.
  if (pair.reversed && CLOSING.has(text[pair.open]!) && sameWordsBefore(text, pair.open, pair.close)) {
    for (const pos of [pair.open, pair.close]) emit({ start: pos, end: pos + 1, messageId: 'stray', params: { mark: text[pos]! }, data: { kind: 'stray', mark: text[pos]! } });
    return;
  }
  const ascii = pair.mixed && !pair.reversed && asciiStyle.has(pair.cls) ? (pair.cls === 'double' ? '"' : "'") : undefined;
  const want = ascii ? { open: ascii, close: ascii } : intendedMarks(pair.cls);
  const content = text.slice(pair.open + 1, pair.close);
  const edits = [];
  if (text[pair.open] !== want.open) edits.push({ start: pair.open, end: pair.open + 1, newText: want.open });
  if (text[pair.close] !== want.close) edits.push({ start: pair.close, end: pair.close + 1, newText: want.close });
  const short = content.length <= SHORT_QUOTE && !SENTENCE_END_RE.test(content) && !content.includes('\n');
  const shown = content.length > SHOWN ? `${content.slice(0, SHOWN / 2)}…${content.slice(-SHOWN / 2)}` : content;
  const found = text[pair.open] + shown + text[pair.close];
  const fixed = want.open + shown + want.close;
  // A reversed pair around a clause (`开展XX之问”大讨论活动，国宗书记…发出了XX之问”`) more likely holds two closing
  // marks whose opening ones were lost than one quotation written backwards: the fix is offered, not applied by fix-all.
  const clause = pair.reversed && CLAUSE_RE.test(content);
  const fixes: FixInput[] = [{ title: 'fixPair', params: { fixed }, edits, safe: short && !ascii && !clause }];
  // A long pair is pointed at by its wrong marks only, so the squiggle stays readable.
  const start = short ? pair.open : edits[0]!.start;
  const end = short ? pair.close + 1 : edits[edits.length - 1]!.end;
  const kind = pair.reversed ? 'reversed' : pair.foreign ? 'foreign' : 'mixed';
  emit({ start, end, messageId: kind, params: { found, fixed }, fixes, data: { kind } });
}

const CLOSING = new Set(['”', '’', '」', '』']);
const SAME_END = 3;
const WORD_RE = /^[\u4e00-\u9fffA-Za-zＡ-Ｚａ-ｚ×]+$/;

/** Whether the same word characters stand right before both marks. */
function sameWordsBefore(text: string, a: number, b: number): boolean {
  if (a < SAME_END) return false;
  const w = text.slice(a - SAME_END, a);
  return WORD_RE.test(w) && text.slice(b - SAME_END, b) === w;
}
