/** The titles of an outline's headings and items (outline.ts), and where an item's sentence ends. */

/** An item's or heading's title: its first sentence, cut at 60 characters. */
export function titleOf(rest: string): string {
  const title = rest.split(/[。！？!?；;]/)[0]!.trim();
  return title.length > 60 ? `${title.slice(0, 60)}…` : title;
}

const SENTENCE_END = new Set('。！？!?；;');

/**
 * The end of the first sentence after `from` on its line, for an item's range and title.
 * `last` is the answer for an earlier `from` on the same line, reused while it lies ahead:
 * a line of items and no sentence end searched its rest once per item (40,000 characters of
 * `一、二是…`: 6.7 s).
 */
export function sentenceEnd(text: string, from: number, lineEnd: number, last: { from: number; end: number }): number {
  if (from >= last.from && (last.end === lineEnd || last.end - 1 >= from)) return last.end;
  let end = lineEnd;
  // Within the line: a search on to the next mark of the whole text was quadratic.
  for (let i = from; i < lineEnd; i++) {
    if (SENTENCE_END.has(text[i]!)) {
      end = i + 1;
      break;
    }
  }
  last.from = from;
  last.end = end;
  return end;
}

/** An item's title is its first 60 characters: read at most this much of its sentence. */
export const TITLE_READ = 1000;
