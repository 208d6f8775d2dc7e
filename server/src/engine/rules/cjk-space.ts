import { firstIndexWhere } from '../util/binary-search';
import { defineRule } from '../rule-api/rule-helpers';
import { HAN, hanRunAfter, hanRunBefore, joinsIntoWord, residueLines } from '../rule-api/cjk';
import { lostHeadingBreaksOf, slotsOf } from '../rule-api/shared-analyses';
import { LONGEST_TITLE, mayOpenTitle, nameAtEnd, SURNAMES, titleAt, titleEndsWith, TITLES_BY_FIRST } from '../rule-api/leader-titles';
import type { RuleContext } from '../rule-api/rule';
import type { Line } from '../analysis/document';
import type { TextEdit } from '../model/types';

export { LEADER_COUNTEREXAMPLES, LEADER_TITLES, type LeaderTitle } from '../rule-api/leader-titles';
import { DATELINE_RE } from '../analysis/heading-breaks';
import { simplifiedLine } from '../analysis/traditional';
import { gluedResidue, titleSpans } from '../rule-api/space-spans';
import { citationEtAl, headlineAlone, spaceOfRespect } from '../rule-api/kept-spaces';
import { bylineName } from '../rule-api/byline-names';
import { DISPLACED_QUOTES_RE } from '../analysis/quotes';
import { checkBreaksBeforeHeadings, endsHeading, reportHeadingBreak, salutationAfterTitle } from '../rule-api/heading-break-spaces';
import { checkDigitSpaces, pageWrapped } from '../rule-api/digit-spaces';
import { checkLostDecimals } from '../rule-api/lost-decimal';
import { checkMarkSpaces } from '../rule-api/mark-spaces';
import { lineFeature, lineFeaturesOf, lineHas } from '../rule-api/line-features';

/** A news dateline ends the text before the space: `新华社北京3月12日电 `, `本报讯 `, PDF-spaced `新华社北京 9 月 30 日电 `. */
const DATELINE_END_RE = new RegExp(String.raw`^[ \t\u3000]*[^\r\n，。；：,;:]{1,40}` + DATELINE_RE.source);

const SPACE = '[ \\t\\u00a0\\u3000]';
/** Whitespace between two Han characters inside a line. */
const INNER_SPACE_RE = new RegExp(`(?<=[${HAN}])${SPACE}+(?=[${HAN}])`, 'g');
const INNER_SPACE_BIT = lineFeature(INNER_SPACE_RE);
/** A date with whitespace (a space, or one line break) inside: `3月\n18 日`, `2024年 3月`. */
const WS = `${SPACE}*(?:\\r?\\n|\\r)?${SPACE}*`;
const DATE_RE = new RegExp(
  `(?<![\\d.])(?:\\d{4}${WS}年${WS}\\d{1,2}${WS}月(?:${WS}\\d{1,2}${WS}[日号])?|\\d{1,2}${WS}月${WS}\\d{1,2}${WS}[日号])`,
  'g',
);
/** Spaces with a Han character beyond them: the next (or previous) term of a spaced list. */
const HAN_AFTER_RE = new RegExp(`^${SPACE}+[${HAN}]`);
const HAN_BEFORE_RE = new RegExp(`[${HAN}]${SPACE}+$`);
const PROSE_RE = /[，。；：！？,;:!?]/;
/**
 * A sentence mark: a line with only a colon is a label and its value (`党课：强化四种思维 加快…`,
 * `图：宇红雷  审核：张艳霞`), where a space sets parts apart on purpose.
 */
const SENTENCE_RE = /[，。；！？,;!?]/;
/**
 * A speech's title ends the run before the space (`…会议上的讲话 同志们：`, `新年致辞 岁月如梭`):
 * the space stands for the line break after the title, not for a space inside a word.
 */
