/**
 * The formulation canon (规范提法): national formulations with their canonical wording,
 * names, members in order and the years they were current (data/canon.json), extended by
 * the user's `formulations`. Shared by the three formulation rules, the hover and the report.
 * Owner: slogan rules.
 *
 * Everything here is linear in the length of the draft: the canon is indexed by the
 * two-character pieces that start its strings, a draft is scanned once, and each hit is
 * checked with a bounded edit distance against one formulation (a few hundred steps).
 */
import { isHan } from '../util/han';
import { simplifiedLine } from './traditional';
import { isOfficialWord } from './official-vocab';
import canonData from '../data/canon.json';
import type { NormalizedConfig, UserFormulation } from '../model/config';
import { BoundedCache, LINE_CACHE_SIZE } from '../util/bounded-cache';
import { lineMatches } from './by-line';
import type { SpeechDocument } from './document';
import { aspectAdded, attributedTo, honorificDropped, joinerAfterPause, backOff, boundedDistance, crossesSentence, deAdded, deAsVerb, deBeforeDe, fitQuotes, isQuote, JOINERS, aspectOnly, headSlip, lastTwo, matchesAt, normChar, PUNCT_RE, scopeLocalised, stripQuotes, wordAddedOrDropped, wordSwap } from './canon-match';


export type CanonKind = 'wording' | 'enumeration' | 'plan' | 'congress' | 'plenum';

export interface CanonEntry {
  id: string;
  /** The canonical wording (an enumeration's members joined as the documents write them). */
  wording: string;
  kind: CanonKind;
  /** Short names and correct abbreviations (`四个意识`, `两个确立`). */
  names?: string[];
  /** Other correct wordings (`以习近平同志为核心的中共中央`, as non-Party texts write it). */
  also?: string[];
  /** Members of an enumeration, in canonical order. */
  members?: string[];
  /** An earlier member list and the last year it was current. */
  membersBefore?: { until: number; members: string[] };
  /** Words that may stand before every member in a list (`坚持人民至上，坚持自信自立`). */
  memberPrefix?: string[];
  since?: number;
  until?: number;
  /** The name that took this one's place after `until` (`三个自信` → `四个自信`). */
  replacedBy?: string;
  source?: { title: string; url: string };
  examples?: string[];
  nearMisses?: Array<{ text: string; fix: string }>;
  lookAlikes?: string[];
  /** False: the wording is not checked for near-misses (lists of common words, names). */
  wordingCheck?: boolean;
  /** Incomplete forms of the wording (a name shortened where the full name is required). */
  incomplete?: Array<{ text: string; unlessNear: string }>;
  note?: string;
  /** Where the entry comes from. */
  origin?: 'canon' | 'config';
}

export const CANON: readonly CanonEntry[] = (canonData as { entries: CanonEntry[] }).entries.map((e) => ({
  ...e,
  kind: e.kind as CanonKind,
  origin: 'canon' as const,
}));

/** The canon with the user's own formulations added (memoised per config object). */
const cache = new WeakMap<object, CanonIndex>();
export function canonFor(config: Pick<NormalizedConfig, 'canonExtra'> | undefined): CanonIndex {
  const extra = config?.canonExtra ?? [];
  if (!config || extra.length === 0) return (defaultIndex ??= new CanonIndex(CANON));
  let idx = cache.get(config);
  if (!idx) cache.set(config, (idx = new CanonIndex([...CANON, ...extra.map(userEntry)])));
  return idx;
}
let defaultIndex: CanonIndex | undefined;

export function userEntry(u: UserFormulation, i: number): CanonEntry {
  const name = u.name ?? (u.members ? undefined : u.wording);
  const wording = u.wording ?? (u.members ? u.members.join('、') : u.name!);
  const entry: CanonEntry = { id: `config-${i}`, wording, kind: u.members ? 'enumeration' : 'wording', origin: 'config' };
  if (u.name) entry.names = [u.name];
  else if (name && name.length <= 6) entry.names = [name];
  if (u.members) entry.members = [...u.members];
  if (u.since !== undefined) entry.since = u.since;
  if (u.until !== undefined) entry.until = u.until;
  if (u.source) entry.source = { title: u.source, url: '' };
  return entry;
}

