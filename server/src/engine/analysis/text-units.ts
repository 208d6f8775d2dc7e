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

/** A line whose (trimmed) end closes a sentence or a heading-like clause. */
const LINE_END_RE = /[。！？!?；;：:…][”’」』）)\]】》\s\u3000]*$/;

/** Paragraphs split further at lines that end a sentence. */
export function textUnits(doc: SpeechDocument): Unit[] {
  const units: Unit[] = [];
  let cur: Unit | undefined;
  for (const l of doc.lines) {
    if (l.text.trim() === '') {
      if (cur) units.push(cur);
      cur = undefined;
      continue;
    }
    if (!cur) cur = { start: l.start, end: l.end };
    else cur.end = l.end;
    if (LINE_END_RE.test(l.text)) {
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

