/**
 * The date line under a speech's title, in all the forms drafts write it: `（2024年3月15日）`,
 * `——2024年3月15日`, `2024年3月15日上午`, `2024-07-07`, a byline with its date, a date slot.
 * Split from the anatomy, which finds where the title and this line stand.
 */
import { datesInText } from './dates';
import { HAN } from '../util/han';

const SP = '[ \\u3000]*';
/** A slot for a year, month or day: `20XX`, `X`, `**`, `__`, or nothing but spaces. */
// A part of a date slot: marks (`20XX`, `X`), spaces, or a part already filled (`2024年X月X日`:
// the month and day are still to come).
// A year's first digits may be Chinese numerals (`二〇XX`, `二○**`, `二00*`), and its last too (`一xx二`).
const SLOT_PART = `(?:[\\d〇○零一二三四五六七八九]{0,3}[xXｘＸ×*＊_＿○〇]{1,4}[〇○零一二三四五六七八九]{0,2}|\\d{1,4}|[〇○零一二三四五六七八九十]{1,4}|[ \\u3000]+)?`;
const SLOT_DATE_RE = new RegExp(`^${SLOT_PART}${SP}年${SP}${SLOT_PART}${SP}月${SP}${SLOT_PART}${SP}日`);
/** `20211217` alone under a title. */
const COMPACT_DATE_RE = /^((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/;
const WEEKDAY = '(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]';
const DAYTIME = '(?:上午|下午|晚上|早上|中午|晚)';
/** The hour after the time of day: `9:00`, `9时30分`. */
const CLOCK = '(?:\\d{1,2}[:：]\\d{2}|\\d{1,2}[时時点點](?:\\d{1,2}分|半)?|[一二三四五六七八九十]{1,3}[时時点點](?:[一二三四五六七八九十]{1,3}分|半)?)';
/** What may follow the date inside a date line: a weekday, a place, `根据录音整理`. */
/** The source a published date line names after the date: `（2021年2月22日，来源：九江e媒）`. */
const SOURCE_NOTE = `[，,、 \\u3000]${SP}(?:来源|來源|稿源|出处|出處)${SP}[：:]${SP}[^，,。！？；;：:（）()]{1,20}`;
const DATE_NOTE_RE = new RegExp(
  `^${SP}(?:[（(]${SP}${WEEKDAY}${SP}[）)]${SP})?(?:在[^，,。！？；;：:（）()]{2,40}|${SOURCE_NOTE}|(?:[，,、 \\u3000]${SP})?[^，,。！？；;：:（）()\\d]{1,16}(?:[，,、]${SP}[^，,。！？；;：:（）()]{1,16})?)?${SP}$`,
);
export const SENTENCE_END_RE = /[。！？!?；;]/;
/** One to three words, then a date, perhaps with its weekday: a byline (`康生张春桥 1967.09.28`). */
const BYLINE_DATE_RE = new RegExp(`^((?:[^\\s，,。：:、；;！？]{2,20}[ \\u3000]+){1,3})([^\\s（(，,]{8,12})(?:${SP}[（(]${SP}${WEEKDAY}${SP}[）)]|[ \\u3000，,]${SP}${WEEKDAY})?$`);

/** After a date alone on its line: its weekday and the time of day (`2019年3月5日上午`, `2024年3月15日（星期五）晚`). */
const DATE_TAIL_RE = new RegExp(
  `^${SP}(?:(?:[（(]${SP}${WEEKDAY}${SP}[）)]|[，,]?${SP}${WEEKDAY})${SP}(?:${DAYTIME})?|[，,]?${SP}${DAYTIME}(?:${SP}${CLOCK})?|[（(][^（）()。！？!?；;\\d]{1,16}[）)])${SP}$`,
);
/** A date line, then a note in brackets of its own (`（根据录音整理）`). */
const NOTED_RE = /^([（(][^（）()]{6,40}[）)])[ \u3000]*[（(][^（）()\d]{1,16}[）)]$/;
/** The end of a meeting held over days, after its first day: `—16日`, `至16日`, `至4月2日`. */
const DAY_RANGE_RE = /^[ \u3000]*(?:[—–－\-~～]{1,2}|至|到)[ \u3000]*(?:\d{1,2}月)?\d{1,2}日/;

/** The days of a meeting held over days, after its year and month: `15—16日`, `15日至16日` is the other form. */
const DAYS_RE = /^[ \u3000]*\d{1,2}[ \u3000]*(?:[—–－\-~～]{1,2}|至|到)[ \u3000]*\d{1,2}[ \u3000]*日/;

/**
 * A date line that gives the season or the part of the year only: `（2024年春）`, `（2023年秋季）`, `——2024年初`,
 * `（二〇二四年春）`. Nothing else in the line.
 */
const SEASON_RE = /^(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})[ \u3000]*年[ \u3000]*(?:[春夏秋冬](?:季|天)?|初|底|末|[上下]半年)(?=[ \u3000]*$)/;

/** A short byline or source with no clause in it, then a bracketed group at the end of the line. */
const BYLINE_THEN_DATE_RE = /^([^，,。！？!?；;：:（）()\d“”《》]{2,24})(?:[（(]([^（）()]{8,16}(?:[（(][^（）()]{2,4}[）)])?)[）)]?|([^（）()]{8,16})[）)])$/;
/** A title's words: a title with its date after it (`在…上的讲话(2019年2月1日)`) is a title, no byline. */
const SPEECH_IN_RE = /在|讲话|講話|致辞|致辭|致词|发言|發言|报告|報告|讲稿|講稿|贺词|賀詞|演讲|演講|主持词|开幕词|闭幕词|欢迎词|党课|黨課/;

