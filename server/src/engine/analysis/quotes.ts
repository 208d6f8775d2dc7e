/**
 * Quotation marks and brackets of a draft: which marks pair with which, and which are
 * reversed (`”六个关系”`), mixed (`"互联网+”`), unclosed or stray. Shared by `quote-pair`,
 * `bracket-pair` and the formulation analysis (which needs to know what is quoted and
 * what lies inside a 《》 title).
 *
 * Marks are paired within a *unit*: a paragraph, where lines that do not end a sentence
 * are joined (PDF copy breaks lines mid-sentence, and a quotation may run over the
 * break). A quotation that legitimately runs over several paragraphs opens each of them
 * with “ and closes only in the last; that is never a finding.
 */
import { firstIndexWhere } from '../util/binary-search';
import { HAN_CHAR_RE } from '../util/han';
import type { SpeechDocument } from './document';

// ---------------------------------------------------------------------------------------
// Units

export interface Unit {
  start: number;
  end: number;
}

/** A line whose (trimmed) end closes a sentence or a heading-like clause. */
const LINE_END_RE = /[。！？!?；;：:…][”’」』）)\]】》\s\u3000]*$/;

/** Paragraphs split further at lines that end a sentence. */
export function textUnits(doc: SpeechDocument): Unit[] {
  const units: Unit[] = [];
  let cur: Unit | undefined;
  for (const l of doc.lines) {
    if (l.text.trim() === '') {
      if (cur) units.push(cur);
      cur = undefined;
      continue;
    }
    if (!cur) cur = { start: l.start, end: l.end };
    else cur.end = l.end;
    if (LINE_END_RE.test(l.text)) {
      units.push(cur);
      cur = undefined;
    }
  }
  if (cur) units.push(cur);
  return units;
}

// ---------------------------------------------------------------------------------------
// Quotes

export type QuoteClass = 'double' | 'single' | 'corner' | 'corner2' | 'prime';

type Dir = 'open' | 'close' | 'both';

interface QuoteMark {
  pos: number;
  ch: string;
  dir: Dir;
}

const QUOTE_CHARS: Record<string, { cls: QuoteClass; dir: Dir }> = {
  '“': { cls: 'double', dir: 'open' },
  '”': { cls: 'double', dir: 'close' },
  '"': { cls: 'double', dir: 'both' },
  '＂': { cls: 'double', dir: 'both' },
  '‘': { cls: 'single', dir: 'open' },
  '’': { cls: 'single', dir: 'close' },
  "'": { cls: 'single', dir: 'both' },
  '＇': { cls: 'single', dir: 'both' },
  '「': { cls: 'corner', dir: 'open' },
  '」': { cls: 'corner', dir: 'close' },
  '『': { cls: 'corner2', dir: 'open' },
  '』': { cls: 'corner2', dir: 'close' },
  // Double prime quotation marks, as Japanese-style fonts and some IMEs write them; 〟 (low
  // double prime) closes like 〞.
  '〝': { cls: 'prime', dir: 'open' },
  '〞': { cls: 'prime', dir: 'close' },
  '〟': { cls: 'prime', dir: 'close' },
};

const CLASS_MARKS: Record<QuoteClass, { open: string; close: string }> = {
  double: { open: '“', close: '”' },
  single: { open: '‘', close: '’' },
  corner: { open: '「', close: '」' },
  corner2: { open: '『', close: '』' },
  prime: { open: '〝', close: '〞' },
};

