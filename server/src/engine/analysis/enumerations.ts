/**
 * Announced counts (`讲三点意见`, `以下五个方面`, `抓好三件事`, `“六个关系”`) and what follows
 * them. Shared by `enum-count` and the consistency report. Owner: structure rules.
 *
 * Two kinds are checked, and only where what was counted is unambiguous:
 * - a count with a counter from data/enum-counters.json, ending its sentence (`：`/`。`),
 *   followed at once by item 1 (`一、`, `（一）`, `1.`, `第一，`, `一是`, `一要` …): counted is
 *   the run of that item's siblings in the same style (see `outlineSequences`), so a
 *   speech-level announcement counts the headings that follow and a sentence-level one the
 *   items of its paragraph;
 * - a quoted formulation `“六个关系”` followed by clauses that each end (`要正确处理A和B的关系`)
 *   or begin (`坚持A，坚持B`) with its noun.
 */
import type { SpeechDocument } from './document';
import { numeralValue } from '../util/numerals';
import { buildOutline, outlineSequences, STYLE_NAMES, walkOutline, type OutlineItem } from './outline';
import countersData from '../data/enum-counters.json';
import formulationsData from '../data/formulations.json';
import { HAN } from '../util/han';
import { lastNonSpace } from '../util/char-class';
import { LINE_CACHE_SIZE, type BoundedCache } from '../util/bounded-cache';
import { byLine } from './by-line';
import { findInlineLists } from './enumeration-inline';
import { bodyEnd, type BodyEnd } from './body-end';
import { spansByLine, type ResidueSpan } from './residue-spans';
import { afterBullet, bulletAnnouncement, circledItems, isWatermark, runOnCount } from './enumeration-runs';
import { connectiveList } from './enumeration-connectives';
import { findFormulationLists, NUM } from './enumeration-formulations';
import { simplify } from './enumeration-simplify';

export interface Announcement {
  /** Range of the announcing phrase, e.g. `三点意见`. */
  start: number;
  end: number;
  line: number;
  text: string;
  announced: number;
  /** How many items followed, or undefined when nothing countable followed. */
  counted?: number;
  /** What was counted, e.g. `一级标题（一、至四、）` or `“一是……”条目（一是至三是）`. */
  countedWhat?: string;
  /** The same in English. */
  countedWhatEn?: string;
  /** The items counted (their markers' ranges). */
  items?: Array<{ start: number; end: number; marker: string }>;
  /** The text seems to stop before the announced items are done (a web excerpt, a cut-off paste). */
  truncated?: boolean;
  /** A list of clauses whose walk ran on to the end of its line (it may go on past a cut there). */
  toLineEnd?: boolean;
}

export interface CounterEntry {
  counter: string;
  tails?: string[];
  note?: string;
  examples: string[];
  counterexamples: string[];
}

export const ENUM_COUNTERS: readonly CounterEntry[] = countersData.counters as CounterEntry[];

const sortedCounters = [...ENUM_COUNTERS].sort((a, b) => b.counter.length - a.counter.length);
/**
 * A count and its counter. Not after a numeral (`第三点`, `十二个` read from 二): checked on the
 * match rather than as a lookbehind, which made the scan four times slower; a match after a
 * numeral resumes one character on, as the lookbehind's failure would.
 */
const COUNTER_RE = new RegExp(`(${NUM})(${sortedCounters.map((c) => c.counter).join('|')})`, 'g');
const NOT_AFTER_RE = /[第\d一二三四五六七八九十百千万两.．]/;
const BY_COUNTER = new Map(ENUM_COUNTERS.map((c) => [c.counter, c]));

/** Words before a count that point back, not forward: `以上六个方面`. */
const BACKWARD_RE = /(以上|上述|前述|刚才|前面|上面)[^。：:]{0,3}$/;
/** A count of another thing earlier in the same sentence: `5条措施,6条保障` is a list of counts. */
const OTHER_COUNT_RE = /(?:\d+|[两二三四五六七八九十]+)(?:个|点|件|项|条|种|大)[^。：:；;！？]*$/;

