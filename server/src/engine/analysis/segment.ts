/**
 * Word segmentation with jieba, loaded lazily and once: jieba-js (segment-js.ts, cppjieba
 * ported to TypeScript over a table prepared at build time: ~10 ms and a few MB to load, the
 * same tokens and tags as nodejieba) on every platform. nodejieba (native) and jieba-rs
 * compiled to WebAssembly (segment-wasm.ts), fed the same dictionaries, stay selectable:
 * `SPEECHCHECK_SEGMENTER=nodejieba`, `=wasm` (or `=js`, the default), and are the fallbacks
 * should jieba-js fail to load.
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
import type * as Crypto from 'node:crypto';
import gongwenWords from '../data/gongwen-words.txt';
import newOfficialWords from '../data/official-new-words.txt';
import formulationsData from '../data/formulations.json';
import { buildPhraseBits, buildSetPhrases, officialPhrases } from './set-phrases-build';
import { BoundedCache } from '../util/bounded-cache';
import { readDictionary, withOffsets, writeAtomically } from './segment-table';
import { openWasmJieba } from './segment-wasm';
import { openJsJieba, writeJiebaTable } from './segment-js';
import type { TableOptions } from './segment-js-build';

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
  /**
   * How many two-character words of frequency PARTNER_MIN_FREQ or more the UTF-16 code unit
   * `c` makes with a character of official writing (officialChars), before or after it, up to
   * 255: read from a table built with the dictionary. Absent when the words may differ from
   * the table's (another library's lexicon, a configuration's added words): count them.
   */
  partnerWords?(c: number): number;
}

/** cppjieba's PreFilter separators: each piece between them is segmented on its own. */
const JIEBA_SEPARATORS = ' \t\n，。';
/** ASCII punctuation that is its own token unless a dictionary word contains it ('.' joins numbers). */
const ASCII_BREAKS = '!"#$%&\'()*+,-/:;<=>?@[\\]^_`{|}~';

interface NodeJieba {
  load(options: Record<string, string>): unknown;
  cut(text: string, hmm?: boolean): string[];
  tag(text: string): Array<{ word: string; tag: string }>;
}

/** The library that cuts, behind the Segmenter both give. */
export interface JiebaBackend {
  readonly name: SegmenterName;
  cut(text: string): string[];
  tag(text: string): Array<{ word: string; tag: string }>;
  /** ASCII marks this library may keep inside a token although no dictionary word has them. */
  readonly joins: string;
  /** What it knows of words, when it has it at hand (jieba-js); otherwise read from the dictionary text. */
  readonly lexicon?: Lexicon;
}

/** The words a segmenter knows: the trimmed dictionary and the user dictionary. */
export interface Lexicon {
  has(word: string): boolean;
  /** The trimmed dictionary's frequency, MIN_FREQ for a user word it lacks, 0 for an unknown word. */
  freq(word: string): number;
  pairMayOccur(a: number, b: number): boolean;
  /** Segmenter.partnerWords, when the lexicon has the table. */
  partnerWords?(c: number): number;
  /** ASCII marks that no known word contains. */
  breaks: string;
}

export type SegmenterName = 'nodejieba' | 'jieba-wasm' | 'jieba-js';

/** Which segmenter runs, and why: shown in the status bar, `--version` and `--debug`. */
export interface SegmenterInfo {
  name: SegmenterName;
  loadMs: number;
  /** Why jieba-js (the default) is not the one running (its error, or the variable that chose another). */
  fallbackReason?: string;
}

