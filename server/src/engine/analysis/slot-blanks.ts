/**
 * Blank slots: the figure or name was deleted and only its frame is left —
 * `完成投资 亿元，增长 %`, `分别为 万元、 万元`, `定于 年 月 日召开`, `我谨代表 ，向…`,
 * `为 经济发展注入活力`. Decided by the sentence's grammar, not by "a space before 亿元":
 * the gap must sit where the sentence needs a numeral or a name, and what stands before it
 * must not be one already (`约 1.2 亿元` is a PDF space inside a real figure; `每 个人` is a
 * space before the word 个人). The slot is the gap itself, where the value goes.
 */
import type { Segmenter, Token } from './segment';
import { hanRunAfter, hanRunBefore, joinsIntoWord } from './word-join';
import { before, type Candidate } from './slot-marks';
import { countHan, endsWithHan, HAN, startsWithHan } from '../util/han';
import { BARE_COUNT_TAKERS, FIGURE_VERBS, GLUED_HINT, gluedCounts } from './slot-blanks-glued';
import { DATE_FRAME_HINT, dateFrames } from './slot-blanks-dates';
import { verseLine } from './verse';
import { ELLIPSIS_AFTER_WORD_RE, ellipsisNames, tokenAt } from './slot-blanks-ellipsis';
import { ATTENDEES_HINT, CLASS_YEAR_HINT, LEADER_NAME_HINT, leaderNames, ORDINAL_LOST_HINT, lostAddressees, lostAttendees, lostClassYears, lostNames, lostOrdinals, lostSpeakers, monthBlanks, moreThanBlanks, ROSTER_HINT, rosterCounts, takerCounts } from './slot-blanks-plain';

export { ADDRESSEE_HINT, ATTENDEES_HINT, CLASS_YEAR_HINT, LEADER_NAME_HINT } from './slot-blanks-plain';

const GAP = '[ \\u3000\\u00a0]+';
/** Units and measure words that need a numeral before them. */
const UNIT =
  '(?:亿元|万元|亿美元|万美元|元|亿|万|%|％|‰|个百分点|百分点|万人次|人次|万人|万户|万亩|万吨|万千瓦|公顷|平方公里|平方米|公里|千米|米|吨|亩|个|家|名|位|项|户|人|次|座|所|件|台|辆|套|倍|届|周年)';
/** Units that are never the head of another word, safe to judge without a segmenter. */
const PLAIN_UNIT = /^(?:亿元|万元|亿美元|万美元|%|％|‰|个百分点|万人次|万吨|万亩|万千瓦|平方公里)/;
/** A numeral (Arabic or Chinese) right before the gap: the figure is there, split by a space. */
const NUMERAL_BEFORE = /[0-9０-９.．〇○零一二三四五六七八九十百千万亿两几数多余]$/;
/** Words that take a measure word with no numeral (`各 位领导`, `每 个人`, `该 项目`): a PDF space, not a slot. */
const DETERMINER_BEFORE = /[各每该本此这那哪某首全逐整]$/;
const UNIT_GAP_RE = new RegExp(`(?<=[${HAN}、，,：:（(])${GAP}(?=${UNIT})`, 'g');
/** A gap right before a stop: the object of the verb before it may have been deleted. */
const OBJECT_GAP_RE = new RegExp(String.raw`(?<=[${HAN}])[ \u3000\u00a0]+(?=[，。、；：！,;:!])`, 'g');
/** Verbs that cannot end a clause without their object: `我谨代表 ，`, `得分为 。`. */
const OBJECT_VERBS = new Set(['代表', '欢迎', '感谢', '祝贺', '为', '分为', '是', '向', '对', '由', '请', '有请', '达', '达到', '至', '于', '位于', '形成', '按照', '围绕', '根据']);
/** Words of welcome and thanks that a clause may end with as its object (`向大家表示衷心的感谢`). */
const FEELING_NOUNS = new Set(['欢迎', '感谢', '祝贺']);
/** What makes them the object: a verb of expressing earlier in the clause, or a modifier or a list right before. */
const FEELING_BEFORE = /(?:表示|致以|表达|致|深表|送上|献上)[^，。；！？,;!?]*$|[的和与及、]$/;
/** The same, judged without a segmenter: only words that never end another word here. */
const PLAIN_OBJECT_VERB = /(?:我|谨|并|和|同时)(?:代表|欢迎|感谢|祝贺)$/;
/**
 * Prepositions and verbs a deleted place or organisation name follows: `为 经济发展注入活力`,
 * `按照 总体布署`, `提升 整体城市形象`, `加快 的开发`.
 */