interface Checked {
  entry: CanonEntry;
  /** The wording without quotes, separators normalised. */
  w: string;
  /** Allowed edits. */
  d: number;
  /** `w` without a 的 that follows a closing quotation mark in the wording. */
  noQuotedDe: string;
  /** `w` with a 的 after each closing quotation mark that has none (`两个一百年的奋斗目标`). */
  withQuotedDe: string;
  /** Whether the wording writes quotation marks of its own (`“两个一百年”奋斗目标`). */
  quoted: boolean;
}

export interface NearMiss {
  start: number;
  end: number;
  found: string;
  entry: CanonEntry;
  /** The canonical wording to write instead. */
  fix: string;
  distance: number;
  /** More than one formulation is equally close. */
  ambiguous: boolean;
}

export interface CanonUse {
  start: number;
  end: number;
  entry: CanonEntry;
  /** The wording or one of the names. */
  form: string;
}

/** Wordings this long or longer are checked for one changed character, and for two from TWO_EDITS. */
const MIN_CHECKED = 7;
const TWO_EDITS = 9;
/** Prose wordings this long are quoted verbatim: a word swapped in them is a misquote. */
const VERBATIM = 12;

export class CanonIndex {
  readonly entries: readonly CanonEntry[];
  private readonly checked: Checked[] = [];
  /** Anchor pieces: first two characters → [piece, formulation, offset of the piece]. */
  private readonly anchors = new Map<string, Array<[string, Checked, number]>>();
  /** Every correct string (wordings, names, look-alikes): first two characters → strings. */
  private readonly known = new Map<string, Array<[string, CanonEntry | undefined]>>();
  private readonly incomplete = new Map<string, Array<[string, CanonEntry, string]>>();
  /**
   * First UTF-16 units of the anchors and known strings (a joiner stands for 、): a cheap
   * test that skips most characters of a document before any two-character key is built.
   */
  private readonly anchorFirst = new Set<number>();
  private readonly knownFirst = new Set<number>();

  constructor(entries: readonly CanonEntry[]) {
    this.entries = entries;
    const addKnown = (s: string, e: CanonEntry | undefined) => {
      if (s.length < 2) return;
      const k = s.slice(0, 2);
      this.knownFirst.add(k.charCodeAt(0));
      let l = this.known.get(k);
      if (!l) this.known.set(k, (l = []));
      if (!l.some(([x]) => x === s)) l.push([s, e]);
    };
    for (const e of entries) {
      addKnown(e.wording, e);
      addKnown(stripQuotes(e.wording), e);
      for (const n of e.names ?? []) addKnown(n, e);
      for (const a of e.also ?? []) addKnown(a, e);
      for (const m of e.members ?? []) addKnown(m, e);
      for (const x of e.examples ?? []) if (!x.includes('，即') && !x.includes('：')) addKnown(stripQuotes(x), e);
      for (const x of e.lookAlikes ?? []) addKnown(x, undefined);
      for (const inc of e.incomplete ?? []) {
        const k = inc.text.slice(0, 2);
        let l = this.incomplete.get(k);
        if (!l) this.incomplete.set(k, (l = []));
        l.push([inc.text, e, inc.unlessNear]);
      }
      if (e.wordingCheck === false || (e.kind !== 'wording' && e.kind !== 'enumeration')) continue;
      const w = [...stripQuotes(e.wording)].map(normChar).join('');
      if (w.length < MIN_CHECKED) continue;
      const noQuotedDe = [...stripQuotes(e.wording.replace(/([”」』’])的/g, '$1'))].map(normChar).join('');
      const withQuotedDe = [...stripQuotes(e.wording.replace(/([”」』’])(?!的)/g, '$1的'))].map(normChar).join('');
      const c: Checked = { entry: e, w, d: w.length >= TWO_EDITS ? 2 : 1, noQuotedDe, withQuotedDe, quoted: stripQuotes(e.wording) !== e.wording };
      this.checked.push(c);
      // Pigeonhole: with d edits, one of d+1 pieces is intact.
      const pieces = c.d + 1;
      const size = Math.floor(w.length / pieces);
      for (let p = 0; p < pieces; p++) {
        const off = p * size;
        const piece = w.slice(off, p === pieces - 1 ? w.length : off + size);
        if (piece.length < 2) continue;
        const k = piece.slice(0, 2);
        if (k[0] === '、') for (const j of JOINERS) this.anchorFirst.add(j.charCodeAt(0));
        this.anchorFirst.add(k.charCodeAt(0));
        let l = this.anchors.get(k);
        if (!l) this.anchors.set(k, (l = []));
        l.push([piece, c, off]);
      }
    }
  }

