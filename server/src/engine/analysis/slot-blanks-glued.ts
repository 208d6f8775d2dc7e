/**
 * Counts whose numeral a site deleted with nothing left, where jieba reads the measure word
 * into its neighbour (gathered pages, /work/tmp/slots5): the figure's frame is all that stays.
 * - a preposition glued to 位/名 before the people it counts: `向位离休职工致以问候`, `给位获奖教师颁奖`;
 * - a verb that states a figure, then a measure word glued to its noun: `完成个村的改造`, `改造户农房`, `连续个暖冬`,
 *   or apart from it: `新建所学校`;
 * - a verb that states a figure, one word, and a bare measure word ending the clause: `累计脱贫人，`,
 *   `新增就业人，` (not `关心人、培养人`: no figure verb before them);
 * - a length of time with no number: `历时天`, `为期天的培训`, `耗时小时`;
 * - the same with a space where the figure goes: `完成 个村`, `历时 天`;
 * - an anniversary with no number: `庆祝建党周年` (not `周年庆`, a celebration's name);
 * - a list's items deleted before its 等: `参加仪式的还有等有关部门`, `出席会议的有等同志` (not `还有等待`).
 * One pass over the line's tokens; each test reads a token and its neighbours only.
 */
import type { Token } from './segment';
import type { Candidate } from './slot-marks';
import { HAN, startsWithHan } from '../util/han';

/**
 * Verbs that state a figure (`完成亿元`, `增长个百分点`): right before a money or percentage
 * unit, with nothing between, the figure was deleted. Not `超`, `过`, `突破`, `达`, `近`:
 * `超亿元`, `突破亿元大关` say "a hundred million" without a numeral.
 */
export const FIGURE_VERBS = new Set(['完成', '实现', '达到', '到达', '增加', '减少', '增长', '下降', '提高', '降低', '提升', '累计', '共计', '合计', '新增', '节约']);
/**
 * Verbs a bare measure word ending its clause counts for (`预计会超过个，`, `新增户；`): the figure verbs and the
 * verbs of exceeding, which before 亿元 need no numeral (`超亿元`) but before 个 or 家 always do.
 */
export const BARE_COUNT_TAKERS = new Set([...FIGURE_VERBS, '超过', '突破', '多达', '高达', '不少于', '不低于']);
/** Verbs of building and helping that count what they made or reached (`新建所学校`, `改造户农房`). */
const COUNT_VERBS = new Set([...FIGURE_VERBS, '连续', '补选', '增选', '新建', '建成', '改造', '新改建', '改扩建', '引进', '安置', '救助', '慰问', '走访', '培训', '帮扶', '带动', '惠及', '覆盖']);
/** Measure words that count things and people, which no word here begins with after a verb. */
const COUNTERS = new Set(['个', '家', '名', '位', '项', '座', '所', '台', '套', '户', '条', '批', '件', '辆', '栋']);
/** People and households counted at the end of a clause (`累计脱贫人，`). */
const BARE_PEOPLE = new Set(['人', '户', '名', '家', '个', '位']);
/** Prepositions before the people a count of 位 or 名 names (`向位…`, `给名…`). */
const PREPOSITIONS = new Set(['向', '给', '为', '对', '与', '和', '同']);
/** Words joining a count to the count before it (`5名教师和名学生`). */
const LIST_JOINS = new Set(['和', '与', '及', '同', '以及']);
/** A count of people just before the join: a numeral and 位, 名 or 人. */
const COUNT_BEFORE_RE = /[0-9０-９一二两三四五六七八九十百千万]+[位名人][^，。；,;]{0,10}$/;
/** Verbs that open a list of who or what (`还有…等有关部门`): 等 right after one closes a list with no items. */
const LISTS = new Set(['还有', '包括']);
/** Words that say how long something took: the number before the unit is missing (`历时天`). */
const LASTS = new Set(['历时', '为期', '耗时', '用时', '历经', '长达']);
const TIME_UNITS = new Set(['天', '小时', '个月', '周', '日', '年']);
/** What an anniversary is of: the years between it and 周年 were deleted (`建党周年`). */
const ANNIVERSARY_OF = ['建党', '建国', '建军', '建校', '建院', '建市', '建县', '建区', '诞辰', '解放'];
const ANNIVERSARY_RE = new RegExp(`(?<=(?:${ANNIVERSARY_OF.join('|')}))周年(?![庆纪])`, 'g');