const GOVERNORS = new Set(['为', '在', '向', '对', '由', '把', '给', '按照', '围绕', '根据', '代表', '促进', '推动', '提升', '加快', '带动']);

/** Words a place's name follows (`距离 镇`, `地处 县`, `前往 村`). */
const PLACE_AFTER = new Set(['距离', '距', '离', '毗邻', '紧邻', '邻近', '地处', '位于', '来到', '前往', '到', '在', '从', '与', '和']);
/**
 * A place's type alone (`镇`, or jieba's guess `镇约` that runs it into the next word), not
 * the head of a word (`市场`, `村民`): its name before it was deleted.
 */
function placeType(t: Token): boolean {
  return /^(?:省|市|县|区|乡|镇|村|县城|镇区|街道|社区)$/.test(t.word) || (t.tag === 'x' && /^[省市县区乡镇村]/.test(t.word));
}


export interface BlankContext {
  segmenter?: Segmenter;
  /** Tokens of the line, tagged once on demand. */
  tokens(): Token[];
}


/** Measure words jieba may tag otherwise after a gap (`项/n 城市`): counted only between a verb and a noun. */
const MEASURE_CHARS = new Set(['项', '个', '家', '名', '座', '所', '台', '套', '户', '条', '批', '处', '件', '辆', '栋', '间']);

/** Measure words a noun's count ends its clause with (`协会个，`, `水库座，`): not 户/项/家/所/处/间, which close compounds (`示范户`, `监督所`, `出口处`, `直播间`). */
const NOUN_COUNTED = new Set(['个', '座', '台', '辆', '套', '栋', '名', '位', '条', '件']);
/** Verbs and prepositions of going or being somewhere: what follows them is a place, not a count (`到手术台`, `登上领奖台`). */
const PLACE_BEFORE = new Set(['到', '在', '从', '至', '于', '往', '向', '进', '上', '来到', '回到', '走上', '登上', '走进', '站在', '走向', '奔赴', '前往']);

/** `发生火灾 万起`: 万 or 亿 and a measure word, which jieba, not knowing the pair, tags as one other-word. */
const TENS_OF_THOUSANDS_COUNT_RE = /^[万亿][起件次人户家名个吨亩辆台套座所]$/;
/** Words a figure follows directly (`近300名`, `约50人`, `共12家`). */
const NUMERAL_TAKERS = new Set(['近', '约', '共', '逾', '计', '仅', '超', '达']);

/** `开工建设 项城市基础设施项目`: a measure word between a verb and the noun it counts, its numeral deleted. */
function countsNoun(tokens: Token[], gapStart: number, tok: Token): boolean {
  if (tok.word.length !== 1 || !MEASURE_CHARS.has(tok.word)) return false;
  const left = tokenAt(tokens, gapStart - 1);
  const right = tokenAt(tokens, tok.end);
  return left !== undefined && left.end === gapStart && /^v/.test(left.tag ?? '') && right !== undefined && right.start === tok.end && /^n/.test(right.tag ?? '');
}

/**
 * A space inside a word, as PDF copy leaves (`友好国 家和国际友人`, `历 次`, `把 握`): read
 * without the gap, a dictionary word holds both sides of it, and the word on the gap's `side`
 * is a lone character or a piece no dictionary has (`全方 位`: the segmenter's guess 全方, the
 * fragment of 全方位). `共有 名干部`, `规上企业 家` and `结案 件` keep their slot: 共有, 企业 and
 * 结案 are whole words, even though 有名, 企业家 and 案件 are words too.
 */