const GENRE_END_RE = /(?:讲话|講話|致辞|致辭|致词|致詞|发言|發言|讲稿|講稿|贺词|賀詞|献词|獻詞|寄语|寄語|范文|範文|范本|範本)$/;
/** A speech's title before its salutation may also end in its draft's name (`…表态发言文稿 同志们：`, `…讲话稿 各位老师`). */
const TITLE_END_RE = /(?:讲话|講話|致辞|致辭|致词|致詞|发言|發言|讲稿|講稿|贺词|賀詞|献词|獻詞|寄语|寄語|范文|範文|范本|範本)(?:稿|文稿)?$/;
/** A salutation opening the text after the space (`现代化 同志们：`, `致辞 各位领导、…`). */
const SALUTATION_RE = /^(?:尊敬的|亲爱的)?(?:各位[\u4e00-\u9fff]{1,4}|同志们|老师们|同学们|朋友们|女士们|先生们|来宾们)$/;
/** Also a speech's material (`…座谈会发言材料 原墙镇…`, `…会上讲话材料 在…`). */
const DRAFT_NAME_END_RE = /(?:讲话|講話|发言|發言|演讲|演講|致辞|致辭)?稿$|(?:讲话|講話|发言|發言|汇报|匯報)材料$/;
const ORG_SALUTATION_RE = /^[\u4e00-\u9fff]{2,8}各位[\u4e00-\u9fff]{1,4}$/;
function removals(text: string, start: number, end: number): TextEdit[] {
  const out: TextEdit[] = [];
  const s = text.slice(start, end);
  const re = /\s+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) out.push({ start: start + m.index, end: start + m.index + m[0].length, newText: '' });
  return out;
}

export const cjkSpace = defineRule({
  id: 'cjk-space',
  category: 'typography',
  description: { zh: '中文内部多余的空格或断行', en: 'Space or line break inside Chinese text' },
  docs: { zh: '例：`习近平 总书记`。', en: 'e.g. `习近平 总书记`.' },
  defaultSeverity: 'warning',
  fixable: true,
  segmentation: 'optional',
  messages: {
    leader: {
      zh: '领导姓名与职务之间断开：“{sample}”应为“{joined}”',
      en: 'A leader\'s name is split from the title: "{sample}" should read "{joined}"',
    },
    nameBreak: {
      zh: '姓名中间断行：“{sample}”应为“{joined}”',
      en: 'A line break inside a name: "{sample}" should read "{joined}"',
    },
    date: {
      zh: '日期中间有空格或断行：“{sample}”应为“{joined}”',
      en: 'Space or line break inside a date: "{sample}" should read "{joined}"',
    },
    space: {
      zh: '中文中间多了空格：“{sample}”应为“{joined}”',
      en: 'A space inside Chinese text: "{sample}" should read "{joined}"',
    },
    headingBreak: {
      zh: '标题与正文挤在一行：“{sample}”处的空格原是换行（复制时丢失），应恢复换行',
      en: 'A heading run into the text: the space at "{sample}" was a line break lost in copying; restore the break',
    },
    sentenceSpace: {
      zh: '句末标点后多了空格：“{sample}”处的空格多半原是换行（复制时丢失），请恢复换行或删除空格',
      en: 'A space after the end of a sentence at "{sample}": most likely a line break lost in copying; restore the break or remove the space',
    },
    salutationSpace: {
      zh: '称呼语与正文挤在一行：“{sample}”处的空格原是换行（复制时丢失），应恢复换行',
      en: 'A salutation run into the text: the space at "{sample}" was a line break lost in copying; restore the break',
    },
    markSpaces: {
      zh: '全文标点后多了空格（共 {count} 处，如“{sample}”）：这是复制时带入的，可一次全部删除',
      en: 'Spaces after punctuation all through the draft ({count}, e.g. "{sample}"), left by a copy: remove them all at once',
    },
    spaceBeforeMark: {
      zh: '标点前多了空格：“{sample}”应为“{joined}”',
      en: 'A space before a mark: "{sample}" should read "{joined}"',
    },
    markSpacesBefore: {
      zh: '全文标点前多了空格（共 {count} 处，如“{sample}”）：这是复制时带入的，可一次全部删除',
      en: 'Spaces before punctuation all through the draft ({count}, e.g. "{sample}"), left by a copy: remove them all at once',
    },
    digitSpaces: {
      zh: '全文数字与汉字之间多了空格（共 {count} 处，如“{sample}”）：这是从 PDF 复制时带入的，可一次全部删除',
      en: 'Spaces between figures and Chinese all through the draft ({count}, e.g. "{sample}"), left by a PDF copy: remove them all at once',
    },
    lostPoint: {
      zh: '数字中间有空格：“{sample}”多半是复制时丢了小数点（应为“{dotted}”？），请核对',
      en: 'A space inside a figure: "{sample}" most likely lost its decimal point in copying ("{dotted}"?); check it',
    },
    remove: { zh: '删除空格', en: 'Remove the space' },
    removeAll: { zh: '删除全部这类空格（{count} 处）', en: 'Remove all such spaces ({count})' },
    restoreBreak: { zh: '恢复换行', en: 'Restore the line break' },
    join: { zh: '改为“{joined}”', en: 'Change to "{joined}"' },
  },
  check(ctx) {
    const residue = residueLines(ctx);
    const scan: SpaceScan = { ctx, nearSlot: slotToucher(slotsOf(ctx)), seen: new Set<number>(), displaced: DISPLACED_QUOTES_RE.test(ctx.text), strays: 0 };
    // A space standing for a lost line break after a heading is broken-line's: never glue them.
    for (const b of lostHeadingBreaksOf(ctx)) scan.seen.add(b.start);
    checkBreaksBeforeHeadings(ctx, residue, scan.seen);
    checkDates(scan, residue);
    checkLeadersAcrossLines(ctx, residue);
    for (const line of ctx.doc.lines) if (!residue.has(line.index)) checkInnerSpaces(scan, line);
    if (!scan.displaced) checkMarkSpaces(ctx, { residue, seen: scan.seen, nearSlot: scan.nearSlot });
    // Figures set apart by spaces may be a writer's style (`GDP 增长 5%`); beside spaces that cut
    // words, or in a page's text layer cut line by line, they are the same copy's.
    if (scan.strays > 0 || pageWrapped(ctx, residue)) checkDigitSpaces(ctx, { residue, seen: scan.seen, nearSlot: scan.nearSlot });
    checkLostDecimals(ctx, residue, scan.nearSlot);
  },
});

