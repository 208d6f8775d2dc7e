/**
 * Slots a template leaves in words rather than marks, and names deleted with nothing left:
 * - template words for a figure, a person or a date: `完成投资多少亿元`, `请某同志讲话`,
 *   `于某年某月召开`; a real question (`有多少人参加？`), `某种程度上`, `李某同志` stay quiet;
 * - a name deleted where the sentence must name someone: `在的坚强领导下`, `深刻领会的重要指示
 *   精神`, `刚才， 代表市委…`, `他们是：以及…`, `他们是：老师、老师。`, `…，有请` ending its line;
 * - a figure deleted from a report: `实现营业收入…亿元，增长；` (the rate after 增长);
 * - an empty quotation or title left for a 提法 or a document: `实现“”规划`.
 * Each finder is one linear regex pass over a line; the kinds are decided here.
 */
import { HAN } from '../util/han';
import type { Candidate } from './slot-marks';

/** Lines worth looking at (part of the slot analysis's line trigger, slots.ts). */
export const WORD_SLOT_HINT = /多少|某|在的|的(?:重要|系列重要)|刚才|[：:][ \u3000]?(?:以及|和|等)|有请[！!。：:]?$|增长|下降|增加|减少|提高|降低|“[ \u3000\u00a0]*”|《[ \u3000\u00a0]*》|[：:](?:同志|老师|先生|女士)、/;

const TITLES = '同志|书记|副书记|县长|副县长|市长|副市长|区长|镇长|乡长|局长|处长|科长|厅长|部长|主任|主席|秘书长|院长|校长|董事长|总经理|经理|先生|女士|老师';

/** Verbs and words a figure follows in a statement; `多少` after one stands for the figure. */
const HOW_MANY_RE = new RegExp(
  String.raw`(?<=(?:完成|实现|增长|下降|提高|降低|减少|增加|达到|达|共|共有|计|累计|新增|投资|总投资|约|近|超过|占|第|排名第)[ \u3000]?)多少` +
    String.raw`(?=[ \u3000]?(?:[万亿]?元|万|亿|[%％‰]|个|家|名|位|项|户|人|次|座|所|件|台|辆|套|倍|届|周年|亩|吨|平方|公里|米))`,
  'g',
);
/** What makes the sentence a question, direct or reported: there `多少` asks, it does not stand for a figure. */
const QUESTION_RE = /[？?吗呢能会]|可以|究竟|到底|知道|不知|问|看看|取决|关键/;

/** `某同志`, `某书记`: 某 alone before a title, after a word a name follows or a clause mark (not a surname: `李某同志`). */
const SOMEONE_RE = new RegExp(String.raw`(?<=(?:^|[^${HAN}]|请|有请|欢迎|由|书记|县长|市长|区长|镇长|主任|部长|局长|校长|主席|常委|委员)[ \u3000]?)(?<!某)某(?=(?:${TITLES}))`, 'g');
/** `于某年某月`, `定于某年某月某日`: a date the template leaves open (a story's `在某年某月` stays quiet). */
const SOME_DATE_RE = /某年某月(?:某日)?/g;
/** `刚刚过去的某年，`, `总结了某年双招双引工作`: a year left open after words that name a past year (not `某年某月`, `某年级`, `某年轻干部`). */
const SOME_YEAR_RE = /(?<=(?:过去的|总结了?|回顾了?)[ \u3000]?)某年(?![某级份纪龄轻代])/g;
/** What a template's date follows: a word that dates the event, or nothing (the date line itself). */
const DATES_BEFORE_RE = /(?:于|定于|截至|截止|自|从|至)[ \u3000]?$/;
const LINE_HEAD_RE = /^[ \u3000（(]*$/;

/** `在的坚强领导下`: 在 opening a clause, then 的 and what a leader or a body gives. */
const LED_BY_RE = new RegExp(String.raw`(?<=(?:^|[，,。；;：:！!？?、 \u3000])在)(?=的(?:坚强|正确|亲切|大力)?(?:领导|关怀|关心|支持|带领|指导|帮助|关心支持))`, 'g');
/** `深刻领会的重要指示精神`: a verb of study right before 的 and the leader's speech or instruction. */
const STUDIES_RE = /(?<=(?:学习|领会|贯彻|落实|传达|学习贯彻|贯彻落实)好?)(?=的(?:重要讲话|重要指示|重要批示|系列重要讲话|重要论述|重要回信))/g;
/** `刚才， 代表市委…`, `刚才，宣读了…`: who spoke was deleted (not `刚才，代表们…`). */
const JUST_NOW_RE = /(?<=刚才[，,]?)(?:[ \u3000]+(?=代表(?!们)|宣读|通报|传达|作了|做了|讲了|介绍了)|(?<=[，,])(?=(?:宣读|通报|传达)了|作了重要|做了重要|讲了重要))/g;
/** `他们是：以及各处室领导`: the list of names announced was deleted. */
const LIST_LOST_RE = /(?<=(?:他们是|她们是|分别是|他们分别是|嘉宾有|领导有)[：:][ \u3000]?)(?=以及|和|等|[，,。；;])/g;
/** `他们是：老师、老师。`: the same title listed twice, each without its name. */
const TITLES_ONLY_RE = new RegExp(String.raw`(?<=[：:])(${TITLES})(?:、\1)+(?=[。，,；;]|$)`, 'g');
/** `…，有请` ending its line: the name that follows 有请 was deleted (findSlots keeps it only before a line that is no name). */
const ASKS_AT_END_RE = /(?<=(?:^|[，,。！!：:；;]|下面|现在|接下来|首先|然后|最后)有请)(?=[！!。：:]?$)/g;
/** `实现营业收入…亿元，增长；`: a clause of a report that is only the verb of a rate, its figure deleted. */
const RATE_LOST_RE = /(?<=(?:[元户个家人吨亩]|平方米|公里|[%％])[，,](?:同比|比上年|较上年)?(?:增长|下降|增加|减少|提高|降低))(?=[；;。])/g;
/**
 * `实现“”规划`, `学习《》精神`, `实施“ ”工程`: an empty quotation or title between words. With a space in it only on a
 * line with no other gap between Chinese words: a PDF copy that moved the marks off their words spaces the words out
 * too (`“ ”一、牢牢把握 两个确立 的…`, quote-pair's).
 */
const EMPTY_QUOTE_RE = new RegExp(String.raw`(?<=[${HAN}])(?:“[ \u3000\u00a0]*”|《[ \u3000\u00a0]*》)(?=[${HAN}])`, 'g');
const HAN_GAP_HAN_RE = new RegExp(String.raw`[${HAN}][ \u3000\u00a0]+[${HAN}]`);

function each(line: string, re: RegExp, f: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    f(m);
    if (m[0].length === 0) re.lastIndex++;
  }
}

