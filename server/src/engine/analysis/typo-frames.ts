/**
 * Slips of a grammatical frame (typo9's personal reports, speeches and notes): a character that
 * makes no word of its own there, shown wrong by the words around it. Each a suggestion (the
 * writer confirms), none a list entry.
 * - `一个即隆重又难忘的欢送会` for 既…又: 即 (namely, at once) and 既 (both) are one sound (jì) and
 *   an OCR pair; 既…又 joins two predicates, 即 never does. Only where 即 stands alone in jieba's
 *   reading (not 即使, 即将, 立即, 随即), not after a colon (`：即` names what it announces), and 又
 *   alone follows within six characters of the clause.
 * - `我们再此表示感谢` for 在此: 再 (again) and 在 (at) are one sound (zài); 再此 is no word, and
 *   再 before 此 opens no phrase unless it closes a word before it (不再, 一再: quiet).
 * - `主要有3各方面` for 3个: after a figure 各 (each) counts nothing; 个 (gè) is the measure word the
 *   figure takes. Only after a Chinese character (a list's number `3各单位` at a line's or a
 *   clause's start is left alone) and before one other than 位: `致辞1各位领导` is a title's
 *   number (篇1) glued before the address 各位.
 * - `，在加上无法获得…的担忧` for 再加上: 在 opens a clause of time or place that closes with
 *   后/时/中/下; a clause that opens with 在加上 and never closes so adds one more cause (再加上).
 * - `咋一听` for 乍一听: 咋 (how) is one IME key from 乍 (at first); 乍一看/乍一听 is the phrase.
 * - `发挥的淋漓尽致。` for 发挥得: 的 and 得 are one sound (de); a four-character complement of
 *   manner or degree (淋漓尽致, 如火如荼, 有声有色, 干干净净) after a verb takes 得, and 的 never
 *   joins them. Only where jieba reads the word before 的 as a verb (v: not 工作的井井有条, vn,
 *   a possessive) and the complement closes the clause (a mark or the line's end follows it).
 * - One-sound or look-alike words that the next words show wrong (typo10/typo11's school and
 *   village pages), each read where jieba reads the written word as a token of its own (or 带
 *   with its complement, 带上):
 *   `表示忠心的感谢` for 衷心: 忠心 (loyal) and 衷心 (heartfelt) are one sound (zhōng xīn); thanks,
 *   wishes and greetings (感谢, 祝贺, 祝愿, 敬意, 问候, 欢迎) are given 衷心, never 忠心.
 *   `为他们带上大红花` for 戴上: 带 (carry) and 戴 (wear) are one sound (dài); what is pinned or
 *   tied on the body (大红花, 红领巾, 党徽, 校徽, 胸花, 袖章) is worn. Not inside a word (佩带,
 *   携带, 地带), nor after 忘, 没, 了, 要, 请 (`别忘了带红领巾`: brought along).
 *   `会报着乐观的态度` for 抱着: 报 (report) and 抱 (hold) are one sound and look alike; 报着
 *   before an attitude (态度, 心态, 希望, 信心, 决心, 幻想) in the clause is 抱着…的态度.
 *   `增强服务意思` for 意识: 意思 (meaning) and 意识 (awareness) differ by one IME key (yì si /
 *   yì shi, a flat- and curled-tongue pair); the awareness a speech asks for (服务, 责任, 大局,
 *   安全, 忧患, 规矩…) is 意识, and none of those nouns has a 意思 of its own. Not before 表示 or
 *   自治 (a declaration of intent, a lawyer's 意思表示).
 * - `这只特别能战斗的集体` for 这支: 只 counts animals and one of a pair, 支 a team (zhī, one
 *   sound); after a numeral or a demonstrative, the first noun jieba reads after 只 in the clause
 *   is the thing counted, and a team (队伍, 团队, 集体, 力量…) takes 支. Not where jieba reads 只
 *   in a word (只是, 只能, 只有: only), nor where another noun comes first (`一只小鸟飞进了队伍`).
 * - `提出确实可行的措施` for 切实可行: 确实 (truly) and 切实 (practical) differ by one sound (què /
 *   qiè); 切实可行 is the set phrase that qualifies a measure, a plan or a way (措施, 办法, 方案…)
 *   before it with 的. As a predicate (`这个办法确实可行`) 确实 is right and stays quiet.
 * - `布置的很详细、` for 布置得: 的 after a verb before a degree adverb and an adjective that close
 *   the clause (DE_DEGREE_RE); not of a quantity (`要做的还很多`) nor after a modal or 所.
 * Linear: one regular-expression pass each, no nested quantifiers; a match reads a bounded clause.
 */