const QUOTE_CHAR_RE = /[“”"＂‘’'＇「」『』〝〞〟]/g;
const LATIN_RE = /[A-Za-z0-9]/;

function isApostrophe(before: string, after: string): boolean {
  return (LATIN_RE.test(before) || LATIN_RE.test(after)) && !HAN_CHAR_RE.test(before) && !HAN_CHAR_RE.test(after);
}
/** A sentence end inside a pair makes a reversed-mark guess uncertain. */
const SENTENCE_END_RE = /[。！？!?；;]/;
/** Longest content for which a reversed/mixed pair is rewritten without asking. */
export const SHORT_QUOTE = 30;

export interface QuotePair {
  cls: QuoteClass;
  /** Offset of the opening mark and of the closing mark. */
  open: number;
  close: number;
  /** Marks written in the wrong direction (`”…”`, `“…“`). */
  reversed: boolean;
  /** ASCII `"`/`'` paired with a curly mark (`"…”`, `‘…'`). */
  mixed: boolean;
  /** Both marks ASCII `"` (or both `'`). */
  ascii: boolean;
}

export type QuoteProblemKind = 'pair' | 'unclosed' | 'stray';

export interface QuoteProblem {
  kind: QuoteProblemKind;
  cls: QuoteClass;
  /** For 'pair': the pair with wrong marks; for the others the one mark at `pos`. */
  pair?: QuotePair;
  pos: number;
  ch: string;
}

export interface QuoteAnalysis {
  pairs: QuotePair[];
  problems: QuoteProblem[];
  /** Quotation marks lost to an encoding (`?两个维护?`, `“八?一”`): reported, never fixed. */
  garbled: GarbledQuote[];
}

export interface GarbledQuote {
  /** The stretch from the first garbled mark to the last, marks included. */
  start: number;
  end: number;
  /** Offsets of the `?`/`�` marks inside it. */
  marks: number[];
}

const FLIP = 1;
const EXTRA = 1.3;
const EXTRA_ASCII = 0.9;
const MIXED = 0.2;
const UNCERTAIN = 0.6;
const PER_CHAR = 0.0001;
/** Above this many marks in one unit the pairing falls back to a greedy scan. */
const MAX_DP_MARKS = 400;

export function analyzeQuotes(doc: SpeechDocument): QuoteAnalysis {
  const text = doc.text;
  const units = textUnits(doc);
  const pairs: QuotePair[] = [];
  const problems: QuoteProblem[] = [];
  // Every mark of each class, found in one pass.
  const byClass: Record<QuoteClass, QuoteMark[]> = { double: [], single: [], corner: [], corner2: [], prime: [] };
  QUOTE_CHAR_RE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = QUOTE_CHAR_RE.exec(text)); ) {
    const info = QUOTE_CHARS[m[0]]!;
    // An apostrophe in Latin text (it’s, the students’ books, ’90s) is not a quotation mark.
    if (info.cls === 'single' && isApostrophe(text[m.index - 1] ?? '', text[m.index + 1] ?? '')) continue;
    byClass[info.cls].push({ pos: m.index, ch: m[0], dir: info.dir });
  }
  const marksOf = (u: Unit, cls: QuoteClass): QuoteMark[] => {
    const list = byClass[cls];
    const lo = firstIndexWhere(list.length, (i) => list[i]!.pos >= u.start);
    const out: QuoteMark[] = [];
    for (let k = lo; k < list.length && list[k]!.pos < u.end; k++) out.push(list[k]!);
    return out;
  };
  const firstMark = (u: Unit): string => text[u.start + leadingSpace(text, u)] ?? '';

  for (const cls of ['double', 'single', 'corner', 'corner2', 'prime'] as const) {
    if (byClass[cls].length === 0) continue;
    const openCh = CLASS_MARKS[cls].open;
    let i = 0;
    while (i < units.length) {
      let unit = units[i]!;
      let next = i + 1;
      const marks = marksOf(unit, cls);
      if (marks.length === 0) {
        i = next;
        continue;
      }
      let result = pairMarks(text, marks);
      // A sentence end inside a quotation that a PDF line break follows: the quotation
      // closes in the next unit, whose first mark is a closing one.
      while (result.unclosedAtEnd !== undefined && next < units.length) {
        const following = marksOf(units[next]!, cls);
        if (following.length === 0 || following[0]!.dir !== 'close' || firstMark(units[next]!) === openCh) break;
        unit = { start: unit.start, end: units[next]!.end };
        next++;
        result = pairMarks(text, marksOf(unit, cls));
      }
      // A multi-paragraph quotation: this unit opens with a mark that is never closed,
      // and the next unit opens with the same mark. Pair the rest without it.
      const lead = leadingSpace(text, unit);
      if (
        result.problems.length > 0 &&
        text[unit.start + lead] === openCh &&
        next < units.length &&
        firstMark(units[next]!) === openCh &&
        result.problems.some((p) => p.kind === 'unclosed' && p.pos === unit.start + lead)
      ) {
        result = pairMarks(text, marksOf(unit, cls).slice(1));
      }
      for (const p of result.pairs) pairs.push({ ...p, cls });
      for (const p of result.problems) {
        const { pair, ...rest } = p;
        problems.push(pair ? { ...rest, cls, pair: { ...pair, cls } } : { ...rest, cls });
      }
      i = next;
    }
  }
  pairs.sort((a, b) => a.open - b.open);
  problems.sort((a, b) => a.pos - b.pos);
  return { pairs, problems, garbled: findGarbledQuotes(text) };
}