  /** Exact occurrences of every wording and name the canon knows (longest first at a position). */
  uses(text: string): CanonUse[] {
    const out: CanonUse[] = [];
    let coveredTo = 0;
    for (let i = 0; i + 1 < text.length; i++) {
      if (!this.knownFirst.has(text.charCodeAt(i))) continue;
      const l = this.known.get(text.slice(i, i + 2));
      if (!l) continue;
      let best: [string, CanonEntry] | undefined;
      for (const [s, e] of l) {
        if (!e || (best && best[0].length >= s.length)) continue;
        if (text.startsWith(s, i)) best = [s, e];
      }
      if (!best || i + best[0].length <= coveredTo) continue;
      out.push({ start: i, end: i + best[0].length, entry: best[1], form: best[0] });
      coveredTo = i + best[0].length;
    }
    return out;
  }

  /** Spans of correct strings in a text (for suppressing near-misses that are correct elsewhere). */
  knownSpans(text: string): Array<[number, number, string]> {
    const out: Array<[number, number, string]> = [];
    for (let i = 0; i + 1 < text.length; i++) {
      if (!this.knownFirst.has(text.charCodeAt(i))) continue;
      const l = this.known.get(text.slice(i, i + 2));
      if (!l) continue;
      for (const [s] of l) if (text.startsWith(s, i)) out.push([i, i + s.length, s]);
    }
    return out;
  }

  /**
   * Near-misses of canonical wordings (one or two characters changed, added or dropped).
   * A formulation lies within a paragraph: each of the draft's lines is searched on its own, and
   * an editor's re-check answers unchanged lines from their record or the cache (by-line.ts).
   */
  nearMisses(doc: SpeechDocument): NearMiss[] {
    return lineMatches(doc, this.lineCache, 2, (own) => this.nearMissesInLine(own));
  }

  private readonly lineCache = new BoundedCache<NearMiss[]>(LINE_CACHE_SIZE.entries, LINE_CACHE_SIZE.chars);

  private nearMissesInLine(text: string): NearMiss[] {
    const norm = text; // UTF-16 offsets throughout
    const found = new Map<number, NearMiss[]>();
    let known: Array<[number, number, string]> | undefined;
    for (let i = 0; i + 1 < norm.length; i++) {
      if (!this.anchorFirst.has(norm.charCodeAt(i))) continue;
      const l = this.anchors.get(normChar(norm[i]!) + normChar(norm[i + 1]!));
      if (!l) continue;
      for (const [piece, c, off] of l) {
        if (!matchesAt(norm, i, piece)) continue;
        const m = this.align(norm, i, off, c);
        if (!m) continue;
        known ??= this.knownSpans(norm);
        if (suppressed(m, c, known)) continue;
        let list = found.get(m.start);
        if (!list) found.set(m.start, (list = []));
        if (!list.some((x) => x.entry === m.entry)) list.push(m);
      }
    }
    for (const [k, list] of this.incomplete) {
      for (let i = norm.indexOf(k); i >= 0; i = norm.indexOf(k, i + 1)) {
        for (const [s, e, unlessNear] of list) {
          if (!norm.startsWith(s, i)) continue;
          if (attributedTo(norm, i, unlessNear)) continue;
          const m: NearMiss = { start: i, end: i + s.length, found: s, entry: e, fix: e.wording, distance: e.wording.length - s.length, ambiguous: false };
          let l2 = found.get(i);
          if (!l2) found.set(i, (l2 = []));
          l2.push(m);
        }
      }
    }
    // One finding per place: the closest formulation; overlapping candidates keep the first.
    const out: NearMiss[] = [];
    for (const start of [...found.keys()].sort((a, b) => a - b)) {
      const list = found.get(start)!.sort((a, b) => a.distance - b.distance || b.fix.length - a.fix.length);
      const best = list[0]!;
      best.ambiguous = list.some((x) => x.fix !== best.fix);
      const prev = out[out.length - 1];
      if (prev && start < prev.end) continue;
      out.push(best);
    }
    return out;
  }

