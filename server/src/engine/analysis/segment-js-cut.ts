/**
 * jieba-js: cppjieba's MixSegment::Cut (with HMM) and PosTagger::Tag, ported line for line
 * over the tables of segment-js-table.ts, so that it gives nodejieba's tokens and tags.
 *
 * - Text: cppjieba works on the code points of the UTF-8 text nodejieba hands it; N-API turns
 *   a lone surrogate into U+FFFD, so it is the code point 0xFFFD here too. Words are returned
 *   as slices of the text itself (a lone surrogate stays itself; nodejieba returns U+FFFD).
 * - PreFilter: each of ' ', '\t', '\n', '，', '。' is a piece of its own, the text between them
 *   another.
 * - MPSegment: the DAG of dictionary words from each position (at most MAX_WORD_LENGTH code
 *   points; a position with no word is a one-character word weighing the dictionary's smallest
 *   weight), best route from the end, the first of equal candidates (shortest) kept.
 * - MixSegment: runs of one-character words (other than the user dictionary's one-character
 *   words) go to the HMM.
 * - HMMSegment: an ASCII letter starts a run of letters and digits, a digit a run of digits
 *   and '.', any other ASCII character is one word; the rest is cut by Viterbi over B/E/M/S.
 * - PosTagger: a word's dictionary tag, else SpecialRule (x / m / eng).
 */
import { HMM_STATES, MAX_WORD_LENGTH, MIN_DOUBLE, type JiebaTables } from './segment-js-table';

const B_E = 1;
const S = 3;
const SEPARATORS = new Set([0x20, 0x09, 0x0a, 0xff0c, 0x3002]);

export class JiebaCutter {
  private runes = new Int32Array(256);
  /** UTF-16 offset of each code point of the text being cut, and of its end. */
  private offs = new Int32Array(257);
  private weight = new Float64Array(256);
  private choice = new Int32Array(256);
  private vWeight = new Float64Array(1024);
  private vPath = new Int8Array(1024);
  private readonly tags: string[];

  constructor(private readonly t: JiebaTables) {
    this.tags = t.tags;
  }

  /** The words of `text`, as nodejieba's cut(text, true). */
  cut(text: string): string[] {
    const ends = this.segment(text);
    const out: string[] = new Array<string>(ends.length);
    let from = 0;
    for (let i = 0; i < ends.length; i++) {
      out[i] = text.slice(this.offs[from]!, this.offs[ends[i]!]!);
      from = ends[i]!;
    }
    return out;
  }

  /** The words of `text` and their tags, as nodejieba's tag(text). */
  tag(text: string): Array<{ word: string; tag: string }> {
    const ends = this.segment(text);
    const out = new Array<{ word: string; tag: string }>(ends.length);
    let from = 0;
    for (let i = 0; i < ends.length; i++) {
      const to = ends[i]!;
      const w = this.lookup(this.runes, from, to);
      const tag = w >= 0 ? this.tags[this.t.wordTag[w]!]! : '';
      out[i] = { word: text.slice(this.offs[from]!, this.offs[to]!), tag: tag || this.specialRule(from, to) };
      from = to;
    }
    return out;
  }

  /** The dictionary entry of `word` (-1 when none): its index into the word tables. */
  find(word: string): number {
    const n = this.decode(word, true);
    return n < 0 ? -1 : this.lookup(this.runes, 0, n);
  }

  /** The ends (code point indexes) of the words of `text`, after decoding it into `runes`. */
  private segment(text: string): number[] {
    const n = this.decode(text, false);
    const ends: number[] = [];
    let from = 0;
    for (let i = 0; i < n; i++) {
      if (!SEPARATORS.has(this.runes[i]!)) continue;
      if (from < i) this.mixCut(from, i, ends);
      ends.push(i + 1);
      from = i + 1;
    }
    if (from < n) this.mixCut(from, n, ends);
    return ends;
  }