// ---------------------------------------------------------------------------------------
// Garbled marks

/** `?两个维护?`: a term between two marks a GBK/UTF-8 round trip turned into `?` or `�`. */
const GARBLED_PAIR_RE = /[?\ufffd]([\u3400-\u9fff0-9０-９+＋]{2,12})[?\ufffd]/g;
/** `“八?一”`: a short quoted term whose middle mark (`·`, `-`) was lost the same way. */
const GARBLED_INNER_RE = /[“"‘「〝]([\u3400-\u9fff0-9]{1,6})[?\ufffd]([\u3400-\u9fff0-9]{1,6})[”"’」〞]/g;
const TERM_NUMERAL_RE = /[一二三四五六七八九十两百千0-9０-９]/;
/** What a real question between two half-width question marks holds. */
const QUESTION_RE = /什么|怎么|怎样|如何|为何|为啥|哪|谁|多少|几|是否|是不是|有没有|能不能|吗|呢|吧|么/;
const AFTER_CLOSE_RE = /[\u3400-\u9fff、，,。；：:）)”’」]/;

/**
 * Garbled quotation marks. A `?` pair is taken for lost quotes only where the term between
 * looks like a formulation (a numeral in it, or quoted properly elsewhere in the draft), is
 * no question, and the sentence runs on after the second mark.
 */
export function findGarbledQuotes(text: string): GarbledQuote[] {
  const out: GarbledQuote[] = [];
  if (!/[?\ufffd]/.test(text)) return out;
  let quoted: Set<string> | undefined;
  GARBLED_PAIR_RE.lastIndex = 0;
  for (let m = GARBLED_PAIR_RE.exec(text); m; m = GARBLED_PAIR_RE.exec(text)) {
    const term = m[1]!;
    const end = m.index + m[0].length;
    const after = text[end] ?? '';
    const quotedElsewhere = () => (quoted ??= quotedTerms(text)).has(term);
    if (QUESTION_RE.test(term) || !AFTER_CLOSE_RE.test(after) || !(TERM_NUMERAL_RE.test(term) || quotedElsewhere())) {
      // The second mark may open the next garbled pair (`?A?B?C?` is rare; `这是什么?两个维护?` is not).
      GARBLED_PAIR_RE.lastIndex = end - 1;
      continue;
    }
    out.push({ start: m.index, end, marks: [m.index, end - 1] });
  }
  GARBLED_INNER_RE.lastIndex = 0;
  for (let m = GARBLED_INNER_RE.exec(text); m; m = GARBLED_INNER_RE.exec(text)) {
    const mark = m.index + 1 + m[1]!.length;
    if (QUESTION_RE.test(m[1]! + m[2]!)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, marks: [mark] });
  }
  return out.sort((a, b) => a.start - b.start);
}

const QUOTED_TERM_RE = /[“"]([\u3400-\u9fff0-9０-９+＋]{2,12})[”"]/g;

/** Short terms the text quotes properly, found in one pass. */
function quotedTerms(text: string): Set<string> {
  const out = new Set<string>();
  QUOTED_TERM_RE.lastIndex = 0;
  for (let m = QUOTED_TERM_RE.exec(text); m; m = QUOTED_TERM_RE.exec(text)) out.add(m[1]!);
  return out;
}

const SPACE_RE = /\s/;

function leadingSpace(text: string, u: Unit): number {
  let i = u.start;
  while (i < u.end && SPACE_RE.test(text[i]!)) i++;
  return i - u.start;
}

/** What mark i did: opened, closed the pair opened at the state before, was extra, or opened after abandoning that state. */
const STEP_ACTIONS = ['open', 'close', 'extra', 'reopen'] as const;
const OPEN_STEP = 0;
const CLOSE_STEP = 1;
const EXTRA_STEP = 2;
const REOPEN_STEP = 3;

