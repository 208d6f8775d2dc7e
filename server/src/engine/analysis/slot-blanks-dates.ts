/**
 * Date frames with numerals missing: `定于 年 月 日`, `（ 年 月 日）`, `（2021年2月 日）`,
 * `（二〇〇九年三月   日）`. A date line that is itself the slot is a date; in a sentence, a blank.
 */
import { atLineHead, before, type Candidate } from './slot-marks';
import { endsWithHan, HAN } from '../util/han';

/** A year in Chinese numerals, its zeros written 〇, ○, 零 or 0 (`二〇〇九`, `二00九`); a month or day in them (`三`, `十二`). */
const HAN_YEAR = '[〇○零一二三四五六七八九0０]{4}';
const HAN_MONTH_DAY = '[一二三四五六七八九十]{1,3}';
/** `定于 年 月 日`, `20 年 月 日`, `2024年 月 日`, `（ 年 月 日）`, `（二〇〇九年三月 日）`: a date frame with numerals missing. */
const DATE_FRAME_RE = new RegExp(
  String.raw`(?<![0-9${HAN}])(\d{2,4}|${HAN_YEAR})?[ \u3000]*年[ \u3000]*(\d{1,2}|${HAN_MONTH_DAY})?[ \u3000]*月[ \u3000]*(\d{1,2}|${HAN_MONTH_DAY})?[ \u3000]*[日号]`,
  'g',
);
/** A line that may hold a date frame: `年` then at most a month's numeral then `月`, or `年月日` standing alone. */
export const DATE_FRAME_HINT = new RegExp(String.raw`年[ \u3000]*(?:\d{0,2}|${HAN_MONTH_DAY})[ \u3000]*月|^[ \u3000]*年月日|[—（(]年月日`);

export function dateFrames(line: string, out: Candidate[]): void {
  DATE_FRAME_RE.lastIndex = 0;
  for (let m = DATE_FRAME_RE.exec(line); m; m = DATE_FRAME_RE.exec(line)) {
    const [, year, month, day] = m;
    const full = year !== undefined && year.length === 4 && month !== undefined && day !== undefined;
    if (full || (month !== undefined && day !== undefined)) continue;
    // `年月日` written close is a word (`出生年月日`) unless it stands alone after a dash or a bracket.
    const spaced = /[ \u3000]/.test(m[0]);
    const lead = before(line, m.index).trimEnd();
    const head = atLineHead(line, m.index);
    if (!spaced && !(head || /[—（(]$/.test(lead))) continue;
    if (year === undefined && !head && endsWithHan(before(line, m.index))) continue;
    const start = m.index + (m[0].length - m[0].trimStart().length);
    // A date line that is itself the slot (`（ 年 月 日）`) is a date; a frame in a sentence is a blank.
    const alone = /^[\s（(]*$/.test(line.slice(0, start)) && /^[\s）)]*$/.test(line.slice(m.index + m[0].length));
    out.push({ start, end: m.index + m[0].length, kind: alone ? 'date' : 'blank', latin: false, hasDay: true, hasYear: true });
  }
}
