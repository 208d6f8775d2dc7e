/**
 * Slot candidates written with stand-in marks: Latin X runs (`XX亿元`, `ＸＸ`, `ⅩⅩ`), asterisks
 * (`**县`, `*月*日`), stars and shapes (`☆☆`, `△△`, `○○`, `Ｏ Ｏ`), underscores (`20__年`),
 * `……` standing for a figure, instructions in brackets (`【请填写单位名称】`) and year/date
 * slots in any of these marks. Each finder is one linear regex pass over a line; the
 * filtering of real words (`X光`, `Xbox`) and the naming of the kind happen in slots.ts.
 */
import type { SlotKind } from './slots';
import { endsWithHan, HAN, startsWithHan } from '../util/han';
import { atLineHead, before } from './slot-text';
import { BRACKET_RE, bracketCandidate } from './slot-brackets';
import { closesParallelClauses } from './slot-clauses';
export { atLineHead, before } from './slot-text';

export interface Candidate {
  start: number;
  end: number;
  kind?: SlotKind;
  /** A Latin letter run, to be checked against Latin words and dictionary words. */
  latin: boolean;
  yearStart?: number;
  yearEnd?: number;
  hasDay?: boolean;
  hasYear?: boolean;
}

/** Letters that stand for a digit or a name: x, X, full-width Ｘ/ｘ, ×, Roman-numeral ⅹ/Ⅹ. */
export const X = '[xXＸｘ×ⅹⅩ]';
/** Any stand-in mark a date or year slot is written with. */
const M = '[xXＸｘ×ⅹⅩ*＊_＿☆★△▲◇◆○◯〇□■Ｏ]';
const HAS_MARK = new RegExp(M);
/** The marks that are never a Chinese numeral (`〇`, `○` are year digits in `二〇二四`). */
const MX = '[xXＸｘ×ⅹⅩ*＊_＿☆★△▲◇◆◯□■Ｏ]';
/** One space, as PDF copy leaves around figures. */
const SP = '[ \\u3000\\u00a0]?';
const NUM_OR_M = `(?:\\d{1,2}|[_＿]{4,8}|${M}{1,3})`;
/** Latin letters, accented ones included: pinyin residue `(xù)` is a word, not a slot. */
export const LETTER = 'A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u1e00-\\u1eff\\u0300-\\u036f';
/** Chinese numerals: `二〇二四`, `二○○八` are years written out, not slots. */
const CN_DIGIT = '〇○零一二三四五六七八九十';
const RANGE_RE = new RegExp(`(?<![0-9A-Za-z])${NUM_OR_M}${SP}[-—–~～至到]${SP}${NUM_OR_M}${SP}月(?:份)?`, 'g');
/** A year in Chinese numerals, some of its digits as marks: `二〇__`, `二〇一X`, `二00*` (zeros typed as figures), `一xx二`, `二〇X四`. */
const CN_YEAR_DIGIT = '[〇○零0一二三四五六七八九]';
const CN_YEAR = `[一二](?:${CN_YEAR_DIGIT}(?:${CN_YEAR_DIGIT}|${MX})${MX}|${MX}{2}${CN_YEAR_DIGIT}|${CN_YEAR_DIGIT}${MX}${CN_YEAR_DIGIT}|${MX}${CN_YEAR_DIGIT}{2})`;
const DATE_RE = new RegExp(
  `(?<![0-9A-Za-z${CN_DIGIT}])(?:((?:\\d{2}|${M}{2})(?:\\d|${M}){2}|${M}{1,4}|${CN_YEAR})${SP}年${SP})?${NUM_OR_M}${SP}月` +
    `(?:${SP}(${NUM_OR_M})${SP}[日号]|${SP}(?:底|初|末|中旬|上旬|下旬|份))?`,
  'g',
);
/**
 * `201X年`, `20xx年`, `20**年`, `20*年`, `20~~年`, `201～年`, `****年`, `20__届` and `20__—20__学年`: a year by its 年, by
 * a class's 届 or by the range it opens or closes (`20xx平方米` is a figure), or its two underlines before a word (`这20__给人`, not
 * `20__万元`); `20**` ending its line too, where a PDF broke the line before its 年 or the page was cut (not `**20**`, bold).
 */
