/**
 * Blank slots found by the text alone, without a segmenter (split from slot-blanks.ts): `多`
 * left where its figure was deleted, a count after 共有/合计, a lost speaker before 强调, and a
 * leader's name replaced or deleted in a fixed formulation.
 */
import type { Candidate } from './slot-marks';
import { HAN } from '../util/han';

/**
 * `全镇共有人参加`, `合计名同志受到表彰`: a word that takes a figure, then a measure word and
 * what it counts, with the figure deleted between them (jieba reads `有人`, `有名` there).
 */
const TAKER_COUNT_RE = new RegExp(String.raw`(?<=(?:共有|共计|合计|总计|约有|(?<=全[县市省区镇乡州旗]|全[縣區鎮鄉])有))(?=[人名家户位个](?:参加|参与|参会|出席|受益|获得|报名|入选|受到|被评|通过|完成|企业|单位|干部|党员|群众|学生|教师|村民|同志|代表|选手|职工|村|行政村|贫困村|社区|乡镇|党组织|党支部|项目|学校))`, 'g');

/**
 * `再过几天就是我国第个教师节`, `第届运动会`, and with the measure word gone too (`庆祝第教师节`,
 * `创办了市第中学`): an ordinal whose number was deleted after 第. 第 takes a numeral and nothing
 * else, so any other Chinese character right after it marks the gap (not 次第, 门第, 府第, 及第, 落第,
 * 等第: words that end in 第; not 第宅, nor a name spelt with it: 第聂伯, 第纳尔, 第比利斯, 第戎; not 第某, a slot of its own).
 */
const ORDINAL_LOST_RE = new RegExp(
  `(?<![0-9０-９一二三四五六七八九十百千万零〇两几次门府宅及落等科甲品第XＸx×*＊_＿\\s])第(?=[${HAN}])(?![〇零一二三四五六七八九十百千万两几壹贰貳叁參参肆伍陆陸柒捌玖拾佰仟萬廿卅兩第宅聂纳比戎某儿])`,
  'g',
);
/** The same, for the slot analysis's line trigger. */
export const ORDINAL_LOST_HINT = new RegExp(ORDINAL_LOST_RE.source);

/** 第 opening a clause before a verb or a function word (`陵下。第以血礼未终`): the classical adverb 'only', no ordinal. */
const classicalDi = (line: string, at: number): boolean => /^[。，；：！？,;:!?]?$/.test(line[at - 1] ?? '') && /[以恐念见見觉覺未不思惟]/.test(line[at + 1] ?? '');

export function lostOrdinals(line: string, out: Candidate[]): void {
  ORDINAL_LOST_RE.lastIndex = 0;
  for (let m = ORDINAL_LOST_RE.exec(line); m; m = ORDINAL_LOST_RE.exec(line)) {
    if (!classicalDi(line, m.index)) out.push({ start: m.index + 1, end: m.index + 1, kind: 'blank', latin: false });
  }
}

/**
 * `高校校长在届本科毕业典礼上的讲话`: the year of a class deleted before 届 (2019届本科毕业生). 届 after no
 * numeral, mark or word that takes it (本届, 历届, 应届, 首届, 换届), before the students it names.
 */
const CLASS_OF = '届(?=本科|毕业|畢業|学生|學生|新生|研究生|硕士|碩士|博士|校友|学员|學員|高三|初三)';
const CLASS_YEAR_LOST_RE = new RegExp(`(?<![0-9０-９一二三四五六七八九十百零〇两几本上下历歷往应應首每这這该該各当當换換同多XＸx×*＊_＿\\s])${CLASS_OF}`, 'g');
export const CLASS_YEAR_HINT = new RegExp(CLASS_OF);

export function lostClassYears(line: string, out: Candidate[]): void {
  CLASS_YEAR_LOST_RE.lastIndex = 0;
  for (let m = CLASS_YEAR_LOST_RE.exec(line); m; m = CLASS_YEAR_LOST_RE.exec(line)) out.push({ start: m.index, end: m.index, kind: 'blank', latin: false });
}

/**
 * `应到选民人，实到人，委托人`, `请假的名，`, `共发出选票张，`: a meeting's roll call and ballot count, the
 * numbers deleted between what is counted and its measure word, which ends the clause (not `请假的人，`:
 * the people themselves; not `应到人数`: the word continues).
 */
const ROSTER_VERBS = ['应到', '实到', '到会', '缺席', '请假', '发出', '收回', '共有'];
const ROSTER_RE = new RegExp(String.raw`(?<=(?:${ROSTER_VERBS.map((v) => (v === '实到' ? `(?<!落)${v}` : v)).join('|')})(?:的)?(?:选民|党员|代表|委员|村民|居民|会员|人员|选票|票)?)(?<!的(?=人))(?=[人名张](?:$|[，。；、,;）)]))`, 'g');
/** A cheap test for ROSTER_RE's lines (the same verbs, without its guards). */
export const ROSTER_HINT = new RegExp(String.raw`(?:${ROSTER_VERBS.join('|')})(?:的)?[\u4e00-\u9fff]{0,2}[人名张](?:$|[，。；、,;）)])`);

