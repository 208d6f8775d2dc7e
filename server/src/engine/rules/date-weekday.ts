import { defineRule } from '../rule-api/rule-helpers';
import { dateLineYear, daysInMonth, weekdayOf } from '../analysis/dates';
import { datesOf } from '../rule-api/shared-analyses';

const NAMES = ['日', '一', '二', '三', '四', '五', '六'];
/**
 * `（星期四）`, `星期四`, `周四` right after a date, or after a comma (`2024年3月5日，星期二`, as
 * date lines and notices write it); `周一至周五` is a span of days, not the date's weekday.
 */
const WEEKDAY_AFTER =
  /^[ \u3000]*(?:[，,][ \u3000]*)?(?:[（(][ \u3000]*(星期|礼拜|禮拜|周|週)([一二三四五六日天])[ \u3000]*[）)]|(星期|礼拜|禮拜)([一二三四五六日天])|(周|週)([一二三四五六日])(?![至到—\-~～、末年]))/;

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
    const lineYear = dateLineYear(ctx.doc);
    for (const d of dates) {
      if (d.month === undefined || d.day === undefined || d.month < 1 || d.month > 12) continue;
      if (d.day < 1 || d.day > daysInMonth(d.month, d.year)) continue;
      const m = WEEKDAY_AFTER.exec(ctx.text.slice(d.end, d.end + 12));
      if (!m) continue;
      const prefix = m[1] ?? m[3] ?? m[5]!;
      const written = m[2] ?? m[4] ?? m[6]!;
      const writtenDay = written === '天' ? 0 : NAMES.indexOf(written);
      const year = d.year ?? lineYear;
      if (year === undefined) continue;
      const right = weekdayOf(year, d.month, d.day);
      if (right === writtenDay) continue;
      // An undated day may belong to the year before or after the date line's.
      if (d.year === undefined && [year - 1, year + 1].some((y) => weekdayOf(y, d.month!, d.day!) === writtenDay)) continue;
      const charAt = d.end + m.index + m[0].lastIndexOf(written);
      const params = {
        date: d.year === undefined ? `${year}年${d.month}月${d.day}日` : d.text,
        prefix,
        right: NAMES[right]!,
        wrong: written,
        rightEn: EN[right]!,
        wrongEn: EN[writtenDay]!,
      };
      ctx.report({
        start: d.start,
        end: charAt + 1,
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
    }
  },
});

const EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
