/**
 * Slot frames written with ordinary punctuation, which the mark finders (slot-marks.ts) read as
 * something else: a date in slashes (`201X/X/XX`, `20XX-XX-XX`), a fraction (`完成年度目标的X/X`),
 * a dash where a name goes (`请——院长讲话`, `请毕业生代表——发言`), the point of a figure whose
 * digits were stripped (`同比增长.%`), and the gap where a name was deleted before 同志
 * (`组长： 同志（县委书记）`). Each is one linear pass over a line; the words around decide.
 */
import { HAN } from '../util/han';
import { candidatesOf, type Candidate } from './slot-marks';
import { SALUTATION_RE } from './anatomy';
import { GLOSS_RE } from '../util/pinyin';

/** A stand-in mark a date or a figure is written with. */
const MK = '[xXＸｘ×ⅹⅩ*＊]';
const HAS_MK = new RegExp(MK);
/** A year (`201X`, `20XX`, `2023`, `XXXX`), then month and day, one separator throughout. */
const YEAR_PART = `(?:(?:19|20)(?:\\d${MK}|${MK}{2}|\\d{2})|${MK}{4})`;
const DAY_PART = `(?:\\d{1,2}|${MK}{1,2})`;
const SLASH_DATE_RE = new RegExp(`(?<![0-9A-Za-z/.\\-])${YEAR_PART}([/.\\-])${DAY_PART}\\1${DAY_PART}(?![0-9A-Za-z/.\\-])`, 'g');
/** `X/X`, `XX/XXX`: a fraction with both figures left as marks (not a path, not `x/y`). */
const FRACTION_RE = /(?<![0-9A-Za-z/.\-_])[xXＸｘ×]{1,3}\/[xXＸｘ×]{1,3}(?![0-9A-Za-z/_])/g;
/** What a fraction follows: a Chinese word, a clause mark, an opening bracket or the line's start. */
const FRACTION_AFTER_RE = new RegExp(String.raw`(?:^|[${HAN}，、：；（(“])[ \u3000]*$`);

/** A run of em dashes (and a hyphen after them, `——-教授`) in a line. */
const DASH_RE = /—{2,}-*/g;
const TITLES = '同志|同誌|书记|書記|院长|院長|校长|校長|局长|局長|县长|縣長|市长|市長|镇长|鎮長|区长|區長|主任|部长|部長|主席|教授|老师|老師|同学|同學|先生|女士';
const SPEECH = '讲话|講話|发言|發言|致辞|致辭|宣读|宣讀|介绍|介紹|主持|颁奖|頒獎|作报告|作報告|作重要讲话|作重要講話';
/** A title or a verb of speaking right after the dashes: the name before it is what is missing. */
const DASH_NAME_AFTER = new RegExp(`^(?:副?(?:${TITLES})|${SPEECH})`);
/** The clause before the dashes asks someone to speak: `下面请`, `第三项，请县委书记`, `請畢業生代表`. */
const ASKS_CLAUSE = new RegExp(String.raw`(?:^|现在|現在|下面|首先|接下来|接下來|然后|然後|再|最后|最後)(?:有请|有請|请|請)[${HAN}、]{0,12}$`);
const CLAUSE_START_RE = /[，。；：！？,;:!?\s]/;

/**
 * What only a figure stands before: a rate, or a sum or a measure that always takes a numeral (`亿元`, `万吨`;
 * not 亿, 万 or 米 alone, which open words).
 */
const FIGURE_AFTER_POINT = '(?:[%％‰]|个百分点|個百分點|[亿万]元|[亿万]美元|萬元|億元|万吨|萬噸|万亩|萬畝|[万亿]千瓦时?|万人次|平方公里|平方米|公顷|公里|千米)';
/** `同比增长.%`, `高于全省.个百分点`, `完成投资.亿元`, `总产量达到.万吨`: the point of a figure whose digits a site stripped. */
const STRIPPED_POINT_RE = new RegExp(String.raw`(?<=[${HAN}])[ \u3000]?[.．](?=[ \u3000]?${FIGURE_AFTER_POINT})`, 'g');

/** `谢谢.部长`, `感谢.部长对…`, `下面我们请.，共同…`: a point after a word of address stands where the name went. */
const POINT_NAME_RE = new RegExp(String.raw`(?<=(?:谢谢|感谢|感謝|请|請|有请|有請|欢迎|歡迎)[ \u3000]?)[.．](?=[ \u3000]?(?:副?(?:${TITLES})|[，,、]))`, 'g');
/**
 * `院长~同志`, `市委书记~、`, `张同志、~同志`: a tilde where a name was taken out, after a title or between the
 * names of a list, before 同志 or the list's next mark (a range has figures on both sides: `2~3年`).
 */
const TILDE_NAME_RE = /(?<=(?:书记|書記|长|長|主任|主席|委员|委員|[、，,：:]))[~～](?=同志|同誌|[、，,。；;）)]|$)/g;

/**
 * `--小学20--年春季开学典礼`, `。--小学春季开学典礼到此结束`: hyphens at a clause's head before a
 * school or a place word (slot-marks.ts takes them after a Chinese word or `20`).
 */
