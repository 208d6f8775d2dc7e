/**
 * 提法 (fixed formulations) in a draft: which ones it uses, in which written forms
 * (`“六稳”`, `"六稳"`, `「六稳」`, `‘六稳’`, unquoted), and how often. Shared by the slogan
 * rules, the hover and the consistency report.
 * Owner: slogan rules.
 *
 * The terms are the built-in dictionary (data/formulations.json), the user's
 * `formulations` setting, and the short terms the draft itself quotes that look like a
 * formulation (a numeral in them: “守三线”, “五大产业”). Every occurrence of a term is
 * then found, quoted or not. An unquoted occurrence counts only where it stands as a word
 * of its own (not inside a longer word, a longer formulation, a quotation or a 《》 title).
 * Terms written with Arabic numerals (`6稳`, `5大产业`, `14五`) are occurrences too,
 * marked `arabic`, for the numeral rule.
 */
import type { Line, SpeechDocument } from './document';
import { matcherFor, scanLines, type FormulationLineCache } from './formulation-scan';
import type { NormalizedConfig } from '../model/config';
import { getLoadedSegmenter, type Segmenter } from './segment';
import { analyzeQuotes, DISPLACED_QUOTES_RE, type QuoteAnalysis } from './quotes';
import { analyzeBrackets, type BracketAnalysis } from './brackets';
import formulationsData from '../data/formulations.json';
import { SpanIndex } from './span-index';
import { firstIndexWhere } from '../util/binary-search';
import { arabicVariants, chineseNameOf } from './formulation-variants';
import { ownString } from '../util/bounded-cache';
import { HAN, HAN_CHAR_RE } from '../util/han';
import { formOf, QUOTES, standardQuoteOf, toUses } from './formulation-canonical';

export { formOf } from './formulation-canonical';

export { arabicVariants } from './formulation-variants';
export { chineseNumberValue, chineseNumeral } from '../util/numerals';

/** How an occurrence is quoted. */
export type QuoteStyle = 'cn-double' | 'ascii-double' | 'corner' | 'corner2' | 'prime' | 'cn-single' | 'ascii-single' | 'none';

export interface FormulationOccurrence {
  /** Range of the whole form including its quotes. */
  start: number;
  end: number;
  line: number;
  form: string;
  quote: QuoteStyle;
  /** Written with Arabic numerals (`5大产业` for 五大产业). */
  arabic?: boolean;
  /** Quoted with a mixed pair (`‘七一'`, `"七一”`); `form` and `quote` are the style it meant. */
  mixed?: boolean;
}

export interface FormulationForm {
  form: string;
  quote: QuoteStyle;
  count: number;
  /** Written with Arabic numerals. */
  arabic?: boolean;
}

export interface FormulationUse {
  /** The term without quotes, e.g. `六稳`. */
  term: string;
  /** The form to write throughout (formulation-canonical.ts): quoted or not as the draft mostly writes it, in standard marks. */
  canonical: string;
  forms: FormulationForm[];
  occurrences: FormulationOccurrence[];
  /** Quote style of the canonical form. */
  canonicalQuote?: QuoteStyle;
  /** Whether a fix toward the canonical form is safe. */
  canonicalClear?: boolean;
  /** The draft's standard quotation marks (“…”, or 「…」 in a text quoted in corner marks). */
  standardQuote?: QuoteStyle;
  /** Where the term comes from. */
  source?: 'dictionary' | 'config' | 'draft';
}

export interface DictionaryEntry {
  term: string;
  examples: string[];
  counterexamples?: string[];
}

export const FORMULATION_DICTIONARY: readonly DictionaryEntry[] = formulationsData.formulations;
export const ORDINARY_NUMERAL_WORDS: readonly DictionaryEntry[] = formulationsData.ordinaryWords;
const DICTIONARY_TERMS = new Set(FORMULATION_DICTIONARY.map((e) => e.term));
const ORDINARY = new Set(ORDINARY_NUMERAL_WORDS.map((e) => e.term));

