/**
 * One-character slips in short formulations (`四个义识` for 四个意识, `两个维户` for 两个维护): the
 * names and members of four to eight characters the canon knows, too short for canon.ts's
 * edit-distance search. A slip is read only where it is unambiguous against the dictionary:
 *   - one character changed in place for a look-alike or sound-alike of it (the typo rule's
 *     confusion sets: 意/义, 护/户), not a numeral or 个 (`五个意识` is another count), nor 国 put
 *     to a place (`科教兴省战略` adapts the national 科教兴国战略);
 *   - the stretch starts and ends where words do (`干事创业上实现`: 实 is 实现's, no `创业要实` there;
 *     a formulation that ends in a word of its own, `全面从严治党政治责任`, ends there whatever follows);
 *   - the changed character makes no word with the characters around it, for the segmenter's
 *     dictionary or the official vocabulary (`新发展理论` holds 理论, `核心意见` holds 意见: a writer's
 *     own words, quiet);
 *   - no correct string the canon knows covers it, and it is no traditional form of the right one.
 * Each is offered as a suggestion: a short form is read with little context.
 * Linear: the canon's short strings are indexed by their first and last two characters, and each
 * place of the text is compared with the few that share them.
 */
import { isHan } from '../util/han';
import { isOfficialWord } from './official-vocab';
import { simplifiedLine } from './traditional';
import { confusable } from './typo-confusable';
import { BoundedCache, LINE_CACHE_SIZE } from '../util/bounded-cache';
import { lineMatches } from './by-line';
import type { SpeechDocument } from './document';
import type { Segmenter } from './segment';
import type { CanonEntry, CanonIndex, NearMiss } from './canon';

const MIN_SHORT = 4;
/** Longer wordings are canon.ts's (MIN_CHECKED there); names and members up to this length are read here. */
const MAX_SHORT = 8;
const MAX_WORDING = 6;
const COUNT_RE = /[一二三四五六七八九十两个]/;

interface Short {
  s: string;
  entry: CanonEntry;
}

interface ShortIndex {
  byHead: Map<string, Short[]>;
  byTail: Map<string, Short[]>;
  /** First UTF-16 units of the heads and tails: most characters of a text are skipped at once. */
  first: Set<number>;
}

const INDEXES = new WeakMap<CanonIndex, ShortIndex>();

function shortIndex(index: CanonIndex): ShortIndex {
  let v = INDEXES.get(index);
  if (v) return v;
  v = { byHead: new Map(), byTail: new Map(), first: new Set() };
  const seen = new Set<string>();
  for (const e of index.entries) {
    if (e.wordingCheck === false || (e.kind !== 'wording' && e.kind !== 'enumeration')) continue;
    const strings = [...(e.names ?? []), ...(e.members ?? [])];
    if (e.wording.length <= MAX_WORDING) strings.push(e.wording);
    for (const s of strings) {
      if (s.length < MIN_SHORT || s.length > MAX_SHORT || seen.has(s) || ![...s].every((c) => isHan(c))) continue;
      seen.add(s);
      const add = (m: Map<string, Short[]>, k: string) => {
        v!.first.add(k.charCodeAt(0));
        let l = m.get(k);
        if (!l) m.set(k, (l = []));
        l.push({ s, entry: e });
      };
      add(v.byHead, s.slice(0, 2));
      add(v.byTail, s.slice(-2));
    }
  }
  INDEXES.set(index, v);
  return v;
}

/** The one place where `text` at `start` differs from `s`, or -1 (none, or more than one). */
function onePlace(text: string, start: number, s: string): number {
  if (start < 0 || start + s.length > text.length) return -1;
  let p = -1;
  for (let k = 0; k < s.length; k++) {
    if (text[start + k] === s[k]) continue;
    if (p >= 0) return -1;
    p = k;
  }
  return p;
}

/** Whether `a` may be written for `b`: a look-alike or a sound-alike either way. */
function confused(a: string, b: string): boolean {
  const of = (x: string) => {
    const c = confusable(x);
    return c.curated + c.shape + c.broad + c.glyph;
  };
  return of(b).includes(a) || of(a).includes(b);
}

function isWord(w: string, seg: Segmenter): boolean {
  return w.length === 2 && isHan(w[0]) && isHan(w[1]) && (seg.has(w) || isOfficialWord(w));
}