import type { Segmenter } from './segment';
import type { Typo } from './typo-detect';
import { findOfficialFrameSlips } from './typo-frames-official';

/** 即, one to six characters of one clause, 又. */
const JI_FRAME_RE = /即([\u4e00-\u9fff]{1,6}?)又/g;
/** 再此, read where 再 closes no word before it. */
const ZAI_CI_RE = /再此/g;
/** A figure after a Chinese character, 各, a Chinese character. */
const FIGURE_GE_RE = /(?<=[\u4e00-\u9fff])([0-9０-９]{1,4})各(?!位)(?=[\u4e00-\u9fff])/g;
/** 在加上 opening a clause. */
const ZAI_JIA_RE = /(?<=[，,；;])在加上/g;
/** The rest of a clause: up to its mark, bounded. */
const CLAUSE_REST_RE = /^[^，。；：！？,.;:!?\n]{0,24}/;
/** What closes a clause of time or place opened by 在 (在加上…之后, 在加上…时). */
const CLOSES_ZAI_RE = /[后时中下]/;
/** 咋一 before a verb of perceiving. */
const ZHA_YI_RE = /咋一(?=[看听瞧见])/g;
/** 的 before a four-character complement of manner or degree that closes its clause. */
const DE_COMPLEMENT_RE = /的(?:淋漓尽致|如火如荼|有声有色|井井有条|有条不紊|热火朝天|一塌糊涂|恰到好处|津津有味|头头是道|绘声绘色|惟妙惟肖|栩栩如生|干干净净|清清楚楚|整整齐齐|明明白白|红红火火|热热闹闹)(?![\u4e00-\u9fff])/g;

/**
 * 的 before a degree adverb and an adjective that close their clause (`布置的很详细、`,
 * `走的太快了，`, `讲的很具体。`): a complement of degree, which takes 得.
 */
const DE_DEGREE_RE = /的(?=(很|非常|十分|太|特别|比较|相当|极其|更加|更|最|越来越)([\u4e00-\u9fff]{1,2})了?(?:[，。；！？、,.;!?\n]|$))/g;
/**
 * What makes 的 right there: a quantity or a limit said of what was done (`要做的还很多`,
 * `能做的非常有限`: the things done), a verb with a result (`看到的很美`: 看到 takes no 得), a
 * modal or 所 before the verb (`能做的`, `所说的`: a thing, not a manner) unless a comparison
 * follows (`要做的更好`: a thing is not better); 有的 is some of them (`有的很好，有的…`).
 */
const DE_NOMINAL_ADJ = new Set(['多', '少', '有限', '不够', '一般', '不多', '不少']);
const RESULT_ENDS = '到好完成住掉给出见懂会过上下来去起开';
const BEFORE_NOMINAL = '能要会该需可所得';

/** 忠心 before thanks, wishes or greetings (衷心的感谢, 衷心祝愿). */
const ZHONG_XIN_RE = /忠心(?=的?(?:感谢|谢意|感激|祝贺|祝愿|祝福|敬意|问候|欢迎))/g;
/**
 * 带 before what is worn pinned or tied on the body; not after a word of remembering, needing or
 * asking, nor after 了 (忘带, 没带, 忘了带, 要带, 请带好: what is brought along is carried).
 */
const DAI_WORN_RE = /(?<![忘没未记别要需请得了])带(?=[上着起]?了?(?:大红花|红领巾|党徽|校徽|团徽|胸花|胸牌|袖章|红袖章|绶带))/g;
/** 报着, then up to 16 characters of its clause, then an attitude held. */
const BAO_ZHE_RE = /报着(?=[^，。；：！？,.;:!?\n]{0,16}?(?:态度|心态|希望|信心|决心|幻想|心理))/g;

/** 意思 right after a noun of the awareness a speech asks for (服务意识, 责任意识, 大局意识). */
const YI_SHI_RE = /(?<=(?:服务|责任|大局|安全|忧患|法治|规矩|纪律|质量|环保|生态|创新|竞争|风险|底线|看齐|政治|宗旨|公仆|主人翁|节约|卫生|防范|市场|品牌|担当|效率|成本|廉洁|廉政|保密|团队|集体|奉献|危机|自律|效益))意思(?!表示|自治)/g;