interface PairResult {
  pairs: Array<Omit<QuotePair, 'cls'>>;
  problems: Array<Omit<QuoteProblem, 'cls' | 'pair'> & { pair?: Omit<QuotePair, 'cls'> }>;
  /** Offset of an opening mark left open at the end of the unit, if any. */
  unclosedAtEnd?: number;
}

/**
 * Chooses the cheapest reading of a run of marks of one class: each mark opens, closes or
 * is extra; a reversed mark costs one edit, an extra mark a little more, so `”六个关系”` is
 * read as a reversed pair and `“一企一策”项目一策”` as one stray closing mark.
 */
function pairMarks(text: string, marks: QuoteMark[]): PairResult {
  const n = marks.length;
  if (n === 0) return { pairs: [], problems: [] };
  if (n > MAX_DP_MARKS) return greedy(marks);
  // Step i: the states reached after mark i (-1 = outside, j = inside the pair opened by
  // mark j), in the order they were first reached, each with its best cost, the state
  // before and what mark i did. Flat arrays rather than a Map of step objects per mark:
  // the same search without allocating an object for every candidate step.
  const stepStates: Int32Array[] = [];
  const stepPrev: Int32Array[] = [];
  const stepAction: Uint8Array[] = [];
  let curStates = Int32Array.of(-1);
  let curCosts = Float64Array.of(0);
  let curCount = 1;
  /** Position of a state (offset by 1) in the step being built, -1 when not reached yet. */
  const slot = new Int32Array(n + 1).fill(-1);
  const openCost = (m: QuoteMark) => (m.dir === 'close' ? FLIP : 0);
  const extraCost = (m: QuoteMark) => (m.dir === 'both' ? EXTRA_ASCII : EXTRA);
  for (let i = 0; i < n; i++) {
    const m = marks[i]!;
    // At most the states -1 … i.
    const states = new Int32Array(i + 2);
    const costs = new Float64Array(i + 2);
    const prevs = new Int32Array(i + 2);
    const actions = new Uint8Array(i + 2);
    let count = 0;
    const relax = (state: number, cost: number, prev: number, action: number) => {
      const k = slot[state + 1]!;
      if (k < 0) {
        slot[state + 1] = count;
        states[count] = state;
        costs[count] = cost;
        prevs[count] = prev;
        actions[count] = action;
        count++;
      } else if (cost < costs[k]! - 1e-9) {
        costs[k] = cost;
        prevs[k] = prev;
        actions[k] = action;
      }
    };
    for (let k = 0; k < curCount; k++) {
      const state = curStates[k]!;
      const c = curCosts[k]!;
      relax(state, c + extraCost(m), state, EXTRA_STEP);
      if (state === -1) {
        relax(i, c + openCost(m), state, OPEN_STEP);
      } else {
        const o = marks[state]!;
        relax(-1, c + closeCost(text, o, m), state, CLOSE_STEP);
        relax(i, c + extraCost(o) + openCost(m), state, REOPEN_STEP);
      }
    }
    for (let k = 0; k < count; k++) slot[states[k]! + 1] = -1;
    stepStates.push(states.subarray(0, count));
    stepPrev.push(prevs);
    stepAction.push(actions);
    curStates = states;
    curCosts = costs;
    curCount = count;
  }
  let bestState = -1;
  let best = Infinity;
  for (let k = 0; k < curCount; k++) {
    const state = curStates[k]!;
    const cost = curCosts[k]!;
    // Slightly cheaper than calling the mark extra, so a trailing opening mark reads as
    // left open (and may be closed in the next unit).
    const endCost = state === -1 ? 0 : extraCost(marks[state]!) - 0.01;
    if (cost + endCost < best - 1e-9) {
      best = cost + endCost;
      bestState = state;
    }
  }
  // Walk back.
  const roles: Array<{ role: 'open' | 'close' | 'extra' | 'abandoned'; partner?: number }> = marks.map(() => ({ role: 'extra' }));
  let state = bestState;
  for (let i = n - 1; i >= 0; i--) {
    const k = stepStates[i]!.indexOf(state);
    const step = { prev: stepPrev[i]![k]!, action: STEP_ACTIONS[stepAction[i]![k]!]! };
    // A mark that opens a pair closed later already carries its partner.
    if ((step.action === 'open' || step.action === 'reopen') && roles[i]!.partner === undefined) roles[i] = { role: 'open' };
    if (step.action === 'reopen') roles[step.prev] = { role: 'abandoned' };
    if (step.action === 'close') {
      roles[i] = { role: 'close', partner: step.prev };
      roles[step.prev] = { role: 'open', partner: i };
    }
    state = step.prev;
  }
  const out: PairResult = { pairs: [], problems: [] };
  for (let i = 0; i < n; i++) {
    const r = roles[i]!;
    const m = marks[i]!;
    if (r.role === 'open' && r.partner !== undefined) {
      const c = marks[r.partner]!;
      const pair = {
        open: m.pos,
        close: c.pos,
        reversed: m.dir === 'close' || c.dir === 'open',
        mixed: (m.dir === 'both') !== (c.dir === 'both'),
        ascii: m.dir === 'both' && c.dir === 'both',
      };
      out.pairs.push(pair);
      if (pair.reversed || pair.mixed) out.problems.push({ kind: 'pair', pos: m.pos, ch: m.ch, pair });
    } else if (r.role === 'open' || r.role === 'abandoned' || r.role === 'extra') {
      if (m.dir === 'both') continue; // a lone ASCII " is left to other rules
      const unclosedAtEnd = r.role === 'open';
      if (unclosedAtEnd) out.unclosedAtEnd = m.pos;
      out.problems.push({ kind: m.dir === 'close' && r.role === 'extra' ? 'stray' : 'unclosed', pos: m.pos, ch: m.ch });
    }
  }
  return out;
}

