/**
 * The typo rule: misspellings found line by line (typo-detect.ts for the lists, typo-phrases.ts
 * for set phrases, typo-confusions.ts for the segmenter's guesses), then document-wide
 * choices among them — list and digit findings before guesses, a guess that overlaps an
 * earlier one dropped, a term the draft quotes and repeats left alone.
 */
import { firstIndexWhere } from '../util/binary-search';
import { LINE_CACHE_SIZE, ownString, type BoundedCache } from '../util/bounded-cache';
import { defineRule } from '../rule-api/rule-helpers';
import type { Segmenter } from '../analysis/segment';
import type { Line, SpeechDocument } from '../analysis/document';
import { byLine } from '../analysis/by-line';
import { analyzeTraditional, TRADITIONAL_LINE_CACHE } from '../analysis/traditional';
import { readInSimplified } from '../analysis/typo-traditional';
import { findDigitLookalikes, findListedTypos, type Typo } from '../analysis/typo-detect';
import { findConfusions, type TypoRunCache } from '../analysis/typo-confusions';
import { findPhraseSlips, inSetPhrase } from '../analysis/typo-phrases';
import { findPatternTypos } from '../analysis/typo-patterns';
import { isLowRatedWord, isRareWord } from '../analysis/rare-words';
import { inNumberedFrame, namesBusiness, namesListedPlace, namesOrgan } from '../analysis/typo-names';
import { inQuotedSeries } from '../analysis/typo-coinage';
import { restoresWord } from '../analysis/typo-whole';