/** The sentence around `at` (from the last full stop before it to the next one), at most 60 characters each way: linear on long lines. */
function sentenceAround(line: string, at: number): string {
  let s = at;
  while (s > 0 && s > at - 60 && !/[。！!]/.test(line[s - 1]!)) s--;
  let e = at;
  while (e < line.length && e < at + 60 && !/[。！!？?]/.test(line[e]!)) e++;
  return line.slice(s, Math.min(line.length, e + 1));
}

export function wordCandidates(line: string): Candidate[] {
  if (!WORD_SLOT_HINT.test(line)) return [];
  const out: Candidate[] = [];
  const gap = (at: number, end = at) => out.push({ start: at, end, kind: 'blank', latin: false });
  if (line.includes('多少')) each(line, HOW_MANY_RE, (m) => !QUESTION_RE.test(sentenceAround(line, m.index)) && out.push({ start: m.index, end: m.index + 2, kind: 'number', latin: false }));
  if (line.includes('某')) {
    each(line, SOMEONE_RE, (m) => out.push({ start: m.index, end: m.index + 1, kind: 'name', latin: false }));
    each(line, SOME_YEAR_RE, (m) => out.push({ start: m.index, end: m.index + 2, kind: 'year', latin: false }));
    each(line, SOME_DATE_RE, (m) => (DATES_BEFORE_RE.test(line.slice(Math.max(0, m.index - 3), m.index)) || (m.index <= 8 && LINE_HEAD_RE.test(line.slice(0, m.index)))) && out.push({ start: m.index, end: m.index + m[0].length, kind: 'date', latin: false, hasDay: m[0].endsWith('日'), hasYear: true }));
  }
  for (const re of [LED_BY_RE, STUDIES_RE, LIST_LOST_RE, ASKS_AT_END_RE, RATE_LOST_RE]) each(line, re, (m) => gap(m.index));
  if (line.includes('刚才')) each(line, JUST_NOW_RE, (m) => gap(m.index, m.index + m[0].length));
  each(line, TITLES_ONLY_RE, (m) => {
    const title = m[1]!;
    for (let at = m.index; at < m.index + m[0].length; at += title.length + 1) gap(at);
  });
  each(line, EMPTY_QUOTE_RE, (m) => {
    const end = m.index + m[0].length;
    if (m[0].length === 2 || !HAN_GAP_HAN_RE.test(line.slice(0, m.index) + line.slice(end))) gap(m.index, end);
  });
  return out;
}
