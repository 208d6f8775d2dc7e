/**
 * Residue judged by what stands around a line rather than by the line alone: the entries of a
 * site's list of related pages under its heading, dates between widgets, chunk labels (the
 * teaser of the text is in residue-teasers.ts). Linear: each line is read once.
 */
import { simplifiedLine } from './traditional';
import { spansByLine, type ResidueSpan } from './residue-spans';
export { markTeasers } from './residue-teasers';

export interface ContextResidue {
  safe: boolean;
  kind: string;
}

/** The heading of a site's list of other pages (`相关推荐`, `小编精心推荐`). */
const RELATED_HEAD_RE =
  /^(相关推荐|相关文章|相关资讯|相关阅读|相关范文|相关新闻|推荐阅读|推荐文章|猜你喜欢|热门文章|热门范文|最新范文|精选范文|精彩推荐|小编精心推荐|小编推荐|延伸阅读|为你推荐|大家都在看|热门资料|作者最新文章)\s*[:：]?$/;
/** An entry of that list: a bulleted title (`- 2022-08-17 00:18:52 在…上的讲话`). */
const BULLET_ENTRY_RE = /^[-•·]\s*[^，。；！？,;!?]{4,100}$/;
/** Or titles side by side between bars (`安全演讲稿 | 珍爱生命演讲稿`). */
const BARRED_ENTRY_RE = /^[^，。；！？,;!?|｜]{2,30}(?:[ \t\u3000]*[|｜][ \t\u3000]*[^，。；！？,;!?|｜\s][^，。；！？,;!?|｜]{1,29}){1,6}$/;
const MAX_ENTRIES = 30;

/**
 * The lines under a related-pages heading that is residue, as long as they are list entries.
 * Suggestions: a draft's own list is never under such a heading, but the entries are titles.
 */
function markRelatedLists(lines: readonly string[], nonBlank: readonly number[], out: Map<number, ContextResidue>): void {
  for (let k = 0; k < nonBlank.length; k++) {
    const head = lines[nonBlank[k]!]!.trim();
    if (!out.has(nonBlank[k]!) || !RELATED_HEAD_RE.test(simplifiedLine(head))) continue;
    let j = k + 1;
    for (; j < nonBlank.length && j - k <= MAX_ENTRIES; j++) {
      const i = nonBlank[j]!;
      const text = lines[i]!.trim();
      if (!BULLET_ENTRY_RE.test(text) && !BARRED_ENTRY_RE.test(text)) break;
      if (!out.has(i)) out.set(i, { safe: false, kind: 'related' });
    }
    k = j - 1;
  }
}

/** The line of a document site that shares a member's file (`…》由会员分享,可在线阅读,更多相关…`). */
const SHARED_FILE_RE = /由(会员|用户|網友|网友)分享[,，]?\s*可在线阅读/;
/** A chunk of the file's preview, numbered by the site at the head of its line (`2、握技能,…`). */
const CHUNK_LABEL_RE = /^([ \t\u3000]*)(\d{1,3})、[ \t\u3000]*/;
/** A chunk is a page of text glued into one line, not a draft's list item. */
const MIN_CHUNK = 100;

/**
 * After a shared-file notice, the site numbers its preview chunks `1、`, `2、`, … at the head
 * of each line (the numbering runs on through words: `2、握技能`). The labels, counted from 1
 * without a gap, on lines of a page's length, are spans of residue; suggestions. Without the
 * notice (a copy that starts below it), only where each chunk but the last is cut mid-sentence.
 */
