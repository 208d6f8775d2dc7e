/**
 * The written forms of a 提法 and the one a draft should use throughout (its canonical form).
 * Owner: slogan rules.
 *
 * Quoted or not is the draft's choice: the more frequent wins (ties: quoted). How it is
 * quoted is not: a Chinese draft quotes in “…” (GB/T 15834-2011), or in 「…」 where it quotes
 * in corner marks throughout (a traditional-script text). ASCII "…", ‘…’ at the top level,
 * 『…』 or 〝…〞 are never the target, however often the draft writes them.
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
  source: Map<string, 'dictionary' | 'config' | 'draft'>,
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
    const { quote, clear } = canonicalQuote(pool, standard);
    uses.push({ term, canonical: formOf(term, quote), forms, occurrences, canonicalQuote: quote, canonicalClear: clear, standardQuote: standard, source: source.get(term)! });
  }
  uses.sort((a, b) => a.occurrences[0]!.start - b.occurrences[0]!.start);
  return uses;
}

/**
 * The canonical quote style among `pool`, and whether it is clear (a fix toward it is safe).
 * One form: that form, whatever it is (nothing to unify). Quoted at least as often as bare:
 * the standard marks, clear. Bare more often: bare, clear.
 */
function canonicalQuote(pool: FormulationForm[], standard: 'cn-double' | 'corner'): { quote: QuoteStyle; clear: boolean } {
  if (pool.length === 1) return { quote: pool[0]!.quote, clear: true };
  let quoted = 0;
  let bare = 0;
  for (const f of pool) {
    if (f.quote === 'none') bare += f.count;
    else quoted += f.count;
  }
  return { quote: quoted >= bare ? standard : 'none', clear: true };
}