const MIN_FREQ = 50;
/** A two-character word counts toward a character's words with official writing from this frequency on (`partnerWords`). */
export const PARTNER_MIN_FREQ = 20;
let officialCharsText: string | undefined;
/** The characters of official vocabulary (gongwen-words.txt), each once, in order of first use. */
export function officialChars(): string {
  officialCharsText ??= [...new Set(gongwenWords.replace(/^#.*$/gm, '').replace(/[^\u4e00-\u9fff]/g, ''))].join('');
  return officialCharsText;
}
/** What the jieba-js table holds beyond the dictionary texts: the marks to look for, a user word's frequency, the partner counts. */
export function jsTableOptions(): TableOptions {
  return { asciiBreaks: ASCII_BREAKS, userWordFreq: MIN_FREQ, partnerChars: officialChars(), partnerMinFreq: PARTNER_MIN_FREQ };
}
const DICT_VERSION = 'v9-near-words';
/** Rare words the typo search takes as words all the same (rare-words.ts): rated at least this. */
const RARE_WORD_FREQ = 5;

export interface DictionaryPaths {
  dict: string;
  hmmDict: string;
  userDict: string;
  idfDict: string;
  stopWordDict: string;
  /** Words of jieba's full dictionary the trimmed one leaves out, as `word 0` lines (jieba-wasm only). */
  droppedDict: string;
  /** Two-character words the trimmed dictionary leaves out but jieba rates RARE_WORD_FREQ or more, sorted, run together (rare-words.ts). */
  rareWords: string;
  /** Two-character words jieba rates below RARE_WORD_FREQ (1–4; misspellings among them), sorted, run together (rare-words.ts). */
  lowWords: string;
  /** The typo rule's set phrases and the bit set of their pairs (set-phrases-build.ts). */
  setPhrases: string;
  setPhraseBits: string;
  /** The tables of jieba-js, prepared from dict, userDict and hmmDict (segment-js-table.ts). */
  jsTable: string;
}

/** Words of the user dictionary: national formulations and 公文 vocabulary (ECSpell's list, and words jieba's dictionary predates). */
export function userDictionaryWords(): string[] {
  const words = new Set<string>();
  for (const f of formulationsData.formulations) words.add(f.term);
  for (const line of `${gongwenWords}\n${newOfficialWords}`.split(/\r?\n/)) {
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
  const dropped: string[] = [];
  const rare: string[] = [];
  const low: string[] = [];
  for (const line of full.split('\n')) {
    const parts = line.split(' ');
    if (parts.length < 2) continue;
    // A user word jieba already knows keeps jieba's own entry and part of speech (天津 stays
    // a place name, 坚持 a verb), even when its frequency would have trimmed it.
    const isUserWord = userWords.delete(parts[0]!);
    if (isUserWord || Number(parts[1]) >= MIN_FREQ) kept.push(line);
    // jieba-wasm carries jieba's full dictionary and can only be told a word's frequency is
    // 0. Single characters stay: every route passes through them, and 0 would rule them all out.
    else if (parts[0]!.length > 1) {
      dropped.push(`${parts[0]} 0`);
      if (parts[0]!.length === 2) (Number(parts[1]) >= RARE_WORD_FREQ ? rare : low).push(parts[0]!);
    }
  }
  writeAtomically(paths.rareWords, rare.sort().join(''));
  writeAtomically(paths.lowWords, low.sort().join(''));
  const setPhrases = buildSetPhrases(full, officialPhrases());
  // UTF-16LE: read back as a string with a copy, not a decode (1 ms less on a cold command).
  writeAtomically(paths.setPhrases, Buffer.from(setPhrases, 'utf16le'));
  writeAtomically(paths.setPhraseBits, buildPhraseBits(setPhrases));
  writeAtomically(paths.dict, kept.join('\n') + '\n');
  writeAtomically(paths.droppedDict, dropped.join('\n') + '\n');
  fs.copyFileSync(path.join(src, 'hmm_model.utf8'), paths.hmmDict);
  const formulationTerms = new Set(formulationsData.formulations.map((f) => f.term));
  const userLines = [...userWords].map((w) => `${w} ${formulationTerms.has(w) ? 'nz' : 'x'}`);
  writeAtomically(paths.userDict, userLines.join('\n') + '\n');
  // cppjieba asserts these files are non-empty; we never extract keywords.
  writeAtomically(paths.idfDict, '的 1.0\n');
  writeAtomically(paths.stopWordDict, '的\n');
  writeJiebaTable(paths, jsTableOptions());
  return paths;
}

function dictionaryPaths(dir: string): DictionaryPaths {
  return {
    dict: path.join(dir, 'jieba.dict.utf8'),
    hmmDict: path.join(dir, 'hmm_model.utf8'),
    userDict: path.join(dir, 'user.dict.utf8'),
    idfDict: path.join(dir, 'idf.utf8'),
    stopWordDict: path.join(dir, 'stop_words.utf8'),
    droppedDict: path.join(dir, 'jieba.dropped.utf8'),
    rareWords: path.join(dir, 'rare-words.txt'),
    lowWords: path.join(dir, 'low-words.txt'),
    setPhrases: path.join(dir, 'set-phrases.txt'),
    setPhraseBits: path.join(dir, 'set-phrases.bits'),
    jsTable: path.join(dir, 'jieba-js.bin'),
  };
}

export function findDictionaries(): DictionaryPaths {
  const prebuilt = process.env.SPEECHCHECK_DICT_DIR ?? path.join(__dirname, 'dict');
  const paths = dictionaryPaths(prebuilt);
  if (Object.values(paths).every((p) => fs.existsSync(p))) return paths;
  // Running from source (tests, development): build once into a cache keyed by content.
  // node:crypto only here (running from source): loading it costs a cold command a few ms.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createHash } = require('node:crypto') as typeof Crypto;
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
let loadedInfo: SegmenterInfo | undefined;
let loading: Promise<Segmenter> | undefined;

/** The segmenter if it is already loaded; never triggers a load. */
export function getLoadedSegmenter(): Segmenter | undefined {
  return loaded;
}

/** Which segmenter was loaded, once one has been. */
export function getSegmenterInfo(): SegmenterInfo | undefined {
  return loadedInfo;
}

/**
 * Loads a segmenter now (blocking: jieba-js ~10 ms, nodejieba ~0.3 s, jieba-wasm ~1 s) unless
 * one is loaded. Throws when none loads, with each one's reason.
 */
export function loadSegmenterSync(): Segmenter {
  if (loaded) return loaded;
  const started = Date.now();
  const raw = process.env.SPEECHCHECK_SEGMENTER?.trim();
  const wanted = CHOICES[raw?.toLowerCase() ?? ''];
  // The default, jieba-js, and should it fail nodejieba, then jieba-wasm; a named one alone.
  const order: SegmenterName[] = wanted ? [wanted] : ['jieba-js', 'nodejieba', 'jieba-wasm'];
  const errors: string[] = [];
  for (const name of order) {
    let segmenter: Segmenter;
    try {
      segmenter = openSegmenter(name);
    } catch (e) {
      errors.push(`${name}: ${firstLine(e)}`);
      continue;
    }
    const fallbackReason = wanted && wanted !== 'jieba-js' ? `SPEECHCHECK_SEGMENTER=${raw}` : errors.join('; ');
    loaded = segmenter;
    loadedInfo = { name, loadMs: Date.now() - started, ...(fallbackReason ? { fallbackReason } : {}) };
    return loaded;
  }
  throw new Error(errors.join('; '));
}

/** The values of SPEECHCHECK_SEGMENTER. */
const CHOICES: Record<string, SegmenterName | undefined> = {
  js: 'jieba-js',
  'jieba-js': 'jieba-js',
  nodejieba: 'nodejieba',
  wasm: 'jieba-wasm',
  'jieba-wasm': 'jieba-wasm',
};

/**
 * A new segmenter over `name`, not the shared one (tests compare the two). jieba-wasm has one
 * instance per process: opening it again reloads the same dictionaries into it.
 */
export function openSegmenter(name: SegmenterName): Segmenter {
  const paths = findDictionaries();
  return createSegmenter(openBackend(name, paths), paths);
}

/** The library alone, without the caches and word lookups of a Segmenter (parity tests compare them). */
export function openBackend(name: SegmenterName, paths = findDictionaries()): JiebaBackend {
  if (name === 'nodejieba') return openNodejieba(paths);
  return name === 'jieba-js' ? openJsJieba(paths, jsTableOptions) : openWasmJieba(paths);
}

function openNodejieba(paths: DictionaryPaths): JiebaBackend {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const jieba = require('nodejieba') as NodeJieba;
  const { dict, hmmDict, userDict, idfDict, stopWordDict } = paths;
  jieba.load({ dict, hmmDict, userDict, idfDict, stopWordDict });
  return {
    name: 'nodejieba',
    cut: (text) => jieba.cut(text, true),
    tag: (text) => jieba.tag(text),
    joins: '',
  };
}

function firstLine(e: unknown): string {
  const s = e instanceof Error ? e.message : String(e);
  return s.split('\n')[0]!.trim();
}

/** Loads the segmenter on a later turn of the event loop, so callers can answer first. */
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

function createSegmenter(jieba: JiebaBackend, paths: DictionaryPaths): Segmenter {
  const asciiBreaks = [...ASCII_BREAKS].filter((c) => !jieba.joins.includes(c)).join('');
  const words = jieba.lexicon ?? textLexicon(paths, asciiBreaks);
  const separators = JIEBA_SEPARATORS + [...words.breaks].filter((c) => asciiBreaks.includes(c)).join('');
  // Editors re-check on every keystroke, and rules segment the same lines and short joins
  // again each time: unchanged text is answered from these caches (the dictionary never
  // changes under them: a configuration's words are an overlay). Results are frozen:
  // callers share them.
  const cuts = new BoundedCache<readonly Token[]>(SEGMENT_CACHE_ENTRIES, SEGMENT_CACHE_CHARS);
  const tags = new BoundedCache<readonly Token[]>(SEGMENT_CACHE_ENTRIES, SEGMENT_CACHE_CHARS);
  const memo = (cache: BoundedCache<readonly Token[]>, text: string, run: () => Token[]): Token[] => {
    let r = cache.get(text);
    if (!r) cache.set(text, (r = Object.freeze(run())));
    return r as Token[];
  };
  return {
    separators,
    cut: (text) => memo(cuts, text, () => withOffsets(text, jieba.cut(text).map((word) => ({ word })))),
    tag: (text) => memo(tags, text, () => withOffsets(text, jieba.tag(text))),
    has: (word) => words.has(word),
    freq: (word) => words.freq(word),
    pairMayOccur: (a, b) => words.pairMayOccur(a, b),
    ...(words.partnerWords ? { partnerWords: words.partnerWords } : {}),
  };
}

/** Bounds of each segmentation cache: enough for the lines of a large draft, a few MB at most. */
const SEGMENT_CACHE_ENTRIES = 20_000;
const SEGMENT_CACHE_CHARS = 120_000;

/** The Lexicon read from the dictionary text and the user words (~70 ms). */
function textLexicon(paths: DictionaryPaths, asciiBreaks: string): Lexicon {
  const { freqs, pairs, breaks: dictBreaks } = readDictionary(paths.dict, asciiBreaks);
  const userWords = new Set(userDictionaryWords());
  for (const w of userWords) pairs.addWord(w);
  return {
    has: (word) => freqs.get(word) > 0 || userWords.has(word),
    freq: (word) => freqs.get(word) || (userWords.has(word) ? MIN_FREQ : 0),
    pairMayOccur: (a, b) => pairs.has(a, b),
    breaks: [...dictBreaks].filter((c) => !userWordsContain(userWords, c)).join(''),
  };
}

function userWordsContain(words: Set<string>, c: string): boolean {
  for (const w of words) if (w.includes(c)) return true;
  return false;
}

