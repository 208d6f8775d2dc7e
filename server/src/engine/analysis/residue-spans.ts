/**
 * Residue glued inside a line of the draft: a paywall notice after the last sentence, a
 * page counter in the middle of a sentence, a 小编 sentence before the speech, forum
 * anti-copy junk around a heading. Only the span goes; the draft's words stay.
 */
import webResidue from '../data/web-residue.json';
import { BoundedCache, LINE_CACHE_SIZE } from '../util/bounded-cache';
import { simplifiedLine } from './traditional';
import { GLOSS_RE } from '../util/pinyin';

export interface ResidueSpan {
  line: number;
  /** Offsets inside the line's text. */
  start: number;
  end: number;
  /** Whether fix-all may delete the span. */
  safe: boolean;
  kind: string;
}

export interface SpanPattern {
  pattern: string;
  safe: boolean;
  kind: string;
  /** Pairs of a line and the span found in it. */
  examples: Array<[string, string]>;
  counterexamples: string[];
  /** Forum junk: must also hold several rare symbols. */
  junk?: boolean;
  /**
   * A cheap expression every match of `pattern` holds (its keywords): a line without it is not
   * searched with `pattern` (whose optional prefixes cost a scan at every character).
   */
  gate?: string;
}

export interface SentencePattern {
  pattern: string;
  /** A second expression the sentence must also match. */
  requires?: string;
  safe: boolean;
  kind: string;
  examples: string[];
  counterexamples: string[];
}

/** Spans grouped by their line, in one pass (a lookup per line, not a scan of every span per line). */
export function spansByLine<S extends { line: number }>(spans: readonly S[]): Map<number, S[]> {
  const out = new Map<number, S[]>();
  for (const s of spans) {
    let list = out.get(s.line);
    if (!list) out.set(s.line, (list = []));
    list.push(s);
  }
  return out;
}

export const SPAN_PATTERNS: readonly SpanPattern[] = webResidue.spans as SpanPattern[];
export const SENTENCE_PATTERNS: readonly SentencePattern[] = webResidue.sentences;

const SPANS = SPAN_PATTERNS.map((p) => ({ ...p, re: new RegExp(p.pattern, 'g'), gateRe: p.gate ? new RegExp(p.gate) : undefined }));
const SENTENCES = SENTENCE_PATTERNS.map((p) => ({
  ...p,
  re: new RegExp(p.pattern),
  requiresRe: p.requires ? new RegExp(p.requires) : undefined,
}));