export function rosterCounts(line: string, out: Candidate[]): void {
  ROSTER_RE.lastIndex = 0;
  for (let m = ROSTER_RE.exec(line); m; m = ROSTER_RE.exec(line)) {
    out.push({ start: m.index, end: m.index, kind: 'blank', latin: false });
    ROSTER_RE.lastIndex++;
  }
}

/**
 * `出席今天会议的有。`, `参加今天开工奠基仪式的有。`, `莅临大会的上级领导有：让我们…`: a 主持词 announcing who
 * attends, its list of names deleted. Only where nothing could be the list: the clause ends at
 * once, or the colon is followed by the host's next sentence (`下面`, `首先`, `现在`, `让我们`…).
 * A colon ending the line announces a list on the lines below: not this.
 */
// The lookahead first: the lookbehind runs only before the stop or colon it needs.
const ATTENDEES_LOST_RE = /(?=[。；;]|[：:][ \u3000]*(?:下面|首先|现在|让我们|请大家|对他们|对各位))(?<=(?:出席|参加|莅临|到会)[^，。；！？,;!?：:]{0,20}的[^，。；！？,;!?：:]{0,6}有)/g;
/** A line that may hold one. */
export const ATTENDEES_HINT = /(?:出席|参加|莅临|到会)[^。]{0,30}有[。；;：:]/;

export function lostAttendees(line: string, out: Candidate[]): void {
  ATTENDEES_LOST_RE.lastIndex = 0;
  for (let m = ATTENDEES_LOST_RE.exec(line); m; m = ATTENDEES_LOST_RE.exec(line)) {
    out.push({ start: m.index, end: m.index, kind: 'blank', latin: false });
    ATTENDEES_LOST_RE.lastIndex++;
  }
}

export function takerCounts(line: string, out: Candidate[]): void {
  TAKER_COUNT_RE.lastIndex = 0;
  for (let m = TAKER_COUNT_RE.exec(line); m; m = TAKER_COUNT_RE.exec(line)) {
    out.push({ start: m.index, end: m.index, kind: 'blank', latin: false });
    TAKER_COUNT_RE.lastIndex++;
  }
}

/**
 * `建设面积多平方米的办公楼`, `完成了多亩项目用地`, `企业达多家，`: 多 ("more than") is left
 * where the figure before it was deleted. 多 right before a measure that always needs a figure
 * (`多平方米`, `多万元`), or a measure word ending its clause after 达/近/约 (`达多家，`), with no
 * numeral before it (`3000多平方米`, `十多万元`) and not as part of 很多/许多/好多 (`许多亩`).
 */
const MORE_THAN_RE = new RegExp(
  String.raw`(?<=[${HAN}])多(?=(?:万?平方米|平方公里|公里|千米|公顷|万亩|亩|万吨|万元|亿元|万人|万户|万千瓦|个百分点)|(?<=[达近约共逾]多)[家个名位项所座](?:$|[，。；、,;）)]))`,
  'g',
);
const NOT_FIGURE_BEFORE_MORE = /[〇○零一二三四五六七八九十百千万亿两几数余多很许好诸众大最较更太过颇甚不至]$/;

export function moreThanBlanks(line: string, out: Candidate[]): void {
  MORE_THAN_RE.lastIndex = 0;
  for (let m = MORE_THAN_RE.exec(line); m; m = MORE_THAN_RE.exec(line)) {
    if (!NOT_FIGURE_BEFORE_MORE.test(line.slice(m.index - 1, m.index))) out.push({ start: m.index, end: m.index, kind: 'blank', latin: false });
  }
}

/**
 * `强调，“营商环境只有更好，没有最好”`: a sentence that opens with the verb of a quotation has
 * lost its speaker (a site deletes a leader's name; a writer deletes a colleague's). Meeting
 * reports say who (`会议强调，`), so the bare verb at a sentence's head is a deleted name.
 */
