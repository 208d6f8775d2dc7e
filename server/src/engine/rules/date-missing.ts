import { defineRule } from '../rule-api/rule-helpers';
import { datesInText, formatChineseDate } from '../analysis/dates';
import type { SpeechDocument, TitleInfo } from '../analysis/document';
import { HEADLINE_RE, SALUTATION_RE, SPEECH_WORD, THEMED_TITLE_RE, isSalutation, matchDateLine } from '../analysis/anatomy';
import { SENTENCE_END_RE } from '../analysis/date-line';
import type { FixInput } from '../rule-api/rule';
import { numeralValue } from '../util/numerals';

const TITLE_END_RE = new RegExp(`${SPEECH_WORD}[ \\u3000]*(?:[（(][^）)]{1,8}[）)])?[ \\u3000]*$`);
/**
 * A title naming a document that is no speech (`关于召开…会议的通知`, `…的意见`, `写给自己的一封信`): its salutation (`各位委员:`, `亲爱的小全:`)
 * does not make it one, and it is dated by its signature, not by a date line under the title.
 */
const OTHER_GENRE_END_RE = /(?:通知|通報|通报|公告|通告|决定|決定|决议|決議|意见|意見|方案|办法|辦法|规定|規定|请示|請示|批复|批覆|纪要|紀要|公函|一封信|公开信|公開信|倡议书|倡議書|感谢信|感謝信|慰问信|慰問信|贺信|賀信)[ \u3000]*(?:[（(][^）)]{1,8}[）)])?[ \u3000]*$/;
/**
 * A report written to be read, not spoken: `…绩效评价报告`, `…自查报告`, `…调研报告`, `关于…情况的报告`. Without a salutation
 * under it (`各位代表:`) it is filed, signed and dated at its end, not given from a rostrum under a date line.
 */
const WRITTEN_REPORT_RE = /(?:(?:评价|評價|自评|自評|自查|调研|調研|调查|調查|考察|审计|審計|检查|檢查|研究|分析|评估|評估|监测|監測|检测|檢測|鉴定|鑒定|决算|決算|整改|核查|排查|实习|實習|实验|實驗|结题|結題|开题|開題|可行性)报告|^[ \u3000]*关于[^，,。！？；;]{2,60}的报告)[ \u3000]*(?:[（(][^）)]{1,8}[）)])?[ \u3000]*$/;
/** What a document site adds after a title (`…慰问信范文`, `…倡议书精选范文3篇`, `…贺信【篇1】`): not the title's genre. */
const SITE_SUFFIX_RE = /(?:(?:精选|精選|优秀|優秀|最新|经典|經典)?(?:范文|範文|范例|範例|模板|样本|樣本)|[（(]?(?:通用)?\d{1,2}篇[）)]?|【?篇[一二三四五六七八九十\d]{1,2}】?)+\d{0,2}[ \u3000]*$/;
const MAX_TITLE = 60;
/** How far below the title a date, however written, still counts. */
const DATE_SEARCH_LINES = 10;
/** How far into the text a sentence naming the meeting's date is looked for. */
const MEETING_SEARCH_LINES = 30;
/** The date line left for the writer to fill; itself reported as a date slot. */
export const DATE_LINE_SLOT = '（    年  月  日）';
/** A sentence that names the day of the meeting: `今天，2024年3月15日，我们召开…`. */
const MEETING_WORDS_RE = /召开|召開|举行|舉行|举办|舉辦|开幕|開幕|隆重|今天|今日|集会|集會/;
/** The speaker's own here and now in that sentence. */
const HERE_NOW_RE = /今天|今日|此时|此刻|我们|我們|咱们|咱們|这里|這裡|這里|在此|本次|这次|這次|此次|今天是/;

/** The longest date `datesInText` finds (`2024 年 03 月 15 日`, 16) and a margin. */
const MAX_DATE_CHARS = 20;

