/**
 * Recognises what document-sharing sites, forums and PDF copies leave in a draft: whole
 * lines (navigation, paywall text, page counters, tables of contents) and spans glued into
 * a line of the draft. Shared by the document model (residue is never the title), the rule
 * runner (other rules do not check residue) and the `web-residue` rule.
 *
 * Every path is linear in the text: patterns are tested once per line (lines longer than
 * MAX_RESIDUE_LINE are prose), weak lines join residue blocks in two sweeps.
 */
import webResidue from '../data/web-residue.json';
import { BoundedCache, LINE_CACHE_SIZE } from '../util/bounded-cache';
import { findResidueSpans, type ResidueSpan } from './residue-spans';
import { HAN_CHAR_RE } from '../util/han';
import { simplifiedLine } from './traditional';
import { contentsEnd, countAll, gluesProse, SITE_EDITOR_LABEL_RE, isAccessPrompt, isPieceList, isSuffixMenu, isToolbarLine, siteLineKind, unspacedLetters } from './residue-shapes';
import { markCardDates, markEchoedLabels, markJournalBylines, markSplitTitleWords, markTitledPaths } from './residue-head';
import { findChunkLabels, findGluedPageNumbers, findTitleCopies, markCrumbEchoes, markEnclosedDates, markHeadWidget, markNumberedNotices, markProfileCards, markSiteLists, markTeasers } from './residue-context';
import { isFillerLine } from './residue-filler';
import { TONE_MARKS } from '../util/pinyin';

export type { ResidueSpan } from './residue-spans';
export interface ResiduePattern {
  pattern: string;
  examples: string[];
  counterexamples: string[];
  /** Bare numbers, sizes, dates, single widget words: residue only beside strong residue. */
  weak?: boolean;
  /** Fix-all may delete the line: the pattern spans the whole line and is site chrome. */
  safe?: boolean;
  kind?: string;
}

export const WEB_RESIDUE_PATTERNS: readonly ResiduePattern[] = webResidue.patterns;
const COMPILED = WEB_RESIDUE_PATTERNS.map((p) => ({ re: new RegExp(p.pattern), weak: p.weak === true, safe: p.safe === true, kind: p.kind ?? 'site' }));

/** A list bullet before a line and a table's cell bar after it. */
const LIST_DECORATION_RE = /^[-•·]\s+|\s+[|｜]$/g;
const HAS_LIST_DECORATION_RE = /^[-•·]\s+|\s+[|｜]$/;

/**
 * A pinyin gloss a page put after a character: lower-case letters with a tone mark (`(xù)`), or
 * what a copy left of them without the marked vowels (`商务(shngw)`, `(din z shn w)`, `()`).
 */
const PINYIN_GLOSS_RE = new RegExp(
  String.raw`[(（][a-zü]{0,5}[${TONE_MARKS}][a-zü]{0,5}[)）]|(?<=[\u4e00-\u9fff])[(（](?:[a-z]{1,6}(?: [a-z]{1,6}){0,5})?[)）]`,
);
const PINYIN_GLOSS_ALL_RE = new RegExp(PINYIN_GLOSS_RE.source, 'g');

/** Longer lines are prose, whatever words they contain. */
const MAX_RESIDUE_LINE = 120;

/** How many non-blank lines a weak residue line may sit from strong residue. */
const WEAK_REACH = 2;

/** A site's truncated summary of the text: `……我们...` between residue widgets. */
const TRUNCATED_SUMMARY_RE = /(\.{3,}|…+)\s*$/;

/** The heading of a table of contents copied with the page. */
const TOC_HEAD_RE = /^(目\s*录|提\s*纲|目\s*次|内容提要|本文目录|本文目錄|文章目录|文章目錄)\s*[:：]?$/;
/**
 * A site's outline box between ellipses: `目录/提纲:……`, its headings, then a line `……`
 * (the text below is cut before it reaches them all).
 */