const STYLE_OF = new Map<string, QuoteStyle>(
  Object.entries(QUOTES).map(([style, [o, c]]) => [o + c, style as QuoteStyle]),
);
const QUOTE_CHARS = new Set('“”"＂‘’\'＇「」『』〝〞〟');
/** Quoted terms the draft coins: 2–10 characters, Chinese (and digits, `+`), nothing else. */
const QUOTED_TERM_RE = new RegExp(`^[${HAN}0-9+＋]{2,10}$`);
/** Pairs whose content may be a term: every quotation-mark class. */
const TERM_CLASSES = new Set(['double', 'single', 'corner', 'corner2', 'prime']);
const CJK_RE = HAN_CHAR_RE;
const NUMERAL_RE = /[二三四五六七八九十百千万两双0-9]/;
const NUMERAL_CHAR_RE = /[〇零一二三四五六七八九十百千万两0-9０-９]/;
const DIGIT_RE = /[0-9０-９.．]/;
/** Jieba frequency above which a quoted word is ordinary vocabulary (一流, 十分), not a 提法. */
const ORDINARY_FREQ = 1000;
/** Before a numeral: an ordinal (第), a part of a set (其他, 另外) or the ones just named (这, 上述): counted, not a 提法's name. */
const COUNTED_BEFORE_RE = /(?:第|其他|其余|另外|另|这|那|此|上述|以上)$/;
/** Characters of context on each side when segmenting around an occurrence. */
const WINDOW = 12;

/**
 * Every formulation the draft uses with its forms. Uses nodejieba when it is loaded
 * (pass `null` to analyse without it) to tell a word from part of a longer word. Rules
 * pass the quote and bracket analyses they already share.
 */
export function analyzeFormulations(
  doc: SpeechDocument,
  config: NormalizedConfig,
  segmenterOrNull: Segmenter | null | undefined = getLoadedSegmenter(),
  shared: { quotes?: QuoteAnalysis; brackets?: BracketAnalysis; lineCache?: FormulationLineCache } = {},
): FormulationUse[] {
  // `null`: analyse without segmentation even if nodejieba is loaded.
  const segmenter = segmenterOrNull ?? undefined;
  const quotes = shared.quotes ?? analyzeQuotes(doc);
  const terms = collectTerms(doc.text, quotes, config, segmenter);
  if (terms.source.size === 0) return [];
  const scope: Scope = {
    doc,
    segmenter,
    terms,
    // Spans an unquoted occurrence must not lie in: quotations and 《》 titles.
    quoteSpans: new SpanIndex(quotes.pairs.map((p) => ({ cls: p.cls, start: p.open, end: p.close + 1 }))),
    titleSpans: new SpanIndex(
      (shared.brackets ?? analyzeBrackets(doc)).pairs.filter((p) => p.family === 'title').map((p) => ({ cls: 'title', start: p.open, end: p.close + 1 })),
    ),
    properPairs: properPairs(quotes),
    unclosedOuter: quotes.problems.filter((q) => q.kind === 'unclosed' && OUTER_OPEN.has(q.ch)).map((q) => q.pos),
  };
  const byTerm = findOccurrences(scope, shared.lineCache);
  const intended = addMarkedForms(scope, quotes, byTerm);
  for (const list of byTerm.values()) list.sort((a, b) => a.start - b.start);
  return toUses(byTerm, intended, terms.source, standardQuoteOf(doc.text, quotes));
}

/** The proper pairs' closing marks by their opening marks (a mark opens one pair at most). */
function properPairs(quotes: QuoteAnalysis): Map<number, number> {
  const out = new Map<number, number>();
  for (const p of quotes.pairs) if (!p.reversed && !p.mixed) out.set(p.open, p.close);
  return out;
}

/** Whether an offset of `sorted` lies in [from, to). */
function openedBefore(sorted: number[], from: number, to: number): boolean {
  const i = firstIndexWhere(sorted.length, (k) => sorted[k]! >= to);
  return i > 0 && sorted[i - 1]! >= from;
}

/** The terms a draft's formulations are looked for by, and where each comes from. */
interface Terms {
  source: Map<string, 'dictionary' | 'config' | 'draft'>;
  /** Terms the draft coined by quoting them twice: only their quoted uses count. */
  coined: Set<string>;
  /** Arabic-numeral variants (`14五`) and the term each stands for. */
  variantOf: Map<string, string>;
}

