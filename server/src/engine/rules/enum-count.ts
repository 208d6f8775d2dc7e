import { defineRule } from '../rule-helpers';
import { findAnnouncements } from '../enumerations';
import { chineseNumeral } from '../outline';
import { outlineOf } from './shared-analyses';

/** 2 → 两 (两个), 3 → 三. */
function countWord(n: number): string {
  return n === 2 ? '两' : chineseNumeral(n);
}

export const enumCount = defineRule({
  id: 'enum-count',
  category: 'structure',
  description: { zh: '宣布的条数与实际不符', en: 'Announced count does not match what follows' },
  defaultSeverity: 'warning',
  fixable: false,
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
    truncated: {
      zh: '宣布“{text}”，其后只有{countedZh}个{what}，正文似在此中断：请核对是否缺少内容',
      en: 'Announces "{text}" ({announced}) but only {counted} {whatEn} follow and the text seems cut off: check whether something is missing',
    },
  },
  check(ctx) {
    const outline = outlineOf(ctx);
    const announcements = ctx.memo('announcements', () => findAnnouncements(ctx.doc, outline));
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
        // A cut-off paste is worth a note, not a warning.
        ...(a.truncated ? { severity: 'info' as const } : {}),
        data: { announced: a.announced, counted: a.counted, countedWhat: a.countedWhat ?? '', items: a.items ?? [] },
      });
    }
  },
});
