/**
 * Builds the jieba-js tables (segment-js-table.ts) from the texts cppjieba loads: the
 * dictionary, the user dictionary and the HMM model, reading them as cppjieba's DictTrie and
 * HMMModel do. Run by the build (esbuild.mjs, through prepareDictionaries) and, when a table
 * is missing or refused, at first use. Logarithms are correctly rounded (cr-log.ts), as
 * glibc's log() is, so that the weights are cppjieba's to the last bit.
 */
import { correctlyRoundedLog } from './cr-log';
import { HMM_STATES, MIN_DOUBLE, limonpSplit, type JiebaTables } from './segment-js-table';
import { PairFilter } from './segment-table';

interface Unit {
  word: number[];
  weight: number;
  tag: string;
  freq: number;
}

/** The text's lines as std::getline gives them (no empty line after a final newline). */
function lines(text: string): string[] {
  const out = text.split('\n');
  if (out[out.length - 1] === '') out.pop();
  return out;
}

function runes(s: string): number[] {
  const out: number[] = [];
  for (const c of s) out.push(c.codePointAt(0)!);
  return out;
}

/** DictTrie::LoadDict, CalculateWeight, SetStaticWordWeights (median) and LoadUserDict. */
function readUnits(dict: string, userDict: string, userWordFreq: number): { units: Unit[]; minWeight: number; singles: Set<number> } {
  const units: Unit[] = [];
  for (const line of lines(dict)) {
    const cols = limonpSplit(line, ' ');
    if (cols.length !== 3) throw new Error(`jieba-js: dictionary line is not "word freq tag": ${line}`);
    // atof; segment.ts counts an unreadable frequency as 1 (segment-table.ts readDictionary).
    units.push({ word: runes(cols[0]!), weight: Number.parseFloat(cols[1]!), tag: cols[2]!, freq: Number(cols[1]) || 1 });
  }
  if (units.length === 0) throw new Error('jieba-js: empty dictionary');
  let sum = 0;
  for (const u of units) sum += u.weight;
  for (const u of units) u.weight = correctlyRoundedLog(u.weight / sum);
  const sorted = units.map((u) => u.weight).sort((a, b) => a - b);
  const minWeight = sorted[0]!;
  const median = sorted[sorted.length >> 1]!;
  const singles = new Set<number>();
  for (const line of lines(userDict)) {
    if (line.length === 0) continue;
    const cols = limonpSplit(line, ' ');
    let unit: Unit | undefined;
    if (cols.length === 1 || cols.length === 2) unit = { word: runes(cols[0]!), weight: median, tag: cols[1] ?? '', freq: userWordFreq };
    else if (cols.length === 3) unit = { word: runes(cols[0]!), weight: correctlyRoundedLog(Number.parseInt(cols[1]!, 10) / sum), tag: cols[2]!, freq: userWordFreq };
    if (!unit) continue;
    units.push(unit);
    if (unit.word.length === 1) singles.add(unit.word[0]!);
  }
  return { units, minWeight, singles };
}

interface BuildNode {
  rune: number;
  word: number;
  children?: Map<number, BuildNode>;
}

/** The trie of the units (a later unit of the same word replaces the earlier), numbered breadth first. */
function buildTrie(units: Unit[]): Pick<JiebaTables, 'nodeRune' | 'childStart' | 'nodeWord'> {
  const root: BuildNode = { rune: 0, word: -1 };
  units.forEach((u, w) => {
    if (u.word.length === 0) return;
    let node = root;
    for (const r of u.word) {
      node.children ??= new Map();
      let next = node.children.get(r);
      if (!next) node.children.set(r, (next = { rune: r, word: -1 }));
      node = next;
    }
    // segment.ts's frequency of a word is the trimmed dictionary's, whatever replaced it.
    if (node.word >= 0) u.freq = units[node.word]!.freq;
    node.word = w;
  });
  const order: BuildNode[] = [root];
  const childStart: number[] = [];
  for (let i = 0; i < order.length; i++) {
    childStart.push(order.length);
    const kids = [...(order[i]!.children?.values() ?? [])].sort((a, b) => a.rune - b.rune);
    order.push(...kids);
  }
  childStart.push(order.length);
  return {
    nodeRune: Uint32Array.from(order, (n) => n.rune),
    childStart: Int32Array.from(childStart),
    nodeWord: Int32Array.from(order, (n) => n.word),
  };
}