/** Symbols prose almost never strings together; forum junk is full of them. */
const RARE_SYMBOLS_RE = /[$%&*#@^~|\\{}[\]<>`=+]/g;
const MIN_RARE_SYMBOLS = 3;

/**
 * Forum anti-copy junk (`- K# p( b2 D! h' i7 T`): several rare symbols, or at least three of
 * its short tokens carrying a symbol, of at least two kinds. A list of letters (`A B C D E F`)
 * or of lettered options with one mark (`A. B. C. D.`) is not junk.
 */
function looksLikeJunk(run: string): boolean {
  if ((run.match(RARE_SYMBOLS_RE)?.length ?? 0) >= MIN_RARE_SYMBOLS) return true;
  const kinds = new Set<string>();
  let marked = 0;
  for (const token of run.split(/[ \t]+/)) {
    const symbols = token.replace(/[0-9A-Za-z]/g, '');
    if (symbols === '') continue;
    marked++;
    for (const c of symbols) kinds.add(c);
  }
  return marked >= 3 && kinds.size >= 2;
}
/** Marks that end the words before them (`写法:`, `[承题]`) and that open the words after (`[破题]`). */
const CLOSING_ASCII = ':;,.!?)]}>\'"';
const OPENING_ASCII = '([{<\'"';
const SPACE_RE = /\s/;

/**
 * Junk's first token glued to the draft's words may begin with their own punctuation
 * (`写法:, W9 C&…`, `[承题]: \%…`), and its last token glued to the words after may be their
 * opening bracket (`… G8 ] [破题]`): those marks stay with the draft, and so does the space
 * between them and the junk. Only what is left is deleted.
 */
function withoutGluedPunctuation(text: string, start: number, end: number): [number, number] {
  if (start > 0 && !SPACE_RE.test(text[start - 1]!) && CLOSING_ASCII.includes(text[start]!)) {
    while (start < end && CLOSING_ASCII.includes(text[start]!)) start++;
    while (start < end && SPACE_RE.test(text[start]!)) start++;
  }
  if (end < text.length && !SPACE_RE.test(text[end]!) && OPENING_ASCII.includes(text[end - 1]!)) {
    while (end > start && OPENING_ASCII.includes(text[end - 1]!)) end--;
    while (end > start && SPACE_RE.test(text[end - 1]!)) end--;
  }
  return [start, end];
}

/** Sentences longer than this are the draft's, whatever words they hold. */
const MAX_SENTENCE = 160;
const SENTENCE_RE = /[^。！？!?]+[。！？!?]*/g;
/** Cheap gate: a line without any of these characters holds no sentence residue. */
const SENTENCE_GATE_RE = /小编|付费|付費|以上|随时告诉|侵权|侵權|小編|仅供参考|精选|赞助|本站|本网|本網|本平台|更多|希望|但愿|下面|以下|本章|收藏|广告|阅读模式|网友|会员|搜索|客服|桌面|扫|点击|区|在线|欧美|av|AV|博彩|百家乐|棋牌|一键生成|一鍵生成|国产|毛片|久久|成人|色道|无码|自发贡献|自發貢獻|聯繫本|上传|上傳|投稿|来自网络|来源于网络|(?:符合|满足|滿足|贴合|貼合)了?(?:您|你)的|旨在|力求|帮助|大神|欢迎阅读|歡迎閱讀|欢迎参考|歡迎參考|这篇|這篇|这份|這份|本篇|该篇|該篇|本文是|二维码|欢迎您|筛选|转载目的|轉載目的|自采新闻/;

export function findResidueSpans(text: string, line: number): ResidueSpan[] {
  // Editors re-check on every keystroke: unchanged lines are answered from the cache.
  let found = SPAN_CACHE.get(text);
  if (!found) SPAN_CACHE.set(text, (found = spansOfForms(text)));
  return found.map((s) => ({ ...s, line }));
}

/**
 * The spans of a line, or of its plain form when it has none: a page in traditional script or
 * with pinyin glosses after its characters (`以下是我為大家搜集的優(yōu)質(zhì)范文`) says what the
 * patterns know in simplified characters. The plain form's spans are mapped back, a gloss going
 * with the character it follows.
 */
function spansOfForms(text: string): ResidueSpan[] {
  const found = spansOf(text);
  if (found.length > 0) return found;
  const simple = simplifiedLine(text);
  // at[k]: where the plain form's k-th character stands in the line (at[plain.length]: the line's end).
  const at: number[] = [];
  let plain = '';
  let from = 0;
  GLOSS_RE.lastIndex = 0;
  for (let m = GLOSS_RE.exec(simple); ; m = GLOSS_RE.exec(simple)) {
    const to = m ? m.index : simple.length;
    for (let i = from; i < to; i++) at.push(i);
    plain += simple.slice(from, to);
    if (!m) break;
    from = m.index + m[0].length;
  }
  if (plain === text) return found;
  at.push(text.length);
  return spansOf(plain).map((s) => ({ ...s, start: at[s.start]!, end: at[s.end]! }));
}

/** Spans of lines judged lately (offsets within the line; `line` is filled in per call). */
const SPAN_CACHE = new BoundedCache<ResidueSpan[]>(LINE_CACHE_SIZE.entries, LINE_CACHE_SIZE.chars);

function spansOf(text: string, line = 0): ResidueSpan[] {
  const out: ResidueSpan[] = [];
  for (const p of SPANS) {
    if (p.gateRe && !p.gateRe.test(text)) continue;
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      if (m[0].length === 0) {
        p.re.lastIndex++;
        continue;
      }
      let start = m.index;
      let end = m.index + m[0].length;
      if (p.junk) {
        [start, end] = withoutGluedPunctuation(text, start, end);
        if (end <= start || !looksLikeJunk(text.slice(start, end))) continue;
      }
      out.push({ line, start, end, safe: p.safe, kind: p.kind });
    }
  }
  if (SENTENCE_GATE_RE.test(text)) for (const s of sentenceSpans(text, line)) out.push(s);
  const doubled = doubledTitle(text, line);
  if (doubled) out.push(doubled);
  doubledKeywords(text, line, out);
  return disjoint(out);
}

