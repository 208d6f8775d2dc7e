/**
 * The date a draft speaks from: its date line, or else the latest year it calls 今年
 * (`今年（2022年）`). Used by the rules that judge whether a formulation is still current.
 */
import type { SpeechDocument } from './document';
import { parseDateText } from './dates';
import { dateNumberValue } from '../util/numerals';

export interface DraftDate {
  year: number;
  month?: number;
  day?: number;
}

const THIS_YEAR_RE = /今年[（(]?(20\d\d|19\d\d)年?[）)]?/g;

export function draftDate(doc: SpeechDocument): DraftDate | undefined {
  const dl = doc.dateLine;
  const parts = dl?.form === 'compact'
    ? { year: Number(dl.text.slice(0, 4)), month: Number(dl.text.slice(4, 6)), day: Number(dl.text.slice(6, 8)) }
    : dl ? parseDateText(dl.text) : undefined;
  if (parts?.year !== undefined) return { year: parts.year, ...(parts.month ? { month: parts.month } : {}), ...(parts.day ? { day: parts.day } : {}) };
  let latest: number | undefined;
  THIS_YEAR_RE.lastIndex = 0;
  for (let m = THIS_YEAR_RE.exec(doc.text); m; m = THIS_YEAR_RE.exec(doc.text)) {
    const y = Number(m[1]);
    if (latest === undefined || y > latest) latest = y;
  }
  return latest === undefined ? undefined : { year: latest };
}

export function draftYear(doc: SpeechDocument): number | undefined {
  return draftDate(doc)?.year;
}

/** A year the title names (`梅州市举行2012年新春团拜会`, `二〇二三年春节团拜会上的讲话`, `2023—2024学年开学典礼致辞`). */
const TITLE_YEAR_RE = /(?<![\d〇○零一二三四五六七八九])((?:19|20)\d\d|[一二][〇○零一二三四五六七八九]{3})(?=年|[—–\-~～至到](?:19|20)\d\d)/g;

/** The years the title names, in order: a draft titled with a year speaks in it, or in the year after (`2022年度工作总结`). */
export function titleYears(doc: SpeechDocument): number[] {
  const t = doc.title?.text;
  if (!t) return [];
  const years: number[] = [];
  TITLE_YEAR_RE.lastIndex = 0;
  for (let m = TITLE_YEAR_RE.exec(t); m; m = TITLE_YEAR_RE.exec(t)) {
    const y = /^\d/.test(m[1]!) ? Number(m[1]) : dateNumberValue(m[1]!);
    if (y !== undefined && y >= 1900 && y < 2100 && !years.includes(y)) years.push(y);
  }
  return years;
}