const TOC_OPEN_RE = /^(目\s*录|提\s*纲|目錄|提綱)(\s*[/／、]\s*(目\s*录|提\s*纲|目錄|提綱))?\s*[:：]?\s*(…+|\.{3,})$/;
const TOC_CLOSE_RE = /^(…+|\.{3,})$/;
const TOC_BOX_ENTRY_RE = /^[^。；！？!?…]{2,60}$/;
/** A site's own contents box: its entries are the headings that follow in the text. */
const TOC_SITE_HEAD_RE = /^(目\s*录|目錄|本文目录|本文目錄|文章目录|文章目錄)\s*[:：]?$/;
const TOC_HEADING_ENTRY_RE = /^[^。；！？!?]{2,40}$/;
const MAX_TOC_ENTRIES = 60;
/** A contents entry: a heading, a leader or spaces, a page number. */
const TOC_ENTRY_RE = /^[^。；！？]{2,60}?(?:\.{2,}|…+|·{2,}|—{2,}|-{3,}|[\s\u3000]+)\s*\d{1,3}$/;
/** An entry with a dot leader is a contents line even without a 目录 heading. */
const TOC_LEADER_RE = /^[^。；！？]{2,60}?(?:\.{4,}|…{2,}|·{4,}|\u2026\.{2,})\s*\d{1,3}$/;

export interface LineResidue {
  /** Whether fix-all may delete the line. */
  safe: boolean;
  kind: string;
}

export interface ResidueAnalysis {
  /** Residue lines by index. */
  lines: ReadonlyMap<number, LineResidue>;
  /** Residue glued inside lines that are not residue themselves, by line then offset. */
  spans: readonly ResidueSpan[];
}

interface Verdict {
  strength: 'strong' | 'weak';
  safe: boolean;
  kind: string;
}

function normalize(line: string): string {
  return line.trim().replace(/\u00a0/g, ' ');
}

/** Short lines judged lately, by their normalised text (null: no residue); as many as the other per-line caches hold. */
const VERDICT_CACHE = new BoundedCache<Verdict | null>(LINE_CACHE_SIZE.entries, LINE_CACHE_SIZE.chars);

function lineVerdict(line: string, simplified = false): Verdict | undefined {
  const text = normalize(line);
  if (text === '') return undefined;
  // A long line is prose, unless it is a site's filler of random characters (a paragraph's length).
  if (text.length > MAX_RESIDUE_LINE) {
    if (isFillerLine(text)) return { strength: 'strong', safe: false, kind: 'spam' };
    // A site's contents glued into one line is as long as the titles it repeats.
    return isPieceList(text) ? { strength: 'strong', safe: false, kind: 'toc' } : undefined;
  }
  // Several rules ask about the same lines, and editors re-check unchanged lines.
  const cached = VERDICT_CACHE.get(text);
  if (cached !== undefined) return cached ?? undefined;
  let verdict: Verdict | null = null;
  for (const p of COMPILED) {
    if (!p.re.test(text)) continue;
    if (!p.weak) {
      verdict = { strength: 'strong', safe: p.safe, kind: p.kind };
      break;
    }
    verdict ??= { strength: 'weak', safe: p.safe, kind: p.kind };
  }
  if (!verdict && TOC_LEADER_RE.test(text) && HAN_CHAR_RE.test(text)) verdict = { strength: 'strong', safe: false, kind: 'toc' };
  // A line a weak expression matched may still have the shape of site chrome on its own
  // (`来源:人民网-人民日报 发布时间:2023-01-21`: a source, and a publishing time).
  if (!verdict || verdict.strength === 'weak') verdict = shapeVerdict(text) ?? verdict;
  // A line a weak expression matched may still be strong in another form (`發(fā)布時(shí)間:2018-11-30`
  // reads as a title with a date until its glosses go): each form is asked while the verdict is not strong.
  const weakOrNone = () => verdict === null || verdict.strength === 'weak';
  const stronger = (v: Verdict | undefined) => {
    if (v && (verdict === null || v.strength === 'strong')) verdict = v;
  };
  // A site in traditional script (`位置:首頁 > 講話致辭`, `熱門標籤`): judged as its simplified text.
  if (weakOrNone() && !simplified) {
    const simple = simplifiedLine(text);
    if (simple !== text) stronger(lineVerdict(simple, true));
  }
  // A traditional-script page's pinyin glosses (`繼續(xù)免費閱讀`): judged without them (and simplified there too: asked once).
  if (weakOrNone() && !simplified && PINYIN_GLOSS_RE.test(text)) {
    const bare = text.replace(PINYIN_GLOSS_ALL_RE, '');
    if (bare !== '') stronger(lineVerdict(bare));
  }
  // A site's info list (`- 2021-05-08 发布 |`, `- 37.5 KB |`): judged without its bullet and cell bar.
  if (weakOrNone() && HAS_LIST_DECORATION_RE.test(text)) {
    const bare = text.replace(LIST_DECORATION_RE, '');
    if (bare !== '' && bare !== text) stronger(lineVerdict(bare, true));
  }
  // A site's letter-spaced widget (`评 论`, `分 享 至 手 机`): judged as the word it spaces out.
  const unspaced = weakOrNone() ? unspacedLetters(text) : undefined;
  if (unspaced !== undefined) stronger(lineVerdict(unspaced, simplified));
  VERDICT_CACHE.set(text, verdict);
  return verdict ?? undefined;
}

