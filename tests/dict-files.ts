/** The trimmed jieba dictionaries the build writes to dist/dict/, shipped by the npm package and every VSIX. */
export const DICT_FILES = [
  'dist/dict/hmm_model.utf8',
  'dist/dict/idf.utf8',
  'dist/dict/jieba-js.bin',
  'dist/dict/jieba.dict.utf8',
  'dist/dict/jieba.dropped.utf8',
  'dist/dict/low-words.txt',
  'dist/dict/rare-words.txt',
  'dist/dict/set-phrases.bits',
  'dist/dict/set-phrases.txt',
  'dist/dict/stop_words.utf8',
  'dist/dict/user.dict.utf8',
];