/** 只 after a numeral or a demonstrative, with a team noun later in its clause. */
const ZHI_TEAM_RE = /(?<=[一这那每两几])只(?=[^，。；：！？、,.;:!?\n]{0,12}?(?:队伍|团队|部队|军队|力量|集体|球队|乐队|舰队))/g;
/** What a team is called: 支 counts it. */
const TEAM_RE = /(?:队伍|团队|部队|军队|力量|集体|球队|乐队|舰队)$/;

/** 确实可行 qualifying a measure, a plan or a way with 的. */
const QUE_SHI_RE = /确实(?=可行的(?:措施|办法|方案|对策|意见|建议|路子|路径|举措|计划|制度|规划|目标|途径|方法))/g;

/** Whether jieba reads the character at `rel` of `clause` as a word alone. */
export function alone(clause: string, rel: number, seg: Segmenter): boolean {
  return seg.tag(clause).some((t) => t.start === rel && t.end === rel + 1);
}

function jiFrames(text: string, seg: Segmenter, out: Typo[]): void {
  JI_FRAME_RE.lastIndex = 0;
  for (let m = JI_FRAME_RE.exec(text); m; m = JI_FRAME_RE.exec(text)) {
    const from = Math.max(0, m.index - 4);
    const clause = text.slice(from, m.index + m[0].length + 2);
    const ji = m.index - from;
    const you = ji + m[0].length - 1;
    // `：即` names what the colon announces (namely).
    const namely = m.index > 0 && '：:'.includes(text[m.index - 1]!);
    if (namely || !alone(clause, ji, seg) || !alone(clause, you, seg)) {
      JI_FRAME_RE.lastIndex = m.index + 1;
      continue;
    }
    out.push({ start: m.index, end: m.index + 1, wrong: '即', right: '既', kind: 'confusion', safe: false });
  }
}

function zaiCi(text: string, seg: Segmenter, out: Typo[]): void {
  ZAI_CI_RE.lastIndex = 0;
  for (let m = ZAI_CI_RE.exec(text); m; m = ZAI_CI_RE.exec(text)) {
    // 不再, 一再, 再再: 再 closes a word before it (`不再此消彼长`).
    if (m.index > 0 && seg.freq(text.slice(m.index - 1, m.index + 1)) > 0) continue;
    out.push({ start: m.index, end: m.index + 2, wrong: '再此', right: '在此', kind: 'confusion', safe: false });
  }
}

function figureGe(text: string, out: Typo[]): void {
  FIGURE_GE_RE.lastIndex = 0;
  for (let m = FIGURE_GE_RE.exec(text); m; m = FIGURE_GE_RE.exec(text)) {
    const wrong = m[0];
    out.push({ start: m.index, end: m.index + wrong.length, wrong, right: `${m[1]!}个`, kind: 'confusion', safe: false });
  }
}

function zaiJia(text: string, out: Typo[]): void {
  ZAI_JIA_RE.lastIndex = 0;
  for (let m = ZAI_JIA_RE.exec(text); m; m = ZAI_JIA_RE.exec(text)) {
    const rest = CLAUSE_REST_RE.exec(text.slice(m.index + 3, m.index + 3 + 24))![0];
    if (CLOSES_ZAI_RE.test(rest)) continue;
    out.push({ start: m.index, end: m.index + 3, wrong: '在加上', right: '再加上', kind: 'confusion', safe: false });
  }
}

/** Each match of `pattern` (a fixed text: 咋一, 确实) is a suggestion of `right`. */
function plainSlips(text: string, pattern: RegExp, right: string, out: Typo[]): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, wrong: m[0], right, kind: 'confusion', safe: false });
}

function deComplement(text: string, seg: Segmenter, out: Typo[]): void {
  DE_COMPLEMENT_RE.lastIndex = 0;
  for (let m = DE_COMPLEMENT_RE.exec(text); m; m = DE_COMPLEMENT_RE.exec(text)) {
    // The verb before 的, read with four characters before it.
    const from = Math.max(0, m.index - 4);
    const rel = m.index - from;
    const verb = seg.tag(text.slice(from, m.index + 1)).some((t) => t.end === rel && t.tag === 'v');
    if (verb) out.push({ start: m.index, end: m.index + 1, wrong: '的', right: '得', kind: 'confusion', safe: false });
  }
}

