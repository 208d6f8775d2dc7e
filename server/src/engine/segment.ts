/**
 * Word segmentation with nodejieba, loaded lazily and once.
 *
 * nodejieba's default load takes ~1 s and ~300 MB, mostly for a 349k-word dictionary
 * loaded into several tries. We load a trimmed dictionary (words seen at least
 * MIN_FREQ times, ~52k) plus a user dictionary of 提法 and 公文 vocabulary, and one-line
 * stand-ins for the keyword-extraction files we never use. Rules that do not segment never
 * wait for this.
 *
 * MIN_FREQ 50 rather than 10: jieba's tries cost ~0.75 KB a word (79 MB at 10, 39 MB at 50;
 * nodejieba's load() builds the dictionary twice, once more for a TextRankExtractor we never use);
 * the seeds, the scenario drafts and the 1 MB draft get exactly the same findings, and the
 * typo evaluation on ECSpell odw.train keeps its precision (0.976, recall 0.163 vs 0.156).
 * At 100 a real word (协力) starts to look like a misspelling.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import gongwenWords from './data/gongwen-words.txt';
import formulationsData from './data/formulations.json';

export interface Token {
  word: string;
  start: number;
  end: number;
  /** Part-of-speech tag from `tag()` (jieba's ICTCLAS-style tags), absent from `cut()`. */
  tag?: string;
}

export interface Segmenter {
  cut(text: string): Token[];
  tag(text: string): Token[];
  /** Whether `word` is in the loaded dictionaries. */
  has(word: string): boolean;
  /** The word's dictionary frequency, 0 when unknown. */
  freq(word: string): number;
  /** Adds words (the user's formulations, ignored words) to the running segmenter. */
  addWords(words: readonly string[]): void;
  /**
   * Characters at which segmentation is independent: a text cut (or tagged) piece by piece
   * between them gives the same tokens as the whole text. jieba's own separators (space, tab,
   * line break, `，`, `。`) and ASCII punctuation that no dictionary word contains (jieba's
   * HMM stops at it). Absent: unknown, cut the whole text.
   */
  readonly separators?: string;
  /**
   * Whether some word the segmenter knows (dictionary, user dictionary, added words) may hold
   * the characters `a` then `b` (UTF-16 code units) side by side. False is certain: no known
   * word contains the pair, so no lookup of a word containing it can succeed. A filter for
   * the typo search, which tries thousands of candidate words.
   */
  pairMayOccur?(a: number, b: number): boolean;
}

/** Bits of the adjacent-pair filter: 2^21 bits (256 KB) for ~0.2 M pairs, ~10 % false positives. */
const PAIR_BITS = 21;

function pairHash(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77)) >>> (32 - PAIR_BITS);
}

/**
 * The dictionary's words and frequencies off the JS heap: the words' UTF-16 code units in one
 * array, an open-addressing hash table of word numbers. A Map of 52k strings costs several
 * times as much memory, and building it makes V8 grow its young generation for good.
 */
class WordTable {
  private chars: Uint16Array;
  /** Start of word i in `chars`; word i ends where word i + 1 starts. */
  private starts: Int32Array;
  private freqs: Int32Array;
  /** Word number + 1, 0 for an empty slot. */
  private slots: Int32Array;
  private mask: number;
  private count = 0;
  private used = 0;

  constructor(dict: string) {
    let lines = 1;
    for (let i = dict.indexOf('\n'); i >= 0; i = dict.indexOf('\n', i + 1)) lines++;
    this.chars = new Uint16Array(dict.length);
    this.starts = new Int32Array(lines + 1);
    this.freqs = new Int32Array(lines);
    let size = 1;
    while (size < lines * 2) size <<= 1;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
  }

  private static hash(s: string, from: number, to: number): number {
    let h = 0x811c9dc5;
    for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    return h >>> 0;
  }

