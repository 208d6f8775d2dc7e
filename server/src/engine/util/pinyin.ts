/** The vowels of pinyin with their tone marks (ā á ǎ à … ǖ ǘ ǚ ǜ), for character classes. */
export const TONE_MARKS = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';

/** A pinyin gloss a converter left after a character: `關(guān)`, `學(xué)` (global: reset `lastIndex` before an `exec` loop). */
export const GLOSS_RE = new RegExp(`[(（][a-z${TONE_MARKS}ü]{1,8}[)）]`, 'g');