const YEAR_RE = new RegExp(
  `(?<![0-9A-Za-z${CN_DIGIT}第])((?:1[89]|20)(?:\\d${M}|${MX}\\d|${M}{1,2}|\\d[~～]|[~～]{2})|${M}{4}|${CN_YEAR})(?![0-9A-Za-z])` +
    `(?:${SP}年(?!来|以来|间|代|龄|级)|(?=${SP}(?:[-—–~～至到]${SP}(?:19|20)|学年|年度|届|屆))|(?<=(?:^|[^*＊])(?:19|20)${M}{2})(?=[ \\u3000\\u00a0]*$)|(?<=(?:19|20)[_＿]{2})(?=[${HAN}])(?![年万亿千百十元米吨亩个家名位项户人次届屆]))`,
  'g',
);
/** `201*年以来`, `20XX年来`: a year written with all four places is a year before 以来 too (`20多年来` has no mark). */
const YEAR_SINCE_RE = new RegExp(`(?<![0-9A-Za-z${CN_DIGIT}第])((?:1[89]|20)(?:\\d${M}|${MX}\\d|${M}{2})|${M}{4})${SP}年(?=以来|来)`, 'g');
const YEAR_AFTER_RANGE_RE = new RegExp(`(?<=(?:19|20)(?:\\d{2}|${M}{2})${SP}[-—–~～至到]${SP})((?:19|20)${M}{2})(?![0-9A-Za-z])`, 'g');
/** `从*年到*年`, `到XX年`, `截至～年底`, `于XX年2月`: a short run before 年 that a year word or a month makes a year. */
const SHORT_YEAR_RE = new RegExp(`(?<=(?:从|到|至|于|在|截至|截止|是)${SP})(${M}{1,3}|[~～]{1,4})${SP}年(?!来|以来|间|度|代|轻|龄|级)`, 'g');
const SHORT_YEAR_MONTH_RE = new RegExp(`(?<![0-9A-Za-z${CN_DIGIT}])(${M}{1,3})${SP}年(?=${SP}(?:\\d{1,2}|${M}{1,2})${SP}月)`, 'g');
const LATIN_RE = new RegExp(
  `(?<![${LETTER}0-9]|[${LETTER}0-9][.．])(?:\\d+[.．]|\\d*)${X}+(?:[.．]${X}+)*(?:-${X}+)*(?![${LETTER}0-9]|[.．]\\d)`,
  'g',
);
/** What a figure is counted in: a percent sign, a unit or a measure word (`%`, `亿元`, `个`, `名`). */
const FIGURE_UNIT = '(?:[%％‰]|个?百分点|[个家名位项户次届元万亿千倍吨亩所座件台辆套期批人])';
/**
 * A figure whose leading digits are marks and whose rest the model kept (`增长xx0.9%`, `xx458元`,
 * `XX.5亿元`, `1X.5%`, `X.5%`): the marks (with the digits before them) are the slot, before a unit.
 * One mark before digits is a factor in a formula (`计划数×100%`, `x2倍`), two or more a mask; a
 * digit, a letter, a point or an operator before the marks is a size or a formula (`4×100米`).
 */