export function findChunkLabels(lines: readonly string[], nonBlank: readonly number[], out: ReadonlyMap<number, ContextResidue>): ResidueSpan[] {
  const notice = nonBlank.findIndex((i) => out.has(i) && SHARED_FILE_RE.test(simplifiedLine(lines[i]!)));
  const cut = cutChunkRun(lines, nonBlank, out, notice >= 0 ? notice + 1 : nonBlank.findIndex((i) => !out.has(i)));
  if (notice >= 0) return longer(chunkRun(lines, nonBlank, out, notice + 1), cut);
  const first = nonBlank.findIndex((i) => !out.has(i) && CHUNK_ONE_RE.test(lines[i]!));
  if (first < 0) return [];
  const run = chunkRun(lines, nonBlank, out, first);
  return longer(run.length >= 2 && run.slice(0, -1).every((s) => CUT_END_RE.test(lines[s.line]!)) ? run : [], cut);
}
const longer = (a: ResidueSpan[], b: ResidueSpan[]) => (b.length > a.length ? b : a);
/** The line a chunk was cut on: running text (a clause mark, not a heading) stopped inside a sentence. */
const cutLine = (line: string) => CUT_END_RE.test(line) && /[，,、]/.test(line.trimEnd().slice(0, -5));

/**
 * Chunks that keep the draft's paragraphs, a chunk over lines (`1、…发言稿` / … / `…争取更多的` / `2、实惠。首先，…`), or the
 * last cut short: `1、` opens the text, each later label in turn opens the line after one cut inside a sentence, and the
 * chunks before the last are of one length (within 5%). A label after a line that ends a sentence or heading: a list.
 */
function cutChunkRun(lines: readonly string[], nonBlank: readonly number[], out: ReadonlyMap<number, ContextResidue>, k: number): ResidueSpan[] {
  const head = k >= 0 ? CHUNK_LABEL_RE.exec(lines[nonBlank[k]!]!) : null;
  if (head?.[2] !== '1') return [];
  const spans: ResidueSpan[] = [{ line: nonBlank[k]!, start: head[1]!.length, end: head[0].length, safe: false, kind: 'counter' }];
  const sizes: number[] = [];
  let chunk = lines[nonBlank[k]!]!.length;
  for (let j = k + 1, prev = nonBlank[k]!; j < nonBlank.length; j++) {
    const i = nonBlank[j]!;
    if (out.has(i)) continue;
    const m = CHUNK_LABEL_RE.exec(lines[i]!);
    if (m && Number(m[2]) === spans.length + 1) {
      if (!cutLine(lines[prev]!) || chunk < MIN_CHUNK) return [];
      spans.push({ line: i, start: m[1]!.length, end: m[0].length, safe: false, kind: 'counter' });
      sizes.push(chunk);
      chunk = 0;
    }
    chunk += lines[i]!.length;
    prev = i;
  }
  // The site cuts at a fixed length; a draft's items are never of one length.
  return sizes.length >= 2 && sizes.every((n) => Math.abs(n - sizes[0]!) <= sizes[0]! / 20) ? spans : [];
}