function gapInsideWord(ctx: BlankContext, line: string, start: number, end: number, side: 'left' | 'right'): boolean {
  const segmenter = ctx.segmenter;
  if (!segmenter) return false;
  const piece = side === 'left' ? tokenAt(ctx.tokens(), start - 1) : tokenAt(ctx.tokens(), end);
  return !!piece && (piece.word.length === 1 || !segmenter.has(piece.word)) && joinsIntoWord(segmenter, hanRunBefore(line, start), hanRunAfter(line, end));
}

/** A measure word of people or units that opens no longer word here (`人民`, `人才`, `个人` are words). */
const COUNTED_AFTER_TAKER = /^(?:人(?![民才大员口们类心生物文力事间格性身权情])|名|位|家(?![庭长属乡园人])|户(?![口外籍])|个(?![人体性别])|项(?![目]))/;

/** Whether the word right before a gap is one a figure follows (`共`, `约`, `共有`), a word of its own (not 统计's 计). */
function takesFigure(tokens: Token[], gapStart: number): boolean {
  const left = tokenAt(tokens, gapStart - 1);
  return left !== undefined && left.end === gapStart && (NUMERAL_TAKERS.has(left.word) || TAKER_WORDS.has(left.word));
}
const TAKER_WORDS = new Set(['共有', '总共', '共计', '合计', '约有', '近有', '达到']);

/** Measure words that, alone between a gap and the end of a clause, can only count (`贫困人口 人，`, `新增就业 人。`). */
/** `接待来访群众 人次，`: counts of visits, tagged as nouns. */
const PERSON_TIMES = /^(?:万?人次|户次)$/;
const BARE_COUNT = new Set(['人', '户', '名', '家', '个', '座', '所', '项', '位', '件', '台', '辆', '套', '处', '条', '栋', '间', '岁']);

/**
 * `全县还有贫困人口 人，`, `全镇共有 户 人，`: a measure word jieba tags as a noun (人), alone
 * between the gap and the end of its clause, after a word that is no numeral-and-measure
 * (`一个 人。` is a PDF space) unless that word is itself a slot's measure after a gap.
 */
function bareCount(tokens: Token[], line: string, gapStart: number, tok: Token): boolean {
  if (!(tok.word.length === 1 ? BARE_COUNT.has(tok.word) : PERSON_TIMES.test(tok.word)) || !/^(?:$|[，。；、,;）)])/.test(line.slice(tok.end, tok.end + 1))) return false;
  const left = tokenAt(tokens, gapStart - 1);
  if (!left || left.end !== gapStart || !endsWithHan(left.word)) return false;
  if (/^(?:m|q|mq|r)$/.test(left.tag ?? '')) return left.word.length === 1 && BARE_COUNT.has(left.word) && /[ \u3000\u00a0]$/.test(line.slice(0, left.start));
  return true;
}

/**
 * `共办理建议， 件提请常委会审议`: jieba tags a lone measure word it cannot place as a morpheme
 * (zg), not a measure word; alone between the gap and what follows, it still counts.
 */
function morphemeCount(tok: Token): boolean {
  return tok.tag === 'zg' && tok.word.length === 1 && BARE_COUNT.has(tok.word);
}

/** A title's end (a genre word, a template's number): the text after its space is the body, not a figure's unit. */
const TITLE_END_BEFORE_GAP = /(?:讲话|致辞|致词|发言|范文|范本|讲稿|汇编|大全|贺词|篇[一二三四五六七八九十\d]{1,3})$/;

