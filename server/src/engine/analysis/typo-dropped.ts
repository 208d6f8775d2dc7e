/**
 * A long word of official vocabulary with one character dropped inside it (`一般公预算收入` for
 * 一般公共预算, `全面从治党` for 全面从严治党): a slip no look-alike search sees, since nothing is
 * written in the dropped character's place. The words are those of five characters or more of
 * official vocabulary (gongwen-words.txt, official-new-words.txt); the dropped character stands
 * with two characters or more on each side of it (a word cut at its edge is often a word or a
 * name of its own: 县人民政府 beside 县级人民政府, 进一步强化 beside 进一步增强), and is no
 * conjunction or particle (发展改革委员会 beside 发展和改革委员会). The shortened form must be no
 * word itself and, as jieba reads the sentence, start and end where its words do (最高人民法院
 * holds 高人民法院 and is right). A suggestion. Linear: a prefix test per position, then a
 * bounded number of look-ups.
 */
import gongwenWords from '../data/gongwen-words.txt';
import type { Segmenter } from './segment';
import type { Typo } from './typo-detect';
import { gongwenLines, newOfficialWordList } from './official-vocab';

const MIN_WORD = 5;
/** Characters whose dropping leaves a right form (和, 与, 的: 国民经济和社会发展). */
const OPTIONAL = new Set('和与及的之或并、');
const HAN_RE = /^[\u4e00-\u9fff]+$/;

/** The shortened forms of the official words that open with one pair of characters. */
interface Shortened {
  /** The shortened form → the word it was cut from (the first in the lists' order). */
  from: Map<string, string>;
  maxLen: number;
}

/**
 * Built as a draft asks, pair by pair: a cold command reads a draft or two and meets a few of
 * the pairs, where building every word's shortened forms first cost it ~2 ms and a Set of
 * 13,000 words (official-vocab.ts keeps the list as its sorted text).
 */
let heads: Set<string> | undefined;
const byHead = new Map<string, Shortened>();

/** The first two characters of each official word long enough to be cut. */
function headsOf(): Set<string> {
  const out = new Set<string>();
  const text = gongwenWords;
  for (let s = 0; s < text.length; ) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    const len = (text.charCodeAt(e - 1) === 13 ? e - 1 : e) - s;
    if (len >= MIN_WORD && text.charCodeAt(s) !== 35) out.add(text.slice(s, s + 2));
    s = e + 1;
  }
  for (const w of newOfficialWordList()) if (w.length >= MIN_WORD) out.add(w.slice(0, 2));
  return out;
}

function shortenedFor(head: string, seg: Segmenter): Shortened {
  let t = byHead.get(head);
  if (t) return t;
  const words = [...gongwenLines().withPrefix(head), ...newOfficialWordList().filter((w) => w.startsWith(head))];
  // A shortened form that is an official word itself opens with the same pair: it is one of these.
  const own = new Set(words);
  t = { from: new Map(), maxLen: 0 };
  for (const w of words) {
    if (w.length < MIN_WORD || !HAN_RE.test(w)) continue;
    for (let i = 2; i <= w.length - 3; i++) {
      if (OPTIONAL.has(w[i]!)) continue;
      const s = w.slice(0, i) + w.slice(i + 1);
      if (t.from.has(s) || own.has(s) || seg.freq(s) > 0) continue;
      t.from.set(s, w);
      t.maxLen = Math.max(t.maxLen, s.length);
    }
  }
  byHead.set(head, t);
  return t;
}

/** Whether jieba reads `text` with a word boundary at `a` and at `b` (no word crosses either). */
function alignedAt(text: string, a: number, b: number, seg: Segmenter): boolean {
  const lo = Math.max(0, a - 4);
  const tokens = seg.tag(text.slice(lo, Math.min(text.length, b + 4)));
  return !tokens.some((t) => (lo + t.start < a && lo + t.end > a) || (lo + t.start < b && lo + t.end > b));
}

/** The official words of `text` written with one inner character dropped, appended to `out`. */
export function droppedOfficialWords(text: string, seg: Segmenter, out: Typo[]): void {
  heads ??= headsOf();
  for (let i = 0; i + MIN_WORD - 1 <= text.length; i++) {
    const head = text.slice(i, i + 2);
    if (!heads.has(head)) continue;
    const t = shortenedFor(head, seg);
    for (let L = t.maxLen; L >= MIN_WORD - 1; L--) {
      const s = text.slice(i, i + L);
      const word = s.length === L ? t.from.get(s) : undefined;
      if (!word || !alignedAt(text, i, i + L, seg)) continue;
      out.push({ start: i, end: i + L, wrong: s, right: word, kind: 'confusion', safe: false });
      i += L - 1;
      break;
    }
  }
}
