/**
 * Residue in the head of a page, judged by the lines around it: a site's keywords, one word a
 * line, above the title they were cut from (`庆祝` / `建国` / `61` / `周年` / the title), and a
 * journal's author line under the title of a paper copied with its abstract and keywords
 * (`王冠中,闫 力`, `文_赵 磊`). Both are suggestions: the words are the title's or a name's,
 * and a draft may print its speaker's name under its title. Linear: each line is read once,
 * and each word is looked for once in one title.
 */
import leaderData from '../data/leader-titles.json';
import { simplifiedLine } from './traditional';
import { GLOSS_RE } from '../util/pinyin';

export interface HeadResidue {
  safe: boolean;
  kind: string;
}

/** A word a line: Chinese, a number or a Latin word, without marks or spaces. */
const SPLIT_WORD_RE = /^[\p{Script=Han}A-Za-z\d]{1,6}$/u;
const HAS_HAN_RE = /\p{Script=Han}/u;
const MAX_SPLIT_RUN = 30;

/**
 * A run of at least three one-word lines whose Chinese words all appear, in order, in the line
 * right after the run (the title they were cut from). Numbers may be missing from it (`2023`).
 */
export function markSplitTitleWords(lines: readonly string[], nonBlank: readonly number[], out: Map<number, HeadResidue>): void {
  let k = 0;
  while (k < nonBlank.length) {
    let j = k;
    while (j < nonBlank.length && j - k < MAX_SPLIT_RUN && !out.has(nonBlank[j]!) && SPLIT_WORD_RE.test(lines[nonBlank[j]!]!.trim())) j++;
    const title = j < nonBlank.length && j - k >= 3 ? lines[nonBlank[j]!]!.replace(/[\s\u3000]+/g, '') : '';
    if (title === '' || title.length > 60) {
      k = Math.max(j, k + 1);
      continue;
    }
    let at = 0;
    let han = 0;
    let inOrder = true;
    for (let m = k; m < j && inOrder; m++) {
      const word = lines[nonBlank[m]!]!.trim();
      if (!HAS_HAN_RE.test(word)) continue;
      const found = title.indexOf(word, at);
      if (found < 0) inOrder = false;
      else {
        at = found + word.length;
        han++;
      }
    }
    if (inOrder && han >= 3) for (let m = k; m < j; m++) out.set(nonBlank[m]!, { safe: false, kind: 'title' });
    k = j;
  }
}