const PARTIAL_FIGURE_RE = new RegExp(
  `(?<![${LETTER}0-9.．=＝/*＊+÷])(\\d{0,3}(?:${X}{2,4}(?=\\d{1,6}(?:[.．]\\d{1,4})?${FIGURE_UNIT})|${X}{1,4}(?=[.．]\\d{1,4}${FIGURE_UNIT})))`,
  'g',
);
/** `选拔*8名`, `增长**6.8%`: asterisks before the digits the model kept, after a word. */
const STAR_DIGITS_AFTER_RE = new RegExp(`^(?:\\d{1,6}(?:[.．]\\d{1,4})?|[.．]\\d{1,4})${FIGURE_UNIT}`);
const STAR_RE = /[*＊]+|[#＃]{2,}/g;
/** Asterisks followed by X letters, not in a formula (`5*x`, `a*X`) or a Latin word. */
const STAR_X_RE = /(?<![A-Za-z0-9])[*＊]+[xXＸ]+(?![A-Za-z])/g;
/**
 * A ratio or a time with tenths: `之比为××:××`, `三产结构xx:xx.x:xx.x`, `成绩为xx:xx.x` — a figure,
 * not a clock time (three parts, a masked decimal, or a ratio word before it).
 */
const RATIO_RE = new RegExp(`(?<![0-9A-Za-z.．]|${X})${X}{1,3}(?:[.．]${X}{1,2})?(?:[:：]${X}{1,3}(?:[.．]${X}{1,2})?)+(?![0-9A-Za-z]|${X}|[.．:：][0-9])`, 'g');
/** Words a ratio follows: `之比为`, `比例为`, `结构由`, `配比`. */
const RATIO_BEFORE = /(?:比|比例|比重|结构|配比)(?:为|是|达到|调整为|由|约为)?$/;
function ratioCandidate(line: string, m: RegExpExecArray): Candidate | undefined {
  const text = m[0];
  const parts = text.split(/[:：]/).length;
  if (parts < 3 && !/[.．]/.test(text) && !RATIO_BEFORE.test(before(line, m.index))) return undefined;
  return { start: m.index, end: m.index + text.length, kind: 'number', latin: true };
}
/** A time slot: `XX:XX`, `x点xx分` (not the middle of `×××：×××××`, a label and its value in marks). */
const TIME_RE = new RegExp(`(?<![0-9A-Za-z]|${X})(?:${X}{1,2}[:：]${X}{2}|${X}{1,2}${SP}[点时]${SP}${X}{1,2}${SP}分)(?![0-9A-Za-z]|${X})`, 'g');
/** Shapes standing for a name or figure; `○`/`〇` next to a Chinese numeral is a year digit. */
const DECOR = '✿❀❁❃❋ღ♥❤♡✦✧✩✪✫✬✭✮✯✰❥';
const SHAPE_RE = new RegExp(`(?<![${CN_DIGIT}${DECOR}])(?:[☆★△▲◇◆]+|[○◯〇□■◎]{2,}|Ｏ(?:[ \\u3000]?Ｏ)+|[○〇](?:[ \\u3000]?[○〇])+)(?![${CN_DIGIT}${DECOR}年])`, 'g');
// A lone underscore between Chinese characters (`代表_区`) has no other use there; an N
// between 第 and 届/期/批 or a meeting's 次 (`第N届`, `第N次会议`) is the number left to fill
// (`第N次强调` is a manner of speaking).
const CHINESE_RES: readonly RegExp[] = [
  /某某+/g,
  // `如履薄冰扛牢责 ……略…… 不能在…`: text left out between ellipses, to write in.
  /(?:…{1,2}|\.{3,6})[ \u3000]*略[ \u3000]*(?:…{1,2}|\.{3,6})/g,
  // `共有□家`, `增长○%`: one box or circle after a word, before what counts it (not `二○一九`, `□个人` after a label).
  new RegExp(String.raw`(?<=[${HAN}])(?<![${CN_DIGIT}])[○◯〇□■](?![○◯〇□■${CN_DIGIT}])(?=[个家名位项户人次届元%％‰万亿]|周年)`, 'g'),
  /(?<=第)[NＮ](?=[届期批]|次(?:会议|全体|全会|常委会|代表大会|集体学习))/g,
  // `财政收入达到？？亿元`, `增长？？%`, `？？同志`: question marks where a figure or a name goes, not after a question
  // (`为什么？？人民…`); half-width `??` is also what a lost encoding leaves, so only before a sum or a percentage.
  new RegExp(String.raw`(?<=[${HAN}，、：（])(?<![吗呢么吧啊呀嘛哪谁何样])(?:？{2,4}(?=[万亿]?元|[%％‰]|个百分点|[个家名位项户次届](?![民们长庭人性体])|同志(?!们)|[县市区镇乡村][委政人长]?(?:[委政府]|人民))|\?{2,4}(?=[万亿]元|[%％]))`, 'g'),
  new RegExp(String.raw`＿{2,}|(?<![A-Za-z0-9_])_{2,}(?![A-Za-z0-9_])|(?<=[${HAN}])[_＿](?=[${HAN}])`, 'g'),
  // `，_名干部`, `增长_%`, `：_、_、_。`: a lone underscore after a clause mark or before a
  // percent sign or a list mark, where a Chinese word is on its other side or it stands between marks.
  new RegExp(String.raw`(?<=[，、：；（“])[_＿](?=[${HAN}%％‰、，。；])|(?<=[${HAN}])[_＿](?=[%％‰、，。；])`, 'g'),
];
/**
 * A site's separator in a page title, `微党课讲稿_微党课稿件17篇`, `建党节怎么来的_建党节的来历`: a lone underscore before a word the
 * title already said, or before its column's name ending as the title does (`…会上的致辞_庆典致辞`); a slot stands for a new word (`代表_区`).
 */
function titleSeparator(line: string, m: RegExpExecArray): boolean {
  const rest = line.slice(m.index + 1).trimEnd();
  const next = rest.slice(0, 2);
  const column = /^[\u4e00-\u9fff]{3,10}$/.test(rest) && m.index >= 4 && rest.endsWith(line.slice(m.index - 2, m.index));
  return m[0].length === 1 && ((next.length === 2 && line.slice(Math.max(0, m.index - 16), m.index).includes(next)) || column);
}
/** `今年月日`, `去年月日`, `到月日`: a date whose month and day were both deleted, after a word that dates it. */
const DELETED_DATE_RE = /(?<=(?:今年|去年|明年|前年|本年|于|到)[ \u3000]?)月[ \u3000]?日(?![本报報常])/g;
/**
 * Hyphens where the figure or name goes (`20--年度`, `纪念“三八”国际劳动妇女节--周年`,
 * `——--区教师进修学校`, `初三--班`): two or three, after a Chinese character, a dash or `20`, before what
 * counts or names them. A dash written `--` between words (`目标--建设强省`) is left alone.
 */
const HYPHEN_SLOT_RE = new RegExp(
  String.raw`(?<=[${HAN}—]|(?<![0-9])20)(?<!-)-{2,3}(?!-)(?=年度|年(?!来|以来|间|代)|周年|届|期|次会议|[个名家位项户]|班(?![子组])|[%％]|万元|亿元|[县区市镇乡村](?![域间级别长委]))`,
  'g',
);
/**
 * A longer run of hyphens where a name or a unit goes (`尊敬的---领导`, `---校长在第40个教师节大会上的讲话`,
 * `在-----党委政府的关心下`): kept only where the words around call for one (ctx.followsSlot /
 * precedesSlot, or a school or a Party body after it); a run used as a dash between clauses
 * (`目标---全面建成小康社会`) is left alone.
 */
const DASH_RUN_RE = /(?<![-0-9A-Za-z])-{3,12}(?!-)/g;
/** What a name's dash run may follow: a line's start, a Chinese character or a clause mark. */
const DASH_RUN_AFTER_RE = new RegExp(String.raw`(?:^|[${HAN}，、：,:“"（(])$`);
/** `我代表-----各位教师`, `向-------等退休教师`: a verb or preposition whose object (a name) the run stands for. */
const DASH_GOVERNOR_BEFORE = /(?:代表|向|对|在|为|由|感谢|欢迎|祝贺)$/;
const DASH_BODY_AFTER = /^(?:中学|小学|学校|校长|党委|党组|政府|领导(?!干部|班子|小组|作用|核心|下|和))/;

/** `……` standing for a figure or a place: `共有…家企业`, `由……县教育局`. */
const ELLIPSIS_RE = new RegExp(String.raw`(?<=[${HAN}])(?:…{1,2}|\.{3,6}|。{3})(?=(?:家(?!乡|庭|园|长|人|属|国|族|风|门|里|有)|[名个位项户次届亿万元%％]|人(?!民|才|大|员|口|们|类|心|生|物|文|力|事|社|居|均|工|气|身|性|间|格|权|情)|周年|[县市区乡镇][${HAN}]))`, 'g');
/** A verb of saying: after it, `……` marks words left out of a quotation (`他说……群众的事无小事`). */
export const SAYS = /(?:说|讲|道|指出|强调|表示|认为|提出|要求|问|答)$/;
/** `……` between Chinese words, a name slot when the words around call for a name: `请……同志致辞`. */
const ELLIPSIS_NAME_RE = new RegExp(String.raw`(?<=[${HAN}])(?:…{1,2}|\.{3,6}|。{3})(?=[${HAN}])`, 'g');
/** Whole-line dividers: `***`, `☆☆☆`, `* * *`. */
const DIVIDER_RE = /^[\s*＊☆★△▲◇◆○◯〇□■◎·•—\-=~]+$/;

/**
 * `共有（）家企业`, `请（）同志讲话`, `增长（）%`: empty brackets (round, square, 【】, 〔〕) before what counts or names
 * the value are its frame (`括号（）里` speaks of brackets).
 */
const EMPTY_BRACKET_RE = /(?<![A-Za-z0-9_])(?:[（(][）)]|【】|［］|\[\]|〔〕)(?=[个家名位项户次届亿万元%％‰]|同志|书记|县长|市长|区长|主任|周年|年|月|日)/g;
/** `县政办发〔〕12号`, `〔 〕第3号`: a document number whose year was deleted from its brackets. */
const EMPTY_DOC_YEAR_RE = /〔[ \u3000]*〕(?=[ \u3000]*第?[0-9０-９]{1,5}[ \u3000]*号)/g;
const ALL_MARKS_RE = new RegExp(`^(?:${M}|某)+$`);

/** The nearest character before `at` that is not whitespace. */
function nearestBefore(line: string, at: number): string {
  for (let i = at - 1; i >= 0 && i >= at - 8; i--) if (!/\s/.test(line[i]!)) return line[i]!;
  return '';
}

/** A Chinese word or a clause mark (what a `*` slot between words follows). */
const WORD_OR_CLAUSE_RE = new RegExp(String.raw`[${HAN}、，,：:]`);
/** A Chinese character or a clause or sentence mark right before a mark. */
const HAN_BEFORE_RE = new RegExp(String.raw`[${HAN}，、：,:（(。；！？]`);
/** Chinese text ahead, after spaces. */
const HAN_AHEAD_RE = new RegExp(String.raw`^\s*[${HAN}]`);

/** Asterisks that are a slot, not a footnote mark, a list bullet, a product or Markdown bold. */
function starCandidate(line: string, m: RegExpExecArray, bold: Uint8Array | undefined): Candidate | undefined {
  const start = m.index;
  const end = start + m[0].length;
  if (bold?.[start]) return undefined;
  const before = line[start - 1];
  const after = line[end];
  if (atLineHead(line, start) && (after === undefined || /\s/.test(after))) return undefined; // `* item`
  // `选拔*8名`: a mask of the leading digits, between a word and the digits the model kept.
  const leading = before !== undefined && HAN_BEFORE_RE.test(before) && STAR_DIGITS_AFTER_RE.test(line.slice(end, end + 12));
  if (!leading && ((before && /[A-Za-z0-9]/.test(before)) || (after && /[A-Za-z0-9]/.test(after)))) return undefined; // `5*8`, `a*b`
  // A lone `*` after a word and before a stop or the line's end marks a footnote; before a
  // space it is a slot only between Chinese words (`受* 市委 * 书记`), not in Latin text.
  // A quoted term that is only the mark or ends in it (`“*”重要思想`, `“突破*”战略`) is a slot; so is one after 的 or an opening mark (`出身的*，`, `“*，他`).
  const quoted = after === '”' && /“[\p{Script=Han}]{0,6}$/u.test(line.slice(Math.max(0, start - 7), start));
  if (m[0].length === 1 && !quoted && !/[的“「‘（(，,：:]/.test(before ?? '的') && (after === undefined || /[，。；：、,.;:)）”]/.test(after))) return undefined;
  if (after !== undefined && /\s/.test(after) && !(WORD_OR_CLAUSE_RE.test(nearestBefore(line, start)) && HAN_AHEAD_RE.test(line.slice(end, end + 8)))) return undefined;
  return leading ? { start, end, kind: 'number', latin: false } : { start, end, latin: false };
}

const PAIRS: ReadonlyArray<[string, string]> = [['“', '”'], ['‘', '’'], ['「', '」'], ['《', '》'], ['（', '）'], ['(', ')']];

/** Whether every quote and bracket opened in `s` is closed in it, and none is closed that was not opened. */
function pairsBalanced(s: string): boolean {
  for (const [o, c] of PAIRS) {
    let depth = 0;
    for (const ch of s) {
      if (ch === o) depth++;
      else if (ch === c && --depth < 0) return false;
    }
    if (depth !== 0) return false;
  }
  return true;
}

const DOUBLE_STAR_RE = /(?<!\*)\*\*(?!\*)/g;

/** Markdown `**bold**` spans of a line: the text inside reads as words, not as a slot's frame. */
export function boldSpans(line: string, ctx: MarkContext): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  // Markdown opens and closes bold in pairs: a line with an odd number of `**` uses them as slots
  // (`…关心支持**茶城的建设，关心支持**茶产业…`, among other `**` slots), not as bold.
  if ((line.match(DOUBLE_STAR_RE)?.length ?? 0) % 2 === 1) return out;
  // Exactly two asterisks on each side: `***坚持以***` is two slots, not a bold phrase.
  const re = /(?<!\*)\*\*(?=[^\s*])([^*\n]{1,60}?)(?<=[^\s*])\*\*(?!\*)/g;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const inner = m[1]!;
    // `**县…全县**`, `**、**`, `**年**`: the frame of two slots, not a bold phrase.
    const prev = before(line, m.index);
    const after = line.slice(m.index + m[0].length, m.index + m[0].length + 24);
    // `请**启动`, `打下**项目`: the words around call for a name, as around a slot.
    const framed = ctx.precedesSlot(prev) || (endsWithHan(prev) && ctx.followsSlot(after));
    // `**茶城按照市上“**`: a quote opened inside and closed outside is not a bold phrase, but text between two slots.
    // `受**等因素的影响，今年**流域`: no bold phrase opens on 等 or 的; the name before it was deleted.
    if (framed || !pairsBalanced(inner) || ctx.followsSlot(inner) || /^[、，,。；：:…\s]/.test(inner) || /[。；！？][^。；！？]/.test(inner) || /[的第约共达为和与及、]$/.test(inner) || /^[等的之和与及]/.test(inner)) {
      re.lastIndex = m.index + 2;
      continue;
    }
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/** A label a star rating is the value of: `推荐指数：`, `难度：`, `满意度：`. */
const RATING_LABEL = /(?:指数|难度|难易度|评分|评级|星级|等级|热度|重要性|重要度|满意度|推荐度|优先级|口碑|性价比)[ \u3000]*[：:][ \u3000]*$/;

/**
 * Stars that rate rather than stand for a name: `推荐指数：★★★★☆`, `十几个★★★★★级别的事件`. A rating
 * mixes filled and empty stars, follows a rating label, or is a full five before 级 or 好评;
 * a slot's stars are one kind (`★★县`, `☆☆同志`).
 */
function isRating(line: string, start: number, run: string): boolean {
  if (!/^[★☆]+$/.test(run)) return false;
  if (/★/.test(run) && /☆/.test(run)) return true;
  if (RATING_LABEL.test(before(line, start))) return true;
  return run.length === 5 && /^(?:级|的?好评|星)/.test(line.slice(start + run.length, start + run.length + 3));
}

function shapeCandidate(line: string, m: RegExpExecArray, ctx: MarkContext): Candidate | undefined {
  const followsSlot = ctx.followsSlot;
  const start = m.index;
  const end = start + m[0].length;
  const after = line.slice(end, end + 24);
  if (isRating(line, start, m[0])) return undefined;
  // A shape at the head of a line is a bullet (`☆ 工作目标`), unless a slot's word follows it.
  if (atLineHead(line, start) && !(m[0].length > 1 && followsSlot(after))) return undefined;
  if (m[0].length === 1 && (after === '' || /^\s/.test(after))) return undefined;
  // `观山文库◆记住我`: a lone ◆/◇/▲ is an ornament unless the words call for a slot (`◆县`); a lone star stays one (`建设壮美☆、`).
  if (m[0].length === 1 && /[▲◇◆]/.test(m[0]) && !followsSlot(after) && !ctx.precedesSlot(before(line, start))) return undefined;
  return { start, end, latin: false };
}

export interface MarkContext {
  /** Whether text right after a candidate is a word a slot stands before (县, 同志, 亿元). */
  followsSlot(after: string): boolean;
  /** Whether the words around a gap call for a name there (`请…讲话`, `…同志`). */
  namesSlot(before: string, after: string): boolean;
  /** Whether text right before a mark ends with a word a slot follows (请, 第, 约, 驻). */
  precedesSlot(before: string): boolean;
}

/** Runs `re` over `line` (global), adding what `f` makes of each match to `out`. */
export function candidatesOf(line: string, out: Candidate[]): (re: RegExp, f: (m: RegExpExecArray) => Candidate | undefined) => void {
  return (re, f) => {
    re.lastIndex = 0;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      const c = f(m);
      if (c) out.push(c);
      if (m[0].length === 0) re.lastIndex++;
    }
  };
}