function closeCost(text: string, o: QuoteMark, c: QuoteMark): number {
  // The opening mark's own cost was paid when it opened.
  const flips = (o.dir === 'close' ? 1 : 0) + (c.dir === 'open' ? 1 : 0);
  const mixed = (o.dir === 'both') !== (c.dir === 'both');
  const len = c.pos - o.pos - 1;
  let cost = (c.dir === 'open' ? FLIP : 0) + (mixed ? MIXED : 0) + len * PER_CHAR;
  if ((flips > 0 || mixed) && (len > SHORT_QUOTE || SENTENCE_END_RE.test(text.slice(o.pos + 1, c.pos)))) cost += UNCERTAIN;
  // Opening with a closing mark and closing with an opening one is two guesses at once.
  if (flips === 2) cost += 0.3;
  return cost;
}

/** Fallback for pathological inputs: a plain left-to-right scan. */
function greedy(marks: QuoteMark[]): PairResult {
  const out: PairResult = { pairs: [], problems: [] };
  let open: QuoteMark | undefined;
  for (const m of marks) {
    if (!open) {
      if (m.dir === 'close') out.problems.push({ kind: 'stray', pos: m.pos, ch: m.ch });
      else open = m;
    } else if (m.dir === 'open') {
      out.problems.push({ kind: 'unclosed', pos: open.pos, ch: open.ch });
      open = m;
    } else {
      out.pairs.push({ open: open.pos, close: m.pos, reversed: false, mixed: (open.dir === 'both') !== (m.dir === 'both'), ascii: open.dir === 'both' && m.dir === 'both' });
      open = undefined;
    }
  }
  if (open) {
    out.unclosedAtEnd = open.pos;
    if (open.dir !== 'both') out.problems.push({ kind: 'unclosed', pos: open.pos, ch: open.ch });
  }
  return out;
}

/** The marks a pair should have. */
export function intendedMarks(cls: QuoteClass): { open: string; close: string } {
  return CLASS_MARKS[cls];
}

// ---------------------------------------------------------------------------------------
// Brackets

export type BracketFamily = 'round' | 'square' | 'title' | 'angle';

interface BracketInfo {
  family: BracketFamily;
  full: boolean;
  open: boolean;
  /** The other mark of the same kind. */
  partner: string;
}