/** Page metadata labels only a site prints (`上传人:`, `浏览:`, `字数:`). */
const SITE_META_LABEL_RE = /((?<![\u4e00-\u9fff])(?:发布于|發布於|分类|分類)|发布人|發布人|发表时间|發表時間|阅读次数|閱讀次數|浏览次数|瀏覽次數|上传人|上传者|刊发时间|刊發時間|上傳者|文档编号|文檔編號|上传时间|上傳時間|更新时间|更新時間|发布时间|發布時間|页数|頁數|大小|字数|字數|浏览|瀏覽|阅读|閱讀|下载|下載|点击数|點擊數|点击|點擊|评论|評論|原标题|原標題|原题|原題|责任编辑|責任編輯|来源|來源|栏目|欄目|人气|人氣|期次)\s*[:：]/g;
/** Labels a draft may also print (`时间：… 地点：…` is a meeting notice). */
const META_LABEL_RE = /(作者|编辑|編輯|日期|时间|時間|格式)\s*[:：]/g;
/** A timestamp with its clock time, then who published it: `2007年08月22日 09:03:38 来源:…`, `2019年06月04日04:30  來源:…`. */
const STAMP_SOURCE_RE = /^\d{4}(?:年|[-/.])\d{1,2}(?:月|[-/.])\d{1,2}(?:日\s*|\s+)\d{1,2}:\d{2}(?::\d{2})?\s*(?:来源|來源|作者|编辑|發布|发布|浏览|阅读|栏目|欄目|分类|分類|类别|類別)/;
/** Residue recognised by the shape of the whole line rather than by one expression. */
function shapeVerdict(text: string): Verdict | null {
  const site = countAll(SITE_META_LABEL_RE, text);
  // After a sentence (`…很成功。 责任编辑：张三`) `责任编辑：` (with META_LABEL_RE's `编辑：`) counts once: the byline is a span.
  if (site >= 1 && site + countAll(META_LABEL_RE, text) - (gluesProse(text) ? countAll(SITE_EDITOR_LABEL_RE, text) : 0) >= 2) return { strength: 'strong', safe: !gluesProse(text), kind: 'meta' };
  if (STAMP_SOURCE_RE.test(text)) return { strength: 'strong', safe: !gluesProse(text), kind: 'meta' };
  const kind = siteLineKind(text);
  // A contents list glued into a line holds the titles of the pieces: a suggestion.
  if (kind) return { strength: 'strong', safe: kind !== 'toc', kind };
  if (isToolbarLine(text)) return { strength: 'strong', safe: true, kind: 'widget' };
  // Worded by each site its own way: a suggestion, fix-all leaves it.
  if (isAccessPrompt(text)) return { strength: 'strong', safe: false, kind: 'paywall' };
  if (isFillerLine(text)) return { strength: 'strong', safe: false, kind: 'spam' };
  // Beside other residue only: a chant could repeat its last word as often.
  if (isSuffixMenu(text)) return { strength: 'weak', safe: true, kind: 'nav' };
  return null;
}

/** 'strong' when the line alone is boilerplate, 'weak' when only beside other boilerplate. */
export function webResidueStrength(line: string): 'strong' | 'weak' | undefined {
  return lineVerdict(line)?.strength;
}