/** Where a speech's title may end: its genre word. */
const GENRE_END_RE = /讲话|講話|致辞|致辭|致词|发言|發言|讲稿|报告|報告|主持词|贺词|演讲稿/g;
const TITLE_PREFIX = 8;
/** The shortest title taken as doubled (`党课讲稿党课讲稿`): then the whole copy must repeat. */
const SHORT_TITLE_MIN = 4;
const HAN_ONLY_RE = /^[\u4e00-\u9fff]+$/;
/**
 * A page's title glued before the draft's own, at the head of a line
 * (`县长在全县乡镇党委书记座谈会上讲话县长在全县乡镇党委书记座谈会上的讲话同志们:`): a title
 * ending in its genre word, right after which the same title starts again. The first copy
 * is the site's; deleting it is safe when the second repeats it word for word.
 */
function doubledTitle(text: string, line: number): ResidueSpan | undefined {
  const start = text.length - text.trimStart().length;
  const found = doubledFrom(text, line, start, start);
  if (found) return found;
  // A site's year before its copy only (`2022院长在…讲话院长在…讲话`): the copy is compared
  // without it, and the year goes with it (a suggestion: the year is not repeated).
  const year = YEAR_LEAD_RE.exec(text.slice(start))?.[0];
  const span = year ? doubledFrom(text, line, start, start + year.length) : undefined;
  return span ? { ...span, safe: false } : undefined;
}

/** A site's year glued before its copy of the title. */
const YEAR_LEAD_RE = /^(?:19|20)\d{2}年?/;
const GAP_RE = /[ \t\u3000]/;

/** The copy starting at `lead` (the span from `start`), repeated after its genre word, spaces between allowed. */
function doubledFrom(text: string, line: number, start: number, lead: number): ResidueSpan | undefined {
  const head = text.slice(lead, lead + TITLE_PREFIX);
  if (head.length < TITLE_PREFIX || /[，。；！？,;!?：:]/.test(head)) return undefined;
  GENRE_END_RE.lastIndex = lead;
  for (let m = GENRE_END_RE.exec(text); m && m.index < lead + 60; m = GENRE_END_RE.exec(text)) {
    const end = m.index + m[0].length;
    if (end - lead < SHORT_TITLE_MIN || /[，。；！？,;!?]/.test(text.slice(lead, end))) continue;
    // The second copy may stand a space or two after the first (`…主持词 …主持词`).
    let next = end;
    while (next < end + 2 && GAP_RE.test(text[next] ?? '')) next++;
    const first = text.slice(lead, end);
    // A short title (`党课讲稿 党课讲稿…`, `会议主持词会议主持词…`): only all of it, in Chinese
    // characters, repeated word for word.
    if (end - lead < TITLE_PREFIX) {
      if (HAN_ONLY_RE.test(first) && text.startsWith(first, next)) return { line, start, end: next, safe: true, kind: 'title' };
      continue;
    }
    if (text.startsWith(head, next)) return { line, start, end: next, safe: text.startsWith(first, next), kind: 'title' };
  }
  return undefined;
}

