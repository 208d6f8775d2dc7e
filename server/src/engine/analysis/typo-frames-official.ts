/**
 * Sound-alike slips of official writing that the words around them show wrong (typo14's pages,
 * and the shapes the last round missed). Each a frame, none a list entry:
 * - `赵付书记讲话` for 副书记: 付 (pay) and 副 (deputy) are one sound (fù), the commonest IME slip
 *   before a title. 付 is a surname as well (付书记 is Secretary Fu), so only where a surname
 *   stands right before 付 (a person's surname and title: 赵副书记; no one is addressed by a
 *   surname doubled with 付) or 常务 does (常务副市长), and the surname closes no word with the
 *   character before it and makes none with 付 (应付, 支付, 对付: the verb). A suggestion: a full
 *   name 王付 with its title is rare, not impossible.
 * - `人数以百万记` for 数以百万计: 记 (record) and 计 (count) are one sound (jì); 数以…计 is the
 *   fixed frame of a count in the tens, hundreds or millions (数以万计, 数以千万计), and 记 never
 *   closes it. The set-phrase search (typo-phrases.ts) finds the frame of four characters only.
 *   A suggestion, as the set-phrase search makes it.
 * - `会战必需共为` for 必须: 必需 (needed, said of a thing: 必需品, 所必需的) and 必须 (must, before
 *   a verb) are one sound (bì xū); before a verb, an adverb or a preposition it is 必须. Only where
 *   jieba reads 必需 as a word of its own, no noun, 的/之 or mark follows it and no 所/是/为
 *   stands before it (所必需, 是必需的). A suggestion.
 * - `表示深深地敬意` for 深深的敬意: 地 marks what qualifies a verb, 的 what qualifies a noun (de, one
 *   sound); 敬意, 谢意 and 歉意 are nouns only (衷心地感谢 is right: 感谢 is a verb too). Not where
 *   地 ends a word (当地, 各地, 基地). A suggestion.
 * - `取到了良好的效果` for 取得: 取到 fetches a thing (取到快递, 争取到资金); a result, progress or
 *   success (效果, 成效, 成绩, 进展) is 取得. Not where 取 ends a word (争取到, 录取到). A suggestion.
 * - A long official word with a character dropped inside it (typo-dropped.ts).
 * Linear: one regular-expression pass each, no nested quantifiers; a match reads a bounded clause.
 */
import leaderData from '../data/leader-titles.json';
import type { Segmenter } from './segment';
import type { Typo } from './typo-detect';
import { droppedOfficialWords } from './typo-dropped';