function unitBlanks(line: string, ctx: BlankContext, out: Candidate[]): void {
  UNIT_GAP_RE.lastIndex = 0;
  for (let m = UNIT_GAP_RE.exec(line); m; m = UNIT_GAP_RE.exec(line)) {
    const start = m.index;
    const end = start + m[0].length;
    if (NUMERAL_BEFORE.test(before(line, start)) || DETERMINER_BEFORE.test(before(line, start))) continue;
    // `…致辞范文 周年庆典，它标志着…`: a title's lost line break before the text, not a figure's slot.
    if (TITLE_END_BEFORE_GAP.test(before(line, start))) continue;
    const rest = line.slice(end);
    // `做到了件 件有回复`, `个 个都是`: a doubled measure word cut by a PDF space, not a count
    // (`上访信件 件，` is: 信件 is a word of its own).
    if (line[start - 1] === rest[0] && ctx.segmenter && tokenAt(ctx.tokens(), start - 1)?.word.length === 1) continue;
    if (ctx.segmenter && takesFigure(ctx.tokens(), start) && COUNTED_AFTER_TAKER.test(rest)) {
      // `全镇共 人参加`: jieba may read the measure into the next word (人参); after 共 it is a count.
      out.push({ start, end, kind: 'blank', latin: false });
      continue;
    }
    if (ctx.segmenter) {
      // The unit must be a word of its own (`个人`, `名单`, `家庭` are not units).
      const tok = tokenAt(ctx.tokens(), end);
      if (!tok || tok.start !== end) continue;
      // jieba tags 周年 as a time word (`建院 周年`): it is still the measure of a deleted figure.
      if (!(tok.tag === 'm' || tok.tag === 'q' || tok.tag === 'mq' || tok.word === '周年' || TENS_OF_THOUSANDS_COUNT_RE.test(tok.word) || /^[%％‰]/.test(tok.word) || morphemeCount(tok) || countsNoun(ctx.tokens(), start, tok) || bareCount(ctx.tokens(), line, start, tok))) continue;
      // `投资 亿元以上的项目` says "over a hundred million"; `%以上` always lacks its figure.
      if (!/^[%％‰]/.test(tok.word) && /^(?:以上|以下|级|大关)/.test(line.slice(tok.end))) continue;
      if (gapInsideWord(ctx, line, start, end, 'left')) continue;
    } else if (!PLAIN_UNIT.test(rest)) {
      continue;
    }
    out.push({ start, end, kind: 'blank', latin: false });
  }
}

const HAN_SPACE_HAN = new RegExp(String.raw`[${HAN}][ \u3000\u00a0]+(?=[${HAN}])`, 'g');

/** Whether two or more spaces of the line fall inside words: a paragraph whose PDF line breaks became spaces. */
function wrappedLine(line: string, ctx: BlankContext): boolean {
  let inside = 0;
  HAN_SPACE_HAN.lastIndex = 0;
  for (let m = HAN_SPACE_HAN.exec(line); m; m = HAN_SPACE_HAN.exec(line)) {
    const start = m.index + 1;
    const end = m.index + m[0].length;
    if ((gapInsideWord(ctx, line, start, end, 'left') || gapInsideWord(ctx, line, start, end, 'right')) && ++inside >= 2) return true;
  }
  return false;
}

