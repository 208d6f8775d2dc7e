/**
 * Where a draft's text stops: its last line that is neither blank nor web residue. A web
 * excerpt or a cut-off paste stops in the middle of a sentence (`坚持“四跟四走”“四带四`,
 * `围绕“`), and what the cut left open (a quotation, a bracket, an announced list) is the
 * cut's, not the writer's. Shared by enum-count, quote-pair and bracket-pair.
 */
import type { SpeechDocument } from './document';
import { HAN_CHAR_RE } from '../util/han';

export interface BodyEnd {
  /** Index of the last line of the body, or -1 when the draft has none. */
  line: number;
  /** Offset in the document where that line ends. */
  end: number;
  /** Web residue (a paywall line, a site footer) follows the body. */
  residueAfter: boolean;
  /** The last line ends without a sentence's or a quotation's closing mark (… counts as one). */
  endsMidSentence: boolean;
  /** The draft is prose (it has a Chinese character) and its last line ends without a closing mark, `…`/`...` included: the text stops open. */
  cutOpen: boolean;
}

const SENTENCE_END_RE = /[。！？!?…”’」』）)]\s*$/;
/** A closing mark at the end; an ellipsis (`……`, `...`) is where a site cut the page. */
const CLOSED_END_RE = /[。！？!?”’」』）)》】]\s*$/;

export function bodyEnd(doc: SpeechDocument): BodyEnd {
  const residue = doc.residue.lines;
  let last = -1;
  for (const l of doc.lines) if (l.text.trim() !== '' && !residue.has(l.index)) last = l.index;
  if (last < 0) return { line: -1, end: doc.text.length, residueAfter: false, endsMidSentence: false, cutOpen: false };
  const lastLine = doc.lines[last]!;
  let residueAfter = false;
  for (const i of residue.keys()) if (i > last) residueAfter = true;
  return {
    line: last,
    end: lastLine.end,
    residueAfter,
    endsMidSentence: !SENTENCE_END_RE.test(lastLine.text),
    cutOpen: !CLOSED_END_RE.test(lastLine.text) && HAN_CHAR_RE.test(doc.text),
  };
}

/**
 * Whether an opening mark at `pos` was left open by the text's end rather than by the writer:
 * it stands on the body's last line, no mark of `marks` (a global expression) follows it there,
 * and that line stops open.
 */
export function openAtCut(doc: SpeechDocument, end: BodyEnd, pos: number, marks: RegExp): boolean {
  if (!end.cutOpen || end.line < 0) return false;
  const at = doc.lineIndexAt(pos);
  if (at !== end.line && !wrappedOnToEnd(doc, at, end.line)) return false;
  // Searched in place from the mark (a copy of the rest of the line for each of a long
  // line's marks would be quadratic): `marks` must be global.
  marks.lastIndex = pos + 1;
  const next = marks.exec(doc.text);
  return next === null || next.index >= end.end;
}

/** Lines a PDF's wraps carry on to the body's last line: at most this many before it. */
const WRAPPED_MAX = 4;

/**
 * Whether line `from` runs on, wrap by wrap, into the body's last line `last` (`…多次强调，“保护生态环境` /
 * `就是保护生产力，改善生态环境就`): a few lines, none blank, none ending a sentence or a quotation.
 */
function wrappedOnToEnd(doc: SpeechDocument, from: number, last: number): boolean {
  if (from > last || last - from > WRAPPED_MAX) return false;
  for (let i = from; i < last; i++) {
    const text = doc.lines[i]!.text;
    if (text.trim() === '' || CLOSED_END_RE.test(text) || /[：:；;，,、]\s*$/.test(text)) return false;
  }
  return true;
}