const SURNAMES = new Set<string>(leaderData.surnames);
const COMPOUND_SURNAMES: readonly string[] = leaderData.compoundSurnames;
/** A journal's labels and issue line: `【摘 要】`, `关键词：`, `[中图分类号]`, `党政研究 2019年4期`. */
const JOURNAL_LINE_RE =
  /^[[【〔(（]?\s*(?:摘\s*要|关\s*键\s*词|中图分类号|文献标识码|文章编号|作者简介|基金项目|Abstract|Key\s*words)|^\S{2,20}\s*\d{4}\s*年\s*(?:第\s*)?\d{1,2}\s*期$/i;
/** How far from the journal's labels an author line may stand, in non-blank lines. */
const BYLINE_REACH = 8;
/** The author line: an optional `文_`, `作者：`, then one to four names, two to four characters each. */
const BYLINE_RE = /^(?:(?:文|作者|撰文|撰稿)[ \t\u3000]*[_/／:：|｜][ \t\u3000]*)?((?:\p{Script=Han}[ \t\u3000]?){1,3}\p{Script=Han})((?:[ \t\u3000]*[,，、;；][ \t\u3000]*(?:\p{Script=Han}[ \t\u3000]?){1,3}\p{Script=Han}){0,3})$/u;

/** Whether `name` (spaces removed) reads as a person's name: two to four characters after a surname. */
function isName(name: string): boolean {
  const bare = name.replace(/[ \t\u3000]/g, '');
  if (bare.length < 2 || bare.length > 4) return false;
  return SURNAMES.has(bare[0]!) || COMPOUND_SURNAMES.some((s) => bare.startsWith(s) && bare.length > s.length);
}

/**
 * A paper's author line in the head of a copy that carries the paper's labels within reach: a
 * line of names only, with a prefix (`文_`), several names, a typeset space (`闫 力`), or a name
 * the page prints a second time (`2019-08-03黄俊尧` above `黄俊尧`).
 */
export function markJournalBylines(lines: readonly string[], nonBlank: readonly number[], out: Map<number, HeadResidue>): void {
  const head = nonBlank.slice(0, 16);
  const texts = head.map((i) => simplifiedLine(lines[i]!.trim().replace(GLOSS_RE, '')));
  const journal = texts.map((t) => JOURNAL_LINE_RE.test(t));
  if (!journal.includes(true)) return;
  texts.forEach((text, k) => {
    const i = head[k]!;
    if (out.has(i) || journal[k]) return;
    const m = BYLINE_RE.exec(text);
    if (!m) return;
    const names = [m[1]!, ...(m[2] ?? '').split(/[,，、;；]/).map((s) => s.trim()).filter((s) => s !== '')];
    // Every one two to four characters; one at least after a known surname (`茆意宏` is rarer).
    if (!names.every((n) => isName(n) || /^\p{Script=Han}{2,4}$/u.test(n.replace(/[ \t\u3000]/g, ''))) || !names.some(isName)) return;
    const near = journal.some((j, n) => j && Math.abs(n - k) <= BYLINE_REACH);
    const marked = text !== names[0] || names.length > 1 || /[ \t\u3000]/.test(text);
    const repeated = texts.some((t, n) => n !== k && t.includes(names[0]!.replace(/[ \t\u3000]/g, '')));
    if (near && (marked || repeated)) out.set(i, { safe: false, kind: 'meta' });
  });
}

/** A site's path split into its steps (`人人书 > 杂志 > 颤抖!深大校长毕业致辞…`). */
const PATH_STEP_SPLIT_RE = /[ \t\u3000]*(?:>>|>|›|»|＞)[ \t\u3000]*/;
/** A step before the last: a column's short name, no sentence marks. */
const PATH_COLUMN_RE = /^[^\s，。；！？,;!?:：]{1,12}$/;

/**
 * A site's path whose last step is the page's title, printed again as the next line
 * (`人人书 > 杂志 > 颤抖!深大校长毕业致辞劝同学常回母校拍抖音` / `颤抖!深大校长…`): two or more
 * columns, then the very text of the next line. The title stays, so fix-all may delete the path.
 */
export function markTitledPaths(lines: readonly string[], nonBlank: readonly number[], out: Map<number, HeadResidue>): void {
  for (let k = 0; k + 1 < nonBlank.length; k++) {
    const i = nonBlank[k]!;
    const text = lines[i]!.trim();
    if (out.has(i) || text.length > 120 || !PATH_STEP_SPLIT_RE.test(text)) continue;
    const steps = text.split(PATH_STEP_SPLIT_RE);
    const last = steps.pop()!;
    if (steps.length < 2 || last.length < 4 || !steps.every((s) => PATH_COLUMN_RE.test(s))) continue;
    if (lines[nonBlank[k + 1]!]!.trim() === last) out.set(i, { safe: true, kind: 'nav' });
  }
}

/** A bare date as a site's card prints it, above its label (`2024年09月22日` / `发布时间`). */
const CARD_DATE_RE = /^[ \t\u3000]*\d{4}(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2})[ \t\u3000]*$/;
const CARD_DATE_LABEL_RE = /^[ \t\u3000]*(?:发布时间|發布時間|上传时间|上傳時間|更新时间|更新時間|发布日期|上传日期)[ \t\u3000]*$/;

/**
 * A document site's info card prints each value above its label (`2024年09月22日` / `发布时间` /
 * `2` / `页数`): a bare date right above a date label that is residue is the card's, not the
 * draft's date line. It goes as the label does.
 */
export function markCardDates(lines: readonly string[], nonBlank: readonly number[], out: Map<number, HeadResidue>): void {
  for (let k = 0; k + 1 < nonBlank.length; k++) {
    const i = nonBlank[k]!;
    const label = out.get(nonBlank[k + 1]!);
    if (label && !out.has(i) && CARD_DATE_RE.test(lines[i]!) && CARD_DATE_LABEL_RE.test(lines[nonBlank[k + 1]!]!)) out.set(i, { safe: label.safe, kind: 'meta' });
  }
}

/** A column's label: a few Chinese characters alone on a line. */
const COLUMN_LABEL_RE = /^[\u4e00-\u9fff]{2,8}$/;
const COLUMN_LABEL_REACH = 4;
const LABEL_SPLIT_RE = /[\s\u3000|｜>＞]+/;
const ECHO_KINDS = new Set(['meta', 'nav', 'site', 'widget']);

/**
 * A site prints its column's name above the title (`致辞致谢` / `开学典礼校长致辞`) and names it again
 * in the post line below (`时间:2022-10-09 13:21:37 致辞致谢 我要投稿`): the first line is the label,
 * not the title, when a residue line within reach holds it as one of its words. A suggestion.
 */
export function markEchoedLabels(lines: readonly string[], nonBlank: readonly number[], out: Map<number, HeadResidue>): void {
  const first = nonBlank[0];
  if (first === undefined || out.has(first)) return;
  const label = lines[first]!.trim();
  if (!COLUMN_LABEL_RE.test(label)) return;
  for (let k = 1; k <= COLUMN_LABEL_REACH && k < nonBlank.length; k++) {
    const i = nonBlank[k]!;
    // A post line or a breadcrumb naming it among other words; a copy of the title (`…致辞 篇1`) names the title.
    const words = ECHO_KINDS.has(out.get(i)?.kind ?? '') ? lines[i]!.trim().split(LABEL_SPLIT_RE) : [];
    if (words.length > 1 && words.includes(label)) {
      out.set(first, { safe: false, kind: 'nav' });
      return;
    }
  }
}
