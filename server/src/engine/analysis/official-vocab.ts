/** Words of official vocabulary: ECSpell's 公文写作 list (gongwen-words.txt) and the words jieba's dictionary predates (official-new-words.txt). */
import gongwenWords from '../data/gongwen-words.txt';
import newOfficialWords from '../data/official-new-words.txt';

let officialWordSet: Set<string> | undefined;
/** Whether `w` is a word of official vocabulary; the set is made on first use (a few guesses ask). */
export function isOfficialWord(w: string): boolean {
  if (!officialWordSet) {
    officialWordSet = new Set();
    for (const line of `${gongwenWords}\n${newOfficialWords}`.split(/\r?\n/)) {
      const x = line.trim();
      if (x && !x.startsWith('#')) officialWordSet.add(x);
    }
  }
  return officialWordSet.has(w);
}
