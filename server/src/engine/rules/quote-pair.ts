import { defineRule } from '../rule-helpers';
import type { FixInput } from '../rule';
import { intendedMarks, SHORT_QUOTE, type QuoteProblem } from '../quotes';
import { quotesOf } from './shared-analyses';

/** Longest stretch of quoted text shown in a message. */
const SHOWN = 16;
const SENTENCE_END_RE = /[。！？!?；;]/;

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
    unclosed: {
      zh: '左引号「{mark}」在本段中没有对应的右引号：请补上右引号或删去',
      en: 'Opening quotation mark "{mark}" is never closed in its paragraph: add the closing mark or delete it',
    },
    stray: {
      zh: '右引号「{mark}」前面没有对应的左引号：请补上左引号或删去',
      en: 'Closing quotation mark "{mark}" has no opening mark before it: add the opening mark or delete it',
    },
    fixPair: { zh: '改为 {fixed}', en: 'Change to {fixed}' },
  },
  check(ctx) {
    const { problems } = quotesOf(ctx);
    for (const p of problems) report(ctx.text, p, ctx.report);
  },
});

function report(text: string, p: QuoteProblem, emit: Parameters<typeof quotePair.check>[0]['report']): void {
  if (p.kind !== 'pair' || !p.pair) {
    emit({ start: p.pos, end: p.pos + 1, messageId: p.kind, params: { mark: p.ch }, data: { kind: p.kind, mark: p.ch } });
    return;
  }
  const pair = p.pair;
  const want = intendedMarks(pair.cls);
  const content = text.slice(pair.open + 1, pair.close);
  const edits = [];
  if (text[pair.open] !== want.open) edits.push({ start: pair.open, end: pair.open + 1, newText: want.open });
  if (text[pair.close] !== want.close) edits.push({ start: pair.close, end: pair.close + 1, newText: want.close });
  const short = content.length <= SHORT_QUOTE && !SENTENCE_END_RE.test(content) && !content.includes('\n');
  const shown = content.length > SHOWN ? `${content.slice(0, SHOWN / 2)}…${content.slice(-SHOWN / 2)}` : content;
  const found = text[pair.open] + shown + text[pair.close];
  const fixed = want.open + shown + want.close;
  const fixes: FixInput[] = [{ title: 'fixPair', params: { fixed }, edits, safe: short }];
  // A long pair is pointed at by its wrong marks only, so the squiggle stays readable.
  const start = short ? pair.open : edits[0]!.start;
  const end = short ? pair.close + 1 : edits[edits.length - 1]!.end;
  emit({
    start,
    end,
    messageId: pair.reversed ? 'reversed' : 'mixed',
    params: { found, fixed },
    fixes,
    data: { kind: pair.reversed ? 'reversed' : 'mixed' },
  });
}