/** What the three passes share: where a finding already is, and where the slots are. */
interface SpaceScan {
  ctx: RuleContext;
  /** Whether `s`–`e` is (or touches) a slot — a blank where a figure was deleted — which is placeholder's. */
  nearSlot: (s: number, e: number) => boolean;
  /** Offsets of spaces already reported (or left to another rule). */
  seen: Set<number>;
  /**
   * Quotation marks moved off their words (`“ ”` on a line of their own) leave a space where
   * each was (`表明了 两个确立 `): such a space is the mark's, not one to delete.
   */
  displaced: boolean;
  /** Stray spaces reported inside words and clauses: the mark of a PDF's text layer. */
  strays: number;
}

function slotToucher(slots: ReadonlyArray<{ start: number; end: number }>): SpaceScan['nearSlot'] {
  return (s, e) => {
    // Slots come in text order and never overlap: find the first one ending at or after `s`.
    const lo = firstIndexWhere(slots.length, (i) => slots[i]!.end >= s);
    return lo < slots.length && slots[lo]!.start <= e;
  };
}

/** Dates with whitespace inside: `3月\n18 日`, `2024年 3月`. */
function checkDates({ ctx, nearSlot, seen }: SpaceScan, residue: ReadonlySet<number>): void {
  const text = ctx.text;
  DATE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DATE_RE.exec(text))) {
    const sample = m[0];
    if (!/\s/.test(sample)) continue;
    const start = m.index;
    const end = start + sample.length;
    if (residue.has(ctx.doc.lineIndexAt(start)) || nearSlot(start, end)) continue;
    const joined = sample.replace(/\s+/g, '');
    const edits = removals(text, start, end);
    edits.forEach((e) => seen.add(e.start));
    ctx.report({ start, end, messageId: 'date', params: { sample: show(sample), joined }, fixes: [{ title: 'join', params: { joined }, edits }] });
  }
}

/** `工委主任 高峰` / `主任、各位副主任、各位委员:`: a title before 、 opens a salutation, not cut from a name. */
const opensSalutation = (text: string, titleEnd: number): boolean => text[titleEnd] === '、';

