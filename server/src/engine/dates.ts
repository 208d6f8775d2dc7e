/**
 * Dates written in a draft and their formats. Shared by the date rules and the
 * consistency report. Owner: date rules.
 */
import type { SpeechDocument } from './document';

/** `chinese`: 2024年3月9日 (GB/T 9704); others are the forms that rule flags. */
export type DateFormat = 'chinese' | 'chinese-padded' | 'chinese-numerals' | 'iso' | 'dotted' | 'slashed' | 'partial';

export interface DateMention {
  start: number;
  end: number;
  line: number;
  text: string;
  year?: number;
  month?: number;
  day?: number;
  format: DateFormat;
  /** Whether this is the date line under the title. */
  isDateLine: boolean;
}

/** TODO(date owner): implement. */
export function findDates(_doc: SpeechDocument): DateMention[] {
  return [];
}