const CHUNK_ONE_RE = /^[ \t\u3000]*1、/;
/** A line that stops inside a sentence: its last character is a word's, or a mark that never ends one. */
export const CUT_END_RE = /[\u4e00-\u9fff、，,“（(][ \t\u3000]*$/;

/** The labelled chunks from `k` on: `1、`, `2、`, … on lines of a page's length, the residue lines between them skipped. */
function chunkRun(lines: readonly string[], nonBlank: readonly number[], out: ReadonlyMap<number, ContextResidue>, k: number): ResidueSpan[] {
  const spans: ResidueSpan[] = [];
  let want = 1;
  for (; k < nonBlank.length; k++) {
    const i = nonBlank[k]!;
    if (out.has(i)) continue;
    const m = CHUNK_LABEL_RE.exec(lines[i]!);
    if (!m || Number(m[2]) !== want || lines[i]!.length < MIN_CHUNK) break;
    spans.push({ line: i, start: m[1]!.length, end: m[0].length, safe: false, kind: 'counter' });
    want++;
  }
  return spans;
}

/** A PDF's page number at the head of a line: figures right before a character of the sentence. */
const GLUED_PAGE_RE = /^([ \t\u3000]*)(\d{1,3})(?=[\u4e00-\u9fff])/;
/**
 * What a figure in a sentence is followed by: a unit or a measure word (`12个`, `3月`, `5所学校`,
 * `2号楼`), never a noun or a verb as a page number is (`…包括广大` / `1妇女在内的`).
 */
const MEASURE_CHARS = new Set(
  '年月日号时点分秒个项次名人位家户所座条件台辆套批期届元万亿千百十倍成岁天周季度轮级类种份篇部章节页米吨亩斤克升瓦角村镇乡县区市省楼层栋间张本册场型代组队支只头匹棵株块根片颗粒滴股段枚首封句字遍趟番回处栏版档例起宗笔单路班门多余强大后中届秒',
);
/** The line above breaks mid-sentence: it is a full line of text that ends in a character. */
const MIN_BROKEN_LINE = 18;
const ENDS_IN_HAN_RE = /[\u4e00-\u9fff][ \t\u3000]*$/;

/**
 * A page number a PDF copy glued to the head of the next page's line, inside a sentence
 * (`请县林业局副局长…副总指揮魏成章` / `1同志宣读…`). Only where the figure cannot be the
 * sentence's own: the line above runs on (no punctuation at its end), the figure is not followed
 * by a unit or a measure word, and the line below does not go on counting (a list `1加强…`,
 * `2完善…`). Suggestions: the figures are deleted.
 */
export function findGluedPageNumbers(lines: readonly string[], nonBlank: readonly number[], out: ReadonlyMap<number, ContextResidue>): ResidueSpan[] {
  const spans: ResidueSpan[] = [];
  for (let k = 1; k < nonBlank.length; k++) {
    const i = nonBlank[k]!;
    const above = nonBlank[k - 1]!;
    if (out.has(i) || out.has(above)) continue;
    const m = GLUED_PAGE_RE.exec(lines[i]!);
    if (!m) continue;
    const after = lines[i]![m[0].length]!;
    if (MEASURE_CHARS.has(after)) continue;
    const prev = lines[above]!;
    if (prev.trim().length < MIN_BROKEN_LINE || !ENDS_IN_HAN_RE.test(prev)) continue;
    const next = nonBlank[k + 1];
    if (next !== undefined && new RegExp(`^[ \\t\\u3000]*${Number(m[2]) + 1}\\D`).test(lines[next]!)) continue;
    spans.push({ line: i, start: m[1]!.length, end: m[0].length, safe: false, kind: 'counter' });
  }
  return spans;
}

/**
 * A field of a forum poster's profile card (Discuz and the like), one a line, or of a document
 * site's uploader card (`文档` / `25657` / `关注` / `226` / `好评` / `99.8%`, gwxzb.com, blind9/53).
 */
const PROFILE_LABEL_RE = /^(?:威望|金钱|金幣|金币|贡献|貢獻|积分|積分|主题|主題|帖子|回帖|精华|精華|注册时间|註冊時間|最后登录|最後登錄|在线时间|在線時間|阅读权限|閱讀權限|听众|收听|UID|经验|經驗|魅力|注册|註冊|消息|荣誉分数|榮譽分數|声望点数|聲望點數|点数|點數|反应分数|反應分數|文档|文檔|关注|關注|粉丝|粉絲|好评|好評|好评率|好評率|获赞|獲讚)[:：]?$/;
/** Its values: figures (`402,402`), a date, a contact, a rank, a role (`Moderator`, `管理成员`) or a medal. */
const PROFILE_VALUE_RE =
  /^(?:\d{1,9}(?:\.\d+)?[万萬wWkK%]?|\d{1,3}(?:,\d{3})+|(?:Super |Staff |New |Well-known |Active )?(?:[Mm]oderator|[Aa]dministrator|[Mm]ember|[Gg]uest)|\d{4}-\d{1,2}-\d{1,2}(?: \d{1,2}:\d{2}(?::\d{2})?)?|QQ|(?:Rank: ?\d{1,3})+|[\u4e00-\u9fff]{0,10}(?:版主|勋章|勳章|会员|會員|上将|中将|少将|上校|中校|少校|元帅|管理员|管理員|新手上路|管理成员|管理成員|成员|成員)+)$/;
const MIN_PROFILE_LINES = 6;
const MIN_PROFILE_LABELS = 3;

/**
 * A forum poster's profile card copied with the post: a run of six or more lines, each a
 * field's label or its value, with at least three labels (`威望` / `3259` / `金钱` / `164` /
 * `贡献` / `版主`…). Suggestions (the figures alone say nothing). Linear: each line is read once.
 */
export function markProfileCards(lines: readonly string[], nonBlank: readonly number[], out: Map<number, ContextResidue>): void {
  let k = 0;
  while (k < nonBlank.length) {
    let end = k;
    let labels = 0;
    for (; end < nonBlank.length; end++) {
      const t = lines[nonBlank[end]!]!.trim();
      if (PROFILE_LABEL_RE.test(t)) labels++;
      else if (!PROFILE_VALUE_RE.test(t)) break;
    }
    if (labels >= MIN_PROFILE_LABELS && end - k >= MIN_PROFILE_LINES) {
      for (let j = k; j < end; j++) if (!out.has(nonBlank[j]!)) out.set(nonBlank[j]!, { safe: false, kind: 'forum' });
    }
    k = Math.max(end, k + 1);
  }
}

/** An item of a numbered list: `1. 本站所有资源…`, `3、本站不支持迅雷下载…`. */
const NUMBERED_ITEM_RE = /^[ \t\u3000]*(\d{1,2})[ \t\u3000]*[.、．][ \t\u3000]*\S/;
/** What a site's notice speaks of: its files, downloads, uploads, members and rights. */
const NOTICE_WORD_RE = /本站|本网|网站|文档|文件|下载|上传|用户|资源|版权|侵权|权益|预览|浏览器|答案|会员|客服|金币|积分|水印|付费|退换|图纸|压缩包|存储空间|举报/;
/** How many of a list's items (or its heading) must already be residue. */
const MIN_NOTICE_RESIDUE = 2;
/** A notice's item is a sentence or two, not a page of text. */
const MAX_NOTICE_ITEM = 500;

/**
 * A site's numbered notice about its files (`1. 本站所有资源如无特殊说明…` / `2. 本站的文档不包含…` /
 * `4. 未经权益所有人同意不得…`): in a list counting up, where two of the items or the heading above them
 * (`【下载声明】`, `友情提示`) are residue already, or hold residue glued in, the other items that speak of
 * files, downloads or rights are the notice's too. Suggestions. Linear: each line is read once.
 */
export function markNumberedNotices(lines: readonly string[], nonBlank: readonly number[], out: Map<number, ContextResidue>, spans: readonly ResidueSpan[]): void {
  // A preview chunk's number (`1、`, a counter) is no notice: the chunk is the draft's text.
  const spanned = new Set(spans.filter((s) => s.kind !== 'counter').map((s) => s.line));
  const spansOf = spansByLine(spans);
  const isResidue = (i: number) => out.has(i) || spanned.has(i);
  let k = 0;
  while (k < nonBlank.length) {
    let end = k;
    for (let prev = -1; end < nonBlank.length; end++) {
      const m = NUMBERED_ITEM_RE.exec(lines[nonBlank[end]!]!);
      const n = m ? Number(m[1]) : -1;
      if (!m || (end > k && (n <= prev || n > prev + 2))) break;
      prev = n;
    }
    if (end - k >= 2) {
      // A member's shared file numbers its preview chunks (see findChunkLabels): no notice under it.
      const head = k > 0 ? nonBlank[k - 1]! : -1;
      let residue = head >= 0 && out.has(head) && !SHARED_FILE_RE.test(simplifiedLine(lines[head]!)) ? 1 : 0;
      for (let j = k; j < end; j++) if (isResidue(nonBlank[j]!)) residue++;
      if (residue >= MIN_NOTICE_RESIDUE) {
        for (let j = k; j < end; j++) {
          const i = nonBlank[j]!;
          // Its own words, not residue glued into a line of the draft (`1、精选优质文档-倾情为你奉上…解说词`).
          const own = spanned.has(i) ? withoutSpans(lines[i]!, spansOf.get(i)!) : lines[i]!;
          if (!out.has(i) && lines[i]!.length <= MAX_NOTICE_ITEM && NOTICE_WORD_RE.test(simplifiedLine(own))) out.set(i, { safe: false, kind: 'notice' });
        }
      }
    }
    k = Math.max(end, k + 1);
  }
}

/** `text` without the spans. */
function withoutSpans(text: string, spans: readonly ResidueSpan[]): string {
  let rest = '';
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    rest += text.slice(at, s.start);
    at = Math.max(at, s.end);
  }
  return rest + text.slice(at);
}