/** Titles that take 副 before them (副书记, 副市长, 常务副县长). */
const DEPUTY_TITLES = '书记|主席|总理|省长|市长|县长|区长|镇长|乡长|州长|旗长|主任|部长|厅长|局长|处长|科长|秘书长|院长|校长|行长|董事长|总经理|检察长|所长|队长|组长|团长|庭长|站长|会长|主委|理事长|总裁|政委';
/** 付 between a surname or 常务 and a title. */
const FU_TITLE_RE = new RegExp(`(?<=[\\u4e00-\\u9fff])付(?=(${DEPUTY_TITLES}))`, 'g');
const SURNAMES = new Set<string>(leaderData.surnames);
/** 数以, one to three numerals, 记. */
const SHU_YI_JI_RE = /数以([十百千万亿]{1,3})记/g;
/** 必需, read where jieba reads it as a word of its own. */
const BI_XU_RE = /必需/g;
/** What makes 必需 a thing needed: 所/是/为 before it (所必需, 是必需的, 为…所必需). */
const NEEDED_BEFORE = '所是为';
/** What follows 必需 as a thing needed: 的, 之, 品, or the clause's end. */
const NEEDED_AFTER_RE = /^(?:[的之品]|[，。；：！？、,.;:!?\n”"）)]|$)/;
/** Tags of a noun after 必需 (必需物资, 必需资金): what is needed. */
const NOUN_TAG_RE = /^(?:n|vn|ng|j)/;
/** 地 before a noun of regard (深深地敬意, 诚挚地谢意), then a mark or the line's end. */
const DI_NOUN_RE = /(?<=[\u4e00-\u9fff])地(?=(?:敬意|谢意|歉意)(?:[！!。，,；;、\n”"]|$))/g;
/** 取到, up to ten characters of one clause, a result obtained. */
const QU_DAO_RE = /取到(?=了?[^，。；：！？,.;:!?\n]{0,10}?(?:效果|成效|成绩|进展|成果|突破|胜利))/g;

function fuTitles(text: string, seg: Segmenter, out: Typo[]): void {
  FU_TITLE_RE.lastIndex = 0;
  for (let m = FU_TITLE_RE.exec(text); m; m = FU_TITLE_RE.exec(text)) {
    const i = m.index;
    const prev = text[i - 1]!;
    const deputy = text.slice(Math.max(0, i - 2), i) === '常务';
    if (!deputy) {
      if (!SURNAMES.has(prev)) continue;
      // 应付, 支付, 对付: the surname's character makes a verb with 付; 同时, 及时: it closes a word.
      if (seg.freq(prev + '付') > 0 || (i >= 2 && seg.freq(text.slice(i - 2, i)) > 0)) continue;
    }
    const title = m[1]!;
    out.push({ start: i, end: i + 1 + title.length, wrong: `付${title}`, right: `副${title}`, kind: 'confusion', safe: false });
  }
}

function shuYiJi(text: string, out: Typo[]): void {
  SHU_YI_JI_RE.lastIndex = 0;
  for (let m = SHU_YI_JI_RE.exec(text); m; m = SHU_YI_JI_RE.exec(text)) {
    const wrong = m[0];
    out.push({ start: m.index, end: m.index + wrong.length, wrong, right: `数以${m[1]!}计`, kind: 'confusion', safe: false });
  }
}

function biXu(text: string, seg: Segmenter, out: Typo[]): void {
  BI_XU_RE.lastIndex = 0;
  for (let m = BI_XU_RE.exec(text); m; m = BI_XU_RE.exec(text)) {
    const i = m.index;
    if (NEEDED_BEFORE.includes(text[i - 1] ?? '') || NEEDED_AFTER_RE.test(text.slice(i + 2, i + 3))) continue;
    const from = Math.max(0, i - 4);
    const rel = i - from;
    const tokens = seg.tag(text.slice(from, i + 8));
    const at = tokens.findIndex((t) => t.start === rel && t.end === rel + 2);
    const next = tokens[at + 1];
    if (at < 0 || !next || NOUN_TAG_RE.test(next.tag ?? '')) continue;
    out.push({ start: i, end: i + 2, wrong: '必需', right: '必须', kind: 'confusion', safe: false });
  }
}

/** Each match of `pattern` where the character before it makes no word with its first one (当地, 争取): `right` replaces the match. */
function unboundSlips(text: string, pattern: RegExp, right: string, seg: Segmenter, out: Typo[]): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const i = m.index;
    if (i > 0 && seg.freq(text[i - 1]! + text[i]!) > 0) continue;
    out.push({ start: i, end: i + m[0].length, wrong: m[0], right, kind: 'confusion', safe: false });
  }
}

/** The official frames' slips of `text` (付书记, 数以百万记, 必需+verb, 地敬意, 取到…效果, and typo-dropped.ts's dropped characters), in no particular order. */
export function findOfficialFrameSlips(text: string, seg: Segmenter): Typo[] {
  const out: Typo[] = [];
  if (text.includes('付')) fuTitles(text, seg, out);
  if (text.includes('数以')) shuYiJi(text, out);
  if (text.includes('必需')) biXu(text, seg, out);
  if (text.includes('地敬意') || text.includes('地谢意') || text.includes('地歉意')) unboundSlips(text, DI_NOUN_RE, '的', seg, out);
  if (text.includes('取到')) unboundSlips(text, QU_DAO_RE, '取得', seg, out);
  droppedOfficialWords(text, seg, out);
  return out;
}