const RUN_CACHE_SIZE = { entries: 50_000, chars: 150_000 };
/** A character this frequent as a word alone is used everywhere: its reuse says nothing of a coinage. */
const COMMON_CHAR_FREQ = 5000;
/** Short quotations: the draft's own coinages (“发展之问”, “三问三解”). */
/** Closing quotation marks. */
const CLOSE_QUOTE = '”」』';
const SHORT_QUOTE_RE = /[“"「『‘]([^“”"「」『』‘’\n]{2,10})[”"」』’]/g;

/**
 * What one line holds, at offsets inside it: a function of the line's text, whether a line
 * break comes before and after it (the searches look one character past a run), and the
 * segmenter. Guesses are found only when asked (not in a traditional-character draft).
 */
interface LineTypos {
  listed: readonly Typo[];
  digits: readonly Typo[];
  quoted: readonly string[];
  /** Set phrases with a slipped character (typo-phrases.ts), asked for where guesses are. */
  phrases?: readonly Typo[];
  guesses?: readonly Typo[];
}
/** By the line's text; what it holds with each pair of line breaks around it (`before|after`). */
export type TypoLineCache = BoundedCache<Map<string, LineTypos>>;

/** Copies that share no storage with the document (a cache outlives its check). */
const own = (ts: Typo[], shift: number): Typo[] =>
  ts.map((t) => ({ ...t, start: t.start - shift, end: t.end - shift, wrong: ownString(t.wrong), right: ownString(t.right) }));

function lineTypos(padded: string, shift: number, seg: Segmenter | undefined): LineTypos {
  const quoted: string[] = [];
  SHORT_QUOTE_RE.lastIndex = 0;
  for (let m = SHORT_QUOTE_RE.exec(padded); m; m = SHORT_QUOTE_RE.exec(padded)) quoted.push(ownString(m[1]!));
  // A listed form inside a set phrase written right (不能自已) is part of it.
  const listed = findListedTypos(padded, seg).filter((t) => !seg || !inSetPhrase(padded, t.start, t.end));
  // A frame's slip (再…的基础上, 5曰) where no list match covers it.
  for (const t of findPatternTypos(padded, seg)) if (!listed.some((l) => l.start < t.end && t.start < l.end)) listed.push(t);
  return { listed: own(listed, shift), digits: own(findDigitLookalikes(padded), shift), quoted };
}

/** How many times `s` occurs in `text`, counted up to `cap`. */
function occurrences(text: string, s: string, cap: number): number {
  let n = 0;
  for (let i = text.indexOf(s); i >= 0 && n < cap; i = text.indexOf(s, i + s.length)) n++;
  return n;
}

/** The most any question asks a count to reach (borneOut: 2; a name written again and again: 3). */
const COUNT_CAP = 3;
/**
 * `一天汐然和暮裳买了…汐然站起来说…`: a public-list guess whose written form, no word of the
 * dictionary, stands this often in the draft is a name or a term the draft uses on purpose
 * (a slip is not made the same way three times over); a scan's look-alikes (curated) still read.
 */
const NAMED_AGAIN = 3;

/**
 * How often a character or a short string occurs in one document, counted up to COUNT_CAP:
 * each string is counted once per document however many guesses ask (a draft with many
 * guesses would otherwise scan the whole text again for each). A scan stops at the cap.
 */
export class DocCounts {
  private readonly counted = new Map<string, number>();
  constructor(private readonly text: string) {}

  /** Occurrences of `s`, counted up to `cap` (at most COUNT_CAP). */
  count(s: string, cap: number): number {
    let n = this.counted.get(s);
    if (n === undefined) this.counted.set(s, (n = occurrences(this.text, s, COUNT_CAP)));
    return Math.min(cap, n);
  }
}

/**
 * A weaker guess borne out by the draft (typo-accept.ts, `Evidence`): a look-alike (`泛院`→法院)
 * where it writes the corrected word at least twice elsewhere and the written character nowhere
 * else — a slip writes a character the draft otherwise never uses; a coinage uses its character
 * again (`从先富转向共富`, `抗疫…战疫`); a two-character slip (`工做`→工作) where it writes the
 * corrected word elsewhere and the written pair nowhere else (a coinage is used again), the
 * written character nowhere else either unless it is a common one; a rare stray character
 * (`环镜`) that the draft uses nowhere else.
 */
/** An organisation's generic name: the pair before it is part of a name (中国一冶集团, 海垦集团). */
const ORG_AFTER_RE = /^(?:集团|公司|有限|股份|银行|医院|大学|学院|中学|小学|研究院|研究所|工厂|厂|局|所|站|社|中心|协会|商会)/;

/** A run of two Chinese characters between enumeration commas, before `at` or after it. */
const PAIR_ITEM_BEFORE_RE = /(?:^|[^\u4e00-\u9fff])[\u4e00-\u9fff]{2}、$/;
const PAIR_ITEM_AFTER_RE = /^、[\u4e00-\u9fff]{2}(?![\u4e00-\u9fff])/;

/**
 * `减煤、控车、抑尘、治源、禁燃、增绿`: a pair standing as an item of a list of pairs is one of a
 * series of coined terms (a seed's 组合拳), not a slip of 资源 the draft writes elsewhere.
 */
const inPairList = (text: string, t: Typo): boolean =>
  t.wrong.length === 2 && (PAIR_ITEM_BEFORE_RE.test(text.slice(Math.max(0, t.start - 4), t.start)) || PAIR_ITEM_AFTER_RE.test(text.slice(t.end, t.end + 4)));

/**
 * `，天干物燥，`: a clause of four characters standing alone between clause marks is a set
 * phrase of its own (四字格) far more often than it holds a slip the draft alone speaks for; the
 * dictionary lacks many of them. Not an item of a list (`总结工作、分斤形势、部署任务`).
 */
function inFourCharClause(text: string, t: Typo): boolean {
  let a = t.start;
  while (a > 0 && a > t.start - 4 && HAN_CHAR_RE.test(text[a - 1]!)) a--;
  let b = t.end;
  while (b < text.length && b < t.end + 4 && HAN_CHAR_RE.test(text[b]!)) b++;
  return b - a === 4 && CLAUSE_MARK_RE.test(text[a - 1] ?? '') && CLAUSE_MARK_RE.test(text[b] ?? '');
}
const HAN_CHAR_RE = /[\u4e00-\u9fff]/;
const CLAUSE_MARK_RE = /^[，。；！？,;!?]$/;

function borneOut(text: string, counts: DocCounts, t: Typo, seg: Segmenter): boolean {
  const e = t.evidence!;
  if (ORG_AFTER_RE.test(text.slice(t.end, t.end + 3)) || inPairList(text, t) || inFourCharClause(text, t)) return false;
  // A pair jieba lists, however low it rates it (划行 in 划行归类, 院址), is a word the draft may
  // well mean: the draft's weak evidence says nothing against it (asked last: its table is read
  // only where a guess would be reported).
  return evidenceHolds(counts, t, e, seg) && !isLowRatedWord(t.wrong);
}

function evidenceHolds(counts: DocCounts, t: Typo, e: NonNullable<Typo['evidence']>, seg: Segmenter): boolean {
  const i = [...t.wrong].findIndex((c, k) => c !== (t.measured ?? t.right)[k]);
  const written = t.wrong[i]!;
  const lone = counts.count(written, 2) === 1;
  if (e.stray && lone) return true;
  // A common character (提, 做: 问提, 工做) used again says nothing of a coinage; a rarer one
  // (疫, 富: 疫情…战疫, 先富…共富) is the draft's own term again.
  const right = t.measured ?? t.right;
  if (e.word && (lone || seg.freq(written) >= COMMON_CHAR_FREQ) && counts.count(right, 1) === 1 && counts.count(t.wrong, 2) === 1) return true;
  return e.char === true && lone && counts.count(right, 2) === 2;
}

/**
 * `开展XX之问”大讨论…发出了XX之问”`: a term that closes a quotation more than once is the
 * draft's coinage, its opening mark lost on the page.
 */
function closesQuoteTwice(text: string, t: Typo, counts: DocCounts): boolean {
  const closer = text.charAt(t.end);
  return closer !== '' && CLOSE_QUOTE.includes(closer) && counts.count(t.wrong + closer, 2) === 2;
}

/** How far (characters) a chain of clauses picks up its term again. */
const CHAIN_SPAN = 8;
/** Whether the written form of `t` stands again within CHAIN_SPAN characters before or after it. */
const repeatedNearby = (text: string, t: Typo): boolean =>
  text.slice(Math.max(0, t.start - CHAIN_SPAN), t.start).includes(t.wrong) || text.slice(t.end, t.end + CHAIN_SPAN).includes(t.wrong);

/** Every typo of the document, list matches first; overlapping guesses are dropped. */
/** A line's typos at their place in the draft, appended to `out` (copies: the cached ones stay as they are). */
function placeAll(ts: readonly Typo[], base: number, out: Typo[]): void {
  for (const t of ts) out.push({ ...t, start: base + t.start, end: base + t.end });
}

/** The line break before line `l` (none for the first line). */
const breakBefore = (doc: SpeechDocument, l: Line): string => (l.index > 0 ? doc.lines[l.index - 1]!.eol : '');

/** Line `l` with the line breaks around it, as a search over the whole text would see it. */
const paddedOf = (doc: SpeechDocument, l: Line): string => breakBefore(doc, l) + l.text + l.eol;

/** Each line's listed and digit typos, searched once per line text and the breaks around it. */
function linesOf(doc: SpeechDocument, seg: Segmenter | undefined, traditional: boolean | undefined, lineCache: TypoLineCache | undefined) {
  return doc.lines.map((l) => {
    const before = breakBefore(doc, l);
    const variants = byLine(doc, l, lineCache, () => new Map<string, LineTypos>());
    // A draft in traditional characters is read in simplified ones (typo-traditional.ts).
    // The padded text is made only for a line searched anew.
    const around = `${before}|${l.eol}|${traditional ? 't' : ''}`;
    let found = variants.get(around);
    if (!found) {
      const padded = paddedOf(doc, l);
      found = traditional ? readInSimplified(padded, before.length, seg, (t, s) => lineTypos(t, before.length, s)) : lineTypos(padded, before.length, seg);
      variants.set(around, found);
    }
    return { l, shift: before.length, found };
  });
}

/**
 * A term the draft quotes and uses again is its own coinage, wherever it stands
 * (“发展之问”…发展之问). Quoted once, it may hold a slip like any text (“外防输人”). Asked only
 * for the few guesses, each wrong word once.
 */
function coinedIn(text: string, perLine: ReadonlyArray<{ found: LineTypos }>): (w: string) => boolean {
  const quotedTerms = new Set<string>();
  for (const { found } of perLine) for (const q of found.quoted) quotedTerms.add(q);
  const coinedMemo = new Map<string, boolean>();
  const repeated = new Map<string, boolean>();
  return (w: string): boolean => {
    let v = coinedMemo.get(w);
    if (v === undefined) {
      v = false;
      for (const q of quotedTerms) {
        if (q.length < 3 || !q.includes(w)) continue;
        let r = repeated.get(q);
        if (r === undefined) repeated.set(q, (r = text.indexOf(q) !== text.lastIndexOf(q)));
        if (r) {
          v = true;
          break;
        }
      }
      coinedMemo.set(w, v);
    }
    return v;
  };
}

export function findTypos(
  doc: SpeechDocument,
  seg: Segmenter | undefined,
  traditional?: boolean,
  cache?: TypoRunCache,
  lineCache?: TypoLineCache,
): Typo[] {
  const text = doc.text;
  const perLine = linesOf(doc, seg, traditional, lineCache);
  const all: Typo[] = [];
  for (const { l, found } of perLine) placeAll(found.listed, l.start, all);
  for (const { l, found } of perLine) placeAll(found.digits, l.start, all);
  if (seg && !traditional) {
    // Overlap with a list or digit finding, by binary search over those sorted by start (they
    // do not overlap each other, so their ends are sorted too).
    const fixed = all.slice().sort((a, b) => a.start - b.start || a.end - b.end);
    let maxEnd = -1;
    let disjoint = true;
    for (const t of fixed) {
      if (t.start < maxEnd) disjoint = false;
      maxEnd = Math.max(maxEnd, t.end);
    }
    const taken = disjoint
      ? (s: number, e: number) => {
          // The first finding that ends after s: it overlaps when it starts before e.
          const lo = firstIndexWhere(fixed.length, (i) => fixed[i]!.end > s);
          return lo < fixed.length && fixed[lo]!.start < e;
        }
      : (s: number, e: number) => fixed.some((t) => t.start < e && s < t.end);
    const coined = coinedIn(text, perLine);
    let counts: DocCounts | undefined; // Guesses also give way to earlier guesses (few, so a plain scan).
    let glyphGuesses: Map<string, number> | undefined;
    const guesses: Typo[] = [];
    const confusions: Typo[] = [];
    for (const line of perLine) {
      line.found.guesses ??= own(findConfusions(paddedOf(doc, line.l), seg, undefined, undefined, cache), line.shift);
      placeAll(line.found.guesses, line.l.start, confusions);
    }
    // A set phrase's slip where no word-level guess took it (风霜雨血: each piece is a word): a
    // guess names the slip more closely (充分发揖: 发揖→发挥).
    for (const line of perLine) {
      line.found.phrases ??= own(findPhraseSlips(paddedOf(doc, line.l), seg), line.shift);
      placeAll(line.found.phrases, line.l.start, confusions);
    }
    for (const t of confusions) {
      const overlaps = taken(t.start, t.end) || guesses.some((g) => g.start < t.end && t.start < g.end);
      if (overlaps || coined(t.wrong) || closesQuoteTwice(text, t, (counts ??= new DocCounts(text))) || inQuotedSeries(text, t)) continue;
      // Inside a set phrase written as it stands (居安思危 holds 思危, whatever the segmenter made of it): the phrase's own words.
      if (inSetPhrase(text, t.start, t.end)) continue;
      // A real word jieba's trimmed dictionary lacks (眼眸, 庚子) is no slip, nor, for the public
      // lists' guesses, a longer form whose changed character makes one with its neighbour (财委会, 紧抓机遇).
      if (!t.whole && (isRareWord(t.wrong) || (t.broad && changesRareWord(t, seg)))) continue;
      if (t.evidence && !borneOut(text, (counts ??= new DocCounts(text)), t, seg)) continue;
      if (countsSomething(text, t) || inNumberedFrame(text, t) || namesBusiness(text, t) || namesListedPlace(text, t) || namesOrgan(text, t, seg)) continue;
      if (t.once && (counts ??= new DocCounts(text)).count(t.wrong, 2) > 1) continue;
      if (t.broad && (counts ??= new DocCounts(text)).count(t.wrong, NAMED_AGAIN) === NAMED_AGAIN) continue;
      // A look-alike measured on the glyphs only (干/子), the weaker prior, whose form the draft
      // writes again where no guess reads it (老干工作…老干科, short for 老干部): the draft's own term.
      // A scan that slips the same way each time (技木…技木) is read at each.
      if (t.glyph && (counts ??= new DocCounts(text)).count(t.wrong, 2) > (glyphGuesses ??= countGlyphGuesses(confusions)).get(t.wrong)!) continue;
      // A public-list guess written again right beside it: a chain of clauses picks its term up (先治己，治己者).
      if (t.broad && repeatedNearby(text, t)) continue;
      guesses.push(t);
      all.push(t);
    }
  }
  return all.sort((a, b) => a.start - b.start);
}

/** How many guesses of glyph look-alikes each written form has. */
function countGlyphGuesses(ts: readonly Typo[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of ts) if (t.glyph) m.set(t.wrong, (m.get(t.wrong) ?? 0) + 1);
  return m;
}

/** Measure words and units a numeral counts (十周年, 三年, 五个, 两项). */
const MEASURES = '周年月日天岁届次个名位项件条万亿千百多余倍批家所座元期轮';
/**
 * `直辖十周年` read as 直辖市: a guess that changes a numeral standing before a measure word or
 * a unit (十周年, 三届, 两项) takes a figure for a slip.
 */
function countsSomething(text: string, t: Typo): boolean {
  const i = [...t.wrong].findIndex((c, k) => c !== t.right[k]);
  return i >= 0 && NUMERALS.includes(t.wrong[i]!) && MEASURES.includes(text[t.start + i + 1] ?? '');
}

/** A corrected pair this common is what a slip that made a rare word by chance stood for (孜然资源: 自然). */
const COMMON_PAIR_FREQ = 1000;
/**
 * Whether the character a guess changes makes a rare real word (rare-words.ts) with a neighbour
 * inside its form (紧抓 in 紧抓机遇, 财委 in 财委会) where the pair the correction makes there is
 * no common word (抢抓, 村委): a word written on purpose. A slip makes a rare word from a common
 * one by chance (孜然资源, 依法刑政, 两岸同袍).
 */
function changesRareWord(t: Typo, seg: Segmenter): boolean {
  if (t.wrong.length < 3 || restoresWord(t, seg)) return false;
  const i = [...t.wrong].findIndex((c, k) => c !== t.right[k]);
  for (const a of [i - 1, i]) {
    if (a < 0 || a + 2 > t.wrong.length) continue;
    if (isRareWord(t.wrong.slice(a, a + 2)) && seg.freq(t.right.slice(a, a + 2)) < COMMON_PAIR_FREQ) return true;
  }
  return false;
}

/** Chinese numerals: a guess that writes one in puts a figure into the draft. */
const NUMERALS = '〇零一二三四五六七八九十百千万亿两';
/**
 * `第儿名`: a guess whose correction writes a numeral where the draft has none, making a numeral
 * or an ordinal (jieba's m, not 一般), guesses a figure
 * — 儿 looks like 几 and 八 as much as it sounds like 二 — and no neighbour tells which: the slip
 * is reported, the figure left to the writer.
 */
function guessesFigure(t: Typo, seg: Segmenter | undefined): boolean {
  let writes = false;
  for (let k = 0; k < t.wrong.length; k++) if (t.wrong[k] !== t.right[k] && NUMERALS.includes(t.right[k]!) && !NUMERALS.includes(t.wrong[k]!)) writes = true;
  if (!writes || !seg) return writes;
  // A word that holds a numeral is no figure (一般, 一起): only a numeral or an ordinal (m) is.
  const tokens = seg.tag(t.right);
  return tokens.length > 1 || tokens[0]?.tag === 'm';
}

export const typo = defineRule({
  id: 'typo',
  category: 'wording',
  description: { zh: '错别字', en: 'Misspelling' },
  docs: { zh: '例：`收人`→`收入`、`再接再励`→`再接再厉`。', en: 'e.g. `收人` → `收入`, `再接再励` → `再接再厉`.' },
  defaultSeverity: 'warning',
  fixable: true,
  segmentation: 'optional',
  messages: {
    list: { zh: '错别字“{wrong}”：应为“{right}”', en: 'Misspelling "{wrong}": write "{right}"' },
    digits: {
      zh: '“{wrong}”中的字母像是数字之误：应为“{right}”？请核对',
      en: 'Letters for digits in "{wrong}": should it be "{right}"? Check it',
    },
    confusion: {
      zh: '疑似错别字“{wrong}”：可能应为“{right}”，请核对',
      en: 'Possible misspelling "{wrong}": perhaps "{right}"; check it',
    },
    figure: {
      zh: '疑似错别字“{wrong}”：请核对其中的数字',
      en: 'Possible misspelling "{wrong}": check the figure in it',
    },
    replace: { zh: '改为“{right}”', en: 'Change to "{right}"' },
  },
  check(ctx) {
    const traditional = ctx.memo('traditional', () => analyzeTraditional(ctx.doc, ctx.cache('traditional-lines', TRADITIONAL_LINE_CACHE.entries, TRADITIONAL_LINE_CACHE.chars))).wholeDocument;
    const cache = ctx.cache<readonly Typo[]>('typo-runs', RUN_CACHE_SIZE.entries, RUN_CACHE_SIZE.chars);
    const lineCache = ctx.cache<Map<string, LineTypos>>('typo-lines', LINE_CACHE_SIZE.entries, LINE_CACHE_SIZE.chars);
    for (const t of findTypos(ctx.doc, ctx.segmenter, traditional, cache, lineCache)) {
      const unsure = t.kind === 'confusion' && guessesFigure(t, ctx.segmenter);
      ctx.report({
        start: t.start,
        end: t.end,
        messageId: unsure ? 'figure' : t.kind,
        params: { wrong: t.wrong, right: t.right },
        fixes: unsure ? [] : [{ title: 'replace', params: { right: t.right }, edits: [{ start: t.start, end: t.end, newText: t.right }], safe: t.safe }],
        data: { kind: t.kind, right: t.right },
      });
    }
  },
});
