/**
 * Every misspelling of a document, three ways: list matches and digit look-alikes
 * (typo-listed.ts), then, with the segmenter, look-alike guesses (typo-confusions.ts) where
 * no list match stands and the draft did not coin the word itself.
 */
import { firstIndexWhere } from '../util/binary-search';
import type { SpeechDocument } from './document';
import type { Segmenter } from './segment';
import { findConfusions, type TypoRunCache } from './typo-confusions';
import { findDigitLookalikes, findListedTypos, type Typo } from './typo-listed';

/** Short quotations: the draft's own coinages (“发展之问”, “三问三解”). */
const SHORT_QUOTE_RE = /[“"「『‘]([^“”"「」『』‘’\n]{2,10})[”"」』’]/g;

/**
 * Whether a word lies inside a term the draft quotes and uses again: its own coinage,
 * wherever it stands (“发展之问”…发展之问). Quoted once, a term may hold a slip like any text
 * (“外防输人”). Asked only for the few guesses, each wrong word once.
 */
function coinages(text: string): (word: string) => boolean {
  const quotedTerms = new Set<string>();
  SHORT_QUOTE_RE.lastIndex = 0;
  for (let m = SHORT_QUOTE_RE.exec(text); m; m = SHORT_QUOTE_RE.exec(text)) quotedTerms.add(m[1]!);
  const memo = new Map<string, boolean>();
  const repeated = new Map<string, boolean>();
  const isRepeated = (q: string): boolean => {
    let r = repeated.get(q);
    if (r === undefined) repeated.set(q, (r = text.indexOf(q) !== text.lastIndexOf(q)));
    return r;
  };
  return (w) => {
    let v = memo.get(w);
    if (v === undefined) {
      v = false;
      for (const q of quotedTerms) {
        if (q.length >= 3 && q.includes(w) && isRepeated(q)) {
          v = true;
          break;
        }
      }
      memo.set(w, v);
    }
    return v;
  };
}

/** Every typo of the document, list matches first; overlapping guesses are dropped. */
export function findTypos(doc: SpeechDocument, seg: Segmenter | undefined, traditional?: boolean, cache?: TypoRunCache): Typo[] {
  const text = doc.text;
  const listed = findListedTypos(text, seg);
  const all = [...listed, ...findDigitLookalikes(text)];
  if (seg && !traditional) {
    // Overlap with a list or digit finding, by binary search over those sorted by start (they
    // do not overlap each other, so their ends are sorted too).
    const fixed = all.slice().sort((a, b) => a.start - b.start || a.end - b.end);
    let maxEnd = -1;
    let disjoint = true;
    for (const t of fixed) {
      if (t.start < maxEnd) disjoint = false;
      maxEnd = Math.max(maxEnd, t.end);
    }
    const taken = disjoint
      ? (s: number, e: number) => {
          // The first finding that ends after s: it overlaps when it starts before e.
          const lo = firstIndexWhere(fixed.length, (i) => fixed[i]!.end > s);
          return lo < fixed.length && fixed[lo]!.start < e;
        }
      : (s: number, e: number) => fixed.some((t) => t.start < e && s < t.end);
    const coined = coinages(text);
    // Guesses also give way to earlier guesses (few, so a plain scan).
    const guesses: Typo[] = [];
    for (const t of findConfusions(text, seg, undefined, undefined, cache)) {
      if (taken(t.start, t.end) || guesses.some((g) => g.start < t.end && t.start < g.end) || coined(t.wrong)) continue;
      guesses.push(t);
      all.push(t);
    }
  }
  return all.sort((a, b) => a.start - b.start);
}
