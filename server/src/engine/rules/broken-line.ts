import { findLoneTokenBreaks, findMarkBreaks, NEW_ITEM_RE } from '../analysis/mark-breaks';
import { endsOnFigureWord, findCommaBreaks, findCounterBreaks, findFigureBreaks, findSalutationBreaks, findTitleBreaks, SENTENCE_PUNCT_RE } from '../analysis/cut-breaks';
import { defineRule } from '../rule-api/rule-helpers';
import { titleOnlyLines, type Line, type SpeechDocument } from '../analysis/document';
import { englishLine, verseLine } from '../analysis/verse';
import { lostHeadingBreaksOf } from '../rule-api/shared-analyses';
import { reportMass } from '../rule-api/mass-findings';
import { byLine } from '../analysis/by-line';
import { hanRunAfter, hanRunBefore, joinsIntoWord, residueLines } from '../rule-api/cjk';
import type { Segmenter } from '../analysis/segment';
import { LINE_CACHE_SIZE, type BoundedCache } from '../util/bounded-cache';

/** What the wrap width needs of a line: whether it is Markdown, and its display width (trimmed). */
type LineShape = readonly [markdown: boolean, width: number];

/**
 * A hard line break inside a sentence, as copying from a PDF leaves it: every line of the
 * page is cut at the same width (`……经济社` / `会发展工作`). The signature is that width:
 * most long lines share it, and a line cut at it ends without closing punctuation while
 * the next line goes on. Drafts whose paragraphs are single lines, poems, lists, headings
 * and Markdown never show it.
 */

/** Punctuation that may end a line on purpose. */
const LINE_END_RE = /[。！？!?；;：:…”’」』》）)】\]—]$/;
/** A salutation line (`尊敬的各位市政协常委，大家好！`, `同志们：`): a paragraph of its own, never the rest of a sentence. */
const SALUTATION_RE = /^(?:尊敬的|亲爱的|各位|同志们|女士们|先生们|朋友们)[^。；;]{0,40}[：:！!]$/;
/**
 * A salutation with the text run on after its colon, the line break lost in a copy
 * (`尊敬的習主席、各位嘉賓、各位香港市民: 今天,我……`): it still opens a paragraph.
 */
const SALUTATION_OPEN_RE = /^(?:(?:尊敬的|亲爱的|親愛的)[^。；;！!？?]{1,60}|各位[\u4e00-\u9fff]{1,6}(?:[、，,]各位[\u4e00-\u9fff]{1,6})*)[：:]/;
const opensWithSalutation = (t: string) => SALUTATION_RE.test(t) || SALUTATION_OPEN_RE.test(t);
/**
 * A line of a list of addressees (`尊敬的……阁下，` / `尊敬的……女士，` / `女士们、先生们：`): a
 * diplomatic or ceremonial speech names each guest on a line of its own, ending on a comma or
 * on nothing, so such lines share a width like a PDF's wrapped lines without being one.
 */
const ADDRESSEE_RE = /^(?:尊敬的|亲爱的|親愛的|各位|同志们|女士们|先生们|朋友们)[^。；;！!？?]{0,80}$/;
/** The greeting after the addressees (`大家晚上好！`). */
const GREETING_RE = /^大家(?:早上|上午|中午|下午|晚上)?好/;
const addresseeList = (text: string, nextText: string) => ADDRESSEE_RE.test(text) && (ADDRESSEE_RE.test(nextText) || GREETING_RE.test(nextText));
const HEADING_RE =
  /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．](?!\d)|第[一二三四五六七八九十]+[章节部分条])/;
const DATE_LINE_RE = /^[（(]?\s*\d{4}\s*年[\d\s]*月[\d\s]*日\s*[）)]?$/;
const MARKDOWN_RE = /^(?:#{1,6}\s|```|>\s|[-*+]\s|\d+\.\s|\|.*\|$)/;

/** Characters of the Basic Multilingual Plane that count two: Chinese, Hangul, full-width forms. */
const WIDE_BMP_RE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]+/g;
/** A character beyond the BMP (a surrogate pair), and one in planes 2 and 3 (U+20000–U+3FFFD), which is wide. */
const PAIR_RE = /[\ud800-\udbff][\udc00-\udfff]/g;
const WIDE_PAIR_RE = /[\ud840-\ud8bf][\udc00-\udfff]/g;
const ASTRAL_RE = /[\ud800-\udbff][\udc00-\udfff]/;

