/**
 * The units quotation marks and brackets pair within: a paragraph, where lines that do not
 * end a sentence are joined (PDF copy breaks lines mid-sentence, and a quotation may run
 * over the break).
 */
import type { SpeechDocument } from './document';

export interface Unit {
  start: number;
  end: number;
}


/**
 * A line whose (trimmed) end closes a sentence or a heading-like clause:
 * `/[。！？!?；;：:…][”’」』）)\]】》\s\u3000]*$/`, without trying the pattern at every character.
 * What may stand after the sentence end, and the sentence ends:
 */
const CLOSERS_RE = /[”’」』）)\]】》\s\u3000]/;
const ENDS_RE = /[。！？!?；;：:…]/;

/** Whether the line ends a sentence, walking back from its end (the two classes share no character). */
export function endsSentence(line: string): boolean {
  let i = line.length - 1;
  while (i >= 0 && CLOSERS_RE.test(line[i]!)) i--;
  return i >= 0 && ENDS_RE.test(line[i]!);
}

const BLANK_RE = /^\s*$/;
/** Quotes and brackets both pair within the units of a check's document: made once. */
const UNITS = new WeakMap<SpeechDocument, Unit[]>();

/** Paragraphs split further at lines that end a sentence (the same array for every caller: do not change it). */
export function textUnits(doc: SpeechDocument): Unit[] {
  let units = UNITS.get(doc);
  if (!units) UNITS.set(doc, (units = findUnits(doc)));
  return units;
}

function findUnits(doc: SpeechDocument): Unit[] {
  const units: Unit[] = [];
  let cur: Unit | undefined;
  for (const l of doc.lines) {
    if (BLANK_RE.test(l.text)) {
      if (cur) units.push(cur);
      cur = undefined;
      continue;
    }
    if (!cur) cur = { start: l.start, end: l.end };
    else cur.end = l.end;
    if (endsSentence(l.text)) {
      units.push(cur);
      cur = undefined;
    }
  }
  if (cur) units.push(cur);
  return units;
}


const SPACE_RE = /\s/;

export function leadingSpace(text: string, u: Unit): number {
  let i = u.start;
  while (i < u.end && SPACE_RE.test(text[i]!)) i++;
  return i - u.start;
}

