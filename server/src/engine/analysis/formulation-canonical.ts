/**
 * The written forms of a 提法 and the one a draft should use throughout (its canonical form).
 * Owner: slogan rules.
 *
 * The most used form is canonical (RULES.md), ties going to the draft's standard marks: “…”
 * (GB/T 15834-2011), or 「…」 where it quotes in corner marks throughout (a traditional-script
 * text). Where keyboard marks (`"…"`, `'…'`) are the most used form, the standard marks take their
 * place (the writer quotes the term; the keyboard marks are marked too). A fix toward other marks
 * (‘…’ at the top level, 『…』, 〝…〞), however often the draft writes them, is only a suggestion:
 * fix-all never writes them.
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
 * won by “…”, and never marks other than the standard ones (fix-all never writes ASCII marks: a
 * keyboard-marked majority gives its place to the standard marks).
 */
function canonicalQuote(pool: FormulationForm[], standard: 'cn-double' | 'corner'): { quote: QuoteStyle; clear: boolean } {
  if (pool.length === 1) return { quote: pool[0]!.quote, clear: true };
  const max = Math.max(...pool.map((f) => f.count));
  const top = pool.filter((f) => f.count === max);
  const order = [standard, ...PREFERENCE.filter((q) => q !== standard)];
  const quote = order.find((q) => top.some((f) => f.quote === q)) ?? top[0]!.quote;
  // Keyboard marks (`"六稳"`, `'六稳'`) most used: the writer quotes the term, in marks a Chinese text
  // does not use (GB/T 15834-2011). The form to write throughout is the quoted one in the draft's
  // standard marks, so that the keyboard ones are marked too and one pass of fixes leaves one form.
  if (ASCII_MARKS.has(quote)) return { quote: standard, clear: top.length === 1 };
  const clear = (top.length === 1 || quote === 'cn-double') && (quote === standard || quote === 'none');
  return { quote, clear };
}

const ASCII_MARKS = new Set<QuoteStyle>(['ascii-double', 'ascii-single']);