/**
 * Display width in half-width units: Chinese and full-width forms count two. Counted by the
 * regular-expression engine, not a loop over the characters: every line of a draft is measured,
 * and a cold command runs JavaScript loops in the interpreter (a 5,000-character draft: 9 ms).
 */
export function displayWidth(s: string): number {
  // Each code unit once, each wide BMP character once more.
  let w = 2 * s.length - s.replace(WIDE_BMP_RE, '').length;
  if (ASTRAL_RE.test(s)) {
    // A surrogate pair is one character: one unit, or two in planes 2 and 3 (U+20000–U+3FFFD).
    w -= (s.match(PAIR_RE)?.length ?? 0) - (s.match(WIDE_PAIR_RE)?.length ?? 0);
  }
  return w;
}

const MIN_WRAP = 30;
const MAX_WRAP = 200;
/** How far below the wrap width a cut line may end (punctuation and digits are narrow). */
const SLACK = 8;

/** The width PDF copy cut the lines at, if the document shows one. */
export function wrapWidth(widths: readonly number[]): number | undefined {
  const long = widths.filter((w) => w >= MIN_WRAP && w <= MAX_WRAP);
  const all = widths.filter((w) => w >= MIN_WRAP);
  if (long.length < 4) return undefined;
  let best = 0;
  let bestCount = 0;
  for (const w of new Set(long)) {
    const count = long.filter((x) => x <= w && x >= w - SLACK).length;
    if (count > bestCount || (count === bestCount && w > best)) {
      best = w;
      bestCount = count;
    }
  }
  // Most long lines share the width: that is wrapping, not prose that happens to break.
  return bestCount >= 4 && bestCount >= 0.5 * all.length ? best : undefined;
}

export interface LineBreak {
  line: Line;
  next: Line;
  /** The range of the break to remove, with spaces around it. */
  start: number;
  end: number;
  joiner: string;
}

export function findBrokenLines(doc: SpeechDocument, residue: ReadonlySet<number>, cache?: BoundedCache<LineShape>): LineBreak[] {
  const lines = doc.lines;
  const out: LineBreak[] = [];
  // A function of the line's text: kept per line (a long draft has tens of thousands; an edit changes one).
  const shapes = lines.map((l) =>
    byLine(doc, l, cache, (): LineShape => {
      const t = l.text.trim();
      return [MARKDOWN_RE.test(t), displayWidth(t)];
    }),
  );
  // Markdown's breaks are the writer's own; a site's list pasted in (`- 文档编号:…`) is residue, not Markdown.
  let markdown = 0;
  for (let i = 0; i < shapes.length; i++) if (shapes[i]![0] && !residue.has(lines[i]!.index)) markdown++;
  if (markdown >= 2) return out;
  const widths = lines.map((l, i) => (residue.has(l.index) ? 0 : shapes[i]![1]));
  const wrap = wrapWidth(widths);
  if (wrap === undefined) return out;
  const titleLines = titleOnlyLines(doc);
  for (let i = 0; i + 1 < lines.length; i++) {
    const l = lines[i]!;
    const next = lines[i + 1]!;
    const text = l.text.trim();
    const nextText = next.text.trim();
    if (text === '' || nextText === '' || residue.has(i) || residue.has(i + 1)) continue;
    // English lines of a bilingual text (`Delivered at the First Session of…`) are set apart from the Chinese, not cut.
    if (titleLines.includes(i) || englishLine(text) || englishLine(nextText)) continue;
    const w = widths[i]!;
    if (!atWrap(w, wrap)) continue;
    if (LINE_END_RE.test(text) || verseLine(text)) continue;
    // A heading that happens to fill the line is still a heading.
    if (HEADING_RE.test(text) && !/[。！？；]/.test(text)) continue;
    if (DATE_LINE_RE.test(text) || DATE_LINE_RE.test(nextText)) continue;
    // Neither line holds a mark and the line does not go on from a wrapped one: a headline, a
    // subtitle, a byline or a paper's page line that happens to reach the width
    // (`临汾日报/2024 年/3 月/13 日/第 001 版` / `勇担文化新使命 奏响…`), not a paragraph's lines.
    if (!SENTENCE_PUNCT_RE.test(text) && !SENTENCE_PUNCT_RE.test(nextText) && (SUBTITLE_RE.test(text) || !goesOnFromWrap(lines, widths, wrap, i))) continue;
    if (NEW_ITEM_RE.test(nextText) || opensWithSalutation(nextText) || /^[\s\u3000]/.test(next.text)) continue;
    // A paper's keywords (`治理现代化;基层党组织;功能定位`): a list of its own, not a sentence cut short.
    if (KEYWORD_LIST_RE.test(text)) continue;
    if (addresseeList(text, nextText)) continue;
    // Headlines of who said what, one a line (`李源潮：…慎重决定的` / `俞正声：要少犯错误，…`): each line is its own.
    if (SPEAKER_HEAD_RE.test(text) && SPEAKER_HEAD_RE.test(nextText)) continue;
    const trailing = l.text.length - l.text.trimEnd().length;
    const leading = next.text.length - next.text.trimStart().length;
    const last = text[text.length - 1]!;
    const first = nextText[0]!;
    out.push({
      line: l,
      next,
      start: l.end - trailing,
      end: next.start + leading,
      joiner: /[A-Za-z]/.test(last) && /[A-Za-z]/.test(first) ? ' ' : '',
    });
  }
  return out;
}