/** A date line in brackets in the report form, the meeting first: `（在2019年3月5日全市经济工作会议上）`. */
const MEETING_FIRST_RE = /^在[^，,。！？；;（）()]{0,30}?$/;
const MEETING_END_RE = /^[^，,。！？；;（）()]{2,30}上(?:的(?:讲话|講話|发言|發言|致辞|致辭|报告|報告))?$/;

/** After a full date alone on its line, the place it was spoken (`2019年3月5日，北京`, `2019年3月5日 于北京`). */
const PLACE_TAIL_RE = new RegExp(`^(?:[，,、]|[ \\u3000]+|[，,]?${SP}[于於])${SP}[于於]?[${HAN}]{2,12}${SP}$`);

export interface DateLineMatch {
  /** The date's own range inside the line (without brackets and notes). */
  start: number;
  end: number;
  text: string;
  /** `compact` for `20211217`, `slot` for `（20XX年X月X日）` and `（ 年 月 日）`. */
  form: 'date' | 'compact' | 'slot';
}

/** The date at the start of `s`: a written date with year and month, a compact date or a date slot. */
function leadingDate(s: string): { length: number; form: DateLineMatch['form']; full: boolean } | undefined {
  const d = datesInText(s)[0];
  if (d && d.start === 0 && d.year !== undefined && d.month !== undefined) {
    // A day mistyped after a written month (`2022年11月1 8日`): the whole date, its own finding (date-invalid).
    const bad = d.day === undefined ? MALFORMED_DATE_RE.exec(s) : null;
    if (bad && bad[0].length > d.end) return { length: bad[0].length, form: 'date', full: true };
    return { length: d.end, form: 'date', full: d.day !== undefined };
  }
  const slot = SLOT_DATE_RE.exec(s);
  // A slot date has at least one slot part; `2024年3月15日` in another script is not one.
  if (slot && /[xXｘＸ×*＊_＿○〇]|^[ \u3000]*年|年[ \u3000]*月|月[ \u3000]*日/.test(slot[0])) {
    return { length: slot[0].length, form: 'slot', full: true };
  }
  const compact = /^\d{8}(?!\d)/.exec(s);
  if (compact && COMPACT_DATE_RE.test(compact[0])) return { length: 8, form: 'compact', full: true };
  // A year and a day, the month lost in typing (`2019年38日`): a date line still, its own finding (date-invalid).
  const noMonth = NO_MONTH_DATE_RE.exec(s);
  if (noMonth) return { length: noMonth[0].length, form: 'date', full: true };
  // Figures and 年月日 that make no date (`20222年11月18日`, `2022年111月18日`): still the date line, reported as such.
  const bad = MALFORMED_DATE_RE.exec(s);
  if (bad) return { length: bad[0].length, form: 'date', full: true };
  return undefined;
}