/**
 * A speaker's verb before the count (`下面我讲三点意见`, `我就此谈三个方面的体会`): such a line may
 * end without its mark (a page that lost its punctuation), the numbered points on the next line.
 */
const SPOKEN_BEFORE_RE = /(?:讲|谈|提|强调|汇报|交流|说)[^，,。；;：:、“”]{0,3}$/;
const SPOKEN_COUNT_RE = /[，,][ \u3000]*(?:我|我们|下面)?(?:再|就|只)?(?:讲|谈|提)$/; // The speaker's verb right before a count (`围绕…三个维度，谈三点意见`): a count before it frames, no list of counts (`5条措施,6条保障`).

/** 提法 with a count in their names (`八项规定`, `四个意识`): names, neither an announcement nor another count before one. */
const NAMED_COUNTS = formulationsData.formulations.map((f) => f.term).filter((t) => /[两二三四五六七八九十]/.test(t));
const NAMED_COUNT_G = new RegExp([...NAMED_COUNTS].sort((a, b) => b.length - a.length).join('|'), 'g');
/** A short quoted term (`“四个意识”`): removed before looking for other counts in the sentence. */
const QUOTED_TERM_G = /[“"‘「『][^“”"‘’「」『』\n]{1,12}[”"’」』]/g;
/** Closing marks that may end a quoted count, by its opening mark. */
const QUOTE_PAIRS: Readonly<Record<string, string>> = { '“': '”"', '"': '"”', '‘': '’', '「': '」', '『': '』' };
/** One or two spaces inside a word, then the rest of it. */
const SPLIT_TAIL_RE = new RegExp(`^[ \u3000]{1,2}([${HAN}]{1,6})`);
const SPACES_G = /[ \u3000]/g;

/** A count inside the words after the comma (`5条措施，6条保障。`): a list of counts, not an aside. */
const OTHER_COUNT_IN_RE = /(?:\d|[两二三四五六七八九十])(?:个|点|件|项|条|种|大)/;

interface Candidate {
  start: number;
  end: number;
  announced: number;
  /** Where the items must begin: past the sentence's end (and, in a document, the spaces and line breaks after it). */
  itemsFrom: number;
  /** Only numbered points may follow (not `首先`…`最后`): the count's sentence went on after it. */
  numberedOnly?: boolean;
}

function findCandidates(norm: string): Candidate[] {
  const out: Candidate[] = [];
  COUNTER_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = COUNTER_RE.exec(norm))) {
    if (m.index > 0 && NOT_AFTER_RE.test(norm[m.index - 1]!)) {
      COUNTER_RE.lastIndex = m.index + 1;
      continue;
    }
    const announced = numeralValue(m[1]!);
    if (announced === undefined || announced < 2) continue;
    const entry = BY_COUNTER.get(m[2]!)!;
    const before = norm.slice(Math.max(0, m.index - 40), m.index);
    const sentenceBefore = before.slice(Math.max(before.lastIndexOf('。'), before.lastIndexOf('\n'), before.lastIndexOf('；')) + 1);
    // A quoted formulation before the count (`增强“四个意识”的意义可以概括为四个方面：`) is a name, not another count.
    if (NAMED_COUNTS.some((t) => norm.startsWith(t, m!.index))) continue;
    if (BACKWARD_RE.test(sentenceBefore) || (OTHER_COUNT_RE.test(sentenceBefore.replace(QUOTED_TERM_G, '').replace(NAMED_COUNT_G, '')) && !SPOKEN_COUNT_RE.test(sentenceBefore))) continue;
    // The rest of the phrase: a few Chinese words (`意见`, `的成效和亮点`).
    let end = m.index + m[0].length;
    let tail = HAN_HEAD_RE.exec(norm.slice(end))![0];
    if (entry.tails) {
      // A word a PDF copy split with a space (`三点意 见`): the tail read across it.
      const split = SPLIT_TAIL_RE.exec(norm.slice(end + tail.length));
      if (split && !knownTail(entry.tails, tail.replace(/^的/, '')) && knownTail(entry.tails, (tail + split[1]).replace(/^的/, ''))) tail += split[0];
      const t = tail.replace(/^的/, '').replace(SPACES_G, '');
      if (t !== '' && !knownTail(entry.tails, t)) continue;
    } else if (/[一二三四五六七八九十两\d]/.test(tail)) continue;
    // A verb after a count with no words of its own (`从四个方面做了具体的安排。`) is no part of what was counted.
    const label = entry.tails || !VERB_TAIL_RE.test(tail) ? end + tail.length : end;
    end += tail.length;
    // `抓了“十项重点工作”：一是……`: a quoted count, its items after the colon.
    const quoted = QUOTE_PAIRS[norm[m.index - 1] ?? ''];
    if (quoted !== undefined && quoted.includes(norm[end] ?? '') && /[：:]/.test(norm[end + 1] ?? '')) {
      out.push({ start: m.index, end, announced, itemsFrom: end + 2 });
      continue;
    }
    // The sentence ends here (`：`, `。`), or after one short clause ending in `：`.
    let close = end;
    let numberedOnly = false;
    if (/[，,]/.test(norm[close] ?? '')) {
      // `讲课分四个部分，一是……`: the first item right after the comma; so `我讲四个问题，第一个问题是……` where the speaker announces them (not `会议讨论了三个问题，第一个问题是经费`).
      const spoken = SPOKEN_BEFORE_RE.test(norm.slice(Math.max(0, m.index - 8), m.index));
      const clause = /^[，,][^。：:；;\n]{0,15}[：:]|^[，,](?=[ \u3000]*一[是要][^，,。；;：:])/.exec(norm.slice(close)) ?? (spoken ? /^[，,](?=[ \u3000]*第一(?:点|个?问题|个?方面)[是，,：:])/.exec(norm.slice(close)) : null);
      // `我讲三点意见，供大家参考。` then the numbered points: only numbered ones are counted.
      // The aside may end the line with a comma or nothing (`讲三点意见，供大家参考，` then the points).
      const aside = clause ? undefined : /^[，,][^。：:；;\n“”，,]{1,15}(?:。|[，,]?$)/.exec(norm.slice(close));
      if (!clause && (!aside || OTHER_COUNT_IN_RE.test(aside[0]))) continue;
      close += (clause ?? aside)![0].length;
      if (aside) numberedOnly = true;
    } else if (/[：:。]/.test(norm[close] ?? '')) close += 1;
    else if (close === norm.length && SPOKEN_BEFORE_RE.test(norm.slice(0, m.index))) numberedOnly = true;
    else continue;
    out.push({ start: m.index, end: label, announced, itemsFrom: close, ...(numberedOnly ? { numberedOnly } : {}) });
  }
  return out;
}