/** What the occurrence search needs of a check. */
interface Scope {
  doc: SpeechDocument;
  segmenter: Segmenter | undefined;
  terms: Terms;
  quoteSpans: SpanIndex;
  titleSpans: SpanIndex;
  /** Where each proper pair (neither reversed nor mixed) closes, by where it opens. */
  properPairs: Map<number, number>;
  /** Opening “ and 「 marks never closed (a quotation a web excerpt cut off), in order. */
  unclosedOuter: number[];
}

/** Marks that open a quotation, and the inner marks a quotation quotes in. */
const OUTER_OPEN = new Set(['“', '「']);
const INNER_STYLES = new Set<QuoteStyle>(['cn-single', 'corner2']);

/** arabicVariants by term: every check asks for those of the whole dictionary. */
const VARIANTS = new Map<string, readonly string[]>();
const MAX_VARIANT_TERMS = 20_000;

function variantsOf(term: string): readonly string[] {
  let v = VARIANTS.get(term);
  if (v === undefined) {
    // Terms a draft quotes come and go: past the bound, start over (the dictionary's return at once).
    if (VARIANTS.size >= MAX_VARIANT_TERMS) VARIANTS.clear();
    VARIANTS.set(ownString(term), (v = arabicVariants(term)));
  }
  return v;
}

/** 1. Terms: the dictionary's, the configuration's and those the draft quotes as its own. */
function collectTerms(text: string, quotes: QuoteAnalysis, config: NormalizedConfig, segmenter: Segmenter | undefined): Terms {
  const source = new Map<string, 'dictionary' | 'config' | 'draft'>();
  for (const t of DICTIONARY_TERMS) source.set(t, 'dictionary');
  for (const t of config.formulations) if (!source.has(t) && t.length >= 2) source.set(t, 'config');
  // How often the draft quotes each short content, in any marks (a mixed pair counts).
  const quotedCount = new Map<string, number>();
  for (const p of quotes.pairs) {
    if (p.reversed || !TERM_CLASSES.has(p.cls) || p.close - p.open - 1 > 10) continue;
    const c = text.slice(p.open + 1, p.close);
    quotedCount.set(c, (quotedCount.get(c) ?? 0) + 1);
  }
  // Terms the draft quotes more than once are its formulations whatever they hold; once
  // quoted, only numeral terms (“守三线”) look enough like one. Only a numeral term's
  // unquoted uses count (a word quoted twice for emphasis is also an ordinary word).
  const coined = new Set<string>();
  for (const [c, n] of quotedCount) {
    if (source.has(c) || !QUOTED_TERM_RE.test(c) || !CJK_RE.test(c) || ORDINARY.has(c)) continue;
    if (quotedWithItsWord(c, source, quotedCount)) continue;
    if (looksLikeFormulation(c, segmenter)) source.set(c, 'draft');
    else if (n >= 2) {
      source.set(c, 'draft');
      coined.add(c);
    }
  }
  // A name quoted in Arabic numerals (“5个必须”) stands for its Chinese form, of which it is a variant.
  for (const cn of [...quotedCount.keys()].map(chineseNameOf)) if (cn && !source.has(cn) && !ORDINARY.has(cn)) source.set(cn, 'draft');
  // A quoted term in Arabic numerals whose Chinese form is a term is that term's variant.
  const variantOf = new Map<string, string>();
  for (const term of source.keys()) {
    if (/[0-9]/.test(term)) continue;
    for (const v of variantsOf(term)) if (!variantOf.has(v)) variantOf.set(v, term);
  }
  for (const v of variantOf.keys()) if (source.get(v) === 'draft') source.delete(v);
  for (const v of [...variantOf.keys()]) if (source.has(v)) variantOf.delete(v);
  return { source, coined, variantOf };
}

/** Words a 提法 is quoted together with (`“六稳工作”`, `“放管服改革”`, `“十四五规划”`). */
const HEAD_WORDS = new Set(['工作', '任务', '改革', '建设', '战略', '行动', '工程', '目标', '要求', '理念', '精神', '规划', '体系', '格局', '政策', '措施']);

/**
 * Whether a quoted content is a term the draft or the dictionary already has, quoted with the
 * word it qualifies (`“六稳工作”` beside `“六稳”工作`): the same 提法, not one of its own.
 */