/**
 * A year and a day in figures and 年…日 alone, that no date pattern reads: a digit too many or a space inside
 * (`20222年11月18日`, `2022年111月18日`, `2022年11月1 8日`). Under a title it is the date line mistyped, not a missing one.
 */
const MALFORMED_DATE_RE = /^(?:19|20)\d{2}\d{0,2}[ \u3000]?年[ \u3000]?\d[\d \u3000]{0,6}(?:月[ \u3000]?\d[\d \u3000]{0,5})?[日号]/;

/** Whether a date line's text is such a mistyped date: no full date reads the whole of it. */
export function isMalformedDateText(text: string): boolean {
  if (!MALFORMED_DATE_RE.test(text)) return false;
  const d = datesInText(text)[0];
  return !(d && d.start === 0 && d.end === text.length && d.year !== undefined && d.day !== undefined);
}

/** A full date whose month was lost: `2019年38日`, `二〇一九年十八日`. */
export const NO_MONTH_DATE_RE = /^(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})[ \u3000]?年[ \u3000]?(?:\d{1,4}|[一二三四五六七八九十]{1,4})[ \u3000]?[日号]/;

/**
 * The speaker and then the date, inside the brackets of a date line:
 * `（湖南省衡阳市政协副主席、衡山县委书记戴新贤，2026年2月14日）`. The date is full and ends the
 * brackets (perhaps with its weekday after it); before it, after a comma or space, a short byline with no sentence in it.
 */
function signedDate(inner: string): { start: number; end: number } | undefined {
  const t = inner.trimEnd();
  const d = datesInText(t).pop();
  // The date ends the brackets, or its weekday and time of day do (`…戴新贤 2024年2月18日，星期日`).
  if (!d || (d.end !== t.length && !DATE_TAIL_RE.test(t.slice(d.end))) || d.year === undefined || d.month === undefined || d.day === undefined) return undefined;
  const byline = t.slice(0, d.start);
  if (!/^[^，,。！？；;：:（）()]{2,40}[，,\u3000 ][ \u3000]*$/.test(byline)) return undefined;
  return { start: d.start, end: d.end };
}

/**
 * What a transcript's note says around its date: `根据录音整理`, `根据…讲话录音整理`, `根据录音整理截至…`,
 * `据记录整理于…`. Nothing else: `（根据录音整理，有删节）` has no date, and a sentence is no note.
 */
const TRANSCRIPT_NOTE_RE = /^[，,、 \u3000]*(?:根据|根據|据|據)?[ \u3000]*的?(?:讲话|講話|现场|現場)?[ \u3000]*(?:录音|錄音|记录|記錄)稿?整理(?:而成)?[ \u3000]*(?:截至|截止|于|於)?[，,、 \u3000]*$/;

/**
 * A transcript's note with the full date of the speech inside it: `（根据录音整理截至2026年2月14日）`,
 * `（根据2023年5月8日讲话录音整理）`, `（2023年5月8日根据录音整理）`. The date, once taken out, leaves the note alone.
 */
