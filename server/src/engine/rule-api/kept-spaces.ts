/**
 * Spaces between Han characters that a finished text sets on purpose, for cjk-space: a headline's
 * parts, 挪抬 before an honoured name, the space before a citation's 等.
 */
import type { Line } from '../analysis/document';

/** A short line with no clause mark in it that ends in one question or exclamation mark. */
const HEADLINE_QUESTION_RE = /^[ \u3000]*[^，,。；;：:、！？!?\s][^，,。；;：:、！？!?]{3,38}[？?！!][ \u3000]*$/;

/**
 * A news headline standing alone (a blank line, or the text's edge, above and below), its two parts set apart by a
 * space and a question closing it (`黃仁勳“5天3城”現身中國 釋放哪些新信號?`): a title's spacing, not a stray in a sentence.
 */
export function headlineAlone(lines: readonly Line[], i: number): boolean {
  const blank = (k: number) => k < 0 || k >= lines.length || lines[k]!.text.trim() === '';
  return HEADLINE_QUESTION_RE.test(lines[i]!.text) && blank(i - 1) && blank(i + 1);
}

/** The names an older ROC text sets a space of respect before. */
const HONORIFIC_RE = /^(?:国父|國父|蒋公|蔣公|先总统|先總統|总理遗|總理遺)/;

/**
 * 挪抬, the space of respect an older ROC text leaves before the founder and the late president
 * (`是 国父与先总统 蒋公两位伟大领袖`): set on purpose, one space wide. `right`: the Han run after the space.
 */
export function spaceOfRespect(start: number, end: number, right: string): boolean {
  return end - start === 1 && HONORIFIC_RE.test(right);
}

/**
 * A citation's authors cut short (`出处:詹福瑞 等,《李白诗全译》`): 等 set apart from the last name, as a reference
 * list writes it; `left` and `right` are the Han runs either side of the space ending at `end`.
 */
export function citationEtAl(text: string, end: number, left: string, right: string): boolean {
  return right === '等' && left.length >= 2 && left.length <= 4 && /^[，,.．、]/.test(text.slice(end + 1, end + 2));
}
