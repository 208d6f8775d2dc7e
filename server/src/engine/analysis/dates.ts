/**
 * Dates written in a draft and their formats. Shared by the date rules and the
 * consistency report. Owner: date rules.
 */
import type { SpeechDocument } from './document';
import { byLine } from './by-line';
import { LINE_CACHE_SIZE, ownString, type BoundedCache } from '../util/bounded-cache';
import { webResidueStrength } from './residue';
import { dateNumberValue } from '../util/numerals';
import { HAN } from '../util/han';
import { TONE_MARKS } from '../util/pinyin';

/** `chinese`: 2024年3月9日 (GB/T 9704); others are the forms that rule flags. */
export type DateFormat = 'chinese' | 'chinese-padded' | 'chinese-numerals' | 'iso' | 'dotted' | 'slashed' | 'compact' | 'partial';

export interface DateMention {
  start: number;
  end: number;
  line: number;
  text: string;
  year?: number;
  month?: number;
  day?: number;
  format: DateFormat;
  /** Whether this is the date line under the title. */
  isDateLine: boolean;
}

export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
}

const SP = '[ \\u3000]?';
/**
 * A year's digit in Chinese numerals; a zero may be an OCR's or a typist's `0`/`O`
 * (`二00四年`, `二OO四年`), read as 〇 when a Chinese digit stands beside it.
 */
const CN_DIGIT = '[〇○零一二三四五六七八九0０OoＯ]';
/** The look-alikes of 〇 a year in Chinese numerals may hold. */
const ZERO_LIKE_RE = /[0０OoＯ]/g;
const CN_SMALL = '[一二三四五六七八九十]{1,3}';

/** Each pattern with the format it denotes; tried in order, earlier wins on overlap. */
const PATTERNS: ReadonlyArray<{ re: RegExp; format: DateFormat | 'arabic' }> = [
  {
    // 2024年3月9日, 2024年03月09日, 2024年3月 and 3月9日 (padding decides the format).
    // `元月` is January (`2019年元月18日`).
    re: new RegExp(`(?<![\\d.．])(?:(\\d{4})${SP}年${SP})?(\\d{1,2}|元)${SP}月${SP}(?:(\\d{1,2})${SP}[日号])?`, 'g'),
    format: 'arabic',
  },
  {
    re: new RegExp(`(?<![A-Za-z\\d０-９])(${CN_DIGIT}{4})年(${CN_SMALL}|元)月(?:(${CN_SMALL})日)?`, 'g'),
    format: 'chinese-numerals',
  },
  // Numeric forms need a plausible year and all three parts, so `1.2.3`, `2024.5`,
  // version numbers and `9704-2012` are never dates.
  { re: /(?<![\d.\-/A-Za-z])((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?![\d\-A-Za-z]|[.]\d)/g, format: 'iso' },
  { re: /(?<![\d.\-/A-Za-z])((?:19|20)\d{2})\.(\d{1,2})\.(\d{1,2})(?![\d\-A-Za-z]|[.]\d)/g, format: 'dotted' },
  { re: /(?<![\d.\-/A-Za-z])((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?![\d\-/A-Za-z]|[.]\d)/g, format: 'slashed' },
  // Its 年 and 月 lost in a page's copy, eight figures and the 日 left (`20221118日下午`, `20211226日)`).
  { re: /(?<![\d.\-/A-Za-z])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])[日号]/g, format: 'compact' },
];

/** A slot year right before a month (`20xx年3月5日`) makes the whole date the placeholder rule's. */
const SLOT_YEAR_BEFORE = /[xXＸｘ×][ \u3000]?年[ \u3000]?$/;

function validMonthDay(month: number, day: number | undefined): boolean {
  return month >= 1 && month <= 12 && (day === undefined || (day >= 1 && day <= 31));
}