function objectBlanks(line: string, ctx: BlankContext, out: Candidate[]): void {
  OBJECT_GAP_RE.lastIndex = 0;
  const gaps: Candidate[] = [];
  let habit = false;
  for (let m = OBJECT_GAP_RE.exec(line); m; m = OBJECT_GAP_RE.exec(line)) {
    const left = ctx.segmenter ? tokenAt(ctx.tokens(), m.index - 1) : undefined;
    const verb = left ? left.end === m.index && OBJECT_VERBS.has(left.word) : PLAIN_OBJECT_VERB.test(before(line, m.index));
    // `表示喜悦和祝贺 。`, `致以热烈的欢迎 ，`: the feeling a clause expresses, a noun that needs no object.
    if (!verb) habit = true;
    else if (!(left && FEELING_NOUNS.has(left.word) && FEELING_BEFORE.test(line.slice(Math.max(0, left.start - 16), left.start)))) gaps.push({ start: m.index, end: m.index + m[0].length, kind: 'blank', latin: false });
  }
  // `进入会议室 。`, `起立 , 交换文本`: a line that puts a space before its stops where nothing was
  // deleted has the typesetter's habit; its gap after a verb means nothing either.
  if (!habit) for (const g of gaps) out.push(g);
  if (!ctx.segmenter || !/[，。；,;]/.test(line)) return;
  // A preposition, a gap, then the rest of its phrase: the name it governed was deleted.
  const tokens = ctx.tokens();
  let wrapped: boolean | undefined;
  const space = (t: Token | undefined) => t !== undefined && /^[ \u3000\u00a0]+$/.test(t.word);
  for (let i = 1; i < tokens.length; i++) {
    if (!space(tokens[i]) || space(tokens[i - 1])) continue;
    let j = i;
    while (space(tokens[j + 1])) j++;
    const left = tokens[i - 1]!;
    const right = tokens[j + 1];
    if (right && placeType(right) && PLACE_AFTER.has(left.word) && !gapInsideWord(ctx, line, tokens[i]!.start, tokens[j]!.end, 'left')) {
      // `距离 镇约十公里`, `位于 县城东部`: the name of the town was deleted before its type.
      out.push({ start: tokens[i]!.start, end: tokens[j]!.end, kind: 'blank', latin: false });
      continue;
    }
    if (!right || !GOVERNORS.has(left.word) || !/^[pv]/.test(left.tag ?? '') && left.word !== '代表') continue;
    if (!startsWithHan(right.word) || right.tag === 'm' || right.tag === 'q') continue;
    if (gapInsideWord(ctx, line, tokens[i]!.start, tokens[j]!.end, 'right')) continue;
    // A paragraph copied from a PDF keeps its line breaks as spaces, some inside words (`创 新`,
    // `职 工`): there a space after 为 or 对 is such a break too, not a deleted name.
    if ((wrapped ??= wrappedLine(line, ctx))) return;
    out.push({ start: tokens[i]!.start, end: tokens[j]!.end, kind: 'blank', latin: false });
  }
}

/**
 * What a figure measures (`完成投资亿元`, `实现地区生产总值亿元`, `公共预算收入亿元，`): right
 * before a money unit that ends its clause, with nothing between, the figure was deleted.
 */
const FIGURE_NOUNS = new Set(['里程', '总里程', '面积', '总面积', '长度', '产量', '投资', '收入', '总值', '生产总值', '产值', '总产值', '增加值', '总额', '余额', '利润', '税收', '营收', '营业收入', '销售收入', '财政收入', '成交额', '销售额', '交易额', '进出口额', '出口额', '进口额', '贷款', '存款']);
/** Units that always need a numeral (亿 alone is a numeral in `超亿元`, so only after a figure verb). */
const FIGURE_UNIT = /^(?:亿元|万元|亿美元|万美元|个百分点|百分点)(?=(?:左右|以上)?(?:$|[，。；、,;）)]))/;
/** Measures of length, area and weight: a figure noun or verb right before one (`总里程公里，`, `面积达到亩，`) lost its figure. */
const MEASURE_UNIT = /^(?:公里|千米|平方公里|平方米|万亩|亩|公顷|万吨|吨)(?=$|[，。；、,;）)])/;
/** A unit or an ordinal right after a Chinese character: the only lines worth tagging for an empty blank. */
export const EMPTY_HINT =
  new RegExp(String.raw`[${HAN}]{2}[个家项户所座件台辆套栋处名位条间](?:[，。；、,;])|[${HAN}](?:[%％‰]|亿元|万元|亿美元|万美元|个?百分点|元(?:左右|以上)?(?:$|[，。；、,;）)]))|[${HAN}]第(?:$|[，。；、,;！!？?）)])|(?:^|[，。；、：,;:])[个家名位项所座台套户条批处件辆栋间]|[近约共逾计仅超达][个家名位项所座台套户条批处件辆栋间]|(?:里程|面积|长度|产量|${[...FIGURE_VERBS].join('|')})(?:公里|千米|平方|万亩|亩|公顷|万吨|吨)|其中[个家名位项所座台套户条批处件辆栋间]|[${HAN}][万亿][个家名位项所座台套户条批处件辆栋间](?:$|[，。；、,;）)])|[${HAN}]多(?:万?平方米|平方公里|公里|千米|公顷|万?亩|万吨|[万亿]元|万人|万户|万千瓦|个百分点)|[达近约共逾]多[家个名位项所座]|(?:共有|共计|合计|总计|约有|全[县市省区镇乡州旗縣區鎮鄉]有)[人名家户位个]|${ORDINAL_LOST_HINT.source}|[${HAN}]余(?:万|亿)?(?:元|人次|[人次家户名个项份亩所座件台套吨场期批篇条])|${GLUED_HINT.source}|${ROSTER_HINT.source}`);