/** Whether the line alone looks like residue (strong or weak), without its context. */
export function isWebResidueLine(line: string): boolean {
  return lineVerdict(line) !== undefined;
}

/** `text` without the spans (sorted by start). */
function withoutSpans(text: string, spans: readonly ResidueSpan[]): string {
  let rest = '';
  let at = 0;
  for (const s of spans) {
    rest += text.slice(at, s.start);
    at = Math.max(at, s.end);
  }
  return rest + text.slice(at);
}

/** Whether `text` without the spans is only punctuation and spaces. */
function coveredBySpans(text: string, spans: readonly ResidueSpan[]): boolean {
  return !/[\p{L}\p{N}]/u.test(withoutSpans(text, spans));
}

/**
 * The residue of a document, judged in context: strong lines; weak lines in a run reaching
 * a strong one (`VIP专免` / `999+` / `31KB` / `22 页`); a truncated summary (ending in
 * `...`) enclosed by residue; a table of contents under `目录`; lines made only of residue
 * spans; and the spans glued into the other lines.
 */
export function analyzeResidue(lines: readonly string[]): ResidueAnalysis {
  const verdicts = lines.map((l) => lineVerdict(l));
  const nonBlank: number[] = [];
  lines.forEach((l, i) => {
    if (l.trim() !== '') nonBlank.push(i);
  });
  const out = new Map<number, LineResidue>();
  for (const i of nonBlank) {
    const v = verdicts[i];
    if (v?.strength === 'strong') out.set(i, { safe: v.safe, kind: v.kind });
  }
  markContents(lines, nonBlank, out);
  const spans: ResidueSpan[] = [];
  for (const i of nonBlank) {
    if (out.has(i)) continue;
    const found = findResidueSpans(lines[i]!, i);
    if (found.length === 0) continue;
    if (coveredBySpans(lines[i]!, found)) out.set(i, { safe: found.every((s) => s.safe), kind: found[0]!.kind });
    else for (const s of found) spans.push(s);
  }
  joinWeakLines(verdicts, nonBlank, out);
  markSiteLists(lines, nonBlank, out);
  markCrumbEchoes(lines, nonBlank, out);
  markProfileCards(lines, nonBlank, out);
  markNumberedNotices(lines, nonBlank, out, spans);
  markTeasers(lines, nonBlank, out);
  markTitleRepeats(lines, nonBlank, out, spans, verdicts);
  markSplitTitleWords(lines, nonBlank, out);
  markTitledPaths(lines, nonBlank, out);
  markJournalBylines(lines, nonBlank, out);
  spans.push(...findChunkLabels(lines, nonBlank, out), ...findGluedPageNumbers(lines, nonBlank, out), ...findTitleCopies(lines, nonBlank, out));
  // A widget word (`返回`) above the site's copy of the title now reaches residue; a bare date between safe ones goes with them.
  joinWeakLines(verdicts, nonBlank, out);
  markEnclosedDates(lines, nonBlank, out);
  markCardDates(lines, nonBlank, out);
  markEchoedLabels(lines, nonBlank, out);
  // Lines of text (a sentence, not a title) left beside the residue.
  const isText = (j: number) => SENTENCE_END_RE.test(lines[j]!) || lines[j]!.trim().length >= 40;
  const textLines = nonBlank.filter((j) => !out.has(j) && isText(j)).length;
  nonBlank.forEach((i, k) => {
    if (out.has(i) || !TRUNCATED_SUMMARY_RE.test(lines[i]!)) return;
    const a = nonBlank[k - 1];
    const b = nonBlank[k + 1];
    // A page that shows only the cut head of the text: that head is the draft, not a summary of it.
    if (isText(i) && textLines === 1) return;
    if (a !== undefined && b !== undefined && out.has(a) && out.has(b)) out.set(i, { safe: false, kind: 'summary' });
    // At the start or end of the text, cut off with `...` (a draft writes ……) before or after residue.
    else if ((a === undefined ? b !== undefined && out.has(b) : b === undefined && out.has(a)) && /\.{3}\s*$/.test(lines[i]!))
      out.set(i, { safe: false, kind: 'summary' });
  });
  // A page's id printed after the text (`149027`): a bare number of five or more digits as the last line.
  const last = nonBlank[nonBlank.length - 1];
  if (last !== undefined && nonBlank.length > 1 && !out.has(last) && PAGE_ID_RE.test(lines[last]!)) out.set(last, { safe: false, kind: 'site' });
  markHeadWidget(lines, nonBlank, out);
  return { lines: out, spans: spans.filter((s) => !out.has(s.line)).sort((a, b) => a.line - b.line || a.start - b.start) };
}

