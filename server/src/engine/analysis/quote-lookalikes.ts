/**
 * Marks that look like quotation marks and are not: an apostrophe in Latin text (it’s, the
 * students’ books, ’90s, `Workers’体育馆`), a time's minutes and seconds (`以54”28的成绩`) and
 * the quotes of a markup attribute a web copy kept (`<p class="ql-block">`).
 */
import { HAN_CHAR_RE } from '../util/han';
import type { QuoteClass } from './quote-pairing';

const LATIN_RE = /[A-Za-z0-9]/;

function isApostrophe(before: string, after: string): boolean {
  return (LATIN_RE.test(before) || LATIN_RE.test(after)) && !HAN_CHAR_RE.test(before) && !HAN_CHAR_RE.test(after);
}

/** How far back on its line a plural possessive looks for an opening `‘`. */
const POSSESSIVE_LOOKBACK = 80;

/**
 * `Workers’体育馆`, `the teachers’ 节日`: a Latin plural's possessive before Chinese text, with
 * no opening `‘` before it on its line (`‘Workers’` stays a quotation).
 */
function isPluralPossessive(text: string, i: number): boolean {
  if (i < 2 || text[i - 1] !== 's' || !/[A-Za-z]/.test(text[i - 2]!)) return false;
  for (let j = i - 1; j >= 0 && j >= i - POSSESSIVE_LOOKBACK; j--) {
    const c = text[j];
    if (c === '\n') break;
    if (c === '‘') return false;
  }
  return true;
}

const DIGIT_RE = /[0-9]/;

/** Whether the mark `ch` at `i` (of class `cls`) is no quotation mark. */
export function notQuotationMark(text: string, i: number, ch: string, cls: QuoteClass): boolean {
  if (cls === 'single' && (isApostrophe(text[i - 1] ?? '', text[i + 1] ?? '') || (ch === '’' && isPluralPossessive(text, i)))) return true;
  // Between two digits a mark is a prime (`1‘07”69`).
  return (cls === 'double' || cls === 'single') && DIGIT_RE.test(text[i - 1] ?? '') && DIGIT_RE.test(text[i + 1] ?? '');
}

/** Longest attribute value looked through for its closing quote. */
const MAX_ATTRIBUTE_VALUE = 200;

/**
 * `<p class="ql-block"><b style="font-size:20px;"> “慈母手中线，…`: a web page's markup kept in
 * the copy (a meipian page). The ASCII quote after `name=` opens an attribute's value and the
 * next one on its line closes it: neither is a quotation mark, and read as one the first paired
 * with the poem's “ across the tags. Returns the offset of the closing quote, or -1 when the mark
 * at `i` opens no attribute value. Looks at most MAX_ATTRIBUTE_VALUE characters ahead.
 */
export function attributeValueEnd(text: string, i: number, ch: string): number {
  if ((ch !== '"' && ch !== "'") || text[i - 1] !== '=' || !/[A-Za-z]/.test(text[i - 2] ?? '')) return -1;
  const stop = Math.min(text.length, i + 1 + MAX_ATTRIBUTE_VALUE);
  for (let j = i + 1; j < stop; j++) {
    const c = text[j];
    if (c === ch) return j;
    if (c === '\n') return -1;
  }
  return -1;
}