  /** The slot holding `s[from, to)`, or the empty slot where it would go. */
  private find(s: string, from: number, to: number): number {
    const len = to - from;
    let slot = WordTable.hash(s, from, to) & this.mask;
    for (;;) {
      const n = this.slots[slot]!;
      if (n === 0) return slot;
      const start = this.starts[n - 1]!;
      if (this.starts[n]! - start === len) {
        let same = true;
        for (let k = 0; k < len; k++) {
          if (this.chars[start + k] !== s.charCodeAt(from + k)) {
            same = false;
            break;
          }
        }
        if (same) return slot;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  /** Sets the frequency of `s[from, to)` (a later entry of the same word wins, as in a Map). */
  set(s: string, from: number, to: number, freq: number): void {
    const slot = this.find(s, from, to);
    const n = this.slots[slot]!;
    if (n !== 0) {
      this.freqs[n - 1] = freq;
      return;
    }
    if (this.count >= this.freqs.length) return;
    const start = this.used;
    for (let i = from; i < to; i++) this.chars[this.used++] = s.charCodeAt(i);
    this.starts[this.count] = start;
    this.starts[this.count + 1] = this.used;
    this.freqs[this.count] = freq;
    this.slots[slot] = ++this.count;
  }

  /** Drops the room left over for characters (the table was sized by the whole file). */
  trim(): void {
    this.chars = this.chars.slice(0, this.used);
  }

  /** The word's frequency, 0 when it is not in the table. */
  get(word: string): number {
    if (word.length === 0 || this.count === 0) return 0;
    const n = this.slots[this.find(word, 0, word.length)]!;
    return n === 0 ? 0 : this.freqs[n - 1]!;
  }
}

class PairFilter {
  private readonly bits = new Uint32Array(1 << (PAIR_BITS - 5));
  addWord(w: string, from = 0, to = w.length): void {
    for (let i = from + 1; i < to; i++) {
      const h = pairHash(w.charCodeAt(i - 1), w.charCodeAt(i));
      this.bits[h >>> 5]! |= 1 << (h & 31);
    }
  }
  has(a: number, b: number): boolean {
    const h = pairHash(a, b);
    return (this.bits[h >>> 5]! & (1 << (h & 31))) !== 0;
  }
}

/** cppjieba's PreFilter separators: each piece between them is segmented on its own. */
const JIEBA_SEPARATORS = ' \t\n，。';
/** ASCII punctuation that is its own token unless a dictionary word contains it ('.' joins numbers). */
const ASCII_BREAKS = '!"#$%&\'()*+,-/:;<=>?@[\\]^_`{|}~';

interface NodeJieba {
  load(options: Record<string, string>): unknown;
  cut(text: string, hmm?: boolean): string[];
  tag(text: string): Array<{ word: string; tag: string }>;
  insertWord(word: string): boolean;
}

const MIN_FREQ = 50;
const DICT_VERSION = 'v2';

export interface DictionaryPaths {
  dict: string;
  hmmDict: string;
  userDict: string;
  idfDict: string;
  stopWordDict: string;
}

/** Words of the user dictionary: national formulations and 公文 vocabulary. */
export function userDictionaryWords(): string[] {
  const words = new Set<string>();
  for (const f of formulationsData.formulations) words.add(f.term);
  for (const line of gongwenWords.split(/\r?\n/)) {
    const w = line.trim();
    if (w && !w.startsWith('#') && !/\s/.test(w)) words.add(w);
  }
  return [...words];
}

function nodejiebaDir(): string {
  return path.dirname(require.resolve('nodejieba/package.json'));
}

/**
 * Writes the trimmed dictionaries into `outDir` (used by the build, and on first use when
 * no prebuilt copy sits beside the bundle).
 */
export function prepareDictionaries(outDir: string): DictionaryPaths {
  const src = path.join(nodejiebaDir(), 'submodules', 'cppjieba', 'dict');
  fs.mkdirSync(outDir, { recursive: true });
  const paths = dictionaryPaths(outDir);
  const full = fs.readFileSync(path.join(src, 'jieba.dict.utf8'), 'utf8');
  const userWords = new Set(userDictionaryWords());
  const kept: string[] = [];
  for (const line of full.split('\n')) {
    const parts = line.split(' ');
    if (parts.length < 2) continue;
    // A user word jieba already knows keeps jieba's own entry and part of speech (天津 stays
    // a place name, 坚持 a verb), even when its frequency would have trimmed it.
    const isUserWord = userWords.delete(parts[0]!);
    if (isUserWord || Number(parts[1]) >= MIN_FREQ) kept.push(line);
  }
  writeAtomically(paths.dict, kept.join('\n') + '\n');
  fs.copyFileSync(path.join(src, 'hmm_model.utf8'), paths.hmmDict);
  const formulationTerms = new Set(formulationsData.formulations.map((f) => f.term));
  const userLines = [...userWords].map((w) => `${w} ${formulationTerms.has(w) ? 'nz' : 'x'}`);
  writeAtomically(paths.userDict, userLines.join('\n') + '\n');
  // cppjieba asserts these files are non-empty; we never extract keywords.
  writeAtomically(paths.idfDict, '的 1.0\n');
  writeAtomically(paths.stopWordDict, '的\n');
  return paths;
}

function dictionaryPaths(dir: string): DictionaryPaths {
  return {
    dict: path.join(dir, 'jieba.dict.utf8'),
    hmmDict: path.join(dir, 'hmm_model.utf8'),
    userDict: path.join(dir, 'user.dict.utf8'),
    idfDict: path.join(dir, 'idf.utf8'),
    stopWordDict: path.join(dir, 'stop_words.utf8'),
  };
}

function writeAtomically(file: string, content: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, content);
  fs.renameSync(tmp, file);
}

function findDictionaries(): DictionaryPaths {
  const prebuilt = process.env.SPEECHCHECK_DICT_DIR ?? path.join(__dirname, 'dict');
  const paths = dictionaryPaths(prebuilt);
  if (Object.values(paths).every((p) => fs.existsSync(p))) return paths;
  // Running from source (tests, development): build once into a cache keyed by content.
  const key = createHash('sha1')
    .update(DICT_VERSION)
    .update(String(MIN_FREQ))
    .update(userDictionaryWords().join('\n'))
    .digest('hex')
    .slice(0, 12);
  const cache = path.join(os.tmpdir(), `speechcheck-dict-${key}`);
  const cached = dictionaryPaths(cache);
  if (Object.values(cached).every((p) => fs.existsSync(p))) return cached;
  return prepareDictionaries(cache);
}

let loaded: Segmenter | undefined;
let loading: Promise<Segmenter> | undefined;

/** The segmenter if it is already loaded; never triggers a load. */
export function getLoadedSegmenter(): Segmenter | undefined {
  return loaded;
}

/** Loads nodejieba now (blocking, ~0.4 s) unless it is loaded already. */
export function loadSegmenterSync(): Segmenter {
  if (loaded) return loaded;
  const paths = findDictionaries();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const jieba = require('nodejieba') as NodeJieba;
  jieba.load({ ...paths });
  loaded = createSegmenter(jieba, paths);
  return loaded;
}

/** Loads nodejieba on a later turn of the event loop, so callers can answer first. */
export function loadSegmenter(): Promise<Segmenter> {
  if (loaded) return Promise.resolve(loaded);
  loading ??= new Promise<Segmenter>((resolve, reject) => {
    setImmediate(() => {
      try {
        resolve(loadSegmenterSync());
      } catch (err) {
        loading = undefined;
        reject(err);
      }
    });
  });
  return loading;
}

/**
 * The dictionary's frequencies, its character pairs and the ASCII marks no word contains,
 * read in a function of its own so that the 1 MB text is not kept alive by the segmenter.
 */
function readDictionary(file: string): { freqs: WordTable; pairs: PairFilter; breaks: string } {
  // Scanned in place rather than split into lines: the peak memory of a 2 MB split is
  // what would push the server past its budget.
  const dict = fs.readFileSync(file, 'utf8');
  const freqs = new WordTable(dict);
  const pairs = new PairFilter();
  for (let i = 0; i < dict.length; ) {
    let nl = dict.indexOf('\n', i);
    if (nl < 0) nl = dict.length;
    const sp = dict.indexOf(' ', i);
    if (sp > i && sp < nl) {
      const sp2 = dict.indexOf(' ', sp + 1);
      freqs.set(dict, i, sp, Number(dict.slice(sp + 1, sp2 > 0 && sp2 < nl ? sp2 : nl)) || 1);
      pairs.addWord(dict, i, sp);
    }
    i = nl + 1;
  }
  freqs.trim();
  return { freqs, pairs, breaks: [...ASCII_BREAKS].filter((c) => !dict.includes(c)).join('') };
}

function createSegmenter(jieba: NodeJieba, paths: DictionaryPaths): Segmenter {
  const { freqs, pairs, breaks: dictBreaks } = readDictionary(paths.dict);
  const userWords = new Set(userDictionaryWords());
  for (const w of userWords) pairs.addWord(w);
  const added = new Set<string>();
  let breaks = [...dictBreaks].filter((c) => !userWordsContain(userWords, c)).join('');
  return {
    get separators() {
      return JIEBA_SEPARATORS + breaks;
    },
    cut: (text) => withOffsets(text, jieba.cut(text, true).map((word) => ({ word }))),
    tag: (text) => withOffsets(text, jieba.tag(text)),
    has: (word) => freqs.get(word) > 0 || userWords.has(word) || added.has(word),
    freq: (word) => freqs.get(word) || (userWords.has(word) || added.has(word) ? MIN_FREQ : 0),
    pairMayOccur: (a, b) => pairs.has(a, b),
    addWords(words) {
      for (const w of words) {
        if (!w || added.has(w) || userWords.has(w)) continue;
        jieba.insertWord(w);
        added.add(w);
        pairs.addWord(w);
        breaks = [...breaks].filter((c) => !w.includes(c)).join('');
      }
    },
  };
}

function userWordsContain(words: Set<string>, c: string): boolean {
  for (const w of words) if (w.includes(c)) return true;
  return false;
}

/** jieba returns bare strings; find each one's offset by walking the text. */
function withOffsets(text: string, parts: Array<{ word: string; tag?: string }>): Token[] {
  const out: Token[] = [];
  let cursor = 0;
  for (const p of parts) {
    if (p.word === '') continue;
    const at = text.startsWith(p.word, cursor) ? cursor : text.indexOf(p.word, cursor);
    if (at < 0) continue;
    out.push({ word: p.word, start: at, end: at + p.word.length, ...(p.tag ? { tag: p.tag } : {}) });
    cursor = at + p.word.length;
  }
  return out;
}
