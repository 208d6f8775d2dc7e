/**
 * The tables of the jieba-js segmenter (segment-js.ts), prepared at build time into one
 * binary file and loaded as typed-array views over it, in a few milliseconds, where cppjieba
 * parses the dictionary text into tries at every start.
 *
 * What cppjieba computes at load is computed here once, the same way: a dictionary word's
 * weight is log(freq / sum of the dictionary's frequencies) (DictTrie::CalculateWeight), a
 * user word without a frequency weighs the median of the dictionary's weights (nodejieba
 * builds its DictTrie with WordWeightMedian), the smallest weight is the weight of a
 * character no word starts with, and a later entry of the same word replaces an earlier one.
 *
 * The trie: nodes numbered breadth first, so that the children of a node are the nodes
 * childStart[n] … childStart[n + 1] - 1, sorted by code point (binary search).
 *
 * Layout: a header of 16 uint32 (magic, version, payload length, CRC-32 of the payload,
 * counts, digest of the source texts), then the sections, each 8-byte aligned, in the order
 * of SECTIONS. A file of another version, a truncated or altered file, or one built from
 * other dictionary texts is refused (TableError), never read.
 */
import { crc32 } from 'node:zlib';

export const TABLE_MAGIC = 0x424a4353; // 'SCJB'
export const TABLE_VERSION = 3;
const HEADER_WORDS = 16;
/** cppjieba's MIN_DOUBLE: the log-probability of what the model never saw. */
export const MIN_DOUBLE = -3.14e100;
/** cppjieba's MAX_WORD_LENGTH: the longest dictionary word the DAG looks for, in code points. */
export const MAX_WORD_LENGTH = 512;
/** HMM states, in cppjieba's order: B, E, M, S. */
const STATES = 4;

export class TableError extends Error {}

export interface JiebaTables {
  /** Code point of the edge into node n (0 for the root, node 0). */
  nodeRune: Uint32Array;
  /** Children of node n: nodes childStart[n] … childStart[n + 1] - 1, by code point. */
  childStart: Int32Array;
  /** The word ending at node n, -1 for none. */
  nodeWord: Int32Array;
  /** cppjieba's weight of word w (a log-probability). */
  wordWeight: Float64Array;
  /** Word w's frequency as segment.ts counts it: the trimmed dictionary's, else a user word's. */
  wordFreq: Int32Array;
  /** Index of word w's part-of-speech tag in `tags`. */
  wordTag: Uint8Array;
  tags: string[];
  /** Code points of the user dictionary's one-character words, sorted. */
  userSingles: Uint32Array;
  minWeight: number;
  hmmStart: Float64Array;
  /** transition from state i to j at [i * 4 + j]. */
  hmmTrans: Float64Array;
  /** Row of a BMP code point in hmmEmit, plus one (0: no row). */
  emitIndex: Uint16Array;
  /** Code points of the rows, sorted (for the astral ones). */
  emitRunes: Uint32Array;
  /** Emission log-probabilities: row r, state s at [r * 4 + s]; MIN_DOUBLE where the model has none. */
  hmmEmit: Float64Array;
  /** Adjacent UTF-16 pairs of the words (segment-table.ts's PairFilter bits). */
  pairBits: Uint32Array;
  /** Per UTF-16 code unit: how many two-character words it makes with a partner character (segment-js-build.ts partnerWordCounts), up to 255. */
  partnerWords: Uint8Array;
  /** ASCII marks that occur nowhere in the dictionary text. */
  breaks: string;
}

type Section = 'nodeRune' | 'childStart' | 'nodeWord' | 'wordWeight' | 'wordFreq' | 'wordTag' | 'userSingles' | 'hmmStart' | 'hmmTrans' | 'emitIndex' | 'emitRunes' | 'hmmEmit' | 'pairBits' | 'partnerWords' | 'meta';
type View = Uint32Array | Int32Array | Float64Array | Uint8Array | Uint16Array;
const SECTIONS: Array<[Section, new (buffer: ArrayBufferLike, offset: number, length: number) => View]> = [
  ['nodeRune', Uint32Array],
  ['childStart', Int32Array],
  ['nodeWord', Int32Array],
  ['wordWeight', Float64Array],
  ['wordFreq', Int32Array],
  ['wordTag', Uint8Array],
  ['userSingles', Uint32Array],
  ['hmmStart', Float64Array],
  ['hmmTrans', Float64Array],
  ['emitIndex', Uint16Array],
  ['emitRunes', Uint32Array],
  ['hmmEmit', Float64Array],
  ['pairBits', Uint32Array],
  ['partnerWords', Uint8Array],
  ['meta', Uint8Array],
];

/**
 * What identifies the texts a table is built from (a table built from others is stale): the
 * CRC-32 and length of each, 20 bytes. A CRC rather than a SHA-1: 0.5 ms instead of 6 on the
 * 1.3 MB, and it guards against a forgotten rebuild, not against an adversary.
 */
export function sourceDigest(dict: Uint8Array, userDict: Uint8Array, hmm: Uint8Array): Buffer {
  const out = Buffer.alloc(20);
  [dict, userDict, hmm].forEach((b, i) => out.writeUInt32LE(crc32(b), i * 4));
  const [dictSize, othersSize] = sourceSizes(dict.length, userDict.length, hmm.length);
  out.writeUInt32LE(dictSize, 12);
  out.writeUInt32LE(othersSize, 16);
  return out;
}