/** Full-width digits (`２０１９年２月１８日`, typed with a full-width input method): read as their ASCII twins. */
const FULLWIDTH_DIGIT_RE = /[０-９]/g;
const asciiDigits = (s: string): string => s.replace(FULLWIDTH_DIGIT_RE, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** The month a date writes: a number, or `元` for January. */
const monthNumber = (m: string): number | undefined => (m === '元' ? 1 : /^\d+$/.test(m) ? Number(m) : dateNumberValue(m));

/**
 * Dates in one line of text, offsets relative to the line. Full-width digits are read as digits (one UTF-16 unit
 * each, so offsets hold); each mention's text is the line's own.
 */
export function datesInText(raw: string): Array<Omit<DateMention, 'line' | 'isDateLine'>> {
  const line = /[０-９]/.test(raw) ? asciiDigits(raw) : raw;
  const out: Array<Omit<DateMention, 'line' | 'isDateLine'>> = [];
  for (const { re, format } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((d) => start < d.end && d.start < end)) continue;
      let year: number | undefined;
      let month: number | undefined;
      let day: number | undefined;
      let fmt: DateFormat;
      if (format === 'arabic') {
        // `3月` alone is a month, not a date; `3月9日` or `2024年3月` are dates.
        if (m[1] === undefined && m[3] === undefined) continue;
        if (m[1] === undefined && SLOT_YEAR_BEFORE.test(line.slice(0, start))) continue;
        year = m[1] !== undefined ? Number(m[1]) : undefined;
        month = monthNumber(m[2]!);
        day = m[3] !== undefined ? Number(m[3]) : undefined;
        const padded = /^0\d/.test(m[2]!) || (m[3] !== undefined && /^0\d/.test(m[3]));
        // `元月` in a full date is a month in words: GB/T 9704 writes `1月` (a date line's finding only, as for numerals).
        const words = m[2] === '元' && year !== undefined && day !== undefined;
        fmt = padded ? 'chinese-padded' : words ? 'chinese-numerals' : year !== undefined && day !== undefined ? 'chinese' : 'partial';
      } else if (format === 'chinese-numerals') {
        // `2004年` is the Arabic pattern's; a look-alike zero counts only beside a Chinese digit.
        if (!/[一二三四五六七八九]/.test(m[1]!)) continue;
        year = dateNumberValue(m[1]!.replace(ZERO_LIKE_RE, '〇'));
        month = monthNumber(m[2]!);
        day = m[3] !== undefined ? dateNumberValue(m[3]) : undefined;
        if (month === undefined) continue;
        fmt = format;
      } else {
        year = Number(m[1]);
        month = Number(m[2]);
        day = Number(m[3]);
        if (!validMonthDay(month, day)) continue;
        fmt = format;
      }
      out.push({
        start,
        end,
        text: line === raw ? m[0] : raw.slice(start, end),
        format: fmt,
        ...(year !== undefined ? { year } : {}),
        ...(month !== undefined ? { month } : {}),
        ...(day !== undefined ? { day } : {}),
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Year, month and day of a date written alone (a date line's text). */
export function parseDateText(text: string): DateParts | undefined {
  const d = datesInText(text.trim())[0];
  if (!d) return undefined;
  return { ...(d.year !== undefined ? { year: d.year } : {}), ...(d.month ? { month: d.month } : {}), ...(d.day ? { day: d.day } : {}) };
}

/** GB/T 9704 form: `2024年3月15日` (or `3月15日` without the year). */
export function formatChineseDate(date: Date, withYear = true): string {
  const md = `${date.getMonth() + 1}月${date.getDate()}日`;
  return withYear ? `${date.getFullYear()}年${md}` : md;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month; February counts 29 when the year is unknown. */
export function daysInMonth(month: number, year?: number): number {
  if (month === 2) return year === undefined || isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** A clock time or a count after a date: a page's timestamp (`2024-12-12 09:00:02 690`), not the draft's. */
const STAMP_AFTER_RE = /^[ \u3000]*(?:\d{1,2}:\d{2}|\d+\+?(?:[ \u3000]|$))/;
/** A page's metadata label before a date: `发布时间：`, `更新日期:`, `成文日期: | `. */
const STAMP_LABEL_RE = /(?:发布|發布|发表|發表|更新|上传|上傳|成文)[^：:\n]{0,3}[：:][ \u3000|｜]*$/;
/**
 * A bare `时间：` or `日期：` label, a page stamp only before a numeric date (`时间:2023-08-11`,
 * `日期:2023.01.21`); a notice's `时间：2024年5月25日（星期六）` and prose's `放假安排时间为:2021年1月1日` are the text's.
 */
const BARE_LABEL_RE = /(?:时间|時間|日期)[^：:\n]{0,3}[：:][ \u3000|｜]*$/;

/**
 * A column name after a page's date (`演讲稿`, `工作总结`), perhaps with a view count (`毕业典礼 714`);
 * a weekday or time of day is the draft's own.
 */
const STAMP_COLUMN_RE = new RegExp(String.raw`^(?!(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]|上午|下午|晚上)[${HAN}]{2,6}(?:[ \u3000]+\d{1,7})?$`);
/**
 * What may stand before a page's date at the start of its line: nothing, a menu bullet (`• 2024-03-07 毕业典礼 714`),
 * or the news agency or site the page credits (`新华社  2019-04-27`, `人民网 2023-01-21`).
 */
const STAMP_LEAD_RE = /^(?:[•●▪◦・]|[\u4e00-\u9fff]{1,8}(?:社|网|網|报|報|台))?$/;
/** A numeric date alone after such a source: the page's stamp. */
const SOURCE_LEAD_RE = /^[\u4e00-\u9fff]{1,8}(?:社|网|網|报|報|台)$/;

/**
 * After a numeric date opening a line of page metadata, the page's own words: `投稿人 : 佚名 围观 : 0 评论`,
 * `下载文档一键复制全文` (a draft's `2024-03-09召开全市工作会议` is prose).
 */
const STAMP_TAIL_RE = /^[^，,。；;！？!?]{0,30}$/;
const STAMP_WORD_RE = /下载|下載|复制|複製|浏览|瀏覽|阅读|閱讀|投稿|评论|評論|收藏|分享|来源|來源|作者|编辑|編輯|点击|點擊|围观|圍觀|人气|人氣|举报|舉報/;

/** A converter's pinyin after a character (`發(fā)布時(shí)間:`): read the label without it. */
const LABEL_GLOSS_RE = new RegExp(`[(（][a-zü${TONE_MARKS}]{1,7}[)）]`, 'g');

/** Whether a date is page metadata: a timestamp, or the value of a `发布时间：` label. */
function isPageStamp(line: string, start: number, end: number): boolean {
  const near = line.slice(Math.max(0, start - 40), start);
  const label = (/[(（][a-z]/.test(near) ? near.replace(LABEL_GLOSS_RE, '') : near).slice(-12);
  if (STAMP_AFTER_RE.test(line.slice(end)) || STAMP_LABEL_RE.test(label)) return true;
  const numeric = /^\d/.test(line.slice(start)) && /[-./]/.test(line.slice(start, end));
  if (!numeric) return false;
  if (BARE_LABEL_RE.test(label)) return true;
  // A numeric date opening a short line with a column name: `2025/04/22演讲稿`.
  const before = line.slice(0, start).trim();
  const after = line.slice(end).trim();
  if (!STAMP_LEAD_RE.test(before)) return false;
  if (STAMP_COLUMN_RE.test(after) || (after === '' && SOURCE_LEAD_RE.test(before))) return true;
  // A line of page metadata around the date: `2023-07-18 投稿人 : 佚名`, `2024-11-26下载文档…`.
  return STAMP_TAIL_RE.test(after) && STAMP_WORD_RE.test(after);
}

/** A date of one line; `stamp` when it is a page's metadata (a page stamp, or any date of a strong residue line). */
type LineDate = Omit<DateMention, 'line' | 'isDateLine'> & { stamp?: true };
/** A line's dates by its text (offsets inside the line, text of their own), kept across checks. */
export type DateLineCache = BoundedCache<readonly LineDate[]>;
export const DATE_LINE_CACHE = LINE_CACHE_SIZE;

/** The dates of one line's text, the page stamps among them marked (all of a strong residue line's). */
function lineDates(text: string): readonly LineDate[] {
  const strong = webResidueStrength(text) === 'strong';
  return datesInText(text).map((d) => ({
    ...d,
    text: ownString(d.text),
    ...(strong || isPageStamp(text, d.start, d.end) ? { stamp: true as const } : {}),
  }));
}

/**
 * The draft's dates, and apart from them the page stamps (`发布时间：2023年2月28日`, a date before a clock
 * time) outside the residue lines (whose findings the runner drops): not the draft's words as a rule,
 * but a date there is still a date (a notice's `会议时间：2024年6月31日 9:00` is as impossible as any).
 * One walk over the lines gives both.
 */
export function findDateMentions(doc: SpeechDocument, cache?: DateLineCache): { dates: DateMention[]; stamps: DateMention[] } {
  const dates: DateMention[] = [];
  const stamps: DateMention[] = [];
  const dl = doc.dateLine;
  const residue = doc.residue.lines;
  if (dl && dl.form === 'compact') {
    // `20211217` under a title: a date line, in a form only a date line can have.
    const year = Number(dl.text.slice(0, 4));
    const month = Number(dl.text.slice(4, 6));
    const day = Number(dl.text.slice(6, 8));
    dates.push({ start: dl.start, end: dl.end, line: dl.line, text: dl.text, year, month, day, format: 'compact', isDateLine: true });
  }
  for (const l of doc.lines) {
    if (!/\d|年/.test(l.text) || residue.has(l.index)) continue;
    for (const { stamp, ...d } of byLine(doc, l, cache, () => lineDates(l.text))) {
      const start = l.start + d.start;
      const end = l.start + d.end;
      if (stamp) stamps.push({ ...d, start, end, line: l.index, isDateLine: false });
      else dates.push({ ...d, start, end, line: l.index, isDateLine: !!dl && start >= dl.start && end <= dl.end });
    }
  }
  return { dates, stamps };
}

export function findDates(doc: SpeechDocument, cache?: DateLineCache): DateMention[] {
  return findDateMentions(doc, cache).dates;
}

/** The year of the draft's date line, when it has one. */
export function dateLineYear(doc: SpeechDocument): number | undefined {
  const dl = doc.dateLine;
  if (dl?.form === 'compact') return Number(dl.text.slice(0, 4));
  return dl ? parseDateText(dl.text)?.year : undefined;
}
