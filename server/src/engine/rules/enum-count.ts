import { defineRule } from '../rule-api/rule-helpers';
import { chineseNumeral } from '../util/numerals';
import { announcementsOf } from '../rule-api/shared-analyses';

/** 2 → 两 (两个), 3 → 三. */
function countWord(n: number): string {
  return n === 2 ? '两' : chineseNumeral(n);
}

const NUMERAL = /[一二两三四五六七八九十]+|\d+/;

/** `三点意见` → `四点意见`: the announced numeral rewritten to the count, never applied by fix-all. */
function countFix(text: string, start: number, counted: number) {
  const m = NUMERAL.exec(text);
  if (!m) return [];
  const newText = /\d/.test(m[0]) ? String(counted) : countWord(counted);
  const fixed = text.slice(0, m.index) + newText + text.slice(m.index + m[0].length);
  const at = start + m.index;
  return [{ title: 'rewriteCount', params: { fixed }, edits: [{ start: at, end: at + m[0].length, newText }], safe: false }];
}

export const enumCount = defineRule({
  id: 'enum-count',
  category: 'structure',
  description: { zh: '宣布的条数与实际不符', en: 'Announced count does not match what follows' },
  docs: { zh: '例：“讲三点意见”后面有四个标题。', en: 'e.g. “讲三点意见” followed by four headings.' },
  defaultSeverity: 'warning',
  // Only a suggestion: whether the count or the items are wrong is the writer's call.
  fixable: true,
  wordFindings: false,
  messages: {
    fewer: {
      zh: '宣布“{text}”，其后只有{countedZh}个{what}：请核对条数，补齐内容或改正宣布的数字',
      en: 'Announces "{text}" ({announced}) but only {counted} {whatEn} follow: check the count, add what is missing or correct the number',
    },
    more: {
      zh: '宣布“{text}”，其后却有{countedZh}个{what}：请核对条数，改正宣布的数字或合并条目',
      en: 'Announces "{text}" ({announced}) but {counted} {whatEn} follow: check the count, correct the number or merge items',
    },
    rewriteCount: { zh: '改为“{fixed}”（按实际条数）', en: 'Change to "{fixed}" (the count that follows)' },
    truncated: {
      zh: '宣布“{text}”，其后只有{countedZh}个{what}，正文似在此中断：请核对是否缺少内容',
      en: 'Announces "{text}" ({announced}) but only {counted} {whatEn} follow and the text seems cut off: check whether something is missing',
    },
  },
  check(ctx) {
    const announcements = announcementsOf(ctx);
    for (const a of announcements) {
      if (a.counted === undefined || a.counted === a.announced) continue;
      const messageId = a.counted > a.announced ? 'more' : a.truncated ? 'truncated' : 'fewer';
      ctx.report({
        start: a.start,
        end: a.end,
        messageId,
        params: {
          text: a.text,
          announced: a.announced,
          counted: a.counted,
          countedZh: countWord(a.counted),
          what: a.countedWhat ?? '',
          whatEn: a.countedWhatEn ?? '',
        },
        ...(a.truncated ? {} : { fixes: countFix(a.text, a.start, a.counted) }),
        // A cut-off paste is worth a note, not a warning.
        ...(a.truncated ? { severity: 'info' as const } : {}),
        data: { announced: a.announced, counted: a.counted, countedWhat: a.countedWhat ?? '', items: a.items ?? [] },
      });
    }
  },
});
