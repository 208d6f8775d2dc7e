import type { Locale } from './types';

export interface LocalizedText {
  zh: string;
  en: string;
}

export type MessageTable = Record<string, LocalizedText>;

export type MessageParams = Record<string, string | number>;

/** Fills `{name}` slots. Unknown names are left visible so a missing parameter is noticed. */
export function format(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

export function localize(text: LocalizedText, locale: Locale, params?: MessageParams): string {
  return format(locale === 'en' ? text.en : text.zh, params);
}