function transcriptDate(inner: string): { start: number; end: number } | undefined {
  const full = datesInText(inner).filter((x) => x.year !== undefined && x.month !== undefined && x.day !== undefined);
  if (full.length !== 1) return undefined;
  const d = full[0]!;
  return TRANSCRIPT_NOTE_RE.test(inner.slice(0, d.start) + inner.slice(d.end)) ? { start: d.start, end: d.end } : undefined;
}

/**
 * Whether a line is a date line, and where its date is: `（2024年3月15日）`,
 * `（2024年3月15日 星期五）`, `（2024年3月15日（星期五））`, `（2023年9月23日，杭州）`,
 * `（2024年3月15日，根据录音整理）`, `（2020年11月11日（星期三）晚，北京钓鱼台国宾馆）`,
 * `（衡山县委书记戴新贤，2026年2月14日）`, `——2024年3月15日`, `——2025年3月21日在…会议上`,
 * `2024-07-07`, `2024.3.15`, `20211217`, `康生张春桥 1967.09.28`, `（在2019年3月5日全市经济工作会议上）`,
 * `最高人民法院院长 王胜俊 2010年3月11日` (a byline and its date),
 * `（20XX年X月X日）`, `（ 年 月 日）`, and a date with its weekday (`2023年9月28日（星期四）`). A bare `2024年3月` is
 * not one (an issue's month).
 */
