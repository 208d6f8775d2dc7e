/**
 * The engine's public vocabulary. Offsets are UTF-16 code units into the checked text
 * (JavaScript string indices); LSP positions are made once, in the adapters.
 */
import type { RULES } from '../rules';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export type Category =
  | 'placeholder'
  | 'slogan'
  | 'date'
  | 'structure'
  | 'typography'
  | 'wording'
  | 'residue';

export const CATEGORIES: readonly Category[] = [
  'placeholder',
  'slogan',
  'date',
  'structure',
  'typography',
  'wording',
  'residue',
];

/** A rule's id: one of the ids in the registry (rules/index.ts). */
export type RuleId = (typeof RULES)[number]['id'];

export type Locale = 'zh-CN' | 'en';

/** One replacement of the half-open range [start, end). */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /**
   * Whether fix-all may apply this fix without asking. Only `fixes[0]` is ever applied by
   * fix-all, and only when it is safe. Guesses (e.g. filling a year slot) are not safe.
   */
  safe: boolean;
}

export interface Finding {
  rule: RuleId;
  category: Category;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  fixes: Fix[];
  /** Rule-specific facts for adapters (slot kind, formulation key, …). JSON-serialisable. */
  data?: Record<string, unknown>;
}
