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

/**
 * The engine's data files (server/src/engine/data/), which the build copies to dist/data/ and the
 * bundles read when they load (esbuild.mjs, dataFiles): shipped beside them everywhere.
 */
export const DATA_FILES = [
  'canon.json',
  'char-repeat.json',
  'confusions.txt',
  'enum-counters.json',
  'formulations.json',
  'gongwen-words.txt',
  'leader-titles.json',
  'official-new-words.txt',
  'opencc-convertible.txt',
  'placeholder.json',
  'typos.json',
  'web-residue.json',
].map((f) => `dist/data/${f}`);

/**
 * The libraries each bundle requires on first use from dist/vendor/ (esbuild.mjs, VENDOR): shipped
 * beside the bundles everywhere.
 */
export const VENDOR_FILES = ['chardet', 'fflate', 'iconv-lite', 'opencc-t2cn', 'picomatch', 'tinyglobby', 'xmldom'].map((f) => `dist/vendor/${f}.js`);