  /**
   * Aligns formulation `c` around an intact piece found at `at` (its offset `off` in the
   * wording): the text must start with the wording's first two characters, and the
   * alignment costs one or two edits; quotes in the text are free.
   */
  private align(text: string, at: number, off: number, c: Checked): NearMiss | undefined {
    const w = c.w;
    const m = w.length;
    let best: NearMiss | undefined;
    for (let shift = -c.d; shift <= c.d; shift++) {
      const start = backOff(text, at, off) + shift;
      if (start < 0) continue;
      // A long formulation quoted verbatim may have its slip in its first two characters too
      // (`习平新时代…`, `因作制宜…`); that start is taken only for a single slip.
      const slip = normChar(text[start] ?? '') !== w[0] || normChar(text[start + 1] ?? '') !== w[1];
      if (slip && !(m >= TWO_EDITS && headSlip(text, start, w))) continue;
      // The wording's first character doubled before it is char-repeat's, unless that character
      // ends a word of its own (`学习习近平新时代…`: a slip after 学习 is still read).
      if (isHan(w[0]) && text[start - 1] === w[0] && !isOfficialWord(text.slice(start - 2, start))) continue;
      for (const r of boundedDistance(w, text, start, c.d)) {
        if (r.distance === 0 || (slip && r.distance > 1)) break;
        const end = r.end;
        // A stretch ending on a pause or a stop the wording does not end with (`…强国建设、民族复兴，`
        // for `…民族复兴伟业`): the mark is the sentence's, and a fix over it would take it out.
        if (PUNCT_RE.test(text[end - 1]!) && !PUNCT_RE.test(w[m - 1]!)) continue;
        // The wording's last two characters intact, or the changed ending stands before a boundary.
        const tail = lastTwo(text, start, end);
        // Or one slip in the ending that makes no official word of it (`…为核心的党实央`, `…奋斗到标`)
        // nor with the character after it (`新发展局面`: a word changed, not 格 dropped).
        const tailSlip = !slip && m >= TWO_EDITS && r.distance === 1 && isHan(text[end - 1]) && !isOfficialWord(tail) && !isOfficialWord(text.slice(end - 1, end + 1));
        if (tail !== w.slice(m - 2) && !tailSlip && !(end >= text.length || PUNCT_RE.test(text[end]!) || isQuote(text[end]) || text[end] === '的')) continue;
        const found = text.slice(start, end);
        // A quotation's edge inside the stretch (`“稳中求进"是总基调”`), or a sentence's end the wording does
        // not have (`惠及全体人民。共同富裕目标…`): the words of two phrases, not one formulation.
        if ((!c.quoted && crossesQuotation(found)) || crossesSentence(found, w)) continue;
        // The same words with the list's pauses written or left out (完整准确全面贯彻新发展理念, as
        // the 2024 Central Economic Work Conference writes it): wording, not punctuation, is judged.
        if (withoutPauses(stripQuotes(found)) === withoutPauses(stripQuotes(c.entry.wording))) break;
        // The last member joined by 以及 (`保产业链供应链稳定以及保基层运转`), as by 和 or 及.
        if (found.includes('以及') && joinersRead(found) === joinersRead(c.entry.wording)) break;
        // A whole word added or dropped (`世界面临百年未有之大变局`, `坚持和加强党的领导`) is a
        // sentence of its own, not a misquoted formulation.
        // Arabic numerals for Chinese ones (`新时代10年`) are slogan-numeral's, not a wording change.
        if (/[0-9０-９]/.test(found)) break;
        const plainFound = [...stripQuotes(found)].map(normChar).join('');
        // 的 after a quoted name left out (`领悟“两个确立”决定性意义`) or put in (`两个一百年的奋斗目标`,
        // as 习近平 said it in 2013): the same words; and the words in traditional characters
        // (`理論自信`) are traditional-char's.
        // A 的 left out where another follows the formulation (`实现中华民族伟大复兴中国梦的关键一步`): 的…的 avoided.
        if (plainFound === c.noQuotedDe || plainFound === c.withQuotedDe || simplifiedLine(plainFound) === w || deBeforeDe(plainFound, w, text[end])) break;
        if (scopeLocalised(plainFound, w)) break;
        // A 的 put in between two words, or a wording's 的 turned into the writer's predicate: grammar, not wording.
        // Likewise an adverb's 地 (`使市场…起决定性作用和更好地发挥政府作用`, as many documents quote the 2013 decision).
        if (c.entry.kind === 'wording' && (deAdded(plainFound, w, isOfficialWord) || deAdded(plainFound, w, isOfficialWord, '地') || deAsVerb(plainFound, w))) break;
        // A joining word after a pause (`…严以律己，又谋事要实…`): the sentence carrying the list.
        if (joinerAfterPause(plainFound, w)) break;
        // The aspect particle after the formulation's verb (`打赢了脱贫攻坚战`): the sentence's grammar, not a misquote.
        if (aspectAdded(plainFound, w)) break;
        // 已/已经 put in or left out (`我国经济发展由高速增长阶段转向…`, the 2021 resolution's
        // `已由…`): tense, not wording; with it aside, a word added or dropped is the writer's own.
        if (c.entry.kind === 'wording' && aspectOnly(plainFound, w)) break;
        // One word put for another in a short prose wording (`坚持以项目建设为中心`) is usually a
        // sentence of the writer's own; long formulations are quoted verbatim, lists are fixed.
        if (c.entry.kind === 'wording' && w.length < VERBATIM && wordSwap(plainFound, w) !== undefined) break;
        if (c.entry.kind === 'wording' && wordAddedOrDropped(plainFound, w) && !honorificDropped(plainFound, w)) break;
        if (!best || r.distance < best.distance) {
          best = { start, end, found, entry: c.entry, fix: fitQuotes(c.entry.wording, text, start, end), distance: r.distance, ambiguous: false };
        }
        break;
      }
    }
    return best;
  }
}

