/**
 * The terms a draft's formulations are looked for by, in two layers:
 * - the base: the dictionary's terms, the configuration's and the Arabic-numeral variants of
 *   both (`6稳` for 六稳). It depends on the configuration only, so it is built once and kept,
 *   with its matcher, for every draft checked under that configuration;
 * - the draft's own: the short terms it quotes that look like a formulation, and their
 *   variants. Usually none or a few: their matcher is small.
 * The two layers never share a string, so a line's matches are the base's where no term of
 * the draft's own occurs in it (formulation-scan.ts).
 */
import type { NormalizedConfig } from '../model/config';
import type { Segmenter } from './segment';
import type { QuoteAnalysis } from './quotes';
import formulationsData from '../data/formulations.json';
import { arabicVariants, chineseNameOf } from './formulation-variants';
import { byPreference, matcherFor, type Matcher } from './formulation-scan';
import { ownString } from '../util/bounded-cache';
import { HAN, HAN_CHAR_RE } from '../util/han';

export type TermSource = 'dictionary' | 'config' | 'draft';

const DICTIONARY_TERMS: readonly string[] = [...new Set(formulationsData.formulations.map((e) => e.term))];
export const ORDINARY = new Set(formulationsData.ordinaryWords.map((e) => e.term));

/** Quoted terms the draft coins: 2–10 characters, Chinese (and digits, `+`), nothing else. */
const QUOTED_TERM_RE = new RegExp(`^[${HAN}0-9+＋]{2,10}$`);
/** Pairs whose content may be a term: every quotation-mark class. */
const TERM_CLASSES = new Set(['double', 'single', 'corner', 'corner2', 'prime']);
const NUMERAL_RE = /[二三四五六七八九十百千万两双0-9]/;
/** Jieba frequency above which a quoted word is ordinary vocabulary (一流, 十分), not a 提法. */
const ORDINARY_FREQ = 1000;
/** Words a 提法 is quoted together with (`“六稳工作”`, `“放管服改革”`, `“十四五规划”`). */
const HEAD_WORDS = new Set(['工作', '任务', '改革', '建设', '战略', '行动', '工程', '目标', '要求', '理念', '精神', '规划', '体系', '格局', '政策', '措施']);

/** The terms every draft under one configuration is searched for. */
export interface BaseTerms {
  source: ReadonlyMap<string, TermSource>;
  /** Arabic-numeral variants and the term each stands for. */
  variantOf: ReadonlyMap<string, string>;
  matcher: Matcher;
}

/** The terms one draft is searched for. */
export interface Terms {
  base: BaseTerms;
  /** The draft's own terms (none of them the base's). */
  draft: Map<string, TermSource>;
  /** Terms the draft coined by quoting them twice: only their quoted uses count. */
  coined: Set<string>;
  /** Variants of the draft's own terms. */
  draftVariantOf: Map<string, string>;
  /** The draft's own terms and variants, longest first, when there are any. */
  extra?: Matcher;
}

export const sourceOf = (terms: Terms, term: string): TermSource | undefined => terms.draft.get(term) ?? terms.base.source.get(term);
/** The term a found string stands for (itself unless it is a variant). */
export const termOf = (terms: Terms, found: string): string => terms.base.variantOf.get(found) ?? terms.draftVariantOf.get(found) ?? found;
export const isVariant = (terms: Terms, found: string): boolean => terms.base.variantOf.has(found) || terms.draftVariantOf.has(found);


/** arabicVariants by term: every check asks for those of its own terms. */
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

/** Base terms by configured formulations (a few configurations at most in one process). */
const BASES = new Map<string, BaseTerms>();
const MAX_BASES = 4;