/** A site's keyword line: five or more short words apart by spaces, no sentence mark (`2023 学习 贯彻 两会 精神 市政府 全体会议 致辞`). */
const KEYWORD_LINE_RE = /^(?:[\p{Script=Han}\w]{1,8}[ \t\u3000]+){4,15}[\p{Script=Han}\w]{1,8}$/u;
/** The label a site sets above it (`关 键  词:`). */
const KEYWORD_LABEL_RE = /^[关關][ \t\u3000]*[键鍵][ \t\u3000]*(?:词|詞|字)[ \t\u3000]*[:：]?$/;
/** One of its words as long as a name never is (`全体会议`, `安全生产`): not a list of names. */
const LONG_WORD_RE = /(?:^|[ \t\u3000])\p{Script=Han}{4,8}(?=[ \t\u3000]|$)/u;

/**
 * A document site's keyword line under its residue or its `关键词` label: `全市 安全生产 活动 动员大会 讲话稿 _1`.
 * A draft's line of names (`张三 李四 王五`) has no word of four characters; its heading stands on text, not on a
 * site's residue. Suggestions. Linear: each line is read once.
 */
export function markKeywordLines(lines: readonly string[], nonBlank: readonly number[], out: Map<number, ContextResidue>): void {
  for (let k = 1; k < nonBlank.length; k++) {
    const i = nonBlank[k]!;
    const t = lines[i]!.trim();
    if (out.has(i) || t.length > 120 || !KEYWORD_LINE_RE.test(t) || !LONG_WORD_RE.test(t)) continue;
    const head = nonBlank[k - 1]!;
    const label = KEYWORD_LABEL_RE.test(lines[head]!.trim());
    if (!label && !out.has(head)) continue;
    out.set(i, { safe: false, kind: 'keywords' });
    if (label && !out.has(head)) out.set(head, { safe: false, kind: 'keywords' });
  }
}