const CLAUSE_END_RE = /^[，。；、,;]/;
/** What a figure with 余 ("more than") counts: `余次`, `余万元`, `余人次`. */
const AFTER_MORE_THAN = /^(?:万|亿)?(?:元|人次|[人次家户名个项份亩所座件台套吨场期批篇条])/;
const PERCENT_AFTER_HAN = new RegExp(String.raw`(?<=[${HAN}])[%％‰]`, 'g');
/** Chinese characters that are numerals or counts: `百分之`, `几%` are not blanks. */
const HAN_NUMERAL = /[〇○零一二三四五六七八九十百千万亿两几数余多]$/;

/** A common noun of two characters or more right before a `万件`/`亿人` token (jieba: m or x). */
function nounBeforeTenThousand(prev: Token | undefined, t: Token): boolean {
  if (!prev || prev.end !== t.start || t.word.length !== 2 || !/^[万亿]$/.test(t.word[0]!) || !MEASURE_CHARS.has(t.word[1]!)) return false;
  return (prev.tag === 'n' || prev.tag === 'vn') && prev.word.length >= 2 && !HAN_NUMERAL.test(prev.word);
}

/**
 * Whether a count at token `i` ends its clause: a stop or a bracket after it, or a list's 、 after what it
 * counts (`企业达家、`) — not after a verb's particle: `实施了计家、解放、东坡等危桥改造` lists places (计家, a village).
 */
function countEnds(line: string, tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const ends = line.slice(t.end, t.end + 1);
  if (/^(?:$|[，。；,;）)])/.test(ends)) return true;
  const prev = tokens[i - 1];
  return ends === '、' && prev !== undefined && prev.end === t.start && /^(?:n|vn)/.test(prev.tag ?? '');
}

/**
 * `台` + `大学生` read as `台大` + `学生` (jieba cuts 台/大学生): both halves words of the dictionary, the second of two
 * characters or more. `，名教师` stays a count (师 alone).
 */
function splitsName(seg: { has(word: string): boolean }, measure: string, noun: string): boolean {
  return noun.length >= 3 && seg.has(measure + noun[0]) && seg.has(noun.slice(1));
}

/**
 * Blanks with nothing left at all, the figure deleted with its space (`同比增长%`,
 * `财政收入完成亿元，`, `排名全市第；`): a slot of no width where the figure goes.
 */
