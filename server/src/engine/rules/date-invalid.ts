import { defineRule } from '../rule-api/rule-helpers';
import { dateLineYear, daysInMonth, isLeapYear, type DateMention } from '../analysis/dates';
import { datesOf, stampDatesOf } from '../rule-api/shared-analyses';
import { isWebResidueLine } from '../analysis/residue';
import type { MessageParams } from '../model/i18n';
import { NO_MONTH_DATE_RE } from '../analysis/date-line';

/** `13月` on its own; a count (`连续13月`) is not a month. */
const BARE_MONTH_RE = /(?<![\d.．\-—–~～至到])(1[3-9]|[2-9]\d)[ \u3000]?月(?!\d)/g;
/**
 * A month and day run together, the 月 between them lost in a page's copy: `于1016日到1022日在北京`, `1016日至22日`
 * (10月16日). Three or four figures whose last two are a day and the rest a month, read as a date only where one
 * follows it: a range (`至`, `到`, a dash), the time of day, or the meeting held then. `至120日。`, `第100日` are counts.
 */
const LOST_MONTH_RE = /(?<![\d.．\-—年月第])([1-9]|1[0-2])([12]\d|3[01]|0[1-9])[ \u3000]?日(?=[ \u3000]?(?:至|到|[—–\-－~～]|上午|下午|晚上|早上|凌晨|中午|召开|召開|举行|舉行|开幕|開幕|闭幕|閉幕|在[^\d，,。]))/g;
const COUNTING_BEFORE = /(?:连续|連續|近|满|滿|共|累计|累計|超过|超過|历时|歷時|用|经过|經過|每|第|前|后|後|个|個)[ \u3000]?$/;

export const dateInvalid = defineRule({
  id: 'date-invalid',
  category: 'date',
  description: { zh: '不存在的日期', en: 'A date that does not exist' },
  docs: { zh: '例：`2月30日`、`6月31日`。', en: 'e.g. `2月30日`, `6月31日`.' },
  defaultSeverity: 'error',
  fixable: false,
  messages: {
    badMonth: {
      zh: '日期“{text}”不存在：没有{month}月，请核对',
      en: 'The date "{text}" does not exist: there is no month {month}; check it',
    },
    badDay: {
      zh: '日期“{text}”不存在：{month}月只有{max}天，请核对',
      en: 'The date "{text}" does not exist: month {month} has only {max} days; check it',
    },
    noMonth: {
      zh: '日期“{text}”缺少月份：请核对并写明完整日期，写作“2019年2月18日”的形式',
      en: 'The date "{text}" has no month: check it and write the full date, as "2019年2月18日"',
    },
    lostMonth: {
      zh: '日期“{text}”缺少“月”：似应为“{month}月{day}日”，请核对并写明完整日期',
      en: 'The date "{text}" has lost its 月: it seems to be "{month}月{day}日"; check it and write the full date',
    },
    notLeap: {
      zh: '日期“{text}”不存在：{year}年不是闰年，2月只有28天，请核对',
      en: 'The date "{text}" does not exist: {year} is not a leap year, February has 28 days; check it',
    },
  },
  check(ctx) {
    const dates = datesOf(ctx);
    const lineYear = dateLineYear(ctx.doc);
    const covered: Array<[number, number]> = [];
    // The date line under the title, its month lost (`（2019年38日）`): one finding there, no date line asked for.
    const dl = ctx.doc.dateLine;
    if (dl && dl.form === 'date' && NO_MONTH_DATE_RE.test(dl.text)) ctx.report({ start: dl.start, end: dl.end, messageId: 'noMonth', params: { text: dl.text } });
    // A page's stamp is a date too: a notice's `2024年6月31日 9:00` reads as one (a date before a clock time).
    for (const d of [...dates, ...stampDatesOf(ctx)]) {
      if (d.month === undefined) continue;
      covered.push([d.start, d.end]);
      const issue = problem(d, lineYear);
      if (issue) ctx.report({ start: d.start, end: d.end, ...issue });
    }
    for (const l of ctx.doc.lines) {
      if (/\d日/.test(l.text) && !isWebResidueLine(l.text)) reportLostMonths(ctx, l, covered);
      if (!/月/.test(l.text) || isWebResidueLine(l.text)) continue;
      BARE_MONTH_RE.lastIndex = 0;
      for (let m = BARE_MONTH_RE.exec(l.text); m; m = BARE_MONTH_RE.exec(l.text)) {
        const start = l.start + m.index;
        const end = start + m[0].length;
        if (covered.some(([s, e]) => start < e && s < end)) continue;
        if (COUNTING_BEFORE.test(l.text.slice(0, m.index))) continue;
        ctx.report({ start, end, messageId: 'badMonth', params: { text: m[0], month: Number(m[1]) } });
      }
    }
  },
});

function problem(d: DateMention, lineYear: number | undefined): { messageId: string; params: MessageParams } | undefined {
  const month = d.month!;
  if (month < 1 || month > 12) return { messageId: 'badMonth', params: { text: d.text, month } };
  if (d.day === undefined) return undefined;
  // An undated day (`2月29日`, `今年2月29日`) is read in the year of the date line.
  const year = d.year ?? lineYear;
  if (month === 2 && d.day === 29 && year !== undefined && !isLeapYear(year)) {
    return { messageId: 'notLeap', params: { text: d.text, year } };
  }
  // February's length in the date's year when it is known (`2019年2月30日`: 28 days, not 29).
  const max = daysInMonth(month, year);
  if (d.day < 1 || d.day > max) return { messageId: 'badDay', params: { text: d.text, month, max } };
  return undefined;
}

type InvalidContext = Parameters<typeof dateInvalid.check>[0];

function reportLostMonths(ctx: InvalidContext, l: { start: number; text: string }, covered: ReadonlyArray<[number, number]>): void {
  LOST_MONTH_RE.lastIndex = 0;
  for (let m = LOST_MONTH_RE.exec(l.text); m; m = LOST_MONTH_RE.exec(l.text)) {
    const start = l.start + m.index;
    const end = start + m[0].length;
    if (covered.some(([s, e]) => start < e && s < end) || COUNTING_BEFORE.test(l.text.slice(0, m.index))) continue;
    ctx.report({ start, end, messageId: 'lostMonth', params: { text: m[0], month: Number(m[1]), day: Number(m[2]) } });
  }
}
