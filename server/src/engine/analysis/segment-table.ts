/**
 * What the segmenters share, whichever does the cutting: the trimmed dictionary's words,
 * frequencies and character pairs kept off the JS heap, and the offsets of a cut's words.
 */
import * as fs from 'node:fs';
import type { Token } from './segment';

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
export class WordTable {
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

export class PairFilter {
  /** The filter's bits (the jieba-js table stores them as they are). */
  constructor(readonly bits: Uint32Array<ArrayBufferLike> = new Uint32Array(1 << (PAIR_BITS - 5))) {}
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


/**
 * Calls `entry` with each `word freq [tag]` line of a jieba dictionary: the word's range in
 * `dict` and its frequency as Number() reads it (NaN when it is not a number). Scanned in
 * place rather than split into lines: the peak memory of a 2 MB split is what would push the
 * server past its budget.
 */
export function forEachDictionaryEntry(dict: string, entry: (start: number, end: number, freq: number) => void): void {
  for (let i = 0; i < dict.length; ) {
    let nl = dict.indexOf('\n', i);
    if (nl < 0) nl = dict.length;
    const sp = dict.indexOf(' ', i);
    if (sp > i && sp < nl) {
      const sp2 = dict.indexOf(' ', sp + 1);
      entry(i, sp, Number(dict.slice(sp + 1, sp2 > 0 && sp2 < nl ? sp2 : nl)));
    }
    i = nl + 1;
  }
}

/**
 * The dictionary's frequencies, its character pairs and the ASCII marks no word contains,
 * read in a function of its own so that the 1 MB text is not kept alive by the segmenter.
 */
export function readDictionary(file: string, asciiBreaks: string): { freqs: WordTable; pairs: PairFilter; breaks: string } {
  const dict = fs.readFileSync(file, 'utf8');
  const freqs = new WordTable(dict);
  const pairs = new PairFilter();
  forEachDictionaryEntry(dict, (start, end, freq) => {
    freqs.set(dict, start, end, freq || 1);
    pairs.addWord(dict, start, end);
  });
  freqs.trim();
  return { freqs, pairs, breaks: [...asciiBreaks].filter((c) => !dict.includes(c)).join('') };
}


/** Writes `file` through a temporary file and a rename: a reader never sees half of it. */
export function writeAtomically(file: string, content: string | Uint8Array): void {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, content);
  fs.renameSync(tmp, file);
}

/** jieba returns bare strings; find each one's offset by walking the text. */
export function withOffsets(text: string, parts: Array<{ word: string; tag?: string }>): Token[] {
  const out: Token[] = [];
  let cursor = 0;
  for (const p of parts) {
    if (p.word === '') continue;
    const at = text.startsWith(p.word, cursor) ? cursor : text.indexOf(p.word, cursor);
    if (at < 0) continue;
    // Two literal shapes, no spread: this runs on every token of every check, cold too.
    out.push(p.tag ? { word: p.word, start: at, end: at + p.word.length, tag: p.tag } : { word: p.word, start: at, end: at + p.word.length });
    cursor = at + p.word.length;
  }
  return out;
}