function emptyBlanks(line: string, ctx: BlankContext, out: Candidate[]): void {
  PERCENT_AFTER_HAN.lastIndex = 0;
  for (let m = PERCENT_AFTER_HAN.exec(line); m; m = PERCENT_AFTER_HAN.exec(line)) {
    // `增长多少%`: 多少 is the slot there (slot-words.ts).
    if (!HAN_NUMERAL.test(line.slice(m.index - 1, m.index)) && line.slice(m.index - 2, m.index) !== '多少') out.push({ start: m.index, end: m.index, kind: 'blank', latin: false });
  }
  if (!ctx.segmenter || !EMPTY_HINT.test(line)) return;
  // Tokens are walked once; each test looks at a token and its neighbours only.
  const tokens = ctx.tokens();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // `排名全市第；`: an ordinal with no number, not a word ending in 第 (`门第`, `府第`; `“优秀”等第，`, the grade, split 等/u 第).
    if (t.word === '第' && /^(?:$|[，。；、,;！!？?）)])/.test(line.slice(t.end, t.end + 1))) {
      const prev = tokens[i - 1];
      if (prev && endsWithHan(prev.word) && !prev.tag?.startsWith('u') && !ctx.segmenter.has(prev.word.slice(-1) + '第')) out.push({ start: t.end, end: t.end, kind: 'blank', latin: false });
      continue;
    }
    const next = tokens[i + 1];
    const nounNext = next !== undefined && next.start === t.end && /^n/.test(next.tag ?? '');
    // A counted noun is a common word (`单位`, `乡镇中心学校`), not one character or jieba's other-noun guess
    // inside a name it split (`，台华美好的蓝图`: 台/q 华美/nz 好).
    // Nor a short name the measure word begins (`，台大学生`: 台大 and 学生, see splitsName).
    const countedNext = nounNext && next.word.length >= 2 && next.tag !== 'nz' && !splitsName(ctx.segmenter, t.word, next.word);
    // `，个单位，`, `、所乡镇中心学校`: a clause or list item that opens with a measure word lost its numeral.
    // Tagged as a measure word (or, for 所, as jieba's conjunction): `，处工程合同价款2%的罚款` (处 = to fine) and 所 before a verb and 的 (`，所产生的收益`) stay quiet.
    if (t.word.length === 1 && MEASURE_CHARS.has(t.word) && (t.tag === 'q' || t.tag === 'c') && /(?:^|[，。；、：,;:])$/.test(line.slice(Math.max(0, t.start - 1), t.start))) {
      if (countedNext && !(t.word === '所' && tokens[i + 2]?.word === '的')) out.push({ start: t.start, end: t.start, kind: 'blank', latin: false });
      continue;
    }
    // `其中条道路已投入使用`, `其中件已经通过`: a part of a total counted with its numeral deleted,
    // before the noun it counts or an adverb of its verb (not 所, a particle: `其中所涉及`).
    if (t.word === '其中' && next && next.start === t.end && next.word.length === 1 && MEASURE_CHARS.has(next.word)) {
      const after = tokens[i + 2];
      const counted = after !== undefined && /^n/.test(after.tag ?? '') && after.word.length >= 2 && after.tag !== 'nz';
      const adverb = after !== undefined && after.tag === 'd' && next.word !== '所';
      if (after && after.start === next.end && (counted || adverb)) out.push({ start: next.start, end: next.start, kind: 'blank', latin: false });
      continue;
    }
    // `新批农村种养协会个，`, `新增户；`: a noun or a figure verb, then a bare measure word ending its clause.
    if (next && next.start === t.end && next.word.length === 1 && MEASURE_CHARS.has(next.word) && CLAUSE_END_RE.test(line.slice(next.end, next.end + 1))) {
      // After a noun only NOUN_COUNTED (`协会个，`, `水库座，`): others close compounds jieba splits (`议程项`, `示范户`, `监督所`), as does a place after PLACE_BEFORE (`到手术台，`).
      const noun = (t.tag === 'n' || t.tag === 'vn') && t.word.length >= 2 && NOUN_COUNTED.has(next.word) && !PLACE_BEFORE.has(tokens[i - 1]?.word ?? '');
      if (noun || (BARE_COUNT_TAKERS.has(t.word) && /^v/.test(t.tag ?? ''))) out.push({ start: next.start, end: next.start, kind: 'blank', latin: false });
    }
    // `审结民事案件万件，`: a common noun, then 万/亿 and a measure word ending the clause: the numeral
    // before 万 was deleted (not `近万件`, `数以万件`, `上万人`: a word before 万 that is no noun).
    if (nounBeforeTenThousand(tokens[i - 1], t) && /^(?:$|[，。；、,;）)])/.test(line.slice(t.end, t.end + 1))) {
      out.push({ start: t.start, end: t.start, kind: 'blank', latin: false });
      continue;
    }
    // `近名师生`, `约名群众`, `企业达家，`: jieba glues a word that takes a figure to the bare measure word
    // after it, before the noun it counts or the end of the clause (countEnds).
    if (t.tag === 'x' && t.word.length === 2 && NUMERAL_TAKERS.has(t.word[0]!) && MEASURE_CHARS.has(t.word[1]!) && (nounNext || countEnds(line, tokens, i))) {
      out.push({ start: t.start + 1, end: t.start + 1, kind: 'blank', latin: false });
      continue;
    }
    if (
      (((FIGURE_VERBS.has(t.word) && /^v/.test(t.tag ?? '')) || FIGURE_NOUNS.has(t.word)) && FIGURE_UNIT.test(line.slice(t.end, t.end + 8))) ||
      ((FIGURE_NOUNS.has(t.word) || (FIGURE_VERBS.has(t.word) && /^v/.test(t.tag ?? ''))) && MEASURE_UNIT.test(line.slice(t.end, t.end + 5)))
    ) {
      out.push({ start: t.end, end: t.end, kind: 'blank', latin: false });
      continue;
    }
    // `走访干部群众余次，`, `投资余万元`, `发放资料余份`: 余 ("more than") left where the figure before it
    // was deleted — a token of its own that opens with 余 (not 其余, 剩余, 业余: words), after a word that is no numeral.
    if (AFTER_MORE_THAN.test(line.slice(t.start + 1, t.start + 4)) && t.word[0] === '余' && (t.tag === 'm' || t.tag === 'x')) {
      const prev = tokens[i - 1];
      if (prev && prev.end === t.start && endsWithHan(prev.word) && !HAN_NUMERAL.test(prev.word) && !/^[mq]/.test(prev.tag ?? '')) {
        out.push({ start: t.start, end: t.start, kind: 'blank', latin: false });
        continue;
      }
    }
    // `收入到达元，`, `超出平均水平元；`, `到达元左右，`: 元 alone after a word, ending its clause, counts nothing.
    // After one character only a word that takes a figure (`达元，`): a surname before it is a name (`李海峰、陈元、卢展工`).
    const takesYuan = t.word.length >= 2 || NUMERAL_TAKERS.has(t.word);
    if (next?.word === '元' && next.start === t.end && takesYuan && endsWithHan(t.word) && !HAN_NUMERAL.test(t.word) && /^(?:左右|以上)?(?:$|[，。；、,;）)])/.test(line.slice(next.end, next.end + 3))) {
      out.push({ start: next.start, end: next.start, kind: 'blank', latin: false });
    }
  }
}