const OPENING_QUOTES = new Set([...'“‘「『']);
const CLOSING_QUOTES = new Set([...'”’」』']);

/** Whether `s` holds a quotation mark it does not pair itself: a quotation opened before it or closed after it. */
function crossesQuotation(s: string): boolean {
  let depth = 0;
  let ascii = 0;
  for (const ch of s) {
    if (OPENING_QUOTES.has(ch)) depth++;
    else if (CLOSING_QUOTES.has(ch)) {
      if (depth === 0) return true;
      depth--;
    } else if (ch === '"' || ch === "'") ascii++;
  }
  return depth !== 0 || ascii % 2 !== 0;
}

/** A near-miss is quiet when a correct string other than a part of this wording covers it. */
function suppressed(m: NearMiss, c: Checked, known: Array<[number, number, string]>): boolean {
  for (const [s, e, str] of known) {
    if (e <= m.start || s >= m.end) continue;
    const plain = [...stripQuotes(str)].map(normChar).join('');
    if (c.w.includes(plain)) continue;
    return true;
  }
  return false;
}
/** Entries by any of their names (`四个意识` → the entry). */
export function entriesByName(index: CanonIndex): Map<string, CanonEntry> {
  const out = new Map<string, CanonEntry>();
  for (const e of index.entries) for (const n of e.names ?? []) if (!out.has(n)) out.set(n, e);
  return out;
}

/** `s` with its joiners (以及 too) read as pauses, and the pauses and quotes left out. */
function joinersRead(s: string): string {
  return withoutPauses([...stripQuotes(s.replace(/以及/g, '、'))].map(normChar).join(''));
}

/** `s` without the marks that separate a list's words (、，, and spaces). */
function withoutPauses(s: string): string {
  return s.replace(/[、，,\s\u3000]/g, '');
}