function quotedWithItsWord(c: string, source: ReadonlyMap<string, unknown>, quoted: ReadonlyMap<string, number>): boolean {
  if (c.length < 4 || !HEAD_WORDS.has(c.slice(-2))) return false;
  const base = c.slice(0, -2);
  return source.has(base) || quoted.has(base);
}

/** A space, a line break or the edge of the text around a term. */
const SPACE_OR_EDGE_RE = /^(?:[ \t\u3000\u00a0\n\r])?$/;

/**
 * 2. Occurrences, longest alternative first so a longer formulation hides the shorter ones
 * inside it (“六稳六保” is not an occurrence of 六稳).
 */
function findOccurrences(scope: Scope, lineCache: FormulationLineCache | undefined): Map<string, FormulationOccurrence[]> {
  const { doc, segmenter, terms } = scope;
  const { source, coined, variantOf } = terms;
  const text = doc.text;
  const all = [...source.keys(), ...variantOf.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const matcher = matcherFor(all);
  // Words around an occurrence: a window of the line is enough and keeps long lines cheap.
  const tokensAround = (l: Line, s: number, e: number): Array<[number, number]> => {
    const from = Math.max(l.start, s - WINDOW);
    const to = Math.min(l.end, e + WINDOW);
    return segmenter!.cut(text.slice(from, to)).map((k) => [from + k.start, from + k.end] as [number, number]);
  };
  const byTerm = new Map<string, FormulationOccurrence[]>();
  // A site's residue (its second copy of the title, its page text, a span it glued into a line) is no writer's form.
  const { lines: residue, spans } = doc.residue;
  // A PDF copy that moved the quotation marks off their words (`“ ”一、把握 两个确立 的…`):
  // a term between spaces stood in marks, so its bare form is not the writer's.
  const displaced = DISPLACED_QUOTES_RE.test(text);
  for (const { line, match } of scanLines(doc, matcher, lineCache)) {
    if (residue.size > 0 && residue.has(line.index)) continue;
    if (spans.length > 0 && spans.some((r) => r.line === line.index && r.start <= match.s && match.s < r.end)) continue;
    const found = match.found;
    const s = line.start + match.s;
    const e = s + found.length;
    const term = variantOf.get(found) ?? found;
    const arabic = variantOf.has(found);
    const before = text[s - 1] ?? '';
    const after = text[e] ?? '';
    const quote: QuoteStyle = STYLE_OF.get(before + after) ?? 'none';
    let start = s;
    let end = e;
    if (quote !== 'none') {
      start = s - 1;
      end = e + 1;
      // A quoted form must be a real pair of marks, not inside a longer quotation
      // (‘六稳’ nested in a quoted sentence is how a quotation quotes).
      if (scope.properPairs.get(start) !== e) continue;
      if (scope.quoteSpans.encloses(start, end, true)) continue;
      // ‘…’ or 『…』 after a quotation opened earlier in the line and never closed: nested too.
      if (INNER_STYLES.has(quote) && openedBefore(scope.unclosedOuter, line.start, start)) continue;
    } else {
      if (QUOTE_CHARS.has(before) || QUOTE_CHARS.has(after)) continue; // reversed or unpaired marks: quote-pair's
      if (displaced && SPACE_OR_EDGE_RE.test(before) && SPACE_OR_EDGE_RE.test(after)) continue;
      if (coined.has(term) || scope.quoteSpans.encloses(s, e) || scope.titleSpans.encloses(s, e)) continue;
      // A function of the line, the term set and the segmenter: kept with the match.
      match.alone ??= standsAlone(text, s, e, found, arabic, source.get(term)!, segmenter, () => tokensAround(line, s, e));
      if (!match.alone) continue;
    }
    if (arabic && (DIGIT_RE.test(text[start - 1] ?? '') || (/[0-9]$/.test(found) && DIGIT_RE.test(text[end] ?? '')))) continue;
    const occ: FormulationOccurrence = { start, end, line: doc.lineIndexAt(start), form: formOf(found, quote), quote };
    if (arabic) occ.arabic = true;
    let list = byTerm.get(term);
    if (!list) byTerm.set(term, (list = []));
    list.push(occ);
  }
  return byTerm;
}

/**
 * Reversed or mixed marks around a term (`”六稳”`, `"六稳”`) are quote-pair's findings, not
 * occurrences, but they show the form the writer meant: a reversed pair counts for that
 * form (returned), and a mixed pair (`‘七一'`) is an occurrence in the style it meant
 * (added to `byTerm`; slogan-variant flags it when that is not the draft's form, quote-pair
 * when it is).
 */
function addMarkedForms(scope: Scope, quotes: QuoteAnalysis, byTerm: Map<string, FormulationOccurrence[]>): Map<string, FormulationForm[]> {
  const text = scope.doc.text;
  const intended = new Map<string, FormulationForm[]>();
  for (const p of quotes.pairs) {
    if (!(p.reversed || p.mixed) || (p.cls !== 'double' && p.cls !== 'single')) continue;
    const term = text.slice(p.open + 1, p.close);
    const list = byTerm.get(term);
    if (!list) continue;
    const quote: QuoteStyle = p.cls === 'double' ? 'cn-double' : 'cn-single';
    if (!p.reversed) {
      if (scope.quoteSpans.encloses(p.open, p.close + 1, true)) continue;
      list.push({ start: p.open, end: p.close + 1, line: scope.doc.lineIndexAt(p.open), form: formOf(term, quote), quote, mixed: true });
      continue;
    }
    let forms = intended.get(term);
    if (!forms) intended.set(term, (forms = []));
    const f = forms.find((x) => x.quote === quote);
    if (f) f.count++;
    else forms.push({ form: formOf(term, quote), quote, count: 1 });
  }
  return intended;
}

/** Whether a short quoted term is a 提法 rather than a quoted word for emphasis. */
function looksLikeFormulation(c: string, segmenter: Segmenter | undefined): boolean {
  if (!QUOTED_TERM_RE.test(c) || !CJK_RE.test(c) || ORDINARY.has(c)) return false;
  // A numeral other than a lone 一 (一流, 统一 are words; 一带一路, 一企一策 are not).
  const numeral = NUMERAL_RE.test(c) || (c.match(/一/g)?.length ?? 0) >= 2;
  if (!numeral) return false;
  if (segmenter && segmenter.freq(c) >= ORDINARY_FREQ) return false;
  return true;
}

/**
 * Whether an unquoted occurrence stands as a word of its own. Without a segmenter only
 * dictionary terms of three or more characters, or occurrences set off by non-Chinese
 * characters, are trusted.
 */
function standsAlone(
  text: string,
  s: number,
  e: number,
  found: string,
  arabic: boolean,
  source: 'dictionary' | 'config' | 'draft',
  segmenter: Segmenter | undefined,
  tokens: () => Array<[number, number]>,
): boolean {
  const before = text[s - 1] ?? '';
  const after = text[e] ?? '';
  // 十四五 in 二十四五, 三农 before a digit: part of a longer number.
  if (NUMERAL_CHAR_RE.test(found[0]!) && NUMERAL_CHAR_RE.test(before)) return false;
  if (NUMERAL_CHAR_RE.test(found[found.length - 1]!) && NUMERAL_CHAR_RE.test(after)) return false;
  // 第四个自信, 其他三个自信, 这三个自信: counted, not the 提法 named.
  if (NUMERAL_CHAR_RE.test(found[0]!) && COUNTED_BEFORE_RE.test(text.slice(Math.max(0, s - 2), s))) return false;
  if (!segmenter) {
    if (!CJK_RE.test(before) && !CJK_RE.test(after)) return true;
    return !arabic && source !== 'draft' && found.length >= 3;
  }
  const toks = tokens();
  if (found.length <= 2 || arabic) {
    // Short terms and digit forms must fall on word boundaries (六稳定, 6稳定 are not 六稳).
    let startOk = false;
    let endOk = false;
    for (const [a, b] of toks) {
      if (a === s) startOk = true;
      if (b === e) endOk = true;
    }
    return startOk && endOk;
  }
  // Longer terms: no word of the sentence may contain the occurrence and more.
  return !toks.some(([a, b]) => a <= s && e <= b && b - a > e - s);
}