// The lookahead first: the lookbehind, which scans back over spaces, runs only before 强调/指出
// (first, it ran at every position of a line of spaces: quadratic).
const SPEAKER_LOST_RE = /(?=(?:强调|指出)[，,：:][ \u3000]*[“"])(?<=^[ \u3000]*|[。！？!?][ \u3000]*)/g;

export function lostSpeakers(line: string, out: Candidate[]): void {
  SPEAKER_LOST_RE.lastIndex = 0;
  for (let m = SPEAKER_LOST_RE.exec(line); m; m = SPEAKER_LOST_RE.exec(line)) {
    out.push({ start: m.index, end: m.index, kind: 'blank', latin: false });
    SPEAKER_LOST_RE.lastIndex++;
  }
}

/**
 * A leader's name in a fixed formulation, replaced by a letter (`确立A同志党中央的核心`, `以A同志为主要
 * 代表`; X is slot-marks') or deleted before the title (`以主席新时代中国特色社会主义思想为指导`, `以总书记同志为核心`): only
 * where a name must stand; or deleted with its title (`以为核心的党中央`). Not `A股`, `A级`, `主席台`, `毛主席`, `习近平总书记新时代…`.
 */
/** Lines where leaderNames looks (also part of the slot analysis's line trigger, slots.ts). */
export const LEADER_NAME_HINT = /同志[为党新]|[A-Z书席]新时代|以(?:同志)?为(?:核心|总书记)的党中央/;
const LETTER_NAME_RE = /(?<![A-Za-z0-9\uff21-\uff3a])[A-WYZ](?=(?:同志)?新时代中国特色|同志(?:为核心|为主要代表|党中央的核心))/g;
const BARE_TITLE_RE = /(?<=^|[以立持彻习用把对和与及、，,。：:“"（(\s])(?:总书记|主席)(?=新时代中国特色社会主义思想|同志(?:为核心|党中央的核心|为主要代表))/g;
/** `在以为核心的党中央坚强领导下`, `以同志为核心的党中央`: the name and title a site's filter took out of the frame (not `我以为核心问题…`). */
const CORE_LOST_RE = /(?<=以)(?=(?:同志)?为(?:核心|总书记)的党中央)/g;

export function leaderNames(line: string, out: Candidate[]): void {
  for (const re of [LETTER_NAME_RE, BARE_TITLE_RE, CORE_LOST_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      if (m[0].length === 0) re.lastIndex++;
      const letter = re === LETTER_NAME_RE;
      out.push({ start: m.index, end: letter ? m.index + 1 : m.index, kind: letter ? 'name' : 'blank', latin: false });
    }
  }
}

/**
 * A month whose figure was deleted before its part (`于 月底前完成`, `2024年 月中旬`), or with its
 * 月 too (`于底前完成`): after a word that dates it, never after a numeral or 本/上/下/次 (`本 月底`).
 */
const MONTH_PART = '(?:底|初|末|中旬|上旬|下旬|上中旬|中下旬)';
/**
 * `今年月上中旬`, `2024年月底`: a year then its month's part with no figure between (今年月均 is no part); `于7月日召开`: a day's number deleted;
 * `2009年 月，全球…`, `于2023年 月在北京召开`: a full year, then 月 with no figure, then a clause mark or a verb of where it happened.
 */
const MONTH_GAP_RE = new RegExp(String.raw`(?<=(?<![0-9０-９])[0-9０-９]{4}年)[ \u3000\u00a0]*(?=月(?:[，,。；;、]|在|于))|(?<=(?:[于在到至止年自从]|截至|截止))[ \u3000\u00a0]+(?=月${MONTH_PART})|(?<=(?:[于至在]|截至|截止))(?=底(?:前|之前))|(?<=(?:[今去明前]|\d)年)(?=月${MONTH_PART})|(?<=(?<![0-9０-９])[0-9０-９]{1,2}月)(?=日(?:召开|举行|举办|开幕|开始|起|至|前|上午|下午|晚上?|[，,。；;、）)]))`, 'g');

/**
 * `……的精神，年11月30日下午，`, `，年7 月一批有志之士`: a year deleted before its 年, after a clause mark (a line's head
 * may be a broken line's tail), the month maybe spaced out as PDF copy leaves it.
 */
const YEAR_GAP_RE = /(?<=[，,。；;、（(]|[于在])(?=年[ \u3000]?\d{1,2}[ \u3000]?月)/g;

/**
 * `政府工作报告 年月日在镇第十二届人民代表大会…`, `年政府工作的回顾 年，是我镇…`: a gap after a word, right
 * before a bare 年月日 or a 年 that ends its clause, where the year's figures were deleted (not after a
 * character that makes a word with 年: `关键之 年，` is 关键之年 cut by a space).
 */
const YEAR_BLANK_RE = new RegExp(String.raw`(?<=[${HAN}]{2})(?<![之的这那本今去明每该当多半新同近往上下元全来成周])[ 　]+(?=年月日|年[，,](?![${HAN}]?年))`, 'g');

export function monthBlanks(line: string, out: Candidate[]): void {
  if (line.includes('年')) {
    YEAR_BLANK_RE.lastIndex = 0;
    for (let m = YEAR_BLANK_RE.exec(line); m; m = YEAR_BLANK_RE.exec(line)) out.push({ start: m.index, end: m.index + m[0].length, kind: 'blank', latin: false });
    YEAR_GAP_RE.lastIndex = 0;
    for (let m = YEAR_GAP_RE.exec(line); m; m = YEAR_GAP_RE.exec(line)) {
      out.push({ start: m.index, end: m.index, kind: 'blank', latin: false });
      YEAR_GAP_RE.lastIndex++;
    }
  }
  MONTH_GAP_RE.lastIndex = 0;
  for (let m = MONTH_GAP_RE.exec(line); m; m = MONTH_GAP_RE.exec(line)) {
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'blank', latin: false });
    if (m[0].length === 0) MONTH_GAP_RE.lastIndex++;
  }
}

/**
 * A name deleted before 同志: after a title that follows its body (`请坂兜村书记同志、村主任同志上台`,
 * `县委书记同志讲话`: not `王书记同志`), or after a clause mark or 请/由 before what the person did
 * (`刚才，同志通报了…`, `由同志牵头`, `请同志致开幕词`), where a name must stand. Not `同志们`, `同志间`.
 */
const TITLE_BEFORE = '(?:书记|县长|市长|区长|镇长|乡长|主任|局长|部长|处长|科长|校长|厂长|经理|董事长|秘书长)';
/** What a person named before 同志 did at the meeting: `同志通报了…`, `同志作了…`. */
const DID = '(?:通报|解读|作了|作重要|就|在全|牵头|传达|宣读|主持|介绍|汇报|代表|发言|致辞|致(?:开幕|闭幕|欢迎|答谢|贺)词|讲话|讲了|提出|强调|指出|分别|带领|述职|上台|领奖)';
/**
 * An office of a county, city or town: `县公安局`, `市安监局`, `区融媒体中心`, `县委组织部`. Before 同志 and what
 * the person did (`县公安局同志通报了…`), the name between them was deleted (`县公安局的同志` is the office's staff).
 */
const OFFICE = String.raw`[省市县区镇乡州旗][\u4e00-\u9fff]{0,8}?(?:局|厅|委办|政办|办公室|中心|站|所|院|公司|大队|支队|组织部|宣传部|统战部|武装部)`;
/**
 * A name deleted from a list of names each with its 同志 (`吴邦国同志、同志、曾庆红同志`, `出席的有：同志、贾庆林同志`,
 * `李长春同志和同志出席`, `会议由王华同志和同志主持。`): between two of the list (the last one too), or opening it after a colon
 * or comma before another.
 */
const LISTED = String.raw`(?<=同志[、和及与])(?=同志(?![们间式会])(?:[、，,和及与等出参列。；;]|主持|讲话|发言|致辞|分别|$))|(?<=[：:，,])(?=同志、[\u4e00-\u9fff]{2,4}同志)`;
const NAME_LOST_RE = new RegExp(
  String.raw`(?<=[村镇乡县市区局委组部厂司所校院处室队会请由，,、：:]${TITLE_BEFORE})(?=同志(?![们间式会]))|(?<=[，,：:；;]|请|由)(?=同志${DID})|(?=同志${DID})(?<=${OFFICE})|${LISTED}`,
  'g',
);

export function lostNames(line: string, out: Candidate[]): void {
  NAME_LOST_RE.lastIndex = 0;
  for (let m = NAME_LOST_RE.exec(line); m; m = NAME_LOST_RE.exec(line)) {
    out.push({ start: m.index, end: m.index, kind: 'blank', latin: false });
    NAME_LOST_RE.lastIndex++;
  }
}

/**
 * `希望们认真抓好落实`, `，们要…`: 们 with no one before it (a clause's head, or right after a verb that
 * addresses people), where a keyword filter deleted the word it pluralised (同志们). Not at a line's
 * head: a PDF copy breaks lines inside words (`让我` / `们为所有的家长鼓掌`).
 */
const ADDRESSED_BY = '[，,。：:；;！!？?]|希望|感谢|谢谢|恳请|欢迎|祝愿';
const ADDRESSEE_LOST_RE = new RegExp(`(?<=${ADDRESSED_BY})们(?![们])`, 'g');
/** A line that may hold one (the slot finders run on lines that hint at a slot only). */
export const ADDRESSEE_HINT = new RegExp(`(?:${ADDRESSED_BY})们`);

export function lostAddressees(line: string, out: Candidate[]): void {
  if (!ADDRESSEE_HINT.test(line)) return;
  ADDRESSEE_LOST_RE.lastIndex = 0;
  for (let m = ADDRESSEE_LOST_RE.exec(line); m; m = ADDRESSEE_LOST_RE.exec(line)) out.push({ start: m.index, end: m.index, kind: 'blank', latin: false });
}