/** HMMModel::LoadModel: start, 4×4 transitions, then the B, E, M, S emissions. */
function readHmm(model: string): Pick<JiebaTables, 'hmmStart' | 'hmmTrans' | 'emitIndex' | 'emitRunes' | 'hmmEmit'> {
  const rows = lines(model)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  if (rows.length < 9) throw new Error('jieba-js: HMM model has fewer than 9 lines');
  const numbers = (line: string): number[] => {
    const cols = limonpSplit(line, ' ');
    if (cols.length !== HMM_STATES) throw new Error(`jieba-js: HMM model line has ${cols.length} columns: ${line}`);
    return cols.map((c) => Number.parseFloat(c));
  };
  const hmmStart = Float64Array.from(numbers(rows[0]!));
  const hmmTrans = Float64Array.from([1, 2, 3, 4].flatMap((i) => numbers(rows[i]!)));
  const emits = [5, 6, 7, 8].map((i) => {
    const m = new Map<number, number>();
    for (const pair of limonpSplit(rows[i]!, ',')) {
      const kv = limonpSplit(pair, ':');
      const r = kv.length === 2 ? runes(kv[0]!) : [];
      if (r.length !== 1) throw new Error(`jieba-js: HMM emission is not "char:prob": ${pair}`);
      m.set(r[0]!, Number.parseFloat(kv[1]!));
    }
    return m;
  });
  const all = [...new Set(emits.flatMap((m) => [...m.keys()]))].sort((a, b) => a - b);
  if (all.length >= 0xffff) throw new Error('jieba-js: HMM model has too many characters');
  const emitIndex = new Uint16Array(0x10000);
  const hmmEmit = new Float64Array(all.length * HMM_STATES).fill(MIN_DOUBLE);
  all.forEach((r, row) => {
    if (r < 0x10000) emitIndex[r] = row + 1;
    emits.forEach((m, s) => {
      const p = m.get(r);
      if (p !== undefined) hmmEmit[row * HMM_STATES + s] = p;
    });
  });
  return { hmmStart, hmmTrans, emitIndex, emitRunes: Uint32Array.from(all), hmmEmit };
}

export interface TableOptions {
  /** The ASCII marks of which the table keeps those no dictionary or user word contains. */
  asciiBreaks: string;
  /** The frequency segment.ts gives a user word the dictionary lacks. */
  userWordFreq: number;
  /**
   * The characters of `partnerWords` (official writing's): for each character, the table
   * counts the two-character words of frequency `partnerMinFreq` or more that it makes with
   * one of them, before or after it.
   */
  partnerChars?: string;
  partnerMinFreq?: number;
}

/**
 * For each UTF-16 code unit, how many two-character words of frequency `minFreq` or more it
 * makes with a character of `partners` (the partner first, then the character after it, each
 * counted: 办办 would count twice), up to 255. What the typo search asks of a character it
 * might call stray (typo-confusable.ts wordsWith), answered from the trie once at build time
 * instead of 5,000 lookups per character in a cold command.
 */
function partnerWordCounts(t: Pick<JiebaTables, 'nodeRune' | 'childStart' | 'nodeWord' | 'wordFreq'>, partners: string, minFreq: number): Uint8Array {
  const isPartner = new Uint8Array(0x10000);
  for (let i = 0; i < partners.length; i++) isPartner[partners.charCodeAt(i)] = 1;
  const counts = new Uint8Array(0x10000);
  const add = (c: number) => {
    if (counts[c]! < 255) counts[c]!++;
  };
  for (let a = t.childStart[0]!; a < t.childStart[1]!; a++) {
    const ra = t.nodeRune[a]!;
    if (ra >= 0x10000) continue;
    for (let b = t.childStart[a]!; b < t.childStart[a + 1]!; b++) {
      const rb = t.nodeRune[b]!;
      const w = t.nodeWord[b]!;
      if (rb >= 0x10000 || w < 0 || t.wordFreq[w]! < minFreq) continue;
      if (isPartner[rb]) add(ra);
      if (isPartner[ra]) add(rb);
    }
  }
  return counts;
}

/** The tables for the dictionary texts. */
export function buildJiebaTables(dict: string, userDict: string, hmm: string, options: TableOptions): JiebaTables {
  const { units, minWeight, singles } = readUnits(dict, userDict, options.userWordFreq);
  const tags = [...new Set(units.map((u) => u.tag))];
  if (tags.length > 255) throw new Error('jieba-js: more than 255 tags');
  const pairs = new PairFilter();
  for (const line of lines(dict)) pairs.addWord(line, 0, line.indexOf(' '));
  for (const line of lines(userDict)) pairs.addWord(line, 0, line.includes(' ') ? line.indexOf(' ') : line.length);
  const trie = buildTrie(units);
  const wordFreq = Int32Array.from(units, (u) => u.freq);
  return {
    ...trie,
    wordWeight: Float64Array.from(units, (u) => u.weight),
    wordFreq,
    wordTag: Uint8Array.from(units, (u) => tags.indexOf(u.tag)),
    tags,
    userSingles: Uint32Array.from([...singles].sort((a, b) => a - b)),
    minWeight,
    ...readHmm(hmm),
    pairBits: pairs.bits,
    partnerWords: partnerWordCounts({ ...trie, wordFreq }, options.partnerChars ?? '', options.partnerMinFreq ?? 1),
    breaks: [...options.asciiBreaks].filter((c) => !dict.includes(c) && !userDict.includes(c)).join(''),
  };
}