/** The lists a site prints around its copy: its related pages under their heading and its keywords. */
export function markSiteLists(lines: readonly string[], nonBlank: readonly number[], out: Map<number, ContextResidue>): void {
  markRelatedLists(lines, nonBlank, out);
  markKeywordLines(lines, nonBlank, out);
}

/** A bare date, as a date widget prints it (`2023-12-25`, `2024-02-23 08:51:00`). */
const BARE_DATE_RE = /^[ \t\u3000]*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?[ \t\u3000]*$/;
/** A bare date in Chinese form, as a paper's page prints its issue date (`2012年11月06日`). */
const BARE_CHINESE_DATE_RE = /^[ \t\u3000]*\d{4}年\d{1,2}月\d{1,2}日[ \t\u3000]*$/;

/**
 * A site's bare date between two lines fix-all deletes (`VIP专免` / `2023-12-25` / `999+`): deleted
 * with them. Left alone, the pass after them finds the upload date right under the title and
 * formats it as the draft's date line (`2023年12月25日`), a date nobody gave the speech.
 */
export function markEnclosedDates(lines: readonly string[], nonBlank: readonly number[], out: Map<number, ContextResidue>): void {
  for (let k = 1; k + 1 < nonBlank.length; k++) {
    const i = nonBlank[k]!;
    const r = out.get(i);
    const enclosed = () => out.get(nonBlank[k - 1]!)?.safe === true && out.get(nonBlank[k + 1]!)?.safe === true;
    // An issue date between a paper's navigation widgets (`返回本版首页 | 版面导航` / date / `放大 缩小`).
    if (!r && BARE_CHINESE_DATE_RE.test(lines[i]!) && enclosed()) out.set(i, { safe: true, kind: 'meta' });
    if (!r || r.safe || !BARE_DATE_RE.test(lines[i]!)) continue;
    if (enclosed()) out.set(i, { ...r, safe: true });
  }
}

