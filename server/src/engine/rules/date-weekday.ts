import { defineRule } from '../rule-api/rule-helpers';
import { dateLineYear, daysInMonth, weekdayOf, type DateMention } from '../analysis/dates';
import { draftYear, titleYears } from '../analysis/draft-date';
import { datesOf } from '../rule-api/shared-analyses';

const NAMES = ['日', '一', '二', '三', '四', '五', '六'];
const PREFIX = '(星期|礼拜|禮拜|周|週)';
/** `周一至周五` is a span of days, not the date's weekday. */
const NOT_SPAN = '(?![至到—\\-~～、末年])';
/**
 * The weekday right after a date: `（星期四）`, `星期四`, `周四`, or after a comma (`2024年3月5日，星期二`, as
 * date lines and notices write it), or last in the date's note (`1月28日（农历除夕、周二）`). Each with its
 * prefix in group 1 and its day in group 2.
 */
const WEEKDAY_AFTER: readonly RegExp[] = [
  new RegExp(`^[ \\u3000]*(?:[，,][ \\u3000]*)?[（(][ \\u3000]*${PREFIX}([一二三四五六日天])[ \\u3000]*[）)]`),
  new RegExp(`^[ \\u3000]*(?:[，,][ \\u3000]*)?(星期|礼拜|禮拜)([一二三四五六日天])`),
  new RegExp(`^[ \\u3000]*(?:[，,][ \\u3000]*)?(周|週)([一二三四五六日])${NOT_SPAN}`),
  new RegExp(`^[ \\u3000]*[（(][^（）()\\n\\d]{1,12}?[、，,][ \\u3000]*${PREFIX}([一二三四五六日天])[ \\u3000]*[）)]`),
];
/** The weekday before a date in brackets: `星期天(12月31日)晚7时`, `本周六（3月9日）`. */
const WEEKDAY_BEFORE = /(?:(星期|礼拜|禮拜)([一二三四五六日天])|(周|週)([一二三四五六日]))[ \u3000]*[（(][ \u3000]*$/;
const BRACKET_CLOSE = /^[ \u3000]*[）)]/;
/** How many lines back a year written with a date still tells an undated day's year (a notice's `2025年1月12日…1月15日（周三）`). */
const CONTEXT_LINES = 15;

interface WrittenWeekday {
  /** Offset of the weekday's day character in the text. */
  at: number;
  /** Where the weekday (with its prefix) begins, when it stands before the date. */
  before?: number;
  prefix: string;
  written: string;
}

/** The weekday written with the date at [start, end) of `text`, after it or, in brackets, before it. */
function writtenWeekday(text: string, start: number, end: number): WrittenWeekday | undefined {
  for (const re of WEEKDAY_AFTER) {
    const m = re.exec(text.slice(end, end + 24));
    // The day is the last of its characters in the match (a note before it may hold another: `正月初七、周二`).
    if (m) return { at: end + m.index + m[0].lastIndexOf(m[2]!), prefix: m[1]!, written: m[2]! };
  }
  const head = text.slice(Math.max(0, start - 12), start);
  const b = WEEKDAY_BEFORE.exec(head);
  if (!b || !BRACKET_CLOSE.test(text.slice(end, end + 4))) return undefined;
  const from = start - head.length + b.index;
  const prefix = b[1] ?? b[3]!;
  return { at: from + prefix.length, before: from, prefix, written: b[2] ?? b[4]! };
}

/**
 * The years an undated day may belong to: the years written with the dates of the lines just before
 * it (the nearest first), and the draft's own years (its date line, or the year it calls 今年, or else
 * the years its title names: `梅州市举行2012年新春团拜会` over `1月18日（星期三）晚`).
 */
function contextYears(dates: readonly DateMention[], k: number, draft: readonly number[]): number[] {
  const d = dates[k]!;
  const years: number[] = [];
  for (let i = k - 1; i >= 0 && d.line - dates[i]!.line <= CONTEXT_LINES; i--) {
    const y = dates[i]!.year;
    if (y !== undefined && dates[i]!.month !== undefined && !years.includes(y)) years.push(y);
  }
  for (const y of draft) if (!years.includes(y)) years.push(y);
  return years;
}

export const dateWeekday = defineRule({
  id: 'date-weekday',
  category: 'date',
  description: { zh: '日期与星期不符', en: 'Weekday does not match the date' },
  docs: { zh: '例：`2024年3月15日（星期四）`（实为星期五）。', en: 'e.g. `2024年3月15日（星期四）` (a Friday).' },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {
    mismatch: {
      zh: '{date}是{prefix}{right}，不是{prefix}{wrong}：请核对日期或星期',
      en: '{date} was a {rightEn}, not a {wrongEn}: check the date or the weekday',
    },
    fixWeekday: { zh: '改为“{prefix}{right}”', en: 'Change to "{prefix}{right}"' },
  },
  check(ctx) {
    const dates = datesOf(ctx);
    const own = dateLineYear(ctx.doc) ?? draftYear(ctx.doc);
    const draft = own !== undefined ? [own] : titleYears(ctx.doc);
    dates.forEach((d, k) => {
      if (d.month === undefined || d.day === undefined || d.month < 1 || d.month > 12) return;
      if (d.day < 1 || d.day > daysInMonth(d.month, d.year)) return;
      const w = writtenWeekday(ctx.text, d.start, d.end);
      if (!w) return;
      const writtenDay = w.written === '天' ? 0 : NAMES.indexOf(w.written);
      const years = d.year !== undefined ? [d.year] : contextYears(dates, k, draft);
      const year = years[0];
      if (year === undefined) return;
      const right = weekdayOf(year, d.month, d.day);
      if (right === writtenDay) return;
      // An undated day may belong to any of the years around it, or to the year before or after one.
      if (d.year === undefined && years.some((y) => [y - 1, y, y + 1].some((x) => weekdayOf(x, d.month!, d.day!) === writtenDay))) return;
      const charAt = w.at;
      const params = {
        date: d.year === undefined ? `${year}年${d.month}月${d.day}日` : d.text,
        prefix: w.prefix,
        right: NAMES[right]!,
        wrong: w.written,
        rightEn: EN[right]!,
        wrongEn: EN[writtenDay]!,
      };
      ctx.report({
        start: w.before ?? d.start,
        end: w.before === undefined ? charAt + 1 : d.end,
        messageId: 'mismatch',
        params,
        fixes: [
          {
            title: 'fixWeekday',
            params,
            edits: [{ start: charAt, end: charAt + 1, newText: NAMES[right]! }],
            // With the year written out the weekday is certain; an inferred year is a guess.
            safe: d.year !== undefined,
          },
        ],
      });
    });
  },
});

const EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