/** Serializes tables: the header, then each section 8-byte aligned. */
export function encodeTables(t: JiebaTables, digest: Buffer): Buffer {
  const meta = Buffer.from(JSON.stringify({ tags: t.tags, breaks: t.breaks, minWeight: t.minWeight }), 'utf8');
  const views: Record<Section, ArrayBufferView> = { ...t, meta } as unknown as Record<Section, ArrayBufferView>;
  const lengths = SECTIONS.map(([name, Kind]) => views[name].byteLength / (Kind as unknown as { BYTES_PER_ELEMENT: number }).BYTES_PER_ELEMENT);
  const start = align8((HEADER_WORDS + SECTIONS.length) * 4);
  let size = start;
  for (const [name] of SECTIONS) size = align8(size + views[name].byteLength);
  const out = Buffer.alloc(size);
  let at = start;
  for (const [name] of SECTIONS) {
    const v = views[name];
    out.set(new Uint8Array(v.buffer, v.byteOffset, v.byteLength), at);
    at = align8(at + v.byteLength);
  }
  const header = new Uint32Array(HEADER_WORDS + SECTIONS.length);
  header.set([TABLE_MAGIC, TABLE_VERSION, size - start, crc32(out.subarray(start))]);
  for (let i = 0; i < 5; i++) header[4 + i] = digest.readUInt32LE(i * 4);
  header.set(lengths, HEADER_WORDS);
  out.set(new Uint8Array(header.buffer), 0);
  return out;
}

/**
 * What a run checks of the texts beside a table: the two lengths sourceDigest records (words 3
 * and 4 of the digest), from the files' sizes. Reading the 1.3 MB of texts to take their CRC-32s cost a cold command about 6 ms
 * of its ~340 (the table alone is read, 2.6 MB); the texts are written with the table by the
 * build, and an edit that keeps every length the same is the one stale table this lets through.
 */
export function sourceSizes(dict: number, userDict: number, hmm: number): readonly [number, number] {
  return [dict >>> 0, (userDict + hmm * 7) >>> 0];
}

/**
 * The tables of `file` (its bytes), checked: magic, version, length, CRC-32 and the digest
 * of the source texts it must have been built from (or only their sizes, sourceSizes). Throws
 * TableError otherwise.
 */
export function decodeTables(file: Uint8Array, digest?: Buffer | readonly [number, number]): JiebaTables {
  if (file.byteLength < (HEADER_WORDS + SECTIONS.length) * 4) throw new TableError('jieba-js table: file too short');
  // Views need an 8-aligned start: copy when the buffer is not (a pooled small Buffer).
  const bytes = file.byteOffset % 8 === 0 ? file : new Uint8Array(file);
  const header = new Uint32Array(bytes.buffer, bytes.byteOffset, HEADER_WORDS + SECTIONS.length);
  if (header[0] !== TABLE_MAGIC) throw new TableError('jieba-js table: not a jieba-js table (bad magic)');
  if (header[1] !== TABLE_VERSION) throw new TableError(`jieba-js table: format version ${header[1]}, expected ${TABLE_VERSION}`);
  const start = align8((HEADER_WORDS + SECTIONS.length) * 4);
  if (header[2] !== bytes.byteLength - start) throw new TableError('jieba-js table: truncated or padded file');
  if (crc32(bytes.subarray(start)) !== header[3]) throw new TableError('jieba-js table: checksum mismatch (corrupt file)');
  const stale = (): never => {
    throw new TableError('jieba-js table: built from other dictionary files (stale)');
  };
  if (Buffer.isBuffer(digest)) {
    for (let i = 0; i < 5; i++) if (header[4 + i] !== digest.readUInt32LE(i * 4)) stale();
  } else if (digest && (header[7] !== digest[0] || header[8] !== digest[1])) stale();
  const views = {} as Record<Section, View>;
  let at = start;
  SECTIONS.forEach(([name, Kind], i) => {
    const n = header[HEADER_WORDS + i]!;
    const bytesPer = (Kind as unknown as { BYTES_PER_ELEMENT: number }).BYTES_PER_ELEMENT;
    if (at + n * bytesPer > bytes.byteLength) throw new TableError(`jieba-js table: section ${name} overruns the file`);
    views[name] = new Kind(bytes.buffer, bytes.byteOffset + at, n);
    at = align8(at + n * bytesPer);
  });
  const meta = JSON.parse(Buffer.from(views.meta as Uint8Array).toString('utf8')) as { tags: string[]; breaks: string; minWeight: number };
  const t = { ...(views as unknown as Omit<JiebaTables, 'tags' | 'breaks' | 'minWeight'>), ...meta };
  if (t.childStart.length !== t.nodeRune.length + 1 || t.nodeWord.length !== t.nodeRune.length || t.hmmStart.length !== STATES || t.hmmTrans.length !== STATES * STATES || t.emitIndex.length !== 0x10000 || t.partnerWords.length !== 0x10000 || t.hmmEmit.length !== t.emitRunes.length * STATES) {
    throw new TableError('jieba-js table: inconsistent sections');
  }
  return t;
}

function align8(n: number): number {
  return (n + 7) & ~7;
}

/** limonp::Split: fields between any of `seps`; a trailing separator adds no empty field. */
export function limonpSplit(s: string, seps: string): string[] {
  const out: string[] = [];
  let start = 0;
  while (start < s.length) {
    let end = start;
    while (end < s.length && !seps.includes(s[end]!)) end++;
    if (end === s.length) {
      out.push(s.slice(start));
      break;
    }
    out.push(s.slice(start, end));
    start = end + 1;
  }
  return out;
}

export { STATES as HMM_STATES };
