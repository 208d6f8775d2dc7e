/**
 * Enumerations written out in full without their name (`严以修身、严以律己、严以用权，谋事要实、…`,
 * `“生态宜居、产业兴旺、乡风文明、治理有效、生活富裕”`): every member of a canon list, each once,
 * in another order. The members of a national list are quoted in one order; the same set in
 * another is a misquote whether or not the name stands beside it. Lists announced by name are
 * enumeration-lists.ts's. Owner: slogan rules.
 *
 * Linear: the draft is cut once into pieces at its pauses, and each run of pieces that are
 * members of one list is compared with it (a run is never longer than the list).
 */
import type { CanonEntry, CanonIndex } from './canon';
import type { SpeechDocument } from './document';
import { lineMatches } from './by-line';
import { BoundedCache, LINE_CACHE_SIZE } from '../util/bounded-cache';

export interface UnnamedList {
  entry: CanonEntry;
  /** Offsets of the list: its first member's start, its last member's end. */
  start: number;
  end: number;
  /** The members in the order the draft writes them. */
  written: string[];
  /** The items are the members exactly (no words of the clause around them, no quotation marks). */
  plain: boolean;
  separator: string;
}

/** Lists this long at least: two members in either order are a pair, not a misquote. */
const MIN_MEMBERS = 3;
const PAUSE_RE = /[、，,]/;
/** Where a run of members ends: a stop, a clause's mark, a line's end. */
const STOP_RE = /[。；;！？!?：:\n（）()《》【】]/;
const QUOTES_RE = /[“”"「」『』‘’]/g;
/** Words of the clause before the first member (`要坚持`), at most. */
const MAX_HEAD = 12;

interface Piece {
  text: string;
  start: number;
  end: number;
}

const MEMBER_INDEX = new WeakMap<CanonIndex, Map<string, CanonEntry[]>>();

/** Each member of a list of three or more, with the lists it belongs to. */
function memberIndex(index: CanonIndex): Map<string, CanonEntry[]> {
  let v = MEMBER_INDEX.get(index);
  if (v) return v;
  v = new Map();
  for (const e of index.entries) {
    const members = e.members;
    if (!members || members.length < MIN_MEMBERS || e.memberPrefix || members.some((m) => m.length < 2 || PAUSE_RE.test(m))) continue;
    if (new Set(members).size !== members.length) continue;
    for (const m of members) {
      let l = v.get(m);
      if (!l) v.set(m, (l = []));
      if (!l.includes(e)) l.push(e);
    }
  }
  MEMBER_INDEX.set(index, v);
  return v;
}

/** Per canon (a configuration's own formulations make another), each line's lists by the line's text. */
const LINE_CACHES = new WeakMap<CanonIndex, BoundedCache<UnnamedList[]>>();
/** The shortest line that can hold a list: three members of two characters and two pauses. */
const MIN_LINE = 3 * 2 + 2;

/**
 * findUnnamedPermutations over the draft, line by line (a run of members stops at a line's end),
 * each line's lists kept by its text: a draft re-checked at every keystroke, or drafts that share
 * a template's paragraphs, read a line once.
 */
export function unnamedPermutationsOf(doc: SpeechDocument, index: CanonIndex): UnnamedList[] {
  let cache = LINE_CACHES.get(index);
  if (!cache) LINE_CACHES.set(index, (cache = new BoundedCache(LINE_CACHE_SIZE.entries, LINE_CACHE_SIZE.chars)));
  return lineMatches(doc, cache, MIN_LINE, (own) => findUnnamedPermutations(own, index));
}

/** Lists of the canon written out in full, in an order other than the canonical one. */
export function findUnnamedPermutations(text: string, index: CanonIndex): UnnamedList[] {
  const byMember = memberIndex(index);
  if (byMember.size === 0) return [];
  const out: UnnamedList[] = [];
  let pieces: Piece[] = [];
  let seps = '';
  let s = 0;
  const flush = () => {
    if (pieces.length >= MIN_MEMBERS) readRun(pieces, seps, byMember, out);
    pieces = [];
    seps = '';
  };
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    const stop = ch === undefined || STOP_RE.test(ch);
    if (!stop && !PAUSE_RE.test(ch!)) continue;
    if (i > s) pieces.push({ text: text.slice(s, i), start: s, end: i });
    if (stop) flush();
    else seps += ch;
    s = i + 1;
  }
  return out;
}

/** The member a piece stands for in a run, as its first, middle or last piece. */
function memberOf(p: Piece, where: 'first' | 'middle' | 'last', byMember: Map<string, CanonEntry[]>): { member: string; start: number; end: number } | undefined {
  const t = p.text.replace(QUOTES_RE, '');
  if (byMember.has(t)) return { member: t, start: p.start + leadingQuotes(p.text), end: p.end - trailingQuotes(p.text) };
  if (where === 'first') {
    for (let k = 1; k <= MAX_HEAD && k < t.length - 1; k++) {
      const m = t.slice(k);
      if (byMember.has(m)) return { member: m, start: p.end - m.length - trailingQuotes(p.text), end: p.end };
    }
  }
  return undefined;
}

/** Whether the run's first piece is its member alone (no words of the clause before it). */
function plainHead(p: Piece, first: { start: number }): boolean {
  return first.start === p.start + leadingQuotes(p.text);
}

function leadingQuotes(s: string): number {
  let n = 0;
  while (n < s.length && /[“”"「」『』‘’]/.test(s[n]!)) n++;
  return n;
}

function trailingQuotes(s: string): number {
  let n = 0;
  while (n < s.length && /[“”"「」『』‘’]/.test(s[s.length - 1 - n]!)) n++;
  return n;
}

/**
 * The runs of consecutive pieces that are members of one list; a run holding each member of
 * that list once, in another order, is a finding.
 */
function readRun(pieces: Piece[], seps: string, byMember: Map<string, CanonEntry[]>, out: UnnamedList[]): void {
  for (let a = 0; a < pieces.length; a++) {
    const first = memberOf(pieces[a]!, 'first', byMember);
    if (!first) continue;
    for (const entry of byMember.get(first.member)!) {
      const members = entry.members!;
      const n = members.length;
      if (a + n > pieces.length) continue;
      const written = [first.member];
      let plain = pieces[a]!.text === first.member;
      for (let k = 1; k < n; k++) {
        const p = pieces[a + k]!;
        const t = p.text.replace(QUOTES_RE, '');
        if (!members.includes(t)) break;
        if (t !== p.text) plain = false;
        written.push(t);
      }
      if (written.length !== n || new Set(written).size !== n) continue;
      if (written.every((m, k) => m === members[k])) continue;
      // More items joined by pauses before or after the run (`科技强国、教育强国、人才强国、文化强国`): a longer list of the writer's.
      if ((plainHead(pieces[a]!, first) && seps[a - 1] === '、') || seps[a + n - 1] === '、') continue;
      const last = pieces[a + n - 1]!;
      const separators = seps.slice(a, a + n - 1);
      out.push({ entry, start: first.start, end: last.end - trailingQuotes(last.text), written, plain: plain && !/[，,]/.test(separators), separator: '、' });
      a += n - 1;
      break;
    }
  }
}