/** A line opening with a short name and a colon, then what that one said. */
const SPEAKER_HEAD_RE = /^[\u4e00-\u9fff·]{2,6}[：:](?=[\u4e00-\u9fff])/;
/** Three or more short items between semicolons, and no other mark: a list of keywords. */
const KEYWORD_LIST_RE = /^[^，。！？,!?；;：:、]{2,16}(?:[；;][^，。！？,!?；;：:、]{2,16}){2,}$/;
/** A subtitle under a headline (`——二〇二三年全市宣传思想文化工作综述`). */
const SUBTITLE_RE = /^(?:——|--)/;

/** Whether a line of display width `w` reaches the page's wrap width: cut there, not ended. */
function atWrap(w: number, wrap: number): boolean {
  return w >= wrap - SLACK && w <= wrap + 2;
}

/** Whether line `i` goes on from the line before, which was cut at the wrap width (no closing mark). */
function goesOnFromWrap(lines: readonly Line[], widths: readonly number[], wrap: number, i: number): boolean {
  const prev = lines[i - 1]?.text.trim();
  return prev !== undefined && prev !== '' && atWrap(widths[i - 1]!, wrap) && !LINE_END_RE.test(prev);
}

/** Sentence punctuation inside a line: the line is running text, not a heading or a title. */
const INNER_PUNCT_RE = /[，、；,;]/;
/**
 * Function words that never end a heading or a sentence: the sentence goes on. So do the degree adverbs
 * (`任务很` / `重要`, `比以往都更` / `复杂`): alone as the last word, they wait for what they qualify.
 */
const DANGLING_RE = /^[的和与及把被对将向从为以就也都而并或之其这那让使给由很最更较太在于是]$/;

/** Whether a Han run's last word is one of those function words on its own (`……和`, not `参与`). */
function endsOnFunctionWord(segmenter: Segmenter, run: string): boolean {
  if (!DANGLING_RE.test(run[run.length - 1]!)) return false;
  const tail = segmenter.cut(run.slice(-8));
  return DANGLING_RE.test(tail[tail.length - 1]?.word ?? '');
}

/** Particles and conjunctions that never open a sentence or a paragraph: the line before goes on. */
const BOUND_START_RE = /^[的地得之和及等了着过们]$/;
/** Whether a Han run's first word is one of those on its own (`的重要发源地`, not `的确`, `和平`). */
function startsOnBoundWord(segmenter: Segmenter, run: string): boolean {
  if (!BOUND_START_RE.test(run[0]!)) return false;
  return BOUND_START_RE.test(segmenter.cut(run.slice(0, 8))[0]?.word ?? '');
}

/**
 * A line that opens on the tail of a sentence: a few characters, then its full stop (`提出意见。`, `发言。特别是…`).
 * No paragraph opens so, unless with a short sentence of its own (`谢谢大家。`, `现在开会。`, `散会。`): the line
 * before was cut after a whole word (`……并请其他列席人员` / `提出意见。`).
 */
const FRAGMENT_START_RE = /^(?!谢谢|感谢|散会|现在|大家|祝|再见|请|下面|好|是的|对|同志们|朋友们|欢迎)[\u4e00-\u9fff]{1,6}。/;
/** A sentence already ended inside the line, then a new one began: `……举行。大会听取了`. */
const SENTENCE_END_RE = /[。！？!?]/;
const CLAUSE_MARK_RE = /[，。；！？,;!?、：:]/;