const HEAD_HYPHEN_RE = /(?<=^|[。！？；，、：“（(\s])-{2,3}(?!-)(?=小学|中学|学校|大学|幼儿园|[县区市镇乡村](?![域间级别长委]))/g;

/** `财政收入以以上的速度增长`: the rate deleted between 以 and 以上 (not `以以上三点为基础`, "by the above"). */
const RATE_GAP_RE = /(?<=以)(?=以上的(?:速度|增速|增幅|幅度))/g;

/** `评委有：。`: a label's colon right before a stop, its value (the names) deleted. */
const EMPTY_VALUE_RE = new RegExp(String.raw`(?<=[${HAN}][：:])(?=[。；;])`, 'g');

/**
 * `组长： 同志（县委书记）`, `副组长： 同志、 同志`, `组长 同志`: a gap after a label's colon, a
 * list's mark or a group role, right before 同志 (not 同志们): the name was deleted, its title left.
 */
const NAME_GAP_RE = /(?<=[：:、]|组长|組長|组员|組員|成员|成員|主任|主持人|召集人|联络员|聯絡員|书记|書記|[省市县区镇乡縣區鎮鄉局院校]长|[縣區鎮鄉局院校]長|主席|部长|部長)[ \u3000\u00a0]+(?=同[志誌](?![们們]))/g;

/**
 * `下面请 讲话`, `请 同志致辞`, `由 主持`: a gap between the word that hands over the floor and what the person does there,
 * where the name (and title) was deleted (not `邀请`, `申请`: other words).
 */
const ASK_GAP_RE = new RegExp(String.raw`(?<=(?<![邀申提聘])(?:请|請|由))[ \u3000\u00a0]+(?=(?:同[志誌](?![们們])|${SPEECH}|致(?:开幕|閉幕|闭幕|開幕|欢迎|歡迎|答谢|答謝)?[词辞詞辭]))`, 'g');

/**
 * `尊敬的郭部长，各位、各位嘉宾：`, `尊敬的各位、各位来宾：`, `尊敬的、各位来宾：`: a salutation's item whose noun a keyword
 * filter took out (`各位领导`, `尊敬的张书记`), 各位 or 尊敬的 left alone before the list's next mark. Only in a salutation
 * line (SALUTATION_ITEM_LINE_RE); not `感谢各位、感谢大家` (no list boundary before 各位).
 */
const SALUTATION_ITEM_LOST_RE = /(?<=(?:^[ \u3000]*|[、，,][ \u3000]*)(?:(?:尊敬的|亲爱的|敬爱的|親愛的)(?:各位)?|各位))(?=[、，,])/g;
/** A salutation line: it opens as one and ends with its colon (maybe a greeting after it). */
const SALUTATION_ITEM_LINE_RE = /[：:][ \u3000]*(?:大家(?:上午|下午|晚上|早上)?好[！!]?[ \u3000]*)?$/;

/**
 * Words a site's keyword filter took out of a list or a frame, its marks left standing: an item between two
 * enumeration marks (`认真贯彻中央、、市和管区的…`, `居住着苗、、汉、土家族`; not after a heading's number, `一、、`, nor
 * between parallel items that open alike, `抓项目、、抓招商`, a mark typed twice),
 * the subject of `是` at a clause's head (`优化营商环境，是、作出的重大决策部署`), the owner of a 决策部署 after a verb
 * (`全面落实、决策部署`), the theory of `以…为指导` written as a point (`乡党委政府以.为统领`), two listed names written as
 * points (`开展.、.主题教育`), the speaker of `关于…的重要论述` after the verb that studies it (`深入学习贯彻关于扶贫工作重要论述`).
 */
const FILTERED_ITEM_RE = new RegExp(
  String.raw`(?<=(?:^|[^${HAN}])([${HAN}])[${HAN}]{0,8}(?<![一二三四五六七八九十])、)(?=、(?!\1)[${HAN}])|(?<=(?:^|[，,。；;：:])[ 　]*是)(?=、[${HAN}])|(?<=(?:落实|贯彻|执行|遵照|按照))(?=、(?:重大)?决策部署)|(?<=以)[.．](?=为(?:统领|指导|引领|核心|根本遵循))|(?<=[${HAN}，、：“])[.．](?=、[.．][${HAN}”])|(?<=[${HAN}，、：“][.．]、)[.．](?=[${HAN}”])|(?<=(?:学习?贯彻|贯彻落实|学习领会))(?=关于[^。，,；;]{1,24}?重要(?:论述|讲话|指示|批示))`,
  'g',
);

/**
 * The names of those present deleted from an introduction (`此外参加本次会议的还有，对他们的到来…`): nothing between the
 * words that list them and the comma (after a colon, `他们是：以及…`, slot-words.ts).
 */
const ATTENDEES_LOST_RE = /(?<=(?:参加|出席|到会|莅临)[^，。,；;：:]{0,12}的(?:还)?有)(?=[，,])/g;

/** `公开率达。`, `自月份运行以来`: a rate with its figure deleted before the stop, a month with its number deleted before 份. */
const RATE_MONTH_LOST_RE = /(?<=率(?:达到|达|为))(?=[。，；,;])|(?<=(?:[自从]|截至|截止))(?=月份)/g;

/** `在县委、县政府的坚强下，`: the 领导 of a fixed phrase taken out by a filter (whose it was, `在的坚强领导下`: slot-words.ts). */
const LEADERSHIP_LOST_RE = /(?<=的(?:坚强|正确|亲切))(?=下[，,])/g;

/** Whether the line may hold one of these frames: a cheap test before the passes. */
export const FRAME_HINT = /的(?:坚强|正确|亲切)下|的(?:还)?有[，,]|率(?:达到|达|为)[。，；,;]|[自从至止]月份|[.．]、[.．]|贯彻关于|领会关于|、、|是、|、(?:重大)?决策部署|以[.．]为|[xXＸｘ×ⅹⅩ*＊][/.\-]|\/[xXＸｘ×]|——|[.．][ \u3000]?(?:[%％‰]|个百分点|個百分點|[亿万億萬][元美]|[万萬][吨噸亩畝千人]|[亿万]千瓦|平方|公顷|公里|千米)|[ \u3000\u00a0]同[志誌]|[请請谢謝迎][ \u3000]?[.．]|--|[：:][。；;]|以以上的|[长長记記任席员員、，,：:][~～]|[请請由][ \u3000\u00a0]|(?:各位|尊敬的|亲爱的|敬爱的|親愛的)[、，,]/;

/** The clause right before `at`: back to the nearest clause mark, at most 16 characters. */
function clauseBefore(line: string, at: number): string {
  let s = at;
  while (s > 0 && at - s < 16 && !CLAUSE_START_RE.test(line[s - 1]!)) s--;
  return line.slice(s, at);
}

export function frameCandidates(line: string): Candidate[] {
  if (!FRAME_HINT.test(line)) return [];
  const out: Candidate[] = [];
  const each = candidatesOf(line, out);
  // No fix is offered for a slash date: the draft's own format and year are the writer's to choose.
  each(SLASH_DATE_RE, (m) => (HAS_MK.test(m[0]) ? { start: m.index, end: m.index + m[0].length, kind: 'date', latin: false } : undefined));
  each(FRACTION_RE, (m) => (FRACTION_AFTER_RE.test(line.slice(Math.max(0, m.index - 8), m.index)) ? { start: m.index, end: m.index + m[0].length, kind: 'number', latin: false } : undefined));
  if (line.includes('——'))
    each(DASH_RE, (m) => {
      const end = m.index + m[0].length;
      if (!DASH_NAME_AFTER.test(line.slice(end, end + 8))) return undefined;
      return ASKS_CLAUSE.test(clauseBefore(line, m.index).trimStart()) ? { start: m.index, end, kind: 'name', latin: false } : undefined;
    });
  each(STRIPPED_POINT_RE, (m) => {
    const at = m.index + m[0].length - 1;
    return { start: at, end: at + 1, kind: 'blank', latin: false };
  });
  each(NAME_GAP_RE, (m) => ({ start: m.index, end: m.index + m[0].length, kind: 'blank', latin: false }));
  each(ASK_GAP_RE, (m) => ({ start: m.index, end: m.index + m[0].length, kind: 'blank', latin: false }));
  if (SALUTATION_RE.test(line) && SALUTATION_ITEM_LINE_RE.test(line)) each(SALUTATION_ITEM_LOST_RE, (m) => ({ start: m.index, end: m.index, kind: 'blank', latin: false }));
  each(POINT_NAME_RE, (m) => ({ start: m.index, end: m.index + 1, kind: 'name', latin: false }));
  if (line.includes('~') || line.includes('～')) each(TILDE_NAME_RE, (m) => ({ start: m.index, end: m.index + 1, kind: 'name', latin: false }));
  if (line.includes('--')) each(HEAD_HYPHEN_RE, (m) => ({ start: m.index, end: m.index + m[0].length, latin: false }));
  if (line.includes('以以上')) each(RATE_GAP_RE, (m) => ({ start: m.index, end: m.index, kind: 'blank', latin: false }));
  // A salutation's colon (`同志们：。`, with a converter's pinyin in it: `親愛(ài)的同學(xué)們:。`) has no value to lose: the stop after it is stray (punct-stray's).
  each(EMPTY_VALUE_RE, (m) => (m.index <= 60 && SALUTATION_RE.test(line.slice(0, m.index).replace(GLOSS_RE, '')) ? undefined : { start: m.index, end: m.index, kind: 'blank', latin: false }));
  each(FILTERED_ITEM_RE, (m) => ({ start: m.index, end: m.index + m[0].length, kind: 'blank', latin: false }));
  each(ATTENDEES_LOST_RE, (m) => ({ start: m.index, end: m.index, kind: 'blank', latin: false }));
  each(RATE_MONTH_LOST_RE, (m) => ({ start: m.index, end: m.index, kind: 'blank', latin: false }));
  each(LEADERSHIP_LOST_RE, (m) => ({ start: m.index, end: m.index, kind: 'blank', latin: false }));
  return out;
}