  /**
   * Decodes `text` into code points (runes/offs); returns their number. A lone surrogate is
   * U+FFFD, or makes the result -1 when `strict` (a word with one is in no dictionary).
   */
  private decode(text: string, strict: boolean): number {
    if (this.runes.length < text.length) {
      this.runes = new Int32Array(text.length);
      this.offs = new Int32Array(text.length + 1);
    }
    const runes = this.runes;
    const offs = this.offs;
    let n = 0;
    for (let i = 0; i < text.length; n++) {
      offs[n] = i;
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdfff) {
        const d = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
        if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
          runes[n] = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
          i += 2;
          continue;
        }
        if (strict) return -1;
        runes[n] = 0xfffd;
      } else {
        runes[n] = c;
      }
      i++;
    }
    offs[n] = text.length;
    return n;
  }

  /** The child of `node` by code point `r`, -1 for none (binary search among its children). */
  private child(node: number, r: number): number {
    const nodeRune = this.t.nodeRune;
    let lo = this.t.childStart[node]!;
    let hi = this.t.childStart[node + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const m = nodeRune[mid]!;
      if (m === r) return mid;
      if (m < r) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Trie::Find: the word of runes[from, to), -1 for none. */
  private lookup(runes: Int32Array, from: number, to: number): number {
    if (from >= to) return -1;
    let node = 0;
    for (let i = from; i < to && node >= 0; i++) node = this.child(node, runes[i]!);
    return node < 0 ? -1 : this.t.nodeWord[node]!;
  }

  private grow(n: number): void {
    if (this.weight.length >= n) return;
    this.weight = new Float64Array(n * 2);
    this.choice = new Int32Array(n * 2);
  }

  /** MPSegment's DAG and CalcDP: choice[i] is the last code point of the best word from i. */
  private calcDp(b: number, e: number): void {
    this.grow(e);
    const { runes, weight, choice } = this;
    const { nodeWord, wordWeight, childStart } = this.t;
    const minWeight = this.t.minWeight;
    for (let i = e - 1; i >= b; i--) {
      let node = this.child(0, runes[i]!);
      const w0 = node >= 0 ? nodeWord[node]! : -1;
      let best = (i + 1 < e ? weight[i + 1]! : 0) + (w0 >= 0 ? wordWeight[w0]! : minWeight);
      let bestEnd = i;
      if (!(best > MIN_DOUBLE)) best = MIN_DOUBLE;
      for (let j = i + 1; j < e && j - i + 1 <= MAX_WORD_LENGTH; j++) {
        if (node < 0 || childStart[node] === childStart[node + 1]) break;
        node = this.child(node, runes[j]!);
        if (node < 0) break;
        const w = nodeWord[node]!;
        if (w < 0) continue;
        const val = (j + 1 < e ? weight[j + 1]! : 0) + wordWeight[w]!;
        if (val > best) {
          best = val;
          bestEnd = j;
        }
      }
      weight[i] = best;
      choice[i] = bestEnd;
    }
  }

  private isUserSingle(r: number): boolean {
    const s = this.t.userSingles;
    let lo = 0;
    let hi = s.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (s[mid] === r) return true;
      if (s[mid]! < r) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  /** MixSegment::Cut over runes[b, e): dictionary words, runs of single characters to the HMM. */
  private mixCut(b: number, e: number, ends: number[]): void {
    this.calcDp(b, e);
    const { choice, runes } = this;
    for (let i = b; i < e; ) {
      const j = choice[i]!;
      if (j > i || this.isUserSingle(runes[i]!)) {
        ends.push(j + 1);
        i = j + 1;
        continue;
      }
      let k = i;
      while (k < e && choice[k] === k && !this.isUserSingle(runes[k]!)) k++;
      this.hmmCut(i, k, ends);
      i = k;
    }
  }

  /** HMMSegment::Cut: ASCII by the letter and number rules, the rest by Viterbi. */
  private hmmCut(b: number, e: number, ends: number[]): void {
    const runes = this.runes;
    let left = b;
    let right = b;
    while (right < e) {
      if (runes[right]! >= 0x80) {
        right++;
        continue;
      }
      if (left !== right) this.internalCut(left, right, ends);
      left = right;
      right = letterRule(runes, left, e);
      if (right === left) right = numbersRule(runes, left, e);
      if (right === left) right++;
      ends.push(right);
      left = right;
    }
    if (left !== right) this.internalCut(left, right, ends);
  }

  private emit(state: number, r: number): number {
    let row: number;
    if (r < 0x10000) {
      row = this.t.emitIndex[r]! - 1;
    } else {
      const s = this.t.emitRunes;
      let lo = 0;
      let hi = s.length - 1;
      row = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        if (s[mid] === r) {
          row = mid;
          break;
        }
        if (s[mid]! < r) lo = mid + 1;
        else hi = mid - 1;
      }
    }
    return row < 0 ? MIN_DOUBLE : this.t.hmmEmit[row * HMM_STATES + state]!;
  }

  /** HMMSegment::InternalCut and Viterbi over runes[b, e): a word ends at each E or S. */
  private internalCut(b: number, e: number, ends: number[]): void {
    const X = e - b;
    if (this.vWeight.length < X * HMM_STATES) {
      this.vWeight = new Float64Array(X * HMM_STATES * 2);
      this.vPath = new Int8Array(X * HMM_STATES * 2);
    }
    const { vWeight: weight, vPath: path, runes } = this;
    const { hmmStart, hmmTrans } = this.t;
    for (let y = 0; y < HMM_STATES; y++) {
      weight[y * X] = hmmStart[y]! + this.emit(y, runes[b]!);
      path[y * X] = -1;
    }
    for (let x = 1; x < X; x++) {
      const r = runes[b + x]!;
      for (let y = 0; y < HMM_STATES; y++) {
        const now = x + y * X;
        const emitProb = this.emit(y, r);
        let w = MIN_DOUBLE;
        let p = B_E;
        for (let preY = 0; preY < HMM_STATES; preY++) {
          const tmp = weight[x - 1 + preY * X]! + hmmTrans[preY * HMM_STATES + y]! + emitProb;
          if (tmp > w) {
            w = tmp;
            p = preY;
          }
        }
        weight[now] = w;
        path[now] = p;
      }
    }
    let stat = weight[X - 1 + B_E * X]! >= weight[X - 1 + S * X]! ? B_E : S;
    const status = new Int8Array(X);
    for (let x = X - 1; x >= 0; x--) {
      status[x] = stat;
      stat = path[x + stat * X]!;
    }
    for (let i = 0; i < X; i++) if (status[i]! % 2) ends.push(b + i + 1);
  }

  /** PosTagger::SpecialRule: x without ASCII, m when the ASCII is digits, else eng. */
  private specialRule(from: number, to: number): string {
    const size = to - from;
    const half = Math.floor(size / 2);
    let m = 0;
    let eng = 0;
    for (let i = from; i < to && eng < half; i++) {
      const r = this.runes[i]!;
      if (r < 0x80) {
        eng++;
        if (r >= 0x30 && r <= 0x39) m++;
      }
    }
    if (eng === 0) return 'x';
    return m === eng ? 'm' : 'eng';
  }
}

function isLetter(x: number): boolean {
  return (x >= 0x61 && x <= 0x7a) || (x >= 0x41 && x <= 0x5a);
}

function isDigit(x: number): boolean {
  return x >= 0x30 && x <= 0x39;
}

/** HMMSegment::SequentialLetterRule: a letter, then letters and digits. */
function letterRule(runes: Int32Array, b: number, e: number): number {
  if (!isLetter(runes[b]!)) return b;
  let i = b + 1;
  while (i < e && (isLetter(runes[i]!) || isDigit(runes[i]!))) i++;
  return i;
}

/** HMMSegment::NumbersRule: a digit, then digits and '.'. */
function numbersRule(runes: Int32Array, b: number, e: number): number {
  if (!isDigit(runes[b]!)) return b;
  let i = b + 1;
  while (i < e && (isDigit(runes[i]!) || runes[i] === 0x2e)) i++;
  return i;
}