/** One of a counter's tails, or two joined (`希望和要求`, `意见与建议`), or one after a short modifier (`突出感受`, `不成熟的看法`). */
function knownTail(tails: readonly string[], t: string): boolean {
  if (tails.includes(t)) return true;
  for (let k = 1; k <= 4 && k < t.length - 1; k++) if (tails.includes(t.slice(k)) && !/[一二三四五六七八九十两点]/.test(t.slice(0, k))) return true;
  const pair = /^(.{2,4})[和与及、](.{2,4})$/.exec(t);
  return !!pair && tails.includes(pair[1]!) && tails.includes(pair[2]!);
}

const VERB_TAIL_RE = /^(?:[做作][了出]|进行|進行|来|來|着手|著手|入手|展开|展開|加以|予以)/;
/** The Chinese characters a text starts with (ten at most). */
const HAN_HEAD_RE = new RegExp(String.raw`^[${HAN}]{0,10}`);

function describe(run: readonly OutlineItem[]): { zh: string; en: string } {
  const first = run[0]!;
  const last = run[run.length - 1]!;
  const name =
    first.style === 'shi' || first.style === 'di'
      ? { zh: `“${first.marker}……”条目`, en: `"${first.marker}…" items` }
      : STYLE_NAMES[first.style];
  const span = run.length > 1 ? `${first.marker}至${last.marker}` : first.marker;
  return { zh: `${name.zh}（${span}）`, en: `${name.en} (${run.map((i) => i.marker).join(' ')})` };
}

