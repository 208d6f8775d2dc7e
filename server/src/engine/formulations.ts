/**
 * 提法 (fixed formulations) in a draft: which ones it uses, in which written forms
 * (`“六稳”`, `"六稳"`, `「六稳」`, `‘六稳’`, unquoted), and how often. Shared by the slogan
 * rules, the hover and the consistency report.
 * Owner: slogan rules.
 */
import type { SpeechDocument } from './document';
import type { NormalizedConfig } from './config';

/** How an occurrence is quoted. */
export type QuoteStyle = 'cn-double' | 'ascii-double' | 'corner' | 'cn-single' | 'ascii-single' | 'none';

export interface FormulationOccurrence {
  /** Range of the whole form including its quotes. */
  start: number;
  end: number;
  line: number;
  form: string;
  quote: QuoteStyle;
}

export interface FormulationForm {
  form: string;
  quote: QuoteStyle;
  count: number;
}

export interface FormulationUse {
  /** The term without quotes, e.g. `六稳`. */
  term: string;
  /** The majority form (ties: “…”). */
  canonical: string;
  forms: FormulationForm[];
  occurrences: FormulationOccurrence[];
}

/** TODO(slogan owner): implement. */
export function analyzeFormulations(_doc: SpeechDocument, _config: NormalizedConfig): FormulationUse[] {
  return [];
}