const CLAUSE_END = /^(?:$|[，。；、,;）)！!？?])/;

/** The count verbs a line is tagged by: the figure verbs that count things rather than amounts, and the verbs of building and helping. */
const HINT_VERBS = ['连续', '补选', '增选', '完成', '实现', '增加', '减少', '累计', '共计', '合计', '新增', '新建', '建成', '改造', '引进', '安置', '救助', '慰问', '走访', '培训', '帮扶', '带动', '惠及', '覆盖'];
/** 个 after a character that is no numeral, determiner or count (`世界个国际城市`, not `一个`, `这个`, `各个`). */
const BARE_GE = String.raw`(?<=[${HAN}])(?<![一二两三四五六七八九十百千万亿几这那每各整某哪半单上下多余数些个])个(?![人体性别子])(?=[${HAN}])`;
/** Lines worth tagging for these shapes (part of EMPTY_HINT, slot-blanks.ts), from the word lists above. */
export const GLUED_HINT = new RegExp(
  String.raw`${BARE_GE}|[${[...PREPOSITIONS].join('')}][ \u3000\u00a0]*[位名][${HAN}]|(?:${HINT_VERBS.join('|')})[ \u3000\u00a0]*[${HAN}]{0,3}[${[...COUNTERS].join('')}人]|(?:${[...LASTS].join('|')})[ \u3000\u00a0]*(?:${[...TIME_UNITS].join('|')})|(?:${ANNIVERSARY_OF.join('|')})周年|(?:${[...LISTS].join('|')}|的有)等[${HAN}]`,
);


/** A noun (or a verb or adjective before one) starting right at `t`: what a count counts. */
const countable = (t: Token | undefined, at: number) => t !== undefined && t.start === at && startsWithHan(t.word) && /^(?:n|a|v|b)/.test(t.tag ?? '') && t.tag !== 'nz' && t.tag !== 'vn';

/** Whether the tokens after `i` name what is counted: a common noun, maybe after an attribute (`离休/v 职工/n`). */
function nounFollows(tokens: Token[], i: number): boolean {
  const a = tokens[i + 1];
  if (!countable(a, tokens[i]!.end)) return false;
  if (/^n/.test(a!.tag ?? '') && a!.word.length >= 2) return true;
  const b = tokens[i + 2];
  return b !== undefined && b.start === a!.end && /^n/.test(b.tag ?? '') && b.word.length >= 2 && b.tag !== 'nz';
}

/** A common noun of two characters or more starting at `at` (not jieba's other-noun guess inside a name). */
const commonNounAt = (t: Token | undefined, at: number) => t !== undefined && t.start === at && /^n[sl]?$/.test(t.tag ?? '') && t.word.length >= 2 && startsWithHan(t.word);

const SPACE_RE = /^[ \u3000\u00a0]+$/;

/**
 * The word before token `i` and the slot between them: nothing (the slot is empty, at the token) or one run
 * of spaces a PDF or a template left where the figure goes (`完成 个村`, `历时 天`).
 */
function wordBefore(tokens: Token[], i: number): { word: Token; start: number; end: number } | undefined {
  const t = tokens[i]!;
  const a = tokens[i - 1];
  if (a && a.end === t.start && !SPACE_RE.test(a.word)) return { word: a, start: t.start, end: t.start };
  const b = tokens[i - 2];
  if (a && b && a.end === t.start && b.end === a.start && SPACE_RE.test(a.word) && !SPACE_RE.test(b.word)) return { word: b, start: a.start, end: a.end };
  return undefined;
}

/**
 * Whether `prev` (the word before token `i`) is a verb that counts, or 了 right after one (`新建了所学校`,
 * `补选了名委员`: the aspect particle between the verb and its count; after 了 the word is the verb, whatever
 * jieba tags it, `新建/ns`).
 */
function countVerbBefore(tokens: Token[], i: number, prev: Token): boolean {
  if (COUNT_VERBS.has(prev.word)) return !/^[mq]/.test(prev.tag ?? '');
  if (prev.word !== '了' || prev.end !== tokens[i]!.start) return false;
  const verb = tokens[i - 2];
  return verb !== undefined && verb.end === prev.start && COUNT_VERBS.has(verb.word) && !/^[mq]/.test(verb.tag ?? '') && verb.word !== '连续';
}