/** What one line announces, offsets inside the line: a function of its text alone. */
interface LineAnnouncements {
  candidates: Candidate[];
  lists: Announcement[];
}

/** Lines' announcements by the line's text, kept across checks by the engine. */
export type AnnouncementLineCache = BoundedCache<LineAnnouncements>;
export const ANNOUNCEMENT_LINE_CACHE = LINE_CACHE_SIZE;
const NO_ANNOUNCEMENTS: LineAnnouncements = Object.freeze({ candidates: [], lists: [] }) as LineAnnouncements;
/** What every count starts with (兩 too: simplified to 两). */
const MAYBE_RE = /[两兩二三四五六七八九十\d]/;

/**
 * Counts and quoted formulations never span lines: each line's are found on its own text (a
 * copy, so that what is kept holds on to no document) and placed; only where the items must
 * begin looks past the line (the line breaks after `：`).
 */
function lineAnnouncements(line: string): LineAnnouncements {
  if (!MAYBE_RE.test(line)) return NO_ANNOUNCEMENTS;
  const norm = simplify(line);
  const candidates = findCandidates(norm);
  const lists = [...findFormulationLists(line, norm), ...findInlineLists(line, norm)];
  return candidates.length === 0 && lists.length === 0 ? NO_ANNOUNCEMENTS : { candidates, lists };
}

function placedCandidates(doc: SpeechDocument, cache: AnnouncementLineCache | undefined): { candidates: Candidate[]; lists: Announcement[] } {
  const candidates: Candidate[] = [];
  const lists: Announcement[] = [];
  const text = doc.text;
  let spans: Map<number, ResidueSpan[]> | undefined;
  for (const line of doc.lines) {
    const own = byLine(doc, line, cache, () => lineAnnouncements(cache ? doc.ownText(line.index) : line.text));
    const broken = brokenCount(doc, line.index);
    if (broken) candidates.push(broken);
    if (own === NO_ANNOUNCEMENTS) continue;
    const at = line.start;
    for (const c of own.candidates) {
      // Read across the break instead.
      if (broken && at + c.start === broken.start) continue;
      let from = at + c.itemsFrom;
      while (from < text.length && WS_RE.test(text[from]!)) from++;
      // A site's line between the count and its first point (`本文来源：…`, a watermark): the points begin under it.
      for (let skipped = 0; skipped < RESIDUE_SKIP && from < text.length; skipped++) {
        const i = doc.lineIndexAt(from);
        if (i === line.index || doc.lines[i]!.start !== from || !isWatermark(doc, i, (spans ??= spansByLine(doc.residue.spans)))) break;
        from = doc.lines[i]!.end;
        while (from < text.length && WS_RE.test(text[from]!)) from++;
      }
      candidates.push({ ...c, start: at + c.start, end: at + c.end, itemsFrom: afterBullet(doc, from) });
    }
    for (const a of own.lists) lists.push({ ...a, start: at + a.start, end: at + a.end, line: line.index, items: a.items!.map((i) => ({ ...i, start: at + i.start, end: at + i.end })) });
  }
  return { candidates, lists };
}

/** A speaker's count cut by a line break (`我讲三` / `点意见。`, `我讲三点` / `意见。`): the line ends in the numeral or its measure word. */
const COUNT_CUT_RE = /(?:讲|谈|提|强调|汇报|交流|说)[^，,。；;：:、“”]{0,3}[两二三四五六七八九十](?:点|个|条|项|件)?$/;

/** The count a PDF's line break cut, read across the break; placed in the document. */
function brokenCount(doc: SpeechDocument, i: number): Candidate | undefined {
  const line = doc.lines[i]!;
  const next = doc.lines[i + 1];
  if (!next || !'两二三四五六七八九十点个条项件'.includes(lastNonSpace(line.text))) return undefined; // COUNT_CUT_RE's last character: no trimmed copy
  const text = line.text.trimEnd();
  if (!COUNT_CUT_RE.test(text) || next.text.trim() === '') return undefined;
  const cut = text.length;
  const c = findCandidates(simplify(text + next.text)).find((x) => x.start < cut && x.end > cut);
  if (!c) return undefined;
  const at = (p: number) => (p < cut ? line.start + p : next.start + p - cut);
  let from = at(c.itemsFrom);
  while (from < doc.text.length && WS_RE.test(doc.text[from]!)) from++;
  return { ...c, start: at(c.start), end: at(c.end), itemsFrom: from };
}