/** A name and its title split across a line break: `习近平\n总书记`. */
function checkLeadersAcrossLines(ctx: RuleContext, residue: ReadonlySet<number>): void {
  const text = ctx.text;
  for (let i = 0; i + 1 < ctx.doc.lines.length; i++) {
    const a = ctx.doc.lines[i]!;
    const b = ctx.doc.lines[i + 1]!;
    if (residue.has(i) || residue.has(i + 1) || b.text.trim() === '') continue;
    // The title first, from the next line's first characters (a title is short): most lines
    // start with none, and the line before is then not walked at all.
    const bStart = b.start + (b.text.length - b.text.trimStart().length);
    const title = TITLES_BY_FIRST.has(text[bStart]!) ? titleAt(hanRunAfter(text.slice(bStart, bStart + LONGEST_TITLE), 0)) : undefined;
    if (!title) {
      checkNameAcrossLines(ctx, a, bStart, b.text);
      continue;
    }
    const left = hanRunBefore(text, a.start + a.text.trimEnd().length);
    const name = left && nameAtEnd(left);
    // Only inside running text (the line goes on after the title), not a signature block.
    if (!name || !title || left.length > name.length + 12 || !PROSE_RE.test(b.text)) continue;
    if (opensSalutation(text, bStart + title.length)) continue;
    const start = a.start + a.text.trimEnd().length - name.length;
    const end = bStart + title.length;
    reportLeader(ctx, start, end, name, title, removals(text, start + name.length, bStart));
  }
}

/** A name cut by a line break between two titles (or 同志) in running text: `市长李` / `明同志主持会议`. */
function checkNameAcrossLines(ctx: RuleContext, a: Line, bStart: number, bText: string): void {
  // The rest of the name is one or two characters, then a title or 同志: most lines start otherwise.
  if (!mayOpenTitle(ctx.text[bStart + 1]) && !mayOpenTitle(ctx.text[bStart + 2])) return;
  const right = hanRunAfter(ctx.text.slice(bStart, bStart + 2 + LONGEST_TITLE), 0);
  const aEnd = a.start + a.text.trimEnd().length;
  const left = right.length >= 3 && PROSE_RE.test(bText) ? hanRunBefore(ctx.text, aEnd) : '';
  for (let k = 1; k <= 2; k++) {
    if (!titleAt(right.slice(k)) && !/^同志(?!们)/.test(right.slice(k))) continue;
    for (let j = 1; j <= 2 && j < left.length; j++) {
      const joined = left.slice(-j) + right.slice(0, k);
      if (joined.length > 3 || !SURNAMES.has(joined[0]!) || !titleEndsWith(left.slice(0, -j))) continue;
      const params = { sample: show(ctx.text.slice(aEnd - j, bStart + k)), joined };
      return ctx.report({ start: aEnd - j, end: bStart + k, messageId: 'nameBreak', params, fixes: [{ title: 'join', params: { joined }, edits: removals(ctx.text, aEnd, bStart) }] });
    }
  }
}

/** Spaces between Han characters in one line. */
function checkInnerSpaces(scan: SpaceScan, line: Line): void {
  // Most lines have no space between Chinese characters: known from the line's text, kept across checks.
  if (!lineHas(lineFeaturesOf(scan.ctx), line.index, INNER_SPACE_BIT)) return;
  const prose = !scan.displaced && PROSE_RE.test(line.text);
  const sentence = prose && SENTENCE_RE.test(line.text);
  const titles = titleSpans(line.text);
  // The draft's own title sets its parts apart like a title in 《》 (`真抓实干 奋力开创…`), unless its salutation or text runs on
  // in the line; so does a headline standing alone.
  const t = scan.ctx.doc.title;
  const ownTitle = t && line.index >= t.firstLine && line.index <= t.lastLine && !/[：:。！？!?]/.test(line.text);
  if (ownTitle || headlineAlone(scan.ctx.doc.lines, line.index)) titles.push([0, line.text.length, 4]);
  // Residue glued into the line (`第 1 页 共 6 页`) goes whole with the spaces at its edges: web-residue's.
  const glued = gluedResidue(scan.ctx).get(line.index);
  // Where the line's text begins: residue before it opens the line.
  const textStart = line.text.search(/\S/);
  INNER_SPACE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = INNER_SPACE_RE.exec(line.text))) {
    const start = line.start + m.index;
    const end = start + m[0].length;
    if (scan.seen.has(start) || scan.nearSlot(start - 1, end + 1)) continue;
    const k = m.index;
    // Inside glued residue, or at the edge of a page counter (`…设备。 第 2 页 共 6 页 全区…`) or of residue opening
    // the line (`精选优质文档-倾情为你奉上 全县…`): the residue's spaces, gone with it. Still a copy's mark, as a stray is.
    const len = m[0].length;
    // Every span that counts reaches the space (holds it, or touches it at an edge); residue closing the line after it
    // (`三、准备工作 全文约1221字,请下载后阅读`) takes the space with it too.
    const lineEnd = line.text.trimEnd().length;
    if (glued?.someReaching(k, k + len, (r) => (k > r.start && k + len < r.end) || r.kind === 'counter' || textStart < 0 || r.start <= textStart || (r.start >= k + len && r.end >= lineEnd))) {
      scan.strays++;
      continue;
    }
    const where: SpaceLine = { start: line.start, prose, sentence, inTitle: titles.find(([a, b]) => a < k && k < b)?.[2] ?? 0 };
    if (checkInnerSpace(scan.ctx, start, end, where)) scan.strays++;
  }
}