const PAGE_ID_RE = /^[ \t\u3000]*\d{5,8}[ \t\u3000]*$/;
/** How far into the head a site's second copy of the title is looked for. */
const TITLE_REPEAT_REACH = 16;
/** A site's suffix on its copy of the title: `(2549字)`, `(精选文档)`, `(通用6篇)`, `15篇`, `范文`, a piece's label (`篇1`). */
const TITLE_SUFFIX_RE = /(?:[(（][^()（）]{1,12}[)）]|\d{1,3}篇|篇(?:[1-9]\d?|[一二三四五六七八九十]{1,3})|范文|範文|范本|模板|大全)+$/;
/** A site's word on its copy (`…讲话范文`): a title never ends in one, so the copy without it is the title. */
const SITE_WORD_END_RE = /(?:\d{1,3}篇|范文|範文|范本|模板|大全)$/;
const SENTENCE_END_RE = /[。！？!?]/;
const QUOTE_MARK_RE = /["“”「」『』]/g;

/** A title line as it compares with its copies: without spaces, residue spans or a site's suffix. */
function titleKey(text: string, spans: readonly ResidueSpan[]): string {
  // A copy may quote with other marks (`"两个确立"` for `“两个确立”`).
  const key = withoutSpans(text, spans).replace(/[\s\u3000]+/g, '').replace(TITLE_SUFFIX_RE, '').replace(QUOTE_MARK_RE, '"');
  // `标题标题`: a site glued its heading to the title.
  const half = key.length / 2;
  return key.length >= 8 && key.length % 2 === 0 && key.slice(0, half) === key.slice(half) ? key.slice(0, half) : key;
}

/**
 * A site prints the title again: under its breadcrumb, after its 小编 line, after the
 * salutation (`尊敬的各位来宾：` / the title / `大家上午好！`). In the head of the text (before
 * its first sentence), a line that repeats the first line (the title) is residue.
 */
function markTitleRepeats(
  lines: readonly string[],
  nonBlank: readonly number[],
  out: Map<number, LineResidue>,
  spans: readonly ResidueSpan[],
  verdicts: ReadonlyArray<Verdict | undefined>,
): void {
  const spansOf = (i: number) => spans.filter((s) => s.line === i);
  let title: string | undefined;
  let titleText = '';
  // The first copy carries the site's words (`…讲话投诉举报`): the clean copy after it is the title.
  let marked: number | undefined;
  let first = -1;
  let label: number | undefined;
  for (let k = 0; k < nonBlank.length && k < TITLE_REPEAT_REACH; k++) {
    const i = nonBlank[k]!;
    // A site's widget word above the title (`返回`) is no title, residue or not.
    if (out.has(i) || (title === undefined && verdicts[i] !== undefined)) continue;
    const text = normalize(lines[i]!);
    if (title === undefined) {
      // A column's label above a title of its genre (`致辞` / `医院院长新年致辞`): no title; it goes with the title's copies.
      const below = label === undefined && text.length >= 2 && text.length < 4 && HAN_CHAR_RE.test(text) && nonBlank[k + 1] !== undefined ? normalize(lines[nonBlank[k + 1]!]!) : '';
      if (below.length > text.length && below.endsWith(text)) { label = i; continue; }
      // A title: a short line of Chinese, not a salutation or a sentence.
      if (text.length > 60 || !HAN_CHAR_RE.test(text) || /[:：]$/.test(text) || SENTENCE_END_RE.test(text)) return;
      title = titleKey(text, spansOf(i));
      titleText = text;
      marked = spansOf(i).length > 0 ? i : undefined;
      first = i;
      continue;
    }
    // A site's intro paragraph (`…下面就是本站小编给大家整理的…，仅供参考。`) is not yet the text.
    if (text.length > 80 || SENTENCE_END_RE.test(text)) {
      if (spansOf(i).length > 0) continue;
      return;
    }
    if (title.length < 4 || titleKey(text, spansOf(i)) !== title) continue;
    // Or the site's word on it (`…讲话范文` / `…讲话`): the copy without one is the title.
    if (marked === undefined && SITE_WORD_END_RE.test(titleText) && !TITLE_SUFFIX_RE.test(text)) marked = first;
    // A copy with a site's suffix of its own (`…致辞(篇1)` under `…致辞7篇`) is no clean title either: it goes.
    if (marked !== undefined && spansOf(i).length === 0 && !TITLE_SUFFIX_RE.test(text)) {
      out.set(marked, { safe: false, kind: 'title' });
      marked = undefined;
    } else out.set(i, { safe: text === titleText && spansOf(i).length === 0, kind: 'title' }); // word for word: fix-all may delete it
    if (label !== undefined) out.set(label, { safe: false, kind: 'nav' });
  }
}

/**
 * Weak lines join a residue block when a residue line lies within reach. A chain of weak
 * lines reaching a strong one is monotone, so one sweep each way finds every chain in
 * linear time (re-scanning until nothing grows was quadratic on long runs).
 */
function joinWeakLines(verdicts: ReadonlyArray<Verdict | undefined>, nonBlank: readonly number[], out: Map<number, LineResidue>): void {
  const sweep = (order: readonly number[]) => {
    let lastResidue = -Infinity;
    order.forEach((i, k) => {
      const v = verdicts[i];
      if (!out.has(i) && v?.strength === 'weak' && k - lastResidue <= WEAK_REACH) out.set(i, { safe: v.safe, kind: v.kind });
      if (out.has(i)) lastResidue = k;
    });
  };
  sweep(nonBlank);
  sweep([...nonBlank].reverse());
}

/**
 * `目录` followed by at least two contents entries (a page number each), or by headings that
 * the text then repeats as its own (a site's contents box): the heading and the entries.
 */
function markContents(lines: readonly string[], nonBlank: readonly number[], out: Map<number, LineResidue>): void {
  // Where each short line occurs last, to tell a contents box from the outline it lists.
  let lastAt: Map<string, number> | undefined;
  for (let k = 0; k < nonBlank.length; k++) {
    const head = normalize(lines[nonBlank[k]!]!);
    if (TOC_OPEN_RE.test(head)) {
      let end = k + 1;
      while (end < nonBlank.length && end - k <= MAX_TOC_ENTRIES && TOC_BOX_ENTRY_RE.test(normalize(lines[nonBlank[end]!]!))) end++;
      if (end < nonBlank.length && end - k - 1 >= 2 && TOC_CLOSE_RE.test(normalize(lines[nonBlank[end]!]!))) {
        for (let j = k; j <= end; j++) out.set(nonBlank[j]!, { safe: false, kind: 'toc' });
        k = end;
      }
      continue;
    }
    if (!TOC_HEAD_RE.test(head)) continue;
    let end = contentsEnd(nonBlank.length, k + 1, (j) => normalize(lines[nonBlank[j]!]!), (t) => TOC_ENTRY_RE.test(t));
    if (end - k - 1 < 2 && TOC_SITE_HEAD_RE.test(head)) {
      if (!lastAt) {
        lastAt = new Map();
        for (const i of nonBlank) lastAt.set(normalize(lines[i]!), i);
      }
      end = k + 1;
      // A contents box is short; the cap keeps repeated `目录` lines linear.
      while (end < nonBlank.length && end - k <= MAX_TOC_ENTRIES) {
        const t = normalize(lines[nonBlank[end]!]!);
        if (!TOC_HEADING_ENTRY_RE.test(t) || (lastAt.get(t) ?? -1) <= nonBlank[end]!) break;
        end++;
      }
    }
    if (end - k - 1 < 2) continue;
    for (let j = k; j < end; j++) out.set(nonBlank[j]!, { safe: false, kind: 'toc' });
    k = end - 1;
  }
}

/** The indexes of the residue lines of a document (see analyzeResidue). */
export function findWebResidueLines(lines: readonly string[]): Set<number> {
  return new Set(analyzeResidue(lines).lines.keys());
}