/** The genre word a site's keyword (a page title it links) ends with. */
const KEYWORD_END_RE = /讲话稿|讲话|致辞|发言稿|演讲稿|主持词|范文|心得体会|工作总结|述职报告/g;
const KEYWORD_MIN = 6;
const KEYWORD_MAX = 30;
const HAN_RE = /[\u4e00-\u9fff]/;
/** After the pair, the sentence's own mark: the pair sits inside a sentence, not before a text as its title. */
const SENTENCE_GOES_ON_RE = /^[。，；！？,;!?]$/;
/**
 * `造成巨大损失消防安全培训主持词消防安全培训主持词。`: a site's keyword written twice running
 * inside a sentence (its words before, its mark after), each copy ending in a genre word. The
 * draft never repeats a title so; both copies go. A pair before a text is its title written
 * twice (doubledTitle's, where the second copy stays). Each genre word is compared with the one
 * before it only: linear in the line.
 */
function doubledKeywords(text: string, line: number, out: ResidueSpan[]): void {
  KEYWORD_END_RE.lastIndex = 0;
  let prevEnd = -1;
  for (let m = KEYWORD_END_RE.exec(text); m; m = KEYWORD_END_RE.exec(text)) {
    const end = m.index + m[0].length;
    const len = end - prevEnd;
    if (prevEnd >= 0 && len >= KEYWORD_MIN && len <= KEYWORD_MAX && prevEnd - len >= 0) {
      const copy = text.slice(prevEnd, end);
      const inSentence = HAN_RE.test(text[prevEnd - len - 1] ?? '') && SENTENCE_GOES_ON_RE.test(text[end] ?? '');
      if (inSentence && !/[\s，。；：、！？,.;:!?“”"《》（）()]/.test(copy) && text.startsWith(copy, prevEnd - len)) out.push({ line, start: prevEnd - len, end, safe: true, kind: 'keywords' });
    }
    prevEnd = end;
  }
}

function sentenceSpans(text: string, line: number): ResidueSpan[] {
  const out: ResidueSpan[] = [];
  SENTENCE_RE.lastIndex = 0;
  for (let m = SENTENCE_RE.exec(text); m; m = SENTENCE_RE.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const sentence = raw.trim();
    if (sentence.length === 0 || sentence.length > MAX_SENTENCE) continue;
    const p = SENTENCES.find((s) => s.re.test(sentence) && (!s.requiresRe || s.requiresRe.test(sentence)));
    if (!p) continue;
    const start = m.index + lead;
    if (p.kind === 'editor' && out.length === 0) {
      const hook = siteHook(text, start);
      if (hook !== undefined) out.push({ line, start: hook, end: start, safe: false, kind: p.kind });
    }
    out.push({ line, start, end: start + sentence.length, safe: p.safe, kind: p.kind });
  }
  return out;
}

/** A lead-in ends in its question, or in the guess that answers it (`想必这让大家都很苦恼吧。`). */
const HOOK_END_RE = /[？?]$|[？?][^。！？!?]{0,30}吧[。！!]$/;

/**
 * The site's lead-in before its editor's sentence on the same line (`在日常生活或是工作学习中，
 * 大家都经常接触到致辞吧……那么什么样的致辞才更具感染力呢？下面是小编精心整理的……`): short, and
 * ending in the question the editor's sentence answers. Where it starts, or undefined.
 */
function siteHook(text: string, editorAt: number): number | undefined {
  const from = text.length - text.trimStart().length;
  const lead = text.slice(from, editorAt).trimEnd();
  if (lead.length < 8 || lead.length > MAX_SENTENCE || !HOOK_END_RE.test(lead)) return undefined;
  return from;
}

/**
 * Overlapping spans merged (safe only when every part is), in order. A span wholly inside
 * another is part of it (the site's address inside its paywall notice): the outer one decides.
 */
function disjoint(spans: ResidueSpan[]): ResidueSpan[] {
  if (spans.length < 2) return spans;
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: ResidueSpan[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      if (s.end <= last.end) continue;
      last.end = s.end;
      last.safe = last.safe && s.safe;
    } else out.push({ ...s });
  }
  return out;
}
