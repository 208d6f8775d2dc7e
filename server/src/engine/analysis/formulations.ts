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
import { scanLines, type FormulationLineCache } from './formulation-scan';
import { collectTerms, isVariant, sourceOf, termOf, type Terms } from './formulation-terms';
import type { NormalizedConfig } from '../model/config';
import { getLoadedSegmenter, type Segmenter } from './segment';
import { analyzeQuotes, DISPLACED_QUOTES_RE, type QuoteAnalysis } from './quotes';
import { spansByLine } from './residue-spans';
import { analyzeBrackets, type BracketAnalysis } from './brackets';
import formulationsData from '../data/formulations.json';
import { SpanIndex } from './span-index';
import { firstIndexWhere } from '../util/binary-search';
import { HAN_CHAR_RE } from '../util/han';
import { formOf, QUOTES, standardQuoteOf, toUses } from './formulation-canonical';
import { textUnits } from './text-units';
import { isTitleLike } from './anatomy';

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
  /** Bare in a headline (the title, a site's headline above it): counted, but no vote for the canonical form (formulation-canonical.ts). */
  headline?: boolean;
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
  /** A headline's bare uses would have outvoted the text's form: they are set aside, not marked. */
  headlineOutvoted?: boolean;
}

export interface DictionaryEntry {
  term: string;
  examples: string[];
  counterexamples?: string[];
}

export const FORMULATION_DICTIONARY: readonly DictionaryEntry[] = formulationsData.formulations;
export const ORDINARY_NUMERAL_WORDS: readonly DictionaryEntry[] = formulationsData.ordinaryWords;

const STYLE_OF = new Map<string, QuoteStyle>(
  Object.entries(QUOTES).map(([style, [o, c]]) => [o + c, style as QuoteStyle]),
);
const QUOTE_CHARS = new Set('“”"＂‘’\'＇「」『』〝〞〟');
const CJK_RE = HAN_CHAR_RE;
const NUMERAL_CHAR_RE = /[〇零一二三四五六七八九十百千万两0-9０-９]/;
const DIGIT_RE = /[0-9０-９.．]/;
const ARABIC_DIGIT_RE = /[0-9０-９]/;
/** What joins a number's parts: `5.12`, `2023-5`, `7/1`. */
const NUMBER_JOIN_RE = /[.．·\-－/／]/;
/** Before a numeral: an ordinal (第), a part of a set (其他, 另外) or the ones just named (这, 上述): counted, not a 提法's name. */
const COUNTED_BEFORE_RE = /(?:第|其他|其余|另外|另|这|那|此|上述|以上)$/;
/** An honour named after a date (`三八红旗手`, `五一劳动奖章`, `五四红旗团委`): the date's numerals are part of the name, written bare. */
const HONOUR_AFTER_RE = /^(?:红旗|紅旗|劳动奖|勞動獎|青年奖|青年獎|奖章|獎章|奖状|獎狀)/;
const DATE_NUMERALS_RE = /^[一二三四五六七八九十]{2,3}$/;
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
  return toUses(byTerm, intended, (term) => sourceOf(terms, term)!, standardQuoteOf(doc.text, quotes));
}

/** The proper pairs' closing marks by their opening marks (a mark opens one pair at most). */
function properPairs(quotes: QuoteAnalysis): Map<number, number> {
  const out = new Map<number, number>();
  for (const p of quotes.pairs) if (!p.reversed && !p.mixed) out.set(p.open, p.close);
  return out;
}

/** Where the text unit (text-units.ts: a paragraph's lines joined where a sentence runs on) holding `pos` starts. */
function unitStart(doc: SpeechDocument, pos: number): number {
  const units = textUnits(doc);
  const i = firstIndexWhere(units.length, (k) => units[k]!.end > pos);
  return i < units.length && units[i]!.start <= pos ? units[i]!.start : pos;
}