export function matchDateLine(lineText: string): DateLineMatch | undefined {
  const lead = lineText.length - lineText.trimStart().length;
  const t = lineText.trim();
  if (t === '' || t.length > 70) return undefined;
  const at = (offset: number, length: number, form: DateLineMatch['form']): DateLineMatch => {
    const text = lineText.slice(lead + offset, lead + offset + length).trim();
    const start = lead + offset + lineText.slice(lead + offset).indexOf(text);
    return { start, end: start + text.length, text, form };
  };
  // A date line and a note in brackets of its own after it: `（2024年3月15日）（根据录音整理）`.
  const noted = NOTED_RE.exec(t);
  if (noted) {
    const first = matchDateLine(noted[1]!);
    if (first && first.form !== 'slot') return { ...first, start: first.start + lead, end: first.end + lead };
  }
  // In brackets (round, or the 〔〕 and [] a converter or typist uses): the date, perhaps the
  // last day of a meeting held over days (`2024年3月15—16日`), then at most a weekday or a short note.
  const open = /^[（(〔\[【［][ \u3000]*/.exec(t);
  if (open && /[）)〕\]】］]$/.test(t)) {
    const inner = t.slice(open[0].length, -1);
    const d = leadingDate(inner);
    const rest = d ? inner.slice(d.length).replace(d.full ? DAY_RANGE_RE : DAYS_RE, '') : '';
    // A note, or the weekday and hour (`（2024年3月15日上午9时）`).
    if (d && (DATE_NOTE_RE.test(rest) || (d.full && DATE_TAIL_RE.test(rest)))) return at(open[0].length, d.length, d.form);
    // The meeting first, its full date inside: `（在2019年3月5日全市经济工作会议上）`.
    const m = datesInText(inner).find((x) => x.year !== undefined && x.day !== undefined);
    if (m && MEETING_FIRST_RE.test(inner.slice(0, m.start)) && MEETING_END_RE.test(inner.slice(m.end))) return at(open[0].length + m.start, m.end - m.start, 'date');
    const signed = signedDate(inner) ?? transcriptDate(inner);
    if (signed) return at(open[0].length + signed.start, signed.end - signed.start, 'date');
    const season = SEASON_RE.exec(inner);
    return season ? at(open[0].length + season.index, season[0].length, 'date') : undefined;
  }
  // The speaker or the source, then the date in brackets: `义龙新区新闻中心(2020年9月30日)`, `市委书记 张三（2024年3月15日）`.
  const after = BYLINE_THEN_DATE_RE.exec(t);
  // One bracket of the two may be lost in the copy.
  if (after && !SPEECH_IN_RE.test(after[1]!)) {
    const inner = after[2] ?? after[3]!;
    const d = leadingDate(inner);
    const tail = d ? inner.slice(d.length) : '';
    if (d && d.full && d.form === 'date' && (tail.trim() === '' || DATE_TAIL_RE.test(tail))) return at(t.indexOf(inner, after[1]!.length), d.length, d.form);
  }
  // A full date that kept one bracket of two, the other lost in the copy: `2022年12月30日)`, `（2022年12月30日`.
  const half = open ? t.slice(open[0].length) : /[）)]$/.test(t) ? t.slice(0, -1).trimEnd() : undefined;
  if (half !== undefined) {
    const d = leadingDate(half);
    // Its note kept too: `2018年8月21日,根据录音整理)`.
    if (d && d.full && (d.length === half.length || (d.form === 'date' && DATE_NOTE_RE.test(half.slice(d.length))))) return at(open ? open[0].length : 0, d.length, d.form);
  }
  // After a dash: `——2024年3月15日` and the report form `——2024年3月15日在…上`.
  // An em dash, or the box-drawing and bar look-alikes a converter leaves (`──`, `――`).
  const dash = /^(?:——|—|--|－－|[─―]{1,2})[ \u3000]*/.exec(t);
  if (dash) {
    const rest = t.slice(dash[0].length);
    const d = leadingDate(rest);
    if (d && d.full && !SENTENCE_END_RE.test(rest)) return at(dash[0].length, d.length, d.form);
    const season = SEASON_RE.exec(rest);
    return season ? at(dash[0].length, season[0].length, 'date') : undefined;
  }
  const d = leadingDate(t);
  if (d) {
    const rest = t.slice(d.length);
    // Alone, with a weekday, or the report form `2025年3月21日在…会议上`.
    if (rest.trim() === '' && (d.full || d.form !== 'date')) return at(0, d.length, d.form);
    if (d.full && (DATE_TAIL_RE.test(rest) || PLACE_TAIL_RE.test(rest))) return at(0, d.length, d.form);
    // The date, then the speaker set apart by spaces or a comma: `2019年2月18日    县委书记  张三`.
    if (d.full && d.form === 'date' && /^(?:[ \u3000]+|[，,][ \u3000]*)\S/.test(rest) && BYLINE_RE.test(rest.replace(/^[，, \u3000]+/, '').trimEnd())) return at(0, d.length, d.form);
    if (d.full && d.form === 'date' && /^[ \u3000]*在[^，,。！？；;：:]{2,40}$/.test(rest)) return at(0, d.length, d.form);
    return undefined;
  }
  // A byline ending with its date: `康生张春桥 1967.09.28`, `最高人民法院院长 王胜俊 2010年3月11日`.
  const byline = BYLINE_DATE_RE.exec(t);
  if (byline) {
    const bd = leadingDate(byline[2]!);
    // Two or three words before the date: an office and a name (`最高人民法院院长 王胜俊`).
    const who = byline[1]!.trim();
    const named = (!/[ \u3000]/.test(who) || BYLINE_RE.test(who)) && !SOURCE_RE.test(who);
    if (bd && bd.full && bd.length === byline[2]!.length && named) return at(byline[1]!.length, bd.length, bd.form);
  }
  return undefined;
}

/** A page's source before its publication date (`新华社  2019-04-27`, `来源：人民网`): a stamp, no byline. */
const SOURCE_RE = /(?:社|网|網|报|報|台|刊|来源|來源)$|^(?:来源|來源)/;
/** The title-block line under a title that names the speaker: `石家庄市市长 马宇骏`, `國務院總理 李鵬`, `行政长官 李家超`. */
export const BYLINE_RE =
  new RegExp(String.raw`^[^\s，,。：:]{0,20}(?:长|長|官|書記|书记|主任|主席|委员|委員|总理|總理|经理|經理|董事|总裁|總裁|代表|记者|記者)[ \u3000]*[${HAN}·]{2,4}$`);
