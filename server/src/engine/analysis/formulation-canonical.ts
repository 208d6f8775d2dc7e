/**
 * The written forms of a 提法 and the one a draft should use throughout (its canonical form).
 * Owner: slogan rules.
 *
 * The most used form is canonical (RULES.md), ties going to the draft's standard marks: “…”
 * (GB/T 15834-2011), or 「…」 where it quotes in corner marks throughout (a traditional-script
 * text). A fix toward other marks (ASCII "…", ‘…’ at the top level, 『…』, 〝…〞), however often
 * the draft writes them, is only a suggestion: fix-all never writes them. (A keyboard-marked
 * majority stays the canonical form, as RULES.md's vote says: the minority occurrence is the
 * finding; quote-pair tells the keyboard marks to take the standard ones where the draft uses those.)
 */
import type { FormulationForm, FormulationOccurrence, FormulationUse, QuoteStyle } from './formulations';
import type { QuoteAnalysis } from './quotes';

export const QUOTES: Record<Exclude<QuoteStyle, 'none'>, [string, string]> = {
  'cn-double': ['“', '”'],
  'ascii-double': ['"', '"'],
  corner: ['「', '」'],
  corner2: ['『', '』'],
  prime: ['〝', '〞'],
  'cn-single': ['‘', '’'],
  'ascii-single': ["'", "'"],
};

export function formOf(term: string, quote: QuoteStyle): string {
  if (quote === 'none') return term;
  const [o, c] = QUOTES[quote];
  return o + term + c;
}

/**
 * The draft's standard quotation marks: 「…」 where its proper corner pairs outnumber its
 * proper “…” pairs, “…” otherwise.
 */
export function standardQuoteOf(text: string, quotes: QuoteAnalysis): 'cn-double' | 'corner' {
  let curly = 0;
  let corner = 0;
  for (const p of quotes.pairs) {
    if (p.reversed || p.mixed) continue;
    if (p.cls === 'corner') corner++;
    else if (p.cls === 'double' && text[p.open] === '“') curly++;
  }
  return corner > curly ? 'corner' : 'cn-double';
}

/** Each term's forms and the canonical one (Chinese numerals first; see the module's note). */
export function toUses(
  byTerm: Map<string, FormulationOccurrence[]>,
  intended: Map<string, FormulationForm[]>,
  source: (term: string) => 'dictionary' | 'config' | 'draft',
  standard: 'cn-double' | 'corner',
): FormulationUse[] {
  const uses: FormulationUse[] = [];
  for (const [term, occurrences] of byTerm) {
    const forms: FormulationForm[] = [];
    for (const f of intended.get(term) ?? []) forms.push({ ...f });
    for (const o of occurrences) {
      const f = forms.find((x) => x.form === o.form && x.quote === o.quote);
      if (f) f.count++;
      else forms.push({ form: o.form, quote: o.quote, count: 1, ...(o.arabic ? { arabic: true } : {}) });
    }
    const chinese = forms.filter((f) => !f.arabic);
    const pool = chinese.length > 0 ? chinese : forms;
    const voting = votingForms(pool, occurrences);
    const { quote, clear } = canonicalQuote(voting, standard);
    const use: FormulationUse = { term, canonical: formOf(term, quote), forms, occurrences, canonicalQuote: quote, canonicalClear: clear, standardQuote: standard, source: source(term) };
    // A headline that would outvote the text (`四个意识是什么 四个意识是什么…` over one `“四个意识”`):
    // the text's form stands, and the headline's bare uses are left as they are.
    if (voting !== pool && canonicalQuote(pool, standard).quote !== quote) use.headlineOutvoted = true;
    uses.push(use);
  }
  uses.sort((a, b) => a.occurrences[0]!.start - b.occurrences[0]!.start);
  return uses;
}

/**
 * The forms that vote for the canonical one: a headline's bare uses (formulations.ts) do not,
 * unless the term is used nowhere else.
 */
function votingForms(pool: FormulationForm[], occurrences: FormulationOccurrence[]): FormulationForm[] {
  const off = occurrences.filter((o) => o.headline && !o.arabic).length;
  if (off === 0) return pool;
  const out = pool.map((f) => (f.quote === 'none' && !f.arabic ? { ...f, count: f.count - off } : f)).filter((f) => f.count > 0);
  return out.length > 0 ? out : pool;
}

/** Which of the most used forms wins a tie: the draft's standard marks, then in this order. */
const PREFERENCE: readonly QuoteStyle[] = ['cn-double', 'corner', 'none', 'ascii-double', 'corner2', 'prime', 'cn-single', 'ascii-single'];

/**
 * The canonical quote style among `pool` (RULES.md: the majority form; ties go to the standard
 * marks), and whether it is clear, so that a fix toward it is safe: a strict majority or a tie
 * won by “…”, and never marks other than the standard ones (an ASCII "六稳"
 * majority is the canonical form the message names, but fix-all does not write ASCII marks:
 * each such fix is a suggestion).
 */
function canonicalQuote(pool: FormulationForm[], standard: 'cn-double' | 'corner'): { quote: QuoteStyle; clear: boolean } {
  if (pool.length === 1) return { quote: pool[0]!.quote, clear: true };
  const max = Math.max(...pool.map((f) => f.count));
  const top = pool.filter((f) => f.count === max);
  const order = [standard, ...PREFERENCE.filter((q) => q !== standard)];
  const quote = order.find((q) => top.some((f) => f.quote === q)) ?? top[0]!.quote;
  const clear = (top.length === 1 || quote === 'cn-double') && (quote === standard || quote === 'none');
  return { quote, clear };
}
