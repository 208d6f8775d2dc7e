/**
 * Whether a guess restores a whole word of four or more (顾名思义 for 顾名思议), asked by the typo
 * rule before it reads the guess's changed character as part of a rare real word.
 */
import type { Segmenter } from './segment';
import type { Typo } from './typo-detect';
import { isRareWord } from './rare-words';

/** A word of four this common, restored whole, is no reading of a rare piece. */
const WHOLE_WORD_FREQ = 50;
/** Whether `w` is a word of the trimmed dictionary or a rare one. */
const anyWord = (w: string, seg: Segmenter): boolean => seg.freq(w) > 0 || isRareWord(w);
/** Whether `s` splits wholly into words (trimmed or rare) of two characters or more. */
function coveredByWords(s: string, seg: Segmenter): boolean {
  const ok: boolean[] = [true];
  for (let i = 0; i < s.length; i++) {
    if (!ok[i]) continue;
    for (let k = 2; i + k <= s.length && k <= 4; k++) if (anyWord(s.slice(i, i + k), seg)) ok[i + k] = true;
  }
  return ok[s.length] === true;
}
/**
 * `顾名思议` for 顾名思义: a correction that is one word of four or more, rated in the dictionary,
 * where the written form splits into no words (顾名 is none, though 思议 is a rare word of 不可思议)
 * restores that word. `紧抓机遇` splits into 紧抓 and 机遇: words written as meant, no 抢抓机遇.
 */
export const restoresWord = (t: Typo, seg: Segmenter): boolean =>
  t.right.length >= 4 && seg.freq(t.right) >= WHOLE_WORD_FREQ && !coveredByWords(t.wrong, seg);