/** Whether an offset of `sorted` lies in [from, to). */
function openedBefore(sorted: number[], from: number, to: number): boolean {
  const i = firstIndexWhere(sorted.length, (k) => sorted[k]! >= to);
  return i > 0 && sorted[i - 1]! >= from;
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

/**
 * A paper's keyword line (`关键词:国有企业;监督执纪;四种形态`, `〔关键词〕…`, `Key words:`): labels listed
 * bare by convention, no form of the writer's.
 */
const KEYWORD_LINE_RE = /^[ \t\u3000]*[[【〔(（]?[ \t\u3000]*(?:关[ \t\u3000]*键[ \t\u3000]*[词字]|主[ \t\u3000]*题[ \t\u3000]*词|key[ \t\u3000]*words?)[ \t\u3000]*[\]】〕)）:：]/i;

/** A space, a line break or the edge of the text around a term. */
const SPACE_OR_EDGE_RE = /^(?:[ \t\u3000\u00a0\n\r])?$/;

/**
 * 2. Occurrences, longest alternative first so a longer formulation hides the shorter ones
 * inside it (“六稳六保” is not an occurrence of 六稳).
 */
function findOccurrences(scope: Scope, lineCache: FormulationLineCache | undefined): Map<string, FormulationOccurrence[]> {
  const { doc, segmenter, terms } = scope;
  const { coined } = terms;
  const text = doc.text;
  // Words around an occurrence: a window of the line is enough and keeps long lines cheap.
  const tokensAround = (l: Line, s: number, e: number): Array<[number, number]> => {
    const from = Math.max(l.start, s - WINDOW);
    const to = Math.min(l.end, e + WINDOW);
    return segmenter!.cut(text.slice(from, to)).map((k) => [from + k.start, from + k.end] as [number, number]);
  };
  const byTerm = new Map<string, FormulationOccurrence[]>();
  // A site's residue (its second copy of the title, its page text, a span it glued into a line) is no writer's form.
  const { lines: residue, spans } = doc.residue;
  // By line: a match looks at its own line's spans, not every span of the draft (a page of glued page numbers has thousands).
  const spansOnLine = spansByLine(spans);
  const headline = headlineSpans(doc);
  // A PDF copy that moved the quotation marks off their words (`“ ”一、把握 两个确立 的…`):
  // a term between spaces stood in marks, so its bare form is not the writer's.
  const displaced = DISPLACED_QUOTES_RE.test(text);
  for (const { line, match } of scanLines(doc, terms.base.matcher, lineCache, terms.extra)) {
    if (residue.size > 0 && residue.has(line.index)) continue;
    if (spansOnLine.get(line.index)?.some((r) => r.start <= match.s && match.s < r.end)) continue;
    if (KEYWORD_LINE_RE.test(text.slice(line.start, line.start + 24))) continue;
    const found = match.found;
    const s = line.start + match.s;
    const e = s + found.length;
    const term = termOf(terms, found);
    const arabic = isVariant(terms, found);
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
      // ‘…’ or 『…』 after a quotation opened earlier in its paragraph and never closed: nested
      // too, also where a PDF copy broke the paragraph's lines before it (`“不要强调在目前阶段` /
      // `安全事故‘不可避免论’,`: the paragraph's units join such lines).
      if (INNER_STYLES.has(quote) && openedBefore(scope.unclosedOuter, unitStart(doc, line.start), start)) continue;
    } else {
      if (QUOTE_CHARS.has(before) || QUOTE_CHARS.has(after)) continue; // reversed or unpaired marks: quote-pair's
      if (displaced && SPACE_OR_EDGE_RE.test(before) && SPACE_OR_EDGE_RE.test(after)) continue;
      if (coined.has(term) || scope.quoteSpans.encloses(s, e) || scope.titleSpans.encloses(s, e)) continue;
      if (DATE_NUMERALS_RE.test(found) && HONOUR_AFTER_RE.test(text.slice(e, e + 3))) continue;
      // A function of the line, the term set and the segmenter: kept with the match.
      match.alone ??= standsAlone(text, s, e, found, arabic, sourceOf(terms, term)!, segmenter, () => tokensAround(line, s, e));
      if (!match.alone) continue;
    }
    if (arabic && (DIGIT_RE.test(text[start - 1] ?? '') || (/[0-9]$/.test(found) && DIGIT_RE.test(text[end] ?? '')))) continue;
    const occ: FormulationOccurrence = { start, end, line: line.index, form: formOf(found, quote), quote };
    if (arabic) occ.arabic = true;
    if (quote === 'none' && headline.some(([a, b]) => a <= s && e <= b)) occ.headline = true;
    let list = byTerm.get(term);
    if (!list) byTerm.set(term, (list = []));
    list.push(occ);
  }
  return byTerm;
}

/** How many content lines at the head of a draft may be its headlines. */
const HEADLINE_LINES = 4;

/**
 * The draft's title and the title-like lines that open it (a site's headline, its keywords):
 * headlines write a 提法 bare where the text quotes it (`四个意识是什么 四个意识是什么…` over `这“四个意识”
 * 是…`), so a bare form there does not outvote the text's quoted one (it is still a form, and marked
 * where the text quotes the term).
 */
function headlineSpans(doc: SpeechDocument): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const title = doc.title;
  if (title) out.push([title.start, title.end]);
  let seen = 0;
  for (const l of doc.lines) {
    if (l.text.trim() === '' || doc.residue.lines.has(l.index)) continue;
    if (++seen > HEADLINE_LINES || !isTitleLike(l.text)) break;
    out.push([l.start, l.end]);
  }
  return out;
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
  // 12国际护士节 in 5.12国际护士节: the tail of a date or decimal, not the term (quoting it splits the number).
  if (ARABIC_DIGIT_RE.test(found[0]!) && NUMBER_JOIN_RE.test(before) && ARABIC_DIGIT_RE.test(text[s - 2] ?? '')) return false;
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