const BRACKETS: Record<string, BracketInfo> = {
  '（': { family: 'round', full: true, open: true, partner: '）' },
  '）': { family: 'round', full: true, open: false, partner: '（' },
  '(': { family: 'round', full: false, open: true, partner: ')' },
  ')': { family: 'round', full: false, open: false, partner: '(' },
  '【': { family: 'square', full: true, open: true, partner: '】' },
  '】': { family: 'square', full: true, open: false, partner: '【' },
  '〔': { family: 'square', full: true, open: true, partner: '〕' },
  '〕': { family: 'square', full: true, open: false, partner: '〔' },
  '［': { family: 'square', full: true, open: true, partner: '］' },
  '］': { family: 'square', full: true, open: false, partner: '［' },
  '[': { family: 'square', full: false, open: true, partner: ']' },
  ']': { family: 'square', full: false, open: false, partner: '[' },
  '《': { family: 'title', full: true, open: true, partner: '》' },
  '》': { family: 'title', full: true, open: false, partner: '《' },
  '〈': { family: 'angle', full: true, open: true, partner: '〉' },
  '〉': { family: 'angle', full: true, open: false, partner: '〈' },
};

/** A list marker before a closing bracket: `1)`, `a)`, `一）`, `iv)`. */
const LIST_MARKER_RE = /(?:^|[^0-9A-Za-z])(?:[0-9]{1,2}|[A-Za-z]|[ivxIVX]{1,4}|[一二三四五六七八九十]{1,3})$/;

export interface BracketPair {
  open: number;
  close: number;
  openCh: string;
  closeCh: string;
  family: BracketFamily;
}

export type BracketProblemKind = 'mismatch' | 'unclosed' | 'stray';

export interface BracketProblem {
  kind: BracketProblemKind;
  /** For 'mismatch' the pair, otherwise the one mark. */
  pair?: BracketPair;
  pos: number;
  ch: string;
  /** For 'mismatch': the marks the pair should have, and whether that is certain. */
  fixOpen?: string;
  fixClose?: string;
  certain?: boolean;
}

export interface BracketAnalysis {
  pairs: BracketPair[];
  problems: BracketProblem[];
}

/** Full-width mark of each half-width one. */
const TO_FULL: Record<string, string> = { '(': '（', ')': '）', '[': '【', ']': '】' };

export function analyzeBrackets(doc: SpeechDocument): BracketAnalysis {
  const text = doc.text;
  const pairs: BracketPair[] = [];
  const problems: BracketProblem[] = [];
  const units = textUnits(doc);
  let i = 0;
  while (i < units.length) {
    let unit = units[i]!;
    let next = i + 1;
    let result = scanBrackets(text, unit);
    // A sentence end inside brackets that a PDF line break follows (`（注：初步统计。\n下同）`):
    // the bracket closes in the next unit, whose first bracket is a closing one.
    while (result.left !== undefined && next < units.length && firstBracketCloses(text, units[next]!, result.left)) {
      unit = { start: unit.start, end: units[next]!.end };
      next++;
      result = scanBrackets(text, unit);
    }
    for (const p of result.pairs) pairs.push(p); // a long line holds more than push(...) takes
    for (const p of result.problems) problems.push(p);
    i = next;
  }
  pairs.sort((a, b) => a.open - b.open);
  problems.sort((a, b) => a.pos - b.pos);
  return { pairs, problems };
}

/** Whether the first bracket of `u` closes one of the family of `open`. */
/**
 * The next bracket in [from, end), or -1. A regex from `from` ran on past `end` to the next
 * bracket of the whole text: over a draft without brackets that was quadratic.
 */
function nextBracket(text: string, from: number, end: number): number {
  for (let i = from; i < end; i++) if (IS_BRACKET[text.charCodeAt(i)] === 1) return i;
  return -1;
}

/** By UTF-16 code unit: 1 for the brackets of BRACKETS (no string made per character). */
const IS_BRACKET = (() => {
  const t = new Uint8Array(0x10000);
  for (const ch of Object.keys(BRACKETS)) t[ch.charCodeAt(0)] = 1;
  return t;
})();

function firstBracketCloses(text: string, u: Unit, open: string): boolean {
  const at = nextBracket(text, u.start, u.end);
  if (at < 0) return false;
  const info = BRACKETS[text[at]!]!;
  return !info.open && info.family === BRACKETS[open]!.family;
}

