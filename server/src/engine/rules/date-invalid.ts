import { defineRule } from '../rule-api/rule-helpers';
import { dateLineYear, daysInMonth, isLeapYear, type DateMention } from '../analysis/dates';
import { datesOf, stampDatesOf } from '../rule-api/shared-analyses';
import { isWebResidueLine } from '../analysis/residue';
import type { MessageParams } from '../model/i18n';
import { NO_MONTH_DATE_RE, isMalformedDateText } from '../analysis/date-line';

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
    malformed: {
      zh: '日期行“{text}”写法有误，读不出年月日：请核对并写明完整日期，写作“2019年2月18日”的形式',
      en: 'The date line "{text}" is mistyped and reads as no date: check it and write the full date, as "2019年2月18日"',
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
    if (dl && dl.form === 'date') {
      reportDateLine(ctx, dl);
      covered.push([dl.start, dl.end]);
    }
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

/** The same in a sentence after its year: `2022年1118日下午` (11月18日); four figures, so the month is sure. */
const YEAR_RUN_TOGETHER_RE = /(?<=(?<!\d)(?:19|20)\d{2}[ \u3000]?年[ \u3000]?)(1[0-2])(0[1-9]|[12]\d|3[01])[ \u3000]?[日号]/g;

function reportLostMonths(ctx: InvalidContext, l: { start: number; text: string }, covered: ReadonlyArray<[number, number]>): void {
  for (const re of [LOST_MONTH_RE, YEAR_RUN_TOGETHER_RE]) reportLost(ctx, l, covered, re);
}

function reportLost(ctx: InvalidContext, l: { start: number; text: string }, covered: ReadonlyArray<[number, number]>, re: RegExp): void {
  re.lastIndex = 0;
  for (let m = re.exec(l.text); m; m = re.exec(l.text)) {
    const start = l.start + m.index;
    const end = start + m[0].length;
    if (covered.some(([s, e]) => start < e && s < end) || COUNTING_BEFORE.test(l.text.slice(0, m.index))) continue;
    ctx.report({ start, end, messageId: 'lostMonth', params: { text: m[0], month: Number(m[1]), day: Number(m[2]) } });
  }
}

/** Four figures between 年 and 日, a month of two and a day of two run together: `2022年1118日` (11月18日). */
const RUN_TOGETHER_RE = /年[ \u3000]?(1[0-2])(0[1-9]|[12]\d|3[01])[ \u3000]?[日号]$/;

/**
 * The date line under the title, mistyped: its month lost (`（2019年38日）`; `（2022年1118日）` reads as 11月18日)
 * or its figures garbled (`（20222年11月18日）`). One finding there, no date line asked for, and no fix: which
 * figure is wrong is the writer's to say.
 */
function reportDateLine(ctx: InvalidContext, dl: { start: number; end: number; text: string }): void {
  const at = { start: dl.start, end: dl.end };
  if (NO_MONTH_DATE_RE.test(dl.text)) {
    const run = RUN_TOGETHER_RE.exec(dl.text);
    if (run) ctx.report({ ...at, messageId: 'lostMonth', params: { text: dl.text, month: Number(run[1]), day: Number(run[2]) } });
    else ctx.report({ ...at, messageId: 'noMonth', params: { text: dl.text } });
  } else if (isMalformedDateText(dl.text)) {
    ctx.report({ ...at, messageId: 'malformed', params: { text: dl.text } });
  }
}