/** A site's name or logo text: a short word and nothing of a sentence (`娱乐吧`, `药最网`). */
const HEAD_NAME_RE = /^[ \t\u3000]*[\p{Script=Han}A-Za-z0-9]{2,8}[ \t\u3000]*$/u;
/** The name ends as a site's does: fix-all may delete it. */
const SITE_NAME_END_RE = /(?:网|網|吧|站|库|庫|城|之家|在线|在線|频道|頻道)[ \t\u3000]*$/;

/**
 * A site's name at the very top, right above its navigation (`娱乐吧` / `首页 > 国内新闻 > 安徽新闻`): a title
 * would follow the path, not stand above it. Safe when it ends as a site's name does.
 */
function markHeadSiteName(lines: readonly string[], nonBlank: readonly number[], out: Map<number, ContextResidue>): void {
  const [first, second] = nonBlank;
  if (first === undefined || second === undefined || out.get(first)?.safe === true || out.get(second)?.kind !== 'nav') return;
  const text = lines[first]!;
  // Another pass may have taken it as a suggestion already: right above the path, a site's name is safe.
  if (HEAD_NAME_RE.test(text)) out.set(first, { safe: SITE_NAME_END_RE.test(text), kind: out.get(first)?.kind ?? 'site' });
}

/** A line of a page's date or counter widget: a number of up to four digits, or a lone separator. */
const HEAD_WIDGET_RE = /^[ \t\u3000]*(?:\d{1,4}|[-–—/.|·])[ \t\u3000]*$/;
/** A row of a page's counters (`1580 1580 112638`): bare numbers, one of them no year (five digits or more). */
// The look-ahead stands at the line's start, where it runs once: after the leading spaces it ran
// again at each space given back (a line of spaces before 代表: quadratic, 64 KB took 8 s).
const HEAD_COUNTERS_RE = /^(?=[^\n]*\d{5})[ \t\u3000]*\d{1,9}(?:[ \t\u3000]+\d{1,9}){1,5}[ \t\u3000]*$/;

/**
 * A site's date widget copied above the text, one piece a line (`08` / `2023` / `-` / `02`):
 * the lines at the very start made only of a short number or a separator (or, first, a row of
 * counters), when text follows them. Suggestions (a draft does not open with bare numbers, but a cover might).
 */
export function markHeadWidget(lines: readonly string[], nonBlank: readonly number[], out: Map<number, ContextResidue>): void {
  markHeadSiteName(lines, nonBlank, out);
  let k = 0;
  while (k < nonBlank.length && (HEAD_WIDGET_RE.test(lines[nonBlank[k]!]!) || (k === 0 && HEAD_COUNTERS_RE.test(lines[nonBlank[0]!]!)))) k++;
  // One line alone: a page number (`1`), not a year a cover may print above the title (`2024`).
  if (k === 0 || k === nonBlank.length || (k === 1 && /\d{4}/.test(lines[nonBlank[0]!]!) && !HEAD_COUNTERS_RE.test(lines[nonBlank[0]!]!))) return;
  for (let j = 0; j < k; j++) if (!out.has(nonBlank[j]!)) out.set(nonBlank[j]!, { safe: false, kind: 'site' });
}