const WS_RE = /[\s\u3000]/;
/** A mark that ends or splits a sentence. */
const SENTENCE_MARK_RE = /[。！？!?；;，,]/;

/** A paragraph (clause marks inside, a sentence or more long) whose last character is a Han one: cut, not ended. */
const CUT_PARAGRAPH_RE = /^(?=.{24})(?=.*[，,。；;]).*[\u4e00-\u9fff]$/;
function cutParagraph(text: string): boolean {
  return CUT_PARAGRAPH_RE.test(text.trim());
}

/** How many lines of web residue may stand between a count and its first point. */
const RESIDUE_SKIP = 2;

/**
 * Whether the text ends inside `item`'s section. A point numbered inside a paragraph
 * (`…讲三点意见。一、认清形势…`) has the items of its paragraph (`一是`, `1.`) as siblings,
 * which end its section early: it runs on until a heading or a point of its own style.
 */
function endsInside(item: OutlineItem, lastStart: ReadonlyMap<string, number>, end: number): boolean {
  if (item.sectionEnd >= end) return true;
  if (!item.style.startsWith('inline')) return false;
  // Headings of a lower level than the point (`（一）` under `一、`) are its own parts.
  const level = INLINE_LEVEL[item.style] ?? 1;
  for (let l = 1; l <= level; l++) if ((lastStart.get(`heading${l}`) ?? -1) > item.start) return false;
  return (lastStart.get(item.style) ?? -1) <= item.start;
}

/** The heading level a number written inside a paragraph stands for: `一、` 1, `（一）` 2, `1.` 3, `（1）` 4. */
const INLINE_LEVEL: Readonly<Record<string, number>> = { 'inline-cn': 1, 'inline-cn-paren': 2, 'inline-num': 3, 'inline-num-paren': 4 };

/** Where the last heading of each level, and the last item of each style, starts. */
function lastStarts(outline: OutlineItem[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const { item } of walkOutline(outline)) {
    const key = item.kind === 'heading' ? `heading${item.level}` : item.style;
    out.set(key, Math.max(out.get(key) ?? -1, item.start));
  }
  return out;
}

/** An announcement whose points open with `首先`…`最后` (see enumeration-connectives.ts). */
function connectiveAnnouncement(doc: SpeechDocument, c: Candidate): Announcement | undefined {
  const list = connectiveList(doc, c.itemsFrom);
  // One more than announced, the last closing the speech (`最后，祝大家……`): the count may hold.
  if (!list || (list.closingLast && list.items.length === c.announced + 1)) return undefined;
  const first = list.items[0]!.marker;
  const last = list.items[list.items.length - 1]!.marker;
  return {
    start: c.start,
    end: c.end,
    line: doc.lineIndexAt(c.start),
    text: doc.text.slice(c.start, c.end).replace(/[\r\n]+/g, ''),
    announced: c.announced,
    counted: list.items.length,
    countedWhat: `“${first}……${last}”条目（${list.items.map((i) => i.marker).join('、')}）`,
    countedWhatEn: `"${first}…${last}" items (${list.items.map((i) => i.marker).join(' ')})`,
    items: list.items,
  };
}

