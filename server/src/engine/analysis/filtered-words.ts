/**
 * Words a document site's keyword filter replaced before the page was copied. Some sites
 * that host speeches swap politically sensitive words for their pinyin initials: `讲ZZ`,
 * `提高ZZ站位`, `ZZ素质`, `中央ZZ局` for 政治 (seen on several pages of one large site and
 * its copies). In a Chinese sentence the initials are never the writer's own: Latin letters
 * there are an English word, an abbreviation the writer chose (GDP, 5G) or a slot (XX).
 *
 * Only `ZZ` is listed: the other replacements seen (`X` for 党) are also how templates
 * write a slot, and the placeholder rule reports them as such.
 */
import { isHanCode } from '../util/han';

export interface FilteredWord {
  /** Offsets within the line. */
  start: number;
  end: number;
  found: string;
  /** The word the filter replaced. */
  word: string;
}

const FILTERED: ReadonlyArray<{ initials: string; word: string }> = [{ initials: 'ZZ', word: '政治' }];

/** ASCII marks a copied Chinese sentence may have around a word (sites' half-width punctuation). */
const SENTENCE_ASCII = new Set([...',;:!?"\'()'].map((c) => c.charCodeAt(0)));

/**
 * Whether the character at `i` may stand next to a filter's initials: a line's edge, any
 * character beyond ASCII (Chinese, full-width marks) or a sentence mark. Letters, digits,
 * spaces, hyphens and dots belong to a Latin term (`ZZ-01型`, `ZZ Top`, `JAZZ`), except a
 * full stop that ends the sentence.
 */
function fits(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return true;
  const c = text.charCodeAt(i);
  if (c > 0x7f) return true;
  if (SENTENCE_ASCII.has(c)) return true;
  return c === 0x2e && (i + 1 >= text.length || text.charCodeAt(i + 1) > 0x7f);
}

/**
 * The replaced words of one line: the initials standing alone (only Chinese or a sentence
 * mark around them) with a Chinese character right before or right after them.
 */
export function filteredWordsOfLine(text: string): FilteredWord[] {
  let out: FilteredWord[] | undefined;
  for (const { initials, word } of FILTERED) {
    for (let at = text.indexOf(initials); at >= 0; at = text.indexOf(initials, at + initials.length)) {
      const end = at + initials.length;
      if (!fits(text, at - 1) || !fits(text, end)) continue;
      if (!isHanCode(text.charCodeAt(at - 1)) && !isHanCode(text.charCodeAt(end))) continue;
      (out ??= []).push({ start: at, end, found: initials, word });
    }
  }
  return out ?? [];
}
