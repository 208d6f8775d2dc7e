/**
 * The date a draft speaks from: its date line, or else the latest year it calls 今年
 * (`今年（2022年）`). Used by the rules that judge whether a formulation is still current.
 */
import type { SpeechDocument } from './document';
import { parseDateText } from './dates';

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