/** A line that is nothing but a date, with or without brackets. */
function isDateOnlyLine(text: string): boolean {
  const inner = text.trim().replace(/^[（(]\s*/, '').replace(/\s*[）)]$/, '');
  // No date is longer (`2024 年 03 月 15 日`): a paragraph is not scanned for one.
  if (inner === '' || inner.length > MAX_DATE_CHARS) return false;
  const d = datesInText(inner)[0];
  return !!d && d.start === 0 && d.end === inner.length && d.year !== undefined;
}

/** `会议时间：2024年3月15日上午9:00` under the title of a 主持词: the draft is dated. */
const DATED_LABEL_RE = /^[ \u3000]*[^，,。！？；;]{0,8}(?:时间|時間|日期)[ \u3000]*[：:]/;

function isDatedLabelLine(text: string): boolean {
  if (!DATED_LABEL_RE.test(text) || text.trim().length > 60) return false;
  // Written with 年月日 (a page's `时间:2022-05-21 06:02:00` stamp is not the meeting's time).
  return datesInText(text).some((d) => d.year !== undefined && d.day !== undefined && /年/.test(d.text) && !/^[ \u3000]*\d{1,2}:\d{2}/.test(text.slice(d.end)));
}

/** A bracketed group in the text run on after a title: `(2011年11月3日 根据录音整理)`, `(2018年2月9日（星期五）)` (a weekday in brackets of its own inside). */
const GROUP_RE = /[（(](?:[^（）()\n]|[（(][^（）()\n]{1,8}[）)]){1,40}[）)]/g;
/** A date with a slot for its year, month or day: `20xx年9月11日`, `2024年X月X日`. */
const GLUED_SLOT_RE = /[（(][ \u3000]*(?:\d{2}[xX×*＊]{2}|\d{4})年[ \u3000]*[\dxX×*＊]{1,2}[ \u3000]*月[ \u3000]*[\dxX×*＊]{1,2}[ \u3000]*日/;
/** How far after a title glued to its text its date may follow (a subtitle and a name between). */
const GLUED_DATE_SPAN = 80;

/** A bracketed group that dates the draft: a date line (`(2011年11月3日 根据录音整理)`) or a date slot. */
function datesDraft(rest: string): boolean {
  for (const m of rest.slice(0, GLUED_DATE_SPAN).matchAll(GROUP_RE)) {
    const d = matchDateLine(m[0]);
    if (d && (d.form !== 'date' || datesInText(d.text).some((x) => x.day !== undefined))) return true;
    // A date slot in it (`(20xx年9月11日)`) is the placeholder rule's.
    if (GLUED_SLOT_RE.test(m[0])) return true;
  }
  return false;
}

/**
 * A title glued by PDF copy to its date line and text, `…上的讲话(2011年11月3日 根据录音整理)刘和平同志们:`,
 * or a copy of the title a few lines down glued so (`…报告(全文)——在…会议上县长赵甲宏(2020年1月8日)各位代表:`):
 * the draft is dated.
 */
function gluedDate(doc: SpeechDocument, title: TitleInfo): boolean {
  const last = doc.lines[title.lastLine]!;
  const rest = doc.text.slice(title.end, last.end);
  if (datesDraft(rest) || spacedDate(rest)) return true;
  const own = doc.text.slice(title.start, title.end).replace(/\s/g, '');
  // The copy may leave out the speaker the page put before the title (`同济大学校长陈杰:在…上的讲话`, the copy `在…上的讲话同济大学校长陈杰(2022年8月28日)…`).
  const spoken = SPEAKER_LEAD_RE.exec(own);
  const copies = spoken && own.length - spoken[0].length >= 8 ? [own, own.slice(spoken[0].length)] : [own];
  for (let i = title.lastLine + 1, seen = 0; i < doc.lines.length && seen < DATE_SEARCH_LINES; i++) {
    const t = doc.lines[i]!.text.trim();
    if (t === '') continue;
    seen++;
    for (const copy of copies) if (copy.length >= 4 && t.startsWith(copy) && datesDraft(t.slice(copy.length))) return true;
  }
  return false;
}

/** A speaker named before the title and set off by a colon: `同济大学校长陈杰:`, `市委书记张三：`. */
const SPEAKER_LEAD_RE = /^[^，,。！？；;：:（）()“”《》\d]{2,24}[：:]/;

/** A full date set apart from the title by spaces on its line: `在…上的讲话    2019年2月18日`. */
function spacedDate(rest: string): boolean {
  const sep = /^[ \u3000\t]+/.exec(rest);
  if (!sep) return false;
  const d = datesInText(rest.slice(sep[0].length, sep[0].length + MAX_DATE_CHARS))[0];
  return !!d && d.start === 0 && d.year !== undefined && d.day !== undefined;
}

/**
 * A full date written with 年月日 alone on the content line right above the title (`2019年2月18日` / `在…上的讲话`):
 * the draft's date, set above its title. A page's numeric stamp there (`2019-02-18`) is not one.
 */
function dateAbove(doc: SpeechDocument, title: TitleInfo): boolean {
  for (let i = title.firstLine - 1; i >= 0; i--) {
    const t = doc.lines[i]!.text;
    if (t.trim() === '') continue;
    if (doc.residue.lines.has(i)) return false;
    const d = isDateOnlyLine(t) || matchDateLine(t)?.form === 'date' ? datesInText(t)[0] : undefined;
    return !!d && /年/.test(d.text) && d.year !== undefined && d.day !== undefined;
  }
  return false;
}

/** A bracketed group of a date line, a weekday's brackets perhaps inside it (`(2006年8月30日（星期三）)`). */
const DATE_GROUP = String.raw`[（(](?:[^（）()\n]|[（(][^（）()\n]{1,4}[）)]){6,40}[）)]`;
/** The speaker's name, then the date line in brackets, the text run on after it (`莊 華 平(2008年1月13日)各位委員、同志們:`). */
const BYLINE_GLUED_RE = new RegExp(String.raw`^[ \u3000]*([^，,。！？!?；;：:（）()\d“”《》]{2,24})(${DATE_GROUP})`);
/** A bracketed group opening the first line under the title, the text run on after it. */
const DATE_GLUED_RE = new RegExp(String.raw`^[ \u3000]*(${DATE_GROUP})`);
/** A fragment of a line a PDF copy cut word by word (`校长` / `秦和` / `(` / `2022` / `年` / `6` / `月`). */
const FRAGMENT_MAX = 6;
const FRAGMENTS_MIN = 3;

/**
 * A date line under the title that a copy broke up or ran on: cut into fragments a line each (joined, they read
 * `校长秦和(2022年6月15日)`), or a byline and its bracketed date with the text glued after them.
 */
function brokenDateLine(doc: SpeechDocument, title: TitleInfo): boolean {
  const fragments: string[] = [];
  let first = true;
  for (let i = title.lastLine + 1; i < doc.lines.length && fragments.length <= DATE_SEARCH_LINES * 2; i++) {
    const t = doc.lines[i]!.text.trim();
    if (t === '' || doc.residue.lines.has(i)) continue;
    if (first) {
      first = false;
      const glued = BYLINE_GLUED_RE.exec(t);
      if (glued && !isSalutation(glued[1]!) && !/在|讲话|講話|致辞|致辭|发言|發言|报告|報告/.test(glued[1]!)) {
        const d = matchDateLine(glued[2]!);
        if (d?.form === 'date' && datesInText(d.text).some((x) => x.day !== undefined)) return true;
      }
      // The date line run on into the salutation: `(2006年8月30日) 同志们:`, `(2005年9月9日)同志们、同学们:…`.
      const lead = DATE_GLUED_RE.exec(t);
      const ld = lead && matchDateLine(lead[1]!);
      if (ld?.form === 'date' && datesInText(ld.text).some((x) => x.day !== undefined)) return true;
      // …or a date line whose figures are slots (`(20*年8月30日) 同志们:`): the placeholder rule's, as on a line of its own.
      if (ld?.form === 'slot') return true;
    }
    if (t.length > FRAGMENT_MAX || SENTENCE_END_RE.test(t)) break;
    fragments.push(t);
  }
  if (fragments.length < FRAGMENTS_MIN) return false;
  // The fragments up to the one closing the date: `(` `2022` `年` … `日)`.
  for (let k = FRAGMENTS_MIN; k <= fragments.length; k++) {
    const d = matchDateLine(fragments.slice(0, k).join(''));
    if (d && d.form === 'date' && datesInText(d.text).some((x) => x.day !== undefined)) return true;
  }
  return false;
}

/** The draft's own title glued to its date line under a page's title: `政府工作报告——2006年2月20日在xx旗第十四届人民代表大会第三次会议上`. */
const TITLED_DATE_RE = /^[ \u3000]*([^，。；：！？,;:!?\n]{2,30}?)(?=——|──|――)/;
function titledDateLine(text: string): boolean {
  const m = TITLED_DATE_RE.exec(text);
  return m !== null && matchDateLine(text.slice(m[0].length))?.form === 'date';
}

function hasDateNearTitle(doc: SpeechDocument, title: TitleInfo): boolean {
  const lines = doc.lines;
  const residue = doc.residue.lines;
  if (gluedDate(doc, title) || brokenDateLine(doc, title) || dateAbove(doc, title)) return true;
  for (let i = title.lastLine + 1, seen = 0; i < lines.length && seen < DATE_SEARCH_LINES; i++) {
    const t = lines[i]!.text;
    if (t.trim() === '' || residue.has(i)) continue;
    seen++;
    if (isDateOnlyLine(t) || (seen <= 4 && isDatedLabelLine(t)) || titledDateLine(t)) return true;
  }
  // A date signed at the end (落款) also dates the draft, with its weekday and hour as a press release gives them
  // (`2022年1月31日(星期一)` / `香港時間12時45分`).
  for (let i = lines.length - 1, seen = 0; i > title.lastLine && seen < 3; i--) {
    const t = lines[i]!.text;
    if (t.trim() === '' || residue.has(i)) continue;
    seen++;
    if (isDateOnlyLine(t) || matchDateLine(t)?.form === 'date' || isMonthDayLine(t)) return true;
  }
  return false;
}

const MD_NUM = '(?:\\d{1,2}|[一二三四五六七八九十]{1,3})';
/** A month and day alone on a line, its year left out: `3月5日`, `三月五日`, `（3月5日）`. */
const MONTH_DAY_LINE_RE = new RegExp(`^[（(]?[ \\u3000]*(${MD_NUM})[ \\u3000]?月[ \\u3000]?(${MD_NUM})[ \\u3000]?[日号][ \\u3000]*[）)]?$`);

/**
 * A signature's date without its year (`3月5日` under the speaker's name): the writer dated the draft, the year
 * being the one it is given in. Only at the end, where a draft is signed.
 */
function isMonthDayLine(text: string): boolean {
  const m = MONTH_DAY_LINE_RE.exec(text.trim());
  if (!m) return false;
  const month = numeralValue(m[1]!);
  const day = numeralValue(m[2]!);
  return month !== undefined && day !== undefined && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/**
 * The lead of a news report, before the speech it quotes: a dateline (`新华社北京3月24日电`, `中国台湾网5月30日重庆讯`,
 * a site's or paper's own `中国企业新闻观察网讯：`, `人民网讯`, `本报讯`, `客户端讯`),
 * the speech reported (`董事长发表重要讲话。`, `习近平新年贺词中说,…`) or announced (`致辞全文如下:`, `以下为致辞全文:`,
 * `以下为省委书记在大会上的讲话实录——`).
 */
const NEWS_LEAD_RE = new RegExp(
  `新华社|新華社|中新社|中新網|中新网|记者|記者|\\d{1,2}日(?:电|電|讯|訊)|(?:发表|發表)[^，,。！？；;]{0,8}?${SPEECH_WORD}|${SPEECH_WORD}(?:全文如下|中说|中說|中表示|时说|時說)|全文如下|^[^，,。！？；;：:]{0,24}(?:报|報|网|網|社|台|端)(?:讯|訊)|以下[为為][^，,。]{0,6}全文|以下[为為是][^，,。]{0,48}${SPEECH_WORD}(?:实录|實錄|全文|原文|摘要|摘登)`,
);
/** A photo's caption: it ends with the photographer's credit (`新华社记者 鞠鹏 摄`) or opens with `图为`. */
const PHOTO_CAPTION_RE = /[摄攝][)）]?$|^[（(]?(?:图为|圖為|图片|圖片)/;
/** A site's box of tags or keywords in black brackets (`【…收录关键词:高质量发展 …】`): no sentence of the page. */
const TAG_BOX_RE = /^【[^【】。！？]{1,120}】$/;
/** How many content lines under a title a news report's lead may be looked for (stamps, captions and bylines between). */
const LEAD_SEARCH_LINES = 6;

/**
 * Whether the text under the title is a news report about the speech, not the speech: before any salutation, the
 * first sentence under the title is a news lead. A report is dated by its lead and its page; the speech it quotes
 * is no draft to date.
 */
function isNewsReport(doc: SpeechDocument, title: TitleInfo): boolean {
  const content = doc.contentLineIndexes(title.lastLine, LEAD_SEARCH_LINES);
  for (const i of content) {
    const t = doc.lines[i]!.text.trim();
    if (isSalutation(t)) return false;
    // Stamps, captions and bylines are short and hold no sentence; the first sentence decides. A photo's caption
    // (`…发表讲话。新华社记者 申宏 摄`) is no lead: the speech may follow it, undated.
    if ((!/[。！？；]|[：:]$/.test(t) && t.length <= 40) || PHOTO_CAPTION_RE.test(t) || TAG_BOX_RE.test(t)) continue;
    // Told in the third person: a speech's first paragraph says 我 and 我们 (a report's quotes may too).
    return NEWS_LEAD_RE.test(t) && !/[我]/.test(t.replace(/“[^”]*”|「[^」]*」/g, ''));
  }
  return false;
}

/** The meeting's date where the draft names it in a sentence near its start, in GB/T 9704 form. */
function meetingDate(doc: SpeechDocument, title: TitleInfo): string | undefined {
  const end = Math.min(doc.lines.length, title.lastLine + 1 + MEETING_SEARCH_LINES);
  for (let i = title.lastLine; i < end; i++) {
    const line = doc.lines[i]!;
    const text = i === title.lastLine ? doc.text.slice(title.end, line.end) : line.text;
    if (!MEETING_WORDS_RE.test(text) || doc.residue.lines.has(i)) continue;
    for (const d of datesInText(text)) {
      if (d.year === undefined || d.month === undefined || d.day === undefined || d.month > 12 || d.day > 31) continue;
      // The date and the meeting word in one sentence.
      const from = Math.max(text.lastIndexOf('。', d.start), 0);
      const to = text.indexOf('。', d.end);
      const sentence = text.slice(from, to < 0 ? text.length : to);
      // This meeting, told by its speaker (`今天，我们在2025年6月10日隆重集会`), not one the text recounts
      // (`1909年3月8日，芝加哥女工举行罢工`, `2023年3月30日，中央政治局召开会议`).
      if (MEETING_WORDS_RE.test(sentence) && HERE_NOW_RE.test(sentence)) {
        return formatChineseDate(new Date(d.year, d.month - 1, d.day));
      }
    }
  }
  return undefined;
}

export const dateMissing = defineRule({
  id: 'date-missing',
  category: 'date',
  description: { zh: '标题下缺少成文日期', en: 'No date line under the title' },
  docs: { zh: '例：标题“在……上的讲话”下没有 `（2024年3月15日）`。', en: 'e.g. no `（2024年3月15日）` under “在……上的讲话”.' },
  defaultSeverity: 'warning',
  fixable: true,
  wordFindings: false,
  messages: {
    missing: {
      zh: '讲话稿标题下缺少日期行：请在标题下注明讲话日期，写作“（2019年2月18日）”的形式',
      en: 'The speech has no date line under its title: add the date of the speech, written as "（2019年2月18日）"',
    },
    insertSlot: {
      zh: '在标题下插入待填写的日期行“{slot}”',
      en: 'Insert a date line to fill in, "{slot}", under the title',
    },
    noYear: {
      zh: '标题下的日期行“{text}”缺少年份：请写明完整日期，写作“（2019年2月18日）”的形式',
      en: 'The date line "{text}" under the title has no year: write the full date, as "（2019年2月18日）"',
    },
    insertMeetingDate: {
      zh: '在标题下插入文中所写的会议日期“（{date}）”',
      en: 'Insert the meeting date the text names, "（{date}）", under the title',
    },
  },
  check(ctx) {
    const { doc, config } = ctx;
    if (!config.requireDateLine) return;
    const title = doc.title;
    if (!title || doc.dateLine || hasDateNearTitle(doc, title)) return;
    const titleText = doc.text.slice(title.start, title.end);
    // A title that names its full date (`在2024年3月15日……上的讲话`) is dated.
    // Its figures perhaps spaced out by a PDF copy (`——1 9 9 8 年3 月5 日在…会议上`).
    const named = titleText.length <= MAX_TITLE ? datesInText(titleText.replace(/(\d)[ \u3000](?=[\d年月日])/g, '$1')) : [];
    if (named.some((d) => d.year !== undefined && d.day !== undefined)) return;
    if (titleText.length > MAX_TITLE) return;
    const genre = titleText.replace(SITE_SUFFIX_RE, '');
    if (!TITLE_END_RE.test(titleText) && !THEMED_TITLE_RE.test(titleText) && (OTHER_GENRE_END_RE.test(genre) || !salutationNear(doc, title))) return;
    if (WRITTEN_REPORT_RE.test(titleText) && !salutationNear(doc, title)) return;
    // A news report about a speech: its headline, or the lead under it; or an outline under the title, no text to speak.
    if (HEADLINE_RE.test(titleText) || isNewsReport(doc, title) || outlineOnly(doc, title)) return;
    // A date line that left out its year (`（3月5日）`): that line's finding, not a second date line above it.
    const noYear = monthDayUnder(doc, title);
    if (noYear) {
      ctx.report({ start: noYear.start, end: noYear.end, messageId: 'noYear', params: { text: noYear.text } });
      return;
    }
    const last = doc.lines[title.lastLine]!;
    const eol = last.eol || doc.eol;
    // A title glued to its text by PDF copy gets the date line between them; a note under the title
    // (`（2024年度）`, `（2024年春节前）`, `（讨论稿）`) belongs to it, and the date line goes under the note.
    const glued = title.end < last.start + last.text.trimEnd().length;
    const insertAt = glued ? title.end : (titleNote(doc, title.lastLine) ?? last).end;
    const line = (s: string) => (glued ? `${eol}${s}${eol}` : `${eol}${s}`);
    const fixes: FixInput[] = [];
    const date = meetingDate(doc, title);
    if (date) {
      fixes.push({ title: 'insertMeetingDate', params: { date }, edits: [{ start: insertAt, end: insertAt, newText: line(`（${date}）`) }], safe: false });
    }
    fixes.push({ title: 'insertSlot', params: { slot: DATE_LINE_SLOT }, edits: [{ start: insertAt, end: insertAt, newText: line(DATE_LINE_SLOT) }], safe: false });
    ctx.report({ start: title.start, end: title.end, messageId: 'missing', fixes, ...(date ? { data: { meetingDate: date } } : {}) });
  },
});

/** A note in brackets under a title: the year or season it covers (no month or day), or the draft's state. */
const TITLE_NOTE_RE = /^[ \u3000]*[（(][ \u3000]*(?:(?:19|20)\d{2}[ \u3000]*年度?[^（）()\d]{0,10}|征求意见稿|讨论稿|修改稿|送审稿|审议稿|初稿|定稿|代拟稿|草稿|摘要|节选|全文)[ \u3000]*[）)][ \u3000]*$/;

/** The line of such a note right under the title (blank lines between), if any. */
function titleNote(doc: SpeechDocument, lastLine: number): SpeechDocument['lines'][number] | undefined {
  for (let i = lastLine + 1; i < doc.lines.length && i <= lastLine + 2; i++) {
    const line = doc.lines[i]!;
    if (line.text.trim() === '') continue;
    return TITLE_NOTE_RE.test(line.text) && !doc.residue.lines.has(i) ? line : undefined;
  }
  return undefined;
}

/** A report's date line, its year left out (`——在3月2日政协…第五次会议上`, `—3月2日在…大会上`): dated, the year missing. */
const MEETING_MONTH_DAY_RE = new RegExp(
  `^(?:——|—|--|[─―]{1,2})[ \\u3000]*(?:在[ \\u3000]*)?(${MD_NUM}[ \\u3000]?月[ \\u3000]?${MD_NUM}[ \\u3000]?日)[ \\u3000]*在?[^，,。！？；;：:]{2,40}(?:会|會)(?:议|議)?上$`,
);

/**
 * A month-and-day line among the first two lines under the title (a byline may stand between), or a report's
 * dash-led meeting line without its year among the lines under the title where a date line is looked for.
 */
function monthDayUnder(doc: SpeechDocument, title: TitleInfo): { start: number; end: number; text: string } | undefined {
  // The content lines under the title, read without listing every line of the draft.
  for (let i = title.lastLine + 1, seen = 0; i < doc.lines.length && seen < DATE_SEARCH_LINES; i++) {
    const line = doc.lines[i]!;
    const text = line.text.trim();
    if (text === '' || doc.residue.lines.has(i)) continue;
    seen++;
    if (seen <= 2 && isMonthDayLine(text)) {
      const start = line.start + line.text.indexOf(text);
      return { start, end: start + text.length, text };
    }
    const meeting = MEETING_MONTH_DAY_RE.exec(text);
    if (meeting) {
      const start = line.start + line.text.indexOf(text) + meeting[0].indexOf(meeting[1]!);
      return { start, end: start + meeting[1]!.length, text: meeting[1]! };
    }
    // The speech begins: a date line comes before the salutation.
    if (seen >= 2 && isSalutation(text)) return undefined;
  }
  return undefined;
}

/** How many content lines under a title show whether a text follows it or only an outline. */
const OUTLINE_LINES = 6;

/**
 * A page labelled an outline under its title (`领导干部讲党课` / `领导干部讲党课的意义` / `大纲` / `一、…`):
 * a study outline or a table of contents, not the text of a speech to be dated.
 */
function outlineOnly(doc: SpeechDocument, title: TitleInfo): boolean {
  const content = doc.contentLineIndexes(title.lastLine, OUTLINE_LINES).filter((i) => !doc.residue.lines.has(i));
  const texts = content.map((i) => doc.lines[i]!.text.trim());
  // A label that names the page an outline (`大纲`, `提纲`, `目录`) on a line of its own, before any salutation.
  const label = texts.findIndex((t) => OUTLINE_LABEL_RE.test(t));
  return label >= 0 && !texts.slice(0, label).some((t) => isSalutation(t));
}
const OUTLINE_LABEL_RE = /^(?:大纲|大綱|提纲|提綱|纲要|綱要|目录|目錄|目[ \u3000]+录|内容提要|内容提纲)[:：]?$/;

function salutationNear(doc: SpeechDocument, title: TitleInfo): boolean {
  // A title glued to its salutation (`…校长致辞创美好未来亲爱的老师们、…`): the rest of its line.
  if (title.end < doc.lines[title.lastLine]!.end && SALUTATION_RE.test(doc.text.slice(title.end, doc.lines[title.lastLine]!.end))) return true;
  const content = doc.contentLineIndexes(title.lastLine, 4);
  return content.some((i) => isSalutation(doc.lines[i]!.text));
}