/** `end`: where the text stops (rules pass the check's shared one: quote-pair and bracket-pair ask too). */
export function findAnnouncements(
  doc: SpeechDocument,
  outline: OutlineItem[] = buildOutline(doc),
  cache?: AnnouncementLineCache,
  end: () => BodyEnd = () => bodyEnd(doc),
): Announcement[] {
  const runs = outlineSequences(outline);
  const runByStart = new Map<number, OutlineItem[]>();
  for (const run of runs) runByStart.set(run[0]!.start, run);
  let body: BodyEnd | undefined;
  let last: Map<string, number> | undefined;
  let unmarked: boolean | undefined;
  const out: Announcement[] = [];
  const { candidates, lists } = placedCandidates(doc, cache);
  // A quoted count (`“六个方面”：`) may be a formulation list too: counted once, as the list.
  const listStarts = new Set(lists.map((a) => a.start));
  for (const c of candidates) {
    if (listStarts.has(c.start)) continue;
    const run = runByStart.get(c.itemsFrom);
    if (!run || run[0]!.ordinal !== 1) {
      const circled = circledItems(doc, c.itemsFrom);
      if (circled) {
        const span = circled.length > 1 ? `①至${circled[circled.length - 1]!.marker}` : '①';
        out.push({ start: c.start, end: c.end, line: doc.lineIndexAt(c.start), text: doc.text.slice(c.start, c.end).replace(/[\r\n]+/g, ''), announced: c.announced, counted: circled.length, countedWhat: `以“①”编号的条目（${span}）`, countedWhatEn: `items numbered ① (${circled.map((i) => i.marker).join(' ')})`, items: circled });
        continue;
      }
      // Points after a list's bullets, or opened by words (`首先…其次…最后`).
      const words = c.numberedOnly ? undefined : (bulletAnnouncement(doc, c) ?? connectiveAnnouncement(doc, c));
      if (words) out.push(words);
      continue;
    }
    // Points run on after a space, their line breaks lost (`1.听取报告 2.审议预算` / `3.选举 4.通过决议`): all there.
    if (run.length < c.announced && runOnCount(doc, run[0]!, c.announced) === c.announced) continue;
    const what = describe(run);
    const lastItem = run[run.length - 1]!;
    let truncated: boolean | undefined;
    if (run.length < c.announced) {
      body ??= end();
      // Only the first item, and the text ends inside it: a web excerpt or a cut-off paste
      // (a finished draft goes on after its first heading, and no heading ends one), whatever the last sentence.
      const bare = lastItem.kind === 'heading' && body.line === lastItem.line && doc.lines[lastItem.line]!.text.trim().length <= 40;
      // Points inside paragraphs (`一是`, `（二）…`) whose last one is the text's last paragraph: no
      // draft stops on its second reason, a page does (a speech's headings may run to its end).
      const lastParagraph = lastItem.kind === 'item' && body.line === lastItem.line;
      // A page with no sentence marks at all ends without one whether cut or not: its last line tells nothing.
      unmarked ??= !SENTENCE_MARK_RE.test(doc.text);
      truncated = endsInside(lastItem, (last ??= lastStarts(outline)), body.end) && ((body.endsMidSentence && !unmarked) || body.residueAfter || run.length === 1 || bare || lastParagraph);
      // The last point's paragraph stops inside a word (`二是由我安排今年的农业工` / `怎样写会议主持词`,
      // `…召开全市提升营` / `2、商环境工作大会…二、`): a page or a PDF cut it there, so how many points
      // follow is not known; a note, never a count rewritten.
      if (!truncated && lastItem.kind === 'item' && cutParagraph(doc.lines[lastItem.line]!.text)) truncated = true;
    }
    out.push({
      start: c.start,
      end: c.end,
      line: doc.lineIndexAt(c.start),
      // A count cut by a line break is shown whole (its numeral, which a fix rewrites, stands before the break).
      text: doc.text.slice(c.start, c.end).replace(/[\r\n]+/g, ''),
      announced: c.announced,
      counted: run.length,
      countedWhat: what.zh,
      countedWhatEn: what.en,
      items: run.map((i) => ({ start: i.start, end: i.start + i.marker.length, marker: i.marker })),
      ...(truncated ? { truncated } : {}),
    });
  }
  for (const a of lists) {
    // A list of clauses still open where a cut-off page stops (`…“全面依法治国”是实现目标`): the rest is the cut's.
    if (a.counted !== undefined && a.counted < a.announced && a.toLineEnd) {
      body ??= end();
      if (body.line === a.line && body.cutOpen) a.truncated = true;
    }
    out.push(a);
  }
  return out.sort((a, b) => a.start - b.start);
}