function deDegree(text: string, seg: Segmenter, out: Typo[]): void {
  DE_DEGREE_RE.lastIndex = 0;
  for (let m = DE_DEGREE_RE.exec(text); m; m = DE_DEGREE_RE.exec(text)) {
    if (DE_NOMINAL_ADJ.has(m[2]!)) continue;
    const from = Math.max(0, m.index - 4);
    const rel = m.index - from;
    const verb = seg.tag(text.slice(from, m.index + 1)).find((t) => t.end === rel && (t.tag === 'v' || t.tag === 'vn'));
    if (!verb || verb.word === '有' || RESULT_ENDS.includes(verb.word.slice(-1)) || (!m[1]!.startsWith('更') && BEFORE_NOMINAL.includes(text[from + verb.start - 1] ?? ''))) continue;
    out.push({ start: m.index, end: m.index + 1, wrong: '的', right: '得', kind: 'confusion', safe: false });
  }
}

function zhiTeam(text: string, seg: Segmenter, out: Typo[]): void {
  ZHI_TEAM_RE.lastIndex = 0;
  for (let m = ZHI_TEAM_RE.exec(text); m; m = ZHI_TEAM_RE.exec(text)) {
    const from = m.index - 1;
    const rel = 1;
    const tokens = seg.tag(text.slice(from, m.index + 16));
    // 只 alone or the measure word with its numeral (一只, 这只): not 只是, 只能.
    const at = tokens.findIndex((t) => t.end === rel + 1 && (t.start === rel || t.start === rel - 1));
    if (at < 0 || (tokens[at]!.start === rel - 1 && tokens[at]!.tag !== 'm')) continue;
    // The first noun not modifying another with 的 (高素质的干部队伍, 老虎 in 两只老虎跟着部队), or the clause's end.
    const noun = tokens.slice(at + 1).find((t, k) => (/^n/.test(t.tag ?? '') && tokens[at + 2 + k]?.word !== '的') || /[，。；：！？、,.;:!?]/.test(t.word));
    if (noun && TEAM_RE.test(noun.word)) out.push({ start: m.index, end: m.index + 1, wrong: '只', right: '支', kind: 'confusion', safe: false });
  }
}

/**
 * `pattern`'s matches read as `right` where jieba, reading the match with two characters
 * before it, starts a token there that is one of `heads` (the written word, or the verb with
 * its complement): not 佩带, 汇报, 赤胆忠心, where the written word ends another.
 */
function soundWords(text: string, pattern: RegExp, right: string, heads: readonly string[], seg: Segmenter, out: Typo[]): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const from = Math.max(0, m.index - 2);
    const rel = m.index - from;
    if (!seg.tag(text.slice(from, m.index + 8)).some((t) => t.start === rel && heads.includes(t.word))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, wrong: m[0], right, kind: 'confusion', safe: false });
  }
}

/** The frame slips of `text` (即…又, 再此, 3各, 在加上, 咋一, V的+补语, 忠心/带/报着/意思, 一只队伍, 确实可行的措施, and typo-frames-official.ts's), in no particular order: one pass of each pattern. */
export function findFrameSlips(text: string, seg: Segmenter): Typo[] {
  const out: Typo[] = [];
  jiFrames(text, seg, out);
  zaiCi(text, seg, out);
  figureGe(text, out);
  zaiJia(text, out);
  plainSlips(text, ZHA_YI_RE, '乍一', out);
  deComplement(text, seg, out);
  deDegree(text, seg, out);
  soundWords(text, ZHONG_XIN_RE, '衷心', ['忠心'], seg, out);
  soundWords(text, DAI_WORN_RE, '戴', ['带', '带上', '带着', '带起'], seg, out);
  soundWords(text, BAO_ZHE_RE, '抱着', ['报', '报着'], seg, out);
  soundWords(text, YI_SHI_RE, '意识', ['意思'], seg, out);
  zhiTeam(text, seg, out);
  plainSlips(text, QUE_SHI_RE, '切实', out);
  for (const t of findOfficialFrameSlips(text, seg)) out.push(t);
  return out;
}