/**
 * Whether the stretch `s` would take at `start` begins or ends inside a word of the text: its first
 * character ends a word with the one before, or its last starts one with the one after; a
 * formulation whose first (last) two characters are a word of their own is not cut there.
 */
function cutWord(text: string, start: number, s: string, seg: Segmenter): boolean {
  const end = start + s.length;
  if (!isWord(s.slice(0, 2), seg) && isWord(text.slice(start - 1, start + 1), seg)) return true;
  return !isWord(s.slice(-2), seg) && isWord(text.slice(end - 1, end + 1), seg);
}

/** Whether the character at `at` makes a word (two to four characters) with those around it. */
function makesWord(text: string, at: number, seg: Segmenter): boolean {
  for (let a = Math.max(0, at - 3); a <= at; a++) {
    for (let b = at + 1; b <= Math.min(text.length, at + 4); b++) {
      if (b - a < 2 || b - a > 4) continue;
      const w = text.slice(a, b);
      if ([...w].every((c) => isHan(c)) && (seg.has(w) || isOfficialWord(w))) return true;
    }
  }
  return false;
}

/** Which characters of the text a correct string covers (each span is a formulation's length). */
function coveredBy(spans: ReadonlyArray<[number, number, string]>, n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (const [a, b] of spans) out.fill(1, a, b);
  return out;
}

/** Lines already read, per canon and segmenter (an editor's re-check reads only the changed lines). */
const LINES = new WeakMap<CanonIndex, WeakMap<Segmenter, BoundedCache<NearMiss[]>>>();

/** One-character slips in the short formulations of the draft (see the file's comment), line by line. */
export function shortSlips(doc: SpeechDocument, index: CanonIndex, seg: Segmenter): NearMiss[] {
  let bySeg = LINES.get(index);
  if (!bySeg) LINES.set(index, (bySeg = new WeakMap()));
  let cache = bySeg.get(seg);
  if (!cache) bySeg.set(seg, (cache = new BoundedCache<NearMiss[]>(LINE_CACHE_SIZE.entries, LINE_CACHE_SIZE.chars)));
  return lineMatches(doc, cache, MIN_SHORT, (own) => slipsInLine(own, index, seg));
}

function slipsInLine(text: string, index: CanonIndex, seg: Segmenter): NearMiss[] {
  const idx = shortIndex(index);
  const out: NearMiss[] = [];
  let covered: Uint8Array | undefined;
  const read = (start: number, { s, entry }: Short, fromTail: boolean) => {
    const p = onePlace(text, start, s);
    // A change past the first two characters leaves them intact: the head's anchor reads it, once.
    if (p < 0 || (fromTail && p >= 2)) return;
    const at = start + p;
    const c = text[at]!;
    if (!isHan(c) || COUNT_RE.test(c) || COUNT_RE.test(s[p]!) || s[p] === '国' || simplifiedLine(c) === s[p] || !confused(c, s[p]!)) return;
    // A character doubled beside it is char-repeat's (`四个意意`), not a word changed.
    if (text[at - 1] === c || text[at + 1] === c) return;
    if (makesWord(text, at, seg) || cutWord(text, start, s, seg)) return;
    covered ??= coveredBy(index.knownSpans(text), text.length);
    if (covered[at]) return;
    out.push({ start, end: start + s.length, found: text.slice(start, start + s.length), entry, fix: s, distance: 1, ambiguous: false });
  };
  for (let i = 0; i + 1 < text.length; i++) {
    if (!idx.first.has(text.charCodeAt(i))) continue;
    const key = text.slice(i, i + 2);
    const heads = idx.byHead.get(key);
    if (heads) for (const x of heads) read(i, x, false);
    const tails = idx.byTail.get(key);
    if (tails) for (const x of tails) read(i + 2 - x.s.length, x, true);
  }
  // One finding per place: the longest of those that overlap (`贯彻新发展理含` holds `新发展理含`).
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: NearMiss[] = [];
  for (const m of out) {
    const prev = kept[kept.length - 1];
    if (prev && m.start < prev.end) {
      if (m.end - m.start > prev.end - prev.start) kept[kept.length - 1] = m;
      continue;
    }
    kept.push(m);
  }
  return kept;
}