/** Whether a sentence ends inside the line: a full stop, or a `；` after a clause (not between list items: `政治意识；大局意识`). */
function endsASentence(text: string): boolean {
  if (SENTENCE_END_RE.test(text)) return true;
  let run = 0;
  for (const ch of text) {
    if ((ch === '；' || ch === ';') && run >= 8) return true;
    run = CLAUSE_MARK_RE.test(ch) ? 0 : run + 1;
  }
  return false;
}
/** Words that open a sentence: a line that starts on one begins a paragraph (`我们要认真贯彻……`). */
const OPENER_RE = /^(?:我|我们|咱们|你们|大家|他们|她们|它们|同志们|这|这些|这是|那|那些)$/;
/** What follows the line's last mark: the clause it stops in. */
const LAST_CLAUSE_RE = /[^。！？；!?;，,、：:“”"‘’（）()《》]*$/;
/** A photo caption's credit after its last sentence (`……举行。新华社记者 费茂华 摄`, `……美联社`). */
const CREDIT_RE = /(?:(?:记者|通讯员)[\u4e00-\u9fff]{0,4}|摄影?|供图|[社报网台])$/;
/** Text after the first clause mark: the line goes on past its first clause (`谢谢大家！` does not). */
const GOES_ON_RE = /[，。；！？,;!?：:、]./;

/**
 * A line that is part of a paragraph stops inside a sentence: it ended a sentence and began
 * another (`……总的看，今年以来，各级各有关部门围绕` / `安全生产，做了……`). A heading or a title
 * holds no full stop; a section label left after one (`……处理。第八章`) is no sentence; a next line
 * that opens on 我们 or 这 begins a paragraph (the line before only lacks its full stop); a caption's credit (`……举行。新华社记者 费茂华 摄`) is left alone, and the
 * next line must go on past its first clause (a last line `谢谢大家！` after a paragraph that only
 * lacks its full stop is a new paragraph).
 */
function stopsMidSentence(segmenter: Segmenter, text: string, next: string, right: string): boolean {
  const clause = LAST_CLAUSE_RE.exec(text)![0].trim();
  if (!endsASentence(text) || clause === '' || HEADING_RE.test(clause)) return false;
  if (CREDIT_RE.test(clause.replace(/\s/g, '')) || !GOES_ON_RE.test(next)) return false;
  return !OPENER_RE.test(segmenter.cut(right.slice(0, 6))[0]?.word ?? '');
}

/**
 * One hard break inside a sentence in a draft whose paragraphs are single lines (an edit or a
 * paste from a chat window): the line is running text that stops without punctuation, the next
 * goes on, and the break cuts a word (`……全面贯` / `彻中共十八大……`) or follows a function word
 * (`……改革开放和` / `现代化建设……`). That is the evidence: a heading or a title never ends inside
 * the next line's first word, nor on 的 or 和.
 */
export function findStrayBreaks(doc: SpeechDocument, residue: ReadonlySet<number>, segmenter: Segmenter): LineBreak[] {
  const out: LineBreak[] = [];
  const lines = doc.lines;
  const titleLines = titleOnlyLines(doc);
  // Markdown joins the lines of a paragraph: a break there is the writer's own (a site's list in the residue is not the draft's Markdown).
  if (lines.filter((l) => !residue.has(l.index) && MARKDOWN_RE.test(l.text.trim())).length >= 2) return out;
  const labelled = linesEndingInResidue(doc);
  for (let i = 0; i + 1 < lines.length; i++) {
    const l = lines[i]!;
    const next = lines[i + 1]!;
    const text = l.text.trimEnd();
    const len = text.trim().length;
    if (residue.has(i) || residue.has(i + 1) || labelled.has(i) || len < 4 || LINE_END_RE.test(text)) continue;
    // A title stops where it ends, unless it is running text (`……五年，党中央统筹中华民`) or cut in a word (`中国电信董事` / `长柯瑞文指出，`).
    const title = titleLines.includes(i) && !(len >= 12 && INNER_PUNCT_RE.test(text));
    // A heading stops where it ends; one that runs into its paragraph (`（一）……。……`) is prose.
    if (HEADING_RE.test(text.trim()) && !endsASentence(text)) continue;
    if (KEYWORD_LIST_RE.test(text.trim())) continue;
    // The next line goes on at once (no indent, no new item) and is prose too.
    // An indent of its own opens the next line in a copy that indents every paragraph (an e-paper's `  全国政协…`).
    const lead = next.text.length - next.text.trimStart().length;
    const nextText = next.text.slice(lead);
    if (next.text.length > 2000 || !SENTENCE_PUNCT_RE.test(nextText) || NEW_ITEM_RE.test(nextText) || opensWithSalutation(nextText)) continue;
    if (addresseeList(text.trim(), nextText.trimEnd())) continue;
    if (SPEAKER_HEAD_RE.test(text.trim()) && SPEAKER_HEAD_RE.test(nextText)) continue;
    const left = hanRunBefore(l.text, text.length);
    const right = hanRunAfter(next.text, lead);
    if (left === '') continue;
    if (right === '') {
      // A figure cut from the word that asks for it (`投资项目近` / `9000个，…`): running text stops on no such word (a title may: `…都有新突破` / `1985年，…`).
      if (!title && len >= 12 && /^[0-9０-９]/.test(nextText) && endsOnFigureWord(segmenter, left)) out.push({ line: l, next, start: l.start + text.length, end: next.start + lead, joiner: '' });
      continue;
    }
    // Running text: a clause mark inside, or a line longer than a heading usually is.
    const prose = len >= 12 && (INNER_PUNCT_RE.test(text) || len >= 16);
    // The break cuts a word (even after a short line: no heading ends inside a word); in running
    // text, the line stops on a word that needs what follows (`……和` / `……的`), the next line
    // starts on one that needs what precedes (`的` / `和`), or the line stops in a sentence it
    // began after a full stop.
    const goesOn =
      joinsIntoWord(segmenter, left, right) ||
      (prose && !title && (endsOnFunctionWord(segmenter, left) || startsOnBoundWord(segmenter, right) || stopsMidSentence(segmenter, text, nextText, right) || FRAGMENT_START_RE.test(nextText)));
    if (!goesOn) continue;
    out.push({ line: l, next, start: l.start + text.length, end: next.start + lead, joiner: '' });
  }
  return out;
}

/**
 * Lines that end in a site's span (`中秋節活動領導致辭篇一`, `…致辞(精选3篇)`): a heading with the
 * site's label on it, the text below on a line of its own. The break after the label is no cut
 * word (`篇一` / `月朗星疏` read as 一月).
 */
function linesEndingInResidue(doc: SpeechDocument): Set<number> {
  const out = new Set<number>();
  for (const s of doc.residue.spans) if (s.end >= doc.lines[s.line]!.text.trimEnd().length) out.add(s.line);
  return out;
}

const HAN_CHAR_RE = /[\u4e00-\u9fff]/;

export const brokenLine = defineRule({
  id: 'broken-line',
  category: 'residue',
  description: { zh: '句子中间的硬换行', en: 'Hard line break inside a sentence' },
  docs: { zh: '例：`总结前` / `一阶段工作`。', en: 'e.g. `总结前` / `一阶段工作`.' },
  defaultSeverity: 'info',
  fixable: true,
  wordFindings: false,
  segmentation: 'optional',
  messages: {
    broken: {
      zh: '句子中间断行（“{before}”与“{after}”之间）：这是从 PDF 复制时留下的换行，请把两行接上',
      en: 'Line break inside a sentence (between "{before}" and "{after}"), left by PDF copy: join the lines',
    },
    chunkCut: {
      zh: '句子中间断行（“{before}”与“{after}”之间）：这是文档网站分段预览时截断留下的换行，请把两行接上',
      en: 'Line break inside a sentence (between "{before}" and "{after}"), left where a document site cut its preview into chunks: join the lines',
    },
    join: { zh: '接上两行', en: 'Join the lines' },
    lostBreak: {
      zh: '标题与正文之间缺少换行（“{before}”与“{after}”之间只有空格）：请把正文另起一行',
      en: 'A line break is missing between the heading and its paragraph (only a space between "{before}" and "{after}"): start the paragraph on a new line',
    },
    insertBreak: { zh: '在标题后换行', en: 'Break the line after the heading' },
    many: {
      zh: '共 {count} 处句子中间断行（自此处“{before}”与“{after}”之间起）：这是从 PDF 复制时留下的换行，可一次全部接上',
      en: '{count} line breaks inside sentences (from here on, between "{before}" and "{after}"), left by PDF copy: join them all at once',
    },
    joinAll: { zh: '接上全部断行（{count} 处）', en: 'Join all broken lines ({count})' },
  },
  check(ctx) {
    const residue = residueLines(ctx);
    const shapes = ctx.cache<LineShape>('broken-line-shapes', LINE_CACHE_SIZE.entries, LINE_CACHE_SIZE.chars);
    const breaks = findBrokenLines(ctx.doc, residue, shapes).map((b) => ({
      start: Math.max(b.line.start, b.start - 1),
      end: Math.min(b.next.end, b.end + 1),
      edits: [{ start: b.start, end: b.end, newText: b.joiner }],
      before: ctx.text.slice(Math.max(b.line.start, b.start - 4), b.start),
      after: ctx.text.slice(b.end, Math.min(b.next.end, b.end + 4)),
    }));
    // A PDF page cuts every line: one finding that joins them all.
    const first = breaks[0];
    const mass = first && reportMass(ctx, breaks, { messageId: 'many', fixTitle: 'joinAll', params: { before: first.before, after: first.after } });
    if (!mass) {
      for (const b of breaks) {
        ctx.report({ start: b.start, end: b.end, messageId: 'broken', params: { before: b.before, after: b.after }, fixes: [{ title: 'join', edits: b.edits }] });
      }
    }
    // Stray breaks too where a PDF's wraps were found: a break inside a word in a paragraph that
    // was not wrapped (a later edit, a paste) is the same slip.
    const wrapped = new Set(breaks.map((b) => b.edits[0]!.start));
    /** One break joined by deleting it, unless a pass before joined it; the words either side shown. */
    const join = (b: { line: Line; next: Line; start: number; end: number }, safe: boolean, messageId: 'broken' | 'chunkCut' = 'broken'): void => {
      if (wrapped.has(b.start)) return;
      wrapped.add(b.start);
      const before = ctx.text.slice(Math.max(b.line.start, b.start - 4), b.start);
      const after = ctx.text.slice(b.end, Math.min(b.next.end, b.end + 4));
      ctx.report({ start: b.start - 1, end: b.end + 1, messageId, params: { before, after }, fixes: [{ title: 'join', edits: [{ start: b.start, end: b.end, newText: '' }], safe }] });
    };
    if (ctx.segmenter) for (const b of findStrayBreaks(ctx.doc, residue, ctx.segmenter)) join(b, false);
    // A line opening on its sentence's mark (`……几点意见` / `。`): joined, as nothing else can be meant.
    for (const b of findMarkBreaks(ctx.doc, residue)) join(b, !b.atComma);
    // A figure, a masked name or an inner quote set alone on a line (`用了` / `1` / `天半`): joined to what it goes with.
    for (const b of findLoneTokenBreaks(ctx.doc, residue)) {
      if (b.edits.some((e) => wrapped.has(e.start))) continue;
      for (const e of b.edits) wrapped.add(e.start);
      const edits = b.edits.map((e) => ({ ...e, newText: '' }));
      ctx.report({ start: b.start - 1, end: b.end + 1, messageId: 'broken', params: { before: b.before, after: b.after }, fixes: [{ title: 'join', edits, safe: !b.figure }] });
    }
    // A line stopped on a comma, or cut before a preview chunk's label: joined, as a suggestion (the chunk's label is web-residue's).
    for (const b of findCounterBreaks(ctx.doc, residue)) join(b, false, 'chunkCut');
    for (const b of findCommaBreaks(ctx.doc, residue)) join(b, false);
    for (const b of findFigureBreaks(ctx.doc, residue)) join(b, true);
    // Joined between Chinese characters nothing else changes; between Latin words a space may be needed.
    for (const b of [...findTitleBreaks(ctx.doc, residue, ctx.segmenter), ...findSalutationBreaks(ctx.doc, residue)]) {
      join(b, !b.suggest && HAN_CHAR_RE.test(ctx.text[b.start - 1] ?? '') && HAN_CHAR_RE.test(ctx.text[b.end] ?? ''));
    }
    for (const b of lostHeadingBreaksOf(ctx)) {
      if (residue.has(b.line)) continue;
      ctx.report({
        start: b.start - 1,
        end: b.end + 1,
        messageId: 'lostBreak',
        params: { before: ctx.text.slice(Math.max(0, b.start - 4), b.start), after: ctx.text.slice(b.end, b.end + 4) },
        fixes: [{ title: 'insertBreak', edits: [{ start: b.start, end: b.end, newText: b.eol }], safe: b.safe }],
      });
    }
  },
});