/** Pairs the brackets of one unit; `left` is the innermost opening mark left open. */
function scanBrackets(text: string, u: Unit): BracketAnalysis & { left?: string } {
  const pairs: BracketPair[] = [];
  const problems: BracketProblem[] = [];
  const stack: Array<{ pos: number; ch: string }> = [];
  for (let at = nextBracket(text, u.start, u.end); at >= 0; at = nextBracket(text, at + 1, u.end)) {
    const m = { index: at, 0: text[at]! };
    const ch = m[0];
    const info = BRACKETS[ch]!;
    if (info.open) {
      stack.push({ pos: m.index, ch });
      continue;
    }
    const top = stack[stack.length - 1];
    if (top && BRACKETS[top.ch]!.partner === ch) {
      stack.pop();
      pairs.push({ open: top.pos, close: m.index, openCh: top.ch, closeCh: ch, family: info.family });
      continue;
    }
    if (top && BRACKETS[top.ch]!.family === info.family) {
      stack.pop();
      const pair = { open: top.pos, close: m.index, openCh: top.ch, closeCh: ch, family: info.family };
      pairs.push(pair);
      problems.push(mismatch(text, pair, true));
      continue;
    }
    // An opener of this family deeper in the stack: the ones above it were never closed.
    let depth = -1;
    for (let k = stack.length - 1; k >= 0; k--) {
      if (BRACKETS[stack[k]!.ch]!.family === info.family) {
        depth = k;
        break;
      }
    }
    if (depth >= 0) {
      for (const o of stack.splice(depth + 1)) reportUnclosed(text, o, problems);
      const o = stack.pop()!;
      const pair = { open: o.pos, close: m.index, openCh: o.ch, closeCh: ch, family: info.family };
      pairs.push(pair);
      if (BRACKETS[o.ch]!.partner !== ch) problems.push(mismatch(text, pair, true));
      continue;
    }
    if (top) {
      // `(…]`: a pair of two different kinds; which one was meant is a guess.
      stack.pop();
      const pair = { open: top.pos, close: m.index, openCh: top.ch, closeCh: ch, family: BRACKETS[top.ch]!.family };
      const bothHalf = !BRACKETS[top.ch]!.full && !info.full;
      if (bothHalf && !HAN_CHAR_RE.test(text.slice(top.pos + 1, m.index))) continue; // [0,1) and the like
      pairs.push(pair);
      problems.push(mismatch(text, pair, false));
      continue;
    }
    // A closing mark with nothing open: a list marker `1)`, `a)`, an emoticon, or stray.
    const before = text.slice(Math.max(u.start, m.index - 6), m.index);
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    const inLine = text.slice(Math.max(lineStart, m.index - 6), m.index);
    if (LIST_MARKER_RE.test(inLine) || /[:;]$/.test(before)) continue;
    problems.push({ kind: 'stray', pos: m.index, ch });
  }
  for (const o of stack) reportUnclosed(text, o, problems);
  const left = stack[stack.length - 1]?.ch;
  return left === undefined ? { pairs, problems } : { pairs, problems, left };
}

function reportUnclosed(text: string, o: { pos: number; ch: string }, problems: BracketProblem[]): void {
  // A half-width opener in Latin text (`f(x`, `[1`) is not this rule's business.
  if (!BRACKETS[o.ch]!.full && !HAN_CHAR_RE.test(text.slice(o.pos + 1, o.pos + 12))) return;
  problems.push({ kind: 'unclosed', pos: o.pos, ch: o.ch });
}

function mismatch(text: string, pair: BracketPair, sameFamily: boolean): BracketProblem {
  const o = BRACKETS[pair.openCh]!;
  const c = BRACKETS[pair.closeCh]!;
  const cjk = HAN_CHAR_RE.test(text.slice(pair.open + 1, pair.close));
  let fixOpen = pair.openCh;
  let fixClose = o.partner;
  if (!o.full && cjk) {
    // A half-width opening mark around Chinese: the full-width pair (of the closing
    // mark's kind when both are of one family, `[…】` → `【…】`).
    fixOpen = sameFamily && c.full ? c.partner : TO_FULL[pair.openCh] ?? pair.openCh;
    fixClose = BRACKETS[fixOpen]!.partner;
  }
  // Otherwise the opening mark decides: `【…]` → `【…】`, `（…)` → `（…）`, `(abc）` → `(abc)`.
  return { kind: 'mismatch', pair, pos: pair.open, ch: pair.openCh, fixOpen, fixClose, certain: sameFamily };
}