/** Where a title ends: its genre word. */
const TITLE_GENRE_END_RE = /(?:讲话|講話|致辞|致辭|致词|发言|發言|发言稿|讲话稿|演讲稿|演講稿|主持词|贺词|欢迎词|欢送词|报告|報告)$/;
/** What opens the speech right after the copy's number: its salutation. */
const SALUTATION_RE = /^(?:尊敬的|各位|亲爱的|親愛的|同志们|同志們|老师们|同学们|朋友们)/;
/** How far below the title a copy is looked for. */
const TITLE_COPY_REACH = 8;

/**
 * A site's copy of the title with its number, glued before the salutation below the title
 * (`大学毕业典礼院长致辞` / `…` / `大学毕业典礼院长致辞1尊敬的xx各位老师…`): the title word for word,
 * figures, then the salutation. Deleting the copy is safe: the title stands above it.
 */
export function findTitleCopies(lines: readonly string[], nonBlank: readonly number[], out: ReadonlyMap<number, ContextResidue>): ResidueSpan[] {
  const head = nonBlank.find((i) => !out.has(i));
  if (head === undefined) return [];
  const title = lines[head]!.trim();
  if (title.length < 4 || title.length > 60 || !TITLE_GENRE_END_RE.test(title)) return [];
  const spans: ResidueSpan[] = [];
  const from = nonBlank.indexOf(head) + 1;
  for (let k = from; k < nonBlank.length && k < from + TITLE_COPY_REACH; k++) {
    const i = nonBlank[k]!;
    const text = lines[i]!;
    const lead = text.length - text.trimStart().length;
    if (out.has(i) || !text.startsWith(title, lead)) continue;
    const m = /^\d{1,2}/.exec(text.slice(lead + title.length));
    const end = lead + title.length + (m ? m[0].length : 0);
    if (m && SALUTATION_RE.test(text.slice(end))) spans.push({ line: i, start: lead, end, safe: true, kind: 'title' });
  }
  return spans;
}

/** The steps of a site's path (`当前位置:文秘家园>> 文秘范文>> 领导讲话>> 科技教育`). */
const CRUMB_STEP_SPLIT_RE = /\s*(?:>>|>|›|»|＞)\s*/;
/** How far below the column's name the title is looked for. */
const ECHO_TITLE_REACH = 3;

/**
 * The column a site files the page under, printed again under its path (`…>> 领导讲话>> 科技教育` /
 * `科技教育`), above the title: a short line that is the path's last step, not itself a title (no
 * genre word), with a title below it. Suggestions.
 */
export function markCrumbEchoes(lines: readonly string[], nonBlank: readonly number[], out: Map<number, ContextResidue>): void {
  for (let k = 0; k + 1 < nonBlank.length; k++) {
    const nav = out.get(nonBlank[k]!);
    if (nav?.kind !== 'nav') continue;
    const steps = lines[nonBlank[k]!]!.trim().split(CRUMB_STEP_SPLIT_RE);
    const last = steps[steps.length - 1]!;
    const i = nonBlank[k + 1]!;
    if (steps.length < 3 || last.length < 2 || last.length > 12 || out.has(i) || lines[i]!.trim() !== last || TITLE_GENRE_END_RE.test(last)) continue;
    const titled = nonBlank.slice(k + 2, k + 2 + ECHO_TITLE_REACH).some((j) => TITLE_GENRE_END_RE.test(lines[j]!.trim()));
    if (titled) out.set(i, { safe: false, kind: 'nav' });
  }
}