export function gluedCounts(line: string, tokens: Token[], out: Candidate[]): void {
  // Places the other finders already took are not reported twice.
  const had = new Set<number>();
  for (const c of out) had.add(c.start);
  const gap = (at: number, end = at) => {
    if (!had.has(at)) out.push({ start: at, end, kind: 'blank', latin: false });
    had.add(at);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // `向位离休职工`: jieba reads an unknown pair as one other-word (x), a preposition then 位 or 名.
    if (t.tag === 'x' && t.word.length === 2 && PREPOSITIONS.has(t.word[0]!) && (t.word[1] === '位' || t.word[1] === '名') && nounFollows(tokens, i)) {
      gap(t.start + 1);
      continue;
    }
    const before = wordBefore(tokens, i);
    if (!before) continue;
    const prev = before.word;
    // `加入了32位新教师和名新同学`: people counted after a count of others (和, 与), their numeral deleted before 名 or 位.
    // Or with a space where the figure went (`和 名新同学`).
    if (LIST_JOINS.has(prev.word) && /^[位名]/.test(t.word) && (t.tag === 'q' ? t.word.length === 1 : t.tag === 'x' && t.word.length === 2) && nounFollows(tokens, i) && COUNT_BEFORE_RE.test(line.slice(Math.max(0, prev.start - 16), prev.start))) {
      gap(before.start, before.end);
      continue;
    }
    // `广州与世界个国际城市缔结友好城市`: 个 between two common nouns, glued to both, counts the second; its numeral was deleted.
    if (t.word === '个' && t.tag === 'q' && before.start === before.end && prev.tag === 'n' && prev.word.length >= 2 && commonNounAt(tokens[i + 1], t.end)) {
      gap(t.start);
      continue;
    }
    // `参加今天仪式的还有等有关部门`, `出席会议的有等同志`: a list's items deleted before its 等.
    if (t.word === '等' && t.tag === 'u' && before.start === before.end && (LISTS.has(prev.word) || (prev.word === '有' && tokens[i - 2]?.word === '的')) && startsWithHan(tokens[i + 1]?.word ?? '')) {
      gap(t.start);
      continue;
    }
    // `历时天，`, `为期 天的培训`: a length of time whose number was deleted (not `历时月余`, `为期数天`: other tokens).
    if (LASTS.has(prev.word) && TIME_UNITS.has(t.word) && !/^[余多半]/.test(line.slice(t.end, t.end + 1))) {
      gap(before.start, before.end);
      continue;
    }
    // `实现了户户通电`, `家家户户`: a doubled measure word means "every", it counts nothing.
    if (!countVerbBefore(tokens, i, prev) || line[t.start + 1] === line[t.start]) continue;
    // `连续个暖冬`: 连续 takes a count, so a measure word right after it lacks its numeral, whatever follows.
    if (prev.word === '连续' && t.tag === 'q' && t.word.length === 1 && COUNTERS.has(t.word)) {
      gap(before.start, before.end);
      continue;
    }
    // `完成个村的`, `改造户农房`: a counter glued to the noun after it, right after a verb that counts.
    // `新建所学校`: the counter apart, then the noun it counts.
    if ((t.tag === 'x' && t.word.length <= 3 && COUNTERS.has(t.word[0]!)) || (t.word.length === 1 && COUNTERS.has(t.word) && /^[qc]$/.test(t.tag ?? '') && nounFollows(tokens, i))) {
      gap(before.start, before.end);
      continue;
    }
    // `累计脱贫人，`: a figure verb, one word, then the people it counts ending the clause.
    const next = tokens[i + 1];
    if (before.start === before.end && FIGURE_VERBS.has(prev.word) && /^(?:v|vn|n)$/.test(t.tag ?? '') && t.word.length >= 2 && next && next.start === t.end && next.word.length === 1 && BARE_PEOPLE.has(next.word) && CLAUSE_END.test(line.slice(next.end, next.end + 1))) {
      gap(next.start);
    }
  }
  if (line.includes('周年')) {
    ANNIVERSARY_RE.lastIndex = 0;
    for (let m = ANNIVERSARY_RE.exec(line); m; m = ANNIVERSARY_RE.exec(line)) gap(m.index);
  }
}