/** The line a space is on: where it starts, whether it reads as prose or only as a label and its value. */
interface SpaceLine {
  start: number;
  /** Any sentence mark or colon. */
  prose: boolean;
  /** A sentence mark (a colon alone makes a label and its value). */
  sentence: boolean;
  /** Inside a title in 《》 or a quoted theme: the shortest run each side that reads as its parts (0: in none). */
  inTitle: number;
}

/** The space `start`–`end` between two Han runs (a leader's name cut from the title, a stray); whether it reported a stray. */
function checkInnerSpace(ctx: RuleContext, start: number, end: number, { start: lineStart, prose, sentence, inTitle }: SpaceLine): boolean {
  const text = ctx.text;
  const left = hanRunBefore(text, start);
  const right = hanRunAfter(text, end);
  if (inTitle > 0 && left.length >= inTitle && right.length >= inTitle) return false;
  if (spaceOfRespect(start, end, right) || citationEtAl(text, end, left, right)) return false;
  // A byline: `记者 赵文静`, `通讯员 李鑫 摄`, `（记者 傅长琪）`, `新華社記者 黃敬文攝`, `（记者方蓉 朱波）`.
  if (bylineName(text, left, right, end)) return false;
  // A news dateline: `新华社北京3月12日电 政协……`.
  if (start - lineStart <= 40 && DATELINE_END_RE.test(text.slice(lineStart, start))) return false;
  const before = text[start - left.length - 1];
  // A two-character name set to the width of three in brackets (`本报讯（张 鑫）`).
  if (left.length === 1 && right.length === 1 && /[(（]/.test(before ?? '') && /[)）]/.test(text[end + 1] ?? '') && SURNAMES.has(left)) return false;
  // A list of names or short terms separated by spaces: `张三 李四 王五`.
  if (spacedList(text, start, end, left, right)) return false;
  // A byline: `委员长 吴邦国`, `党组书记 马建堂` (a title, then the name ending the line, or
  // the date in brackets after it: `常务副县长 王文深(二〇〇四年七月七日)`); in traditional
  // script too (`行政長官 李家超`, `董事長 張忠謀`).
  if (right.length <= 3 && /^[ \t\u3000]*(?:\r?\n|$|[(（][ \t\u3000]*[\d〇○零一二三四五六七八九]{2,4}[ \t\u3000]*年)/.test(text.slice(end + right.length)) && bylineTitle(left, right)) return false;
  const name = nameAtEnd(left);
  const title = titleAt(right);
  if (name && title && !opensSalutation(text, end + title.length) && !(left.length === name.length && before === undefined && !prose)) {
    reportLeader(ctx, start - name.length, end + title.length, name, title, [{ start, end, newText: '' }]);
    return false;
  }
  // A speech's title run into its salutation on the first lines (`…大会上的讲话 同志们，朋友们：…`): the space was the
  // title's line break, to restore, never to delete.
  if (titleIntoSalutation(text, lineStart, start, left, right, end) || salutationAfterTitle(text, lineStart, start, right, end)) {
    reportHeadingBreak(ctx, start, end);
    return false;
  }
  // Elsewhere only in running text: titles, signatures and tables use spaces on purpose.
  if (!sentence) return false;
  // A title ending in its draft's name at the line's start, then its text (`…会议上讲话稿 政府系统如何抓落实，…`):
  // the title's lost line break, a flattened copy's mark like a stray space.
  if (DRAFT_NAME_END_RE.test(left) && left.length >= 4 && !/[。！？!?；;，,、：:]/.test(text.slice(lineStart, start)) && start - lineStart <= 60) {
    reportHeadingBreak(ctx, start, end);
    return true;
  }
  // `第1篇`, `第一章 总则`, `第五条 …`: a heading's or an article's number.
  if (/^第/.test(right) || /第[一二三四五六七八九十百零〇\d]+(?:篇|章|节|部分|条|款|编|卷|目)$/.test(left)) return false;
  const word = ctx.segmenter !== undefined && end - start === 1 && joinsIntoWord(ctx.segmenter, left, right);
  if (!word && setsApart(text, left, right, end, start)) return false;
  if (!word && endsHeading(text, lineStart, start)) {
    reportHeadingBreak(ctx, start, end);
    return false;
  }
  const sample = text.slice(start - Math.min(2, left.length), end + Math.min(2, right.length));
  const joined = sample.replace(/[ \t\u00a0\u3000]+/g, '');
  ctx.report({
    start: start - 1,
    end: end + 1,
    messageId: 'space',
    params: { sample, joined },
    fixes: [{ title: 'remove', edits: [{ start, end, newText: '' }], safe: word }],
  });
  return true;
}

/** A leader's title ending `left` and a surname opening `right`, as written or in simplified characters. */
function bylineTitle(left: string, right: string): boolean {
  if (titleEndsWith(left) && SURNAMES.has(right[0]!)) return true;
  const l = simplifiedLine(left);
  const r = simplifiedLine(right);
  return (l !== left || r !== right) && titleEndsWith(l) && SURNAMES.has(r[0]!);
}

/**
 * A list of names or short terms set apart by spaces (`张三 李四 王五`): a short run with
 * another Han term beyond the next space. A term next to a figure is not in such a list
 * (`生 产总值 212.8 亿元`, a PDF's spaced digits).
 */
function spacedList(text: string, start: number, end: number, left: string, right: string): boolean {
  const a = start - left.length;
  const b = end + right.length;
  return (left.length <= 4 && HAN_BEFORE_RE.test(text.slice(Math.max(0, a - 8), a))) || (right.length <= 4 && HAN_AFTER_RE.test(text.slice(b, b + 8)));
}

/**
 * A space that sets two parts apart, where deleting it would glue them: a speech's title and
 * what follows it, the salutation after a title, a photo credit's `摄` (`袁福洪 摄`).
 */
function setsApart(text: string, left: string, right: string, end: number, start: number): boolean {
  const next = text[end + right.length] ?? '';
  if (GENRE_END_RE.test(left) && left.length >= 4) return true;
  // One label's value, then the next label (`（来源:区委巡察办 审核:区委办）`, `时间：上午 地点：三楼会议室`): fields set apart.
  if (/[:：]/.test(text[start - left.length - 1] ?? '') && right.length <= 6 && /^[:：]/.test(next)) return true;
  if (SALUTATION_RE.test(right) && /^[:：,，、!！]/.test(next) && left.length >= 2) return true;
  // A photo credit: `摄` alone, or a short name with it, in brackets or ending its line (`记者 李涛摄`, `人民网 刘卿摄`).
  return /^[摄攝]$/.test(right) || (right.length <= 4 && /[摄攝]$/.test(right) && /^(?:[)）\r\n]|$)/.test(next));
}

/** A title that ends like a speech's (no sentence before it on its line), then a space, then a salutation and its mark. */
function titleIntoSalutation(text: string, lineStart: number, start: number, left: string, right: string, end: number): boolean {
  // The salutation may name the body addressed first (`…表态发言文稿 市委巡察组各位领导，同志们：`).
  const salutation = SALUTATION_RE.test(right) || ORG_SALUTATION_RE.test(right);
  if (!TITLE_END_RE.test(left) || left.length < 4 || !salutation || !/^[:：,，、]/.test(text[end + right.length] ?? '')) return false;
  const before = text.slice(lineStart, start);
  return before.length <= 60 && !/[。！？!?；;]/.test(before);
}

function show(s: string): string {
  return s.replace(/\r?\n|\r/g, '↵');
}

function reportLeader(ctx: RuleContext, start: number, end: number, name: string, title: string, edits: TextEdit[]): void {
  const joined = name + title;
  ctx.report({
    start,
    end,
    messageId: 'leader',
    params: { sample: show(ctx.text.slice(start, end)), joined },
    fixes: [{ title: 'join', params: { joined }, edits }],
    severity: 'error',
    data: { name, title },
  });
}
