/**
 * The words a configuration adds to the segmenter (its `formulations`), as an overlay over
 * the shared segmenter rather than inserted into it: jieba cannot forget a word, so words
 * inserted for one check would change every later check in the process (another workspace
 * folder, another file of the CLI run). The overlay is built per configuration by the engine.
 *
 * An added word is one token wherever it occurs (leftmost, longest first); the text between
 * occurrences is cut by the shared segmenter. `has`/`freq`/`pairMayOccur` know the words.
 */
import type { Segmenter, Token } from './segment';

/** What an added word weighs: the trimmed dictionary's threshold, like a user-dictionary word (segment.ts MIN_FREQ). */
export const ADDED_WORD_FREQ = 50;
/** jieba's own separators: pieces between them are cut apart whatever the dictionary holds. */
const JIEBA_SEPARATORS = ' \t\n，。';
/** The tag jieba gives an inserted word that has none. */
const ADDED_WORD_TAG = 'x';

/** The words of `words` the segmenter does not know, each once, sorted (a stable key). */
export function overlayWords(base: Segmenter, words: readonly string[]): string[] {
  return [...new Set(words.filter((w) => w !== '' && !base.has(w)))].sort();
}

export function withWords(base: Segmenter, words: readonly string[]): Segmenter {
  const added = new Set(overlayWords(base, words));
  if (added.size === 0) return base;
  const pairs = new Set<number>();
  const chars = new Set<string>();
  for (const w of added) {
    for (let i = 0; i + 1 < w.length; i++) pairs.add(w.charCodeAt(i) * 0x10000 + w.charCodeAt(i + 1));
    for (const c of w) chars.add(c);
  }
  const baseSeparators = base.separators;
  const separators =
    baseSeparators === undefined ? undefined : [...baseSeparators].filter((c) => JIEBA_SEPARATORS.includes(c) || !chars.has(c)).join('');
  const byFirst = new Map<string, string[]>();
  for (const w of [...added].sort((a, b) => b.length - a.length)) {
    const list = byFirst.get(w[0]!) ?? [];
    list.push(w);
    byFirst.set(w[0]!, list);
  }
  const split = (text: string, segment: (piece: string) => Token[], tagged: boolean): Token[] => {
    const out: Token[] = [];
    let from = 0;
    const flush = (to: number) => {
      if (to <= from) return;
      for (const t of segment(text.slice(from, to))) out.push({ ...t, start: t.start + from, end: t.end + from });
    };
    for (let i = 0; i < text.length; i++) {
      const list = byFirst.get(text[i]!);
      const word = list?.find((w) => text.startsWith(w, i));
      if (!word) continue;
      flush(i);
      out.push({ word, start: i, end: i + word.length, ...(tagged ? { tag: ADDED_WORD_TAG } : {}) });
      from = i + word.length;
      i = from - 1;
    }
    flush(text.length);
    return out;
  };
  const pairMayOccur = base.pairMayOccur;
  return {
    ...(separators !== undefined ? { separators } : {}),
    cut: (text) => split(text, (piece) => base.cut(piece), false),
    tag: (text) => split(text, (piece) => base.tag(piece), true),
    has: (word) => added.has(word) || base.has(word),
    freq: (word) => base.freq(word) || (added.has(word) ? ADDED_WORD_FREQ : 0),
    ...(pairMayOccur ? { pairMayOccur: (a: number, b: number) => pairs.has(a * 0x10000 + b) || pairMayOccur.call(base, a, b) } : {}),
  };
}
