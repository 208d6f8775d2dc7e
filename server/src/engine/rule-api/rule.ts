/**
 * The contract between the engine and a rule. A rule is a small object in its own file
 * (`rules/<id>.ts`), listed in `rules/index.ts`. `check(ctx)` sees the whole document, so
 * document-wide rules (formulation variants, dates, counts) need no special API.
 */
import type { BoundedCache } from '../util/bounded-cache';
import type { SpeechDocument } from '../analysis/document';
import type { LocalizedText, MessageParams, MessageTable } from '../model/i18n';
import type { Segmenter } from '../analysis/segment';
import type { NormalizedConfig } from '../model/config';
import type { Category, Fix, RuleId, Severity, TextEdit } from '../model/types';

/** `Id`: the rule's id as a literal type, from which the registry derives `RuleId`. */
export interface RuleMeta<Id extends string = RuleId> {
  id: Id;
  category: Category;
  description: LocalizedText;
  /**
   * What the rule catches, with examples (Markdown): with `description` and `defaultSeverity`
   * it becomes the rule's entry in the settings UI (package.nls*.json, `npm run gen:rules`).
   */
  docs: LocalizedText;
  defaultSeverity: Severity;
  fixable: boolean;
  /**
   * 'required': the rule only runs once nodejieba is loaded.
   * 'optional': the rule runs at once and is refined when a segmenter is available.
   * absent: the rule never segments.
   */
  segmentation?: 'required' | 'optional';
  /** Message and fix-title templates with `{name}` slots, in Chinese and English. */
  messages: MessageTable;
  /**
   * False when findings cover a title, a line, punctuation or a structure rather than a word,
   * so editors do not offer "ignore this word" for them. Defaults to true.
   */
  wordFindings?: boolean;
  /**
   * True for the rule that reports residue itself. Findings of every other rule that lie
   * inside web residue (a line or a span the residue rule deletes) are dropped by the runner.
   */
  reportsResidue?: boolean;
}

export interface Rule<Id extends string = RuleId> extends RuleMeta<Id> {
  check(ctx: RuleContext): void;
}

export interface FixInput {
  /** Key into the rule's message table, or a ready title. */
  title: string;
  params?: MessageParams;
  /**
   * The edits, or (a draft-wide fix with thousands) how many there will be and how to make
   * them: made only when something reads the fix's edits (util/lazy-edits.ts).
   */
  edits: TextEdit[] | { count: number; make: () => TextEdit[] };
  /** Defaults to true. Set false for guesses that fix-all must not apply. */
  safe?: boolean;
}

export interface ReportInput {
  start: number;
  end: number;
  /** Key into the rule's message table. */
  messageId: string;
  params?: MessageParams;
  fixes?: FixInput[];
  /** Overrides the configured severity (e.g. `date-invalid` is an error). */
  severity?: Severity;
  data?: Record<string, unknown>;
}

export interface RuleContext {
  doc: SpeechDocument;
  text: string;
  config: NormalizedConfig;
  /** Present when nodejieba is loaded (always for rules with segmentation 'required'). */
  segmenter?: Segmenter;
  report(input: ReportInput): void;
  /** A message-table entry in the configured locale. */
  t(messageId: string, params?: MessageParams): string;
  /**
   * Analyses shared between rules of one check (formulations, dates, outline, slots):
   * computed once per check by whichever rule asks first.
   */
  memo<T>(key: string, compute: () => T): T;
  /**
   * A cache that outlives the check, owned by the engine and scoped to what the rule's
   * results depend on besides the text: the segmenter and the words the configuration adds
   * to it. Key it by the text it describes.
   */
  cache<V>(name: string, maxEntries: number, maxChars: number): BoundedCache<V>;
}

/** What the shared analyses need of a context: a check's document, configuration, segmenter and memo. */
export type AnalysisContext = Pick<RuleContext, 'doc' | 'text' | 'config' | 'segmenter' | 'memo'> & Partial<Pick<RuleContext, 'cache'>>;

export type { Fix };