export function markCandidates(line: string, ctx: MarkContext): Candidate[] {
  if (DIVIDER_RE.test(line)) return [];
  const out: Candidate[] = [];
  const each = candidatesOf(line, out);
  // Order is priority: a longer structure (a date, a bracket) wins over the runs inside it.
  each(BRACKET_RE, (m) => bracketCandidate(line, m, ALL_MARKS_RE));
  if (line.includes(':') || line.includes('：')) each(RATIO_RE, (m) => ratioCandidate(line, m));
  each(TIME_RE, (m) => ({ start: m.index, end: m.index + m[0].length, kind: 'date', latin: true }));
  each(RANGE_RE, (m) => (HAS_MARK.test(m[0]) ? { start: m.index, end: m.index + m[0].length, kind: 'date', latin: true } : undefined));
  each(DATE_RE, (m) => {
    const year = m[1];
    const afterYear = year ? m[0].slice(m[0].indexOf('年') + 1) : m[0];
    if (!HAS_MARK.test(afterYear)) return undefined;
    return { start: m.index, end: m.index + m[0].length, kind: 'date', latin: true, hasDay: m[2] !== undefined, hasYear: year !== undefined };
  });
  const year = (m: RegExpExecArray): Candidate => {
    const at = m.index + m[0].indexOf(m[1]!);
    return { start: at, end: m.index + m[0].length, kind: 'year', latin: true, yearStart: at, yearEnd: at + m[1]!.length };
  };
  each(YEAR_RE, year);
  each(YEAR_AFTER_RANGE_RE, year);
  each(YEAR_SINCE_RE, year);
  each(SHORT_YEAR_RE, year);
  each(SHORT_YEAR_MONTH_RE, year);
  for (const re of CHINESE_RES) each(re, (m) => (titleSeparator(line, m) ? undefined : { start: m.index, end: m.index + m[0].length, latin: false }));
  if (line.includes('月')) each(DELETED_DATE_RE, (m) => ({ start: m.index, end: m.index + m[0].length, kind: 'date', latin: false, hasDay: true, hasYear: false }));
  each(EMPTY_BRACKET_RE, (m) => ({ start: m.index, end: m.index + m[0].length, kind: 'blank', latin: false }));
  if (line.includes('〕')) each(EMPTY_DOC_YEAR_RE, (m) => ({ start: m.index, end: m.index + m[0].length, kind: 'year', latin: false, hasYear: true }));
  if (line.includes('--'))
    each(HYPHEN_SLOT_RE, (m) => {
      const end = m.index + m[0].length;
      // `20--年度`: the year, its century kept.
      const year = line.startsWith('20', m.index - 2) && line[end] === '年';
      return year ? { start: m.index - 2, end, kind: 'year', latin: false, hasYear: true } : { start: m.index, end, latin: false };
    });
  if (line.includes('---'))
    each(DASH_RUN_RE, (m) => {
      const end = m.index + m[0].length;
      const after = line.slice(end, end + 24);
      const head = before(line, m.index);
      if (!startsWithHan(after) || !DASH_RUN_AFTER_RE.test(head)) return undefined;
      return ctx.followsSlot(after) || ctx.precedesSlot(head) || DASH_BODY_AFTER.test(after) || DASH_GOVERNOR_BEFORE.test(head) ? { start: m.index, end, latin: false } : undefined;
    });
  each(ELLIPSIS_RE, (m) => (SAYS.test(before(line, m.index)) || closesParallelClauses(line, m.index) ? undefined : { start: m.index, end: m.index + m[0].length, latin: false }));
  each(ELLIPSIS_NAME_RE, (m) =>
    !closesParallelClauses(line, m.index) && ctx.namesSlot(before(line, m.index), line.slice(m.index + m[0].length, m.index + m[0].length + 24))
      ? { start: m.index, end: m.index + m[0].length, kind: 'name', latin: false }
      : undefined,
  );
  each(SHAPE_RE, (m) => shapeCandidate(line, m, ctx));
  let bold: Uint8Array | undefined;
  if (line.includes('**')) {
    for (const [s, e] of boldSpans(line, ctx)) (bold ??= new Uint8Array(line.length)).fill(1, s, e);
  }
  // `***X亲临指导`, `***XX19个`: asterisks and X letters run together into one mask.
  each(STAR_X_RE, (m) => (bold?.[m.index] ? undefined : { start: m.index, end: m.index + m[0].length, latin: false }));
  each(STAR_RE, (m) => starCandidate(line, m, bold));
  if (/\d/.test(line)) each(PARTIAL_FIGURE_RE, (m) => ({ start: m.index, end: m.index + m[0].length, kind: 'number', latin: true }));
  each(LATIN_RE, (m) => {
    const text = m[0];
    // `3×`, `2x`: a product or a factor, not a slot.
    if (/^\d+[x×ｘ]$/.test(text) || (/^\d/.test(text) && /×/.test(text))) return undefined;
    // `5*x`, `a*X`, `x+y`: an operand of a formula.
    if (/[A-Za-z0-9][*＊+=/^]$/.test(line.slice(Math.max(0, m.index - 2), m.index)) || /^[*＊+=/^][A-Za-z0-9]/.test(line.slice(m.index + text.length, m.index + text.length + 2))) return undefined;
    // `Ⅹ、`, `Ⅹ.` at the head of a line: a Roman numeral numbering a list.
    if (/^[ⅹⅩ]$/.test(text) && atLineHead(line, m.index) && /^[、.．\s]/.test(line.slice(m.index + 1))) return undefined;
    return { start: m.index, end: m.index + text.length, latin: true };
  });
  return out;
}