/** Text spaced out character by character (`中 国 总 理`): its spaces stand for nothing. */
function spacedOut(line: string): boolean {
  const gaps = line.match(HAN_SPACE_HAN)?.length ?? 0;
  return gaps >= 4 && gaps * 4 >= countHan(line);
}

export function blankCandidates(line: string, ctx: BlankContext): Candidate[] {
  const out: Candidate[] = [];
  if (/[ \u3000\u00a0]/.test(line) && (spacedOut(line) || verseLine(line))) return out;
  if (DATE_FRAME_HINT.test(line)) dateFrames(line, out);
  if (EMPTY_HINT.test(line)) emptyBlanks(line, ctx, out);
  if (line.includes('底') || line.includes('年') || line.includes('月')) monthBlanks(line, out);
  if (line.includes('多')) moreThanBlanks(line, out);
  if (/共有|共计|合计|总计|约有|全[县市省区镇乡州旗縣區鎮鄉]有/.test(line)) takerCounts(line, out);
  if (line.includes('第')) lostOrdinals(line, out);
  if (ROSTER_HINT.test(line)) rosterCounts(line, out);
  if (ATTENDEES_HINT.test(line)) lostAttendees(line, out);
  if (ELLIPSIS_AFTER_WORD_RE.test(line)) ellipsisNames(line, ctx, out);
  if (/(?:强调|指出)[，,：:]/.test(line)) lostSpeakers(line, out);
  if (LEADER_NAME_HINT.test(line)) leaderNames(line, out);
  if (line.includes('同志')) lostNames(line, out);
  if (line.includes('们')) lostAddressees(line, out);
  if (CLASS_YEAR_HINT.test(line)) lostClassYears(line, out);
  // Last of the empty blanks: it skips a place another finder already took.
  if (ctx.segmenter && GLUED_HINT.test(line)) gluedCounts(line, ctx.tokens(), out);
  if (!/[ \u3000\u00a0]/.test(line)) return out;
  unitBlanks(line, ctx, out);
  objectBlanks(line, ctx, out);
  return out;
}
