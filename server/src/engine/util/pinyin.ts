/** The vowels of pinyin with their tone marks (ā á ǎ à … ǖ ǘ ǚ ǜ), for character classes. */
export const TONE_MARKS = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