/** Only stand-in marks (and the point of a masked decimal or an event's date): `××`, `××.××`, `*·××`. */
const MARKS_ONLY_RE = new RegExp(`^(?:${M}|[.．·])+$`);
/** What may stand between two joined marks: nothing, a masked decimal's point, an event date's dot (`“*·××”`). */
const JOIN_GAPS = new Set(['', '.', '．', '·']);

/**
 * Marks of two kinds written together are one slot (`××*个乡镇`, `××.*亿元`, `××*书记`): the
 * finders see an X run and an asterisk run, the writer one figure or name to fill. Candidates
 * that touch (or meet across a decimal point, or the dot of an event's date: `“*·××”洪灾`) and
 * hold only marks are joined; dates and years, which carry their own parts, are kept apart.
 */
export function joinTouchingMarks(line: string, cs: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const plain = (x: Candidate) => x.yearStart === undefined && x.hasDay === undefined && (x.kind === undefined || x.kind === 'number');
  // Whether the last kept candidate holds only marks: each candidate's own text is tested once
  // (testing the joined text again at each join was quadratic on a line of alternating marks).
  let prevMarks = false;
  for (const c of cs) {
    const prev = out[out.length - 1];
    const marks = plain(c) && MARKS_ONLY_RE.test(line.slice(c.start, c.end));
    if (prev && prevMarks && marks && c.start - prev.end <= 1 && JOIN_GAPS.has(line.slice(prev.end, c.start))) {
      out[out.length - 1] = { start: prev.start, end: c.end, latin: prev.latin && c.latin, ...(prev.kind ?? c.kind ? { kind: prev.kind ?? c.kind } : {}) };
    } else {
      out.push(c);
      prevMarks = marks;
    }
  }
  return out;
}
