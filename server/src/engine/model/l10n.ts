/**
 * Localisation helpers shared by the engine's report, the CLI, the language server and the
 * VS Code client: choosing a language's text, the names of slot kinds and severities, and
 * line lists as people read them. Pure: no `vscode`, no I/O.
 */
import type { LocalizedText } from './i18n';
import type { SlotKind } from '../analysis/slots';
import type { Locale, Severity } from './types';

/** The text in the chosen language, as it is (no `{name}` filling; see `localize` for that). */
export function pick(text: LocalizedText, locale: Locale): string {
  return locale === 'en' ? text.en : text.zh;
}

export const SLOT_KIND_NAMES: Readonly<Record<SlotKind, LocalizedText>> = {
  number: { zh: '数字', en: 'figure' },
  year: { zh: '年份', en: 'year' },
  date: { zh: '日期', en: 'date' },
  name: { zh: '人名', en: 'name' },
  place: { zh: '地名', en: 'place' },
  unit: { zh: '单位', en: 'organisation' },
  sentence: { zh: '整句', en: 'sentence' },
  blank: { zh: '空白', en: 'blank' },
  other: { zh: '其他', en: 'other' },
};

/** A slot kind's name ("数字", "figure"); an unknown kind as it is. */
export function slotKindName(kind: string, locale: Locale): string {
  const name = Object.prototype.hasOwnProperty.call(SLOT_KIND_NAMES, kind) ? SLOT_KIND_NAMES[kind as SlotKind] : undefined;
  return name ? pick(name, locale) : kind;
}

/** One finding's severity ("警告", "warning"). */
export const SEVERITY_NAMES: Readonly<Record<Severity, LocalizedText>> = {
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  info: { zh: '信息', en: 'info' },
  hint: { zh: '提示', en: 'hint' },
};

export interface LineListStyle {
  /** How many lines to show at most; more are cut to `ellipsis`. */
  max: number;
  separator: string;
  ellipsis: string;
}

/** 0-based lines as people count them (1-based), joined, a few at most: `5、8、12…`. */
export function lineList(lines: readonly number[], style: LineListStyle): string {
  const shown = lines.slice(0, style.max).map((l) => String(l + 1));
  return shown.join(style.separator) + (lines.length > style.max ? style.ellipsis : '');
}
