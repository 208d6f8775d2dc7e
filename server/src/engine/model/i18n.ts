import type { Locale } from './types';

export interface LocalizedText {
  zh: string;
  en: string;
}

export type MessageTable = Record<string, LocalizedText>;

export type MessageParams = Record<string, string | number>;

/** Fills `{name}` slots. Unknown names are left visible so a missing parameter is noticed. */
export function format(template: string, params: MessageParams = {}): string {
  const parts = partsOf(template);
  if (parts.length === 1) return template;
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    out += (Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : `{${name}}`) + parts[i + 1]!;
  }
  return out;
}

/**
 * A template split at its slots: text, slot name, text, … Every finding's message is
 * formatted on every check, so the message tables' templates are split once.
 */
const PARTS = new Map<string, string[]>();
const MAX_TEMPLATES = 2_000;
function partsOf(template: string): string[] {
  let parts = PARTS.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    if (PARTS.size < MAX_TEMPLATES) PARTS.set(template, parts);
  }
  return parts;
}

export function localize(text: LocalizedText, locale: Locale, params?: MessageParams): string {
  return format(locale === 'en' ? text.en : text.zh, params);
}