export function baseTerms(config: NormalizedConfig): BaseTerms {
  const key = config.formulations.join('\u0000');
  let base = BASES.get(key);
  if (base) return base;
  const source = new Map<string, TermSource>();
  for (const t of DICTIONARY_TERMS) source.set(t, 'dictionary');
  for (const t of config.formulations) if (!source.has(t) && t.length >= 2) source.set(ownString(t), 'config');
  const variantOf = new Map<string, string>();
  for (const term of source.keys()) {
    if (/[0-9]/.test(term)) continue;
    for (const v of variantsOf(term)) if (!variantOf.has(v)) variantOf.set(v, term);
  }
  for (const v of [...variantOf.keys()]) if (source.has(v)) variantOf.delete(v);
  const sorted = [...source.keys(), ...variantOf.keys()].sort(byPreference);
  base = { source, variantOf, matcher: matcherFor(sorted) };
  if (BASES.size >= MAX_BASES) BASES.clear();
  BASES.set(ownString(key), base);
  return base;
}

/** The base terms and those the draft quotes as its own. */
export function collectTerms(text: string, quotes: QuoteAnalysis, config: NormalizedConfig, segmenter: Segmenter | undefined): Terms {
  const base = baseTerms(config);
  const draft = new Map<string, TermSource>();
  const known = (c: string): boolean => base.source.has(c) || draft.has(c);
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
    if (known(c) || !QUOTED_TERM_RE.test(c) || !HAN_CHAR_RE.test(c) || ORDINARY.has(c)) continue;
    if (quotedWithItsWord(c, known, quotedCount)) continue;
    if (looksLikeFormulation(c, segmenter)) draft.set(c, 'draft');
    else if (n >= 2) {
      draft.set(c, 'draft');
      coined.add(c);
    }
  }
  // A name quoted in Arabic numerals (“5个必须”) stands for its Chinese form, of which it is a variant.
  for (const cn of [...quotedCount.keys()].map(chineseNameOf)) if (cn && !known(cn) && !ORDINARY.has(cn)) draft.set(cn, 'draft');
  if (draft.size === 0) return { base, draft, coined, draftVariantOf: new Map() };
  // A quoted term in Arabic numerals whose Chinese form is a term is that term's variant.
  const draftVariantOf = new Map<string, string>();
  for (const term of draft.keys()) {
    if (/[0-9]/.test(term)) continue;
    for (const v of variantsOf(term)) if (!base.variantOf.has(v) && !draftVariantOf.has(v)) draftVariantOf.set(v, term);
  }
  for (const d of [...draft.keys()]) if (base.variantOf.has(d) || draftVariantOf.has(d)) draft.delete(d);
  for (const v of [...draftVariantOf.keys()]) if (base.source.has(v) || draft.has(v)) draftVariantOf.delete(v);
  const own = [...draft.keys(), ...draftVariantOf.keys()];
  return { base, draft, coined, draftVariantOf, ...(own.length > 0 ? { extra: matcherFor(own.sort(byPreference)) } : {}) };
}

/**
 * Whether a quoted content is a term the draft or the dictionary already has, quoted with the
 * word it qualifies (`“六稳工作”` beside `“六稳”工作`): the same 提法, not one of its own.
 */
function quotedWithItsWord(c: string, known: (t: string) => boolean, quoted: ReadonlyMap<string, number>): boolean {
  if (c.length < 4 || !HEAD_WORDS.has(c.slice(-2))) return false;
  const base = c.slice(0, -2);
  return known(base) || quoted.has(base);
}

/** Whether a short quoted term is a 提法 rather than a quoted word for emphasis. */
function looksLikeFormulation(c: string, segmenter: Segmenter | undefined): boolean {
  if (!QUOTED_TERM_RE.test(c) || !HAN_CHAR_RE.test(c) || ORDINARY.has(c)) return false;
  // A numeral other than a lone 一 (一流, 统一 are words; 一带一路, 一企一策 are not).
  const numeral = NUMERAL_RE.test(c) || (c.match(/一/g)?.length ?? 0) >= 2;
  if (!numeral) return false;
  if (segmenter && segmenter.freq(c) >= ORDINARY_FREQ) return false;
  return true;
}
