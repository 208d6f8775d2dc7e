/**
 * Points an announced count (`讲三点意见：`, `提几点要求`) opens with ordinal words instead of
 * numbers: `首先，……其次，……再次，……最后，……`, each opening a paragraph, or each opening a
 * clause of one paragraph. Counted only where the list is whole and nothing else could be an item:
 * - it starts at once with `首先`, goes on with `其次`, may have `再次`/`再者`/`然后`, and ends with
 *   `最后` (a list that stops before `最后` may go on in words no one can count);
 * - as paragraphs, every paragraph from `首先` to `最后` opens with one of these words (a paragraph
 *   opening otherwise, `同时，`, `此外，` or the second paragraph of a point, may be an item or not).
 * Owner: structure rules.
 */
import type { SpeechDocument } from './document';

/** An ordinal word opening a point, and the mark after it: `首先，`, `其次要`. */
const ORDINAL_RE = /^(首先|其次|再次|再者|然后|最后)(?=[，,：:]|要|是)/;
const MIDDLE = new Set(['再次', '再者', '然后']);
/** Where a clause starts inside a paragraph: after a sentence's or a clause's closing mark. */
const CLAUSE_START_RE = /[。；;！？!?]/;
/** A last paragraph that closes the speech rather than makes a point: `最后，祝大家……`, `最后，让我们……`. */
const CLOSING_RE = /^最后[，,]?(?:[^。；;]{0,6})(?:祝|预祝|衷心祝|让我们|谢谢|感谢|再次感谢|希望同志们|同志们)/;

export interface ConnectiveList {
  items: Array<{ start: number; end: number; marker: string }>;
  /** The last item closes the speech as much as it makes a point (`最后，祝……`). */
  closingLast: boolean;
}

/** The words in order: 首先, 其次, any middle words, 最后. */
function wellOrdered(words: readonly string[]): boolean {
  if (words.length < 2 || words[0] !== '首先' || words[words.length - 1] !== '最后') return false;
  if (words.length > 2 && words[1] !== '其次') return false;
  return words.slice(words.length > 2 ? 2 : 1, -1).every((w) => MIDDLE.has(w));
}

function item(at: number, word: string) {
  return { start: at, end: at + word.length, marker: word };
}

/** Paragraphs from line `first` on, each opening with an ordinal word, through the one with 最后. */
function paragraphList(doc: SpeechDocument, first: number): ConnectiveList | undefined {
  const items: ConnectiveList['items'] = [];
  const words: string[] = [];
  let closingLast = false;
  for (let i = first; i < doc.lines.length; i++) {
    const line = doc.lines[i]!;
    const t = line.text.trimStart();
    if (t.trim() === '') continue;
    const m = ORDINAL_RE.exec(t);
    if (!m) break;
    words.push(m[1]!);
    items.push(item(line.start + line.text.length - t.length, m[1]!));
    if (m[1] === '最后') {
      closingLast = CLOSING_RE.test(t);
      break;
    }
  }
  return wellOrdered(words) ? { items, closingLast } : undefined;
}

/** Clauses of the one paragraph `text` (starting at document offset `base`), the first at its start. */
function inlineList(text: string, base: number): ConnectiveList | undefined {
  const items: ConnectiveList['items'] = [];
  const words: string[] = [];
  let closingLast = false;
  for (let i = 0; i < text.length; i++) {
    if (i > 0 && !CLAUSE_START_RE.test(text[i - 1]!)) continue;
    const m = ORDINAL_RE.exec(text.slice(i, i + 4));
    if (!m) continue;
    // A word out of order (`首先` again, `其次` after `再次`) is no list of points.
    if (words.length === 0 && m[1] !== '首先') return undefined;
    words.push(m[1]!);
    items.push(item(base + i, m[1]!));
    if (m[1] === '最后') {
      closingLast = CLOSING_RE.test(text.slice(i));
      break;
    }
  }
  return wellOrdered(words) ? { items, closingLast } : undefined;
}

/**
 * The points of an announcement whose items begin at `from` (past the announcing sentence and the
 * spaces and line breaks after it), when they open with ordinal words; undefined otherwise.
 */
export function connectiveList(doc: SpeechDocument, from: number): ConnectiveList | undefined {
  if (!doc.text.startsWith('首先', from)) return undefined;
  const lineIndex = doc.lineIndexAt(from);
  const line = doc.lines[lineIndex]!;
  const atLineStart = line.text.slice(0, from - line.start).trim() === '';
  if (atLineStart) {
    const list = paragraphList(doc, lineIndex);
    if (list) return list;
  }
  // The points run on in the paragraph: `……三点要求：首先，……；其次，……；最后，……。`
  return inlineList(doc.text.slice(from, line.end), from);
}
