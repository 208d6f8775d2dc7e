/**
 * The pairing of one unit's quotation marks of one class: the cheapest reading in which each
 * mark opens, closes or is extra (a dynamic programme over the marks; a greedy scan past
 * MAX_DP_MARKS, so a pathological line stays linear).
 */

export type QuoteClass = 'double' | 'single' | 'corner' | 'corner2' | 'prime';

export type Dir = 'open' | 'close' | 'both';

export interface QuoteMark {
  pos: number;
  ch: string;
  dir: Dir;
}

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
  /** A “ closed by a 〞 (or a 〝 by a ”): two kinds of double quotation marks, as document converters leave them. */
  foreign?: boolean;
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

/** A sentence end inside a pair makes a reversed-mark guess uncertain. */
const SENTENCE_END_RE = /[。！？!?；;]/;
/** Longest content for which a reversed/mixed pair is rewritten without asking. */
export const SHORT_QUOTE = 30;

const FLIP = 1;
const EXTRA = 1.3;
const EXTRA_ASCII = 0.9;
const MIXED = 0.2;
const UNCERTAIN = 0.6;
/** A flipped mark across a full stop: dearer than leaving both marks unpaired (2 × EXTRA). */
const ACROSS_SENTENCES = 1.2;
const FULL_STOP_RE = /[。！？!?]/;
/** A pause or stop at the start of a stretch of text. */
const PAUSE_START_RE = /^[，,、；;：:。.]/;
const PER_CHAR = 0.0001;
/** Above this many marks in one unit the pairing falls back to a greedy scan. */
const MAX_DP_MARKS = 400;

/** What mark i did: opened, closed the pair opened at the state before, was extra, or opened after abandoning that state. */
const STEP_ACTIONS = ['open', 'close', 'extra', 'reopen'] as const;
const OPEN_STEP = 0;
const CLOSE_STEP = 1;
const EXTRA_STEP = 2;
const REOPEN_STEP = 3;

export interface PairResult {
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
export function pairMarks(text: string, marks: QuoteMark[]): PairResult {
  const n = marks.length;
  if (n === 0) return { pairs: [], problems: [] };
  const nested = nestedPairs(marks);
  if (nested) return nested;
  if (n > MAX_DP_MARKS) return greedy(marks);
  const steps = searchSteps(text, marks);
  return readRoles(marks, walkBack(steps, bestEndState(marks, steps.last)));
}

/**
 * Step i: the states reached after mark i (-1 = outside, j = inside the pair opened by mark
 * j), in the order they were first reached, each with its best cost, the state before and
 * what mark i did. Flat arrays rather than a Map of step objects per mark: the same search
 * without allocating an object for every candidate step.
 */
interface Steps {
  states: Int32Array[];
  prev: Int32Array[];
  action: Uint8Array[];
  /** The states after the last mark, with their costs. */
  last: { states: Int32Array; costs: Float64Array; count: number };
}

const openCost = (m: QuoteMark) => (m.dir === 'close' ? FLIP : 0);
const extraCost = (m: QuoteMark) => (m.dir === 'both' ? EXTRA_ASCII : EXTRA);

function searchSteps(text: string, marks: QuoteMark[]): Steps {
  const n = marks.length;
  const steps: Steps = { states: [], prev: [], action: [], last: { states: Int32Array.of(-1), costs: Float64Array.of(0), count: 1 } };
  /** Position of a state (offset by 1) in the step being built, -1 when not reached yet. */
  const slot = new Int32Array(n + 1).fill(-1);
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
    const cur = steps.last;
    for (let k = 0; k < cur.count; k++) {
      const state = cur.states[k]!;
      const c = cur.costs[k]!;
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
    steps.states.push(states.subarray(0, count));
    steps.prev.push(prevs);
    steps.action.push(actions);
    steps.last = { states, costs, count };
  }
  return steps;
}

/** The cheapest state to end the unit in. */
function bestEndState(marks: QuoteMark[], last: Steps['last']): number {
  let bestState = -1;
  let best = Infinity;
  for (let k = 0; k < last.count; k++) {
    const state = last.states[k]!;
    const cost = last.costs[k]!;
    // Slightly cheaper than calling the mark extra, so a trailing opening mark reads as
    // left open (and may be closed in the next unit).
    const endCost = state === -1 ? 0 : extraCost(marks[state]!) - 0.01;
    if (cost + endCost < best - 1e-9) {
      best = cost + endCost;
      bestState = state;
    }
  }
  return bestState;
}

interface Role {
  role: 'open' | 'close' | 'extra' | 'abandoned';
  partner?: number;
}

/** What each mark did on the cheapest path ending in `state`. */
function walkBack(steps: Steps, state: number): Role[] {
  const n = steps.states.length;
  const roles: Role[] = Array.from({ length: n }, () => ({ role: 'extra' }));
  for (let i = n - 1; i >= 0; i--) {
    const k = steps.states[i]!.indexOf(state);
    const step = { prev: steps.prev[i]![k]!, action: STEP_ACTIONS[steps.action[i]![k]!]! };
    // A mark that opens a pair closed later already carries its partner.
    if ((step.action === 'open' || step.action === 'reopen') && roles[i]!.partner === undefined) roles[i] = { role: 'open' };
    if (step.action === 'reopen') roles[step.prev] = { role: 'abandoned' };
    if (step.action === 'close') {
      roles[i] = { role: 'close', partner: step.prev };
      roles[step.prev] = { role: 'open', partner: i };
    }
    state = step.prev;
  }
  return roles;
}

/** Pairs and problems from the marks' roles. */
function readRoles(marks: QuoteMark[], roles: Role[]): PairResult {
  const out: PairResult = { pairs: [], problems: [] };
  for (let i = 0; i < marks.length; i++) {
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
  const inside = text.slice(o.pos + 1, c.pos);
  if ((flips > 0 || mixed) && (len > SHORT_QUOTE || SENTENCE_END_RE.test(inside))) cost += UNCERTAIN;
  // `仅“13这个数字而言……。 当…日“世界末日谣言`: a PDF copy lost the closing marks. Turning the
  // next opening mark into a closing one across a full stop pairs two quotations into one:
  // two unclosed marks (no fix) are the better reading.
  // (An opening written with a closing mark, `他指出”…。…”`, is still read as one quotation.)
  // A quoted sentence's own stop right before the mark (`“会当凌绝顶，一览众山小。“我们…`) ends the quotation, not a sentence outside it.
  if (c.dir === 'open' && FULL_STOP_RE.test(inside.slice(0, -1))) cost += ACROSS_SENTENCES;
  // A quotation never starts with a pause (`需要表决的',必须逐项表决,…如“同意…`): a guessed pair
  // whose text would start with one is two stray marks, not a quotation the wrong way round.
  if ((flips > 0 || mixed) && PAUSE_START_RE.test(inside)) cost += ACROSS_SENTENCES;
  // Opening with a closing mark and closing with an opening one is two guesses at once.
  if (flips === 2) cost += 0.3;
  return cost;
}

/**
 * Quotation marks of one kind nested inside each other, each written the right way round
 * (`他说：“我们要牢记“三个务必”，继续奋斗。”`, a headline `“深悟力行扛起“十五五”奋进新使命”`):
 * GB/T 15834 asks for ‘’ inside “”, but the marks are all there and all point the right way.
 * Read pairwise, the inner opening mark looked like a reversed closing one, and the "fix"
 * turned a correct text into a wrong one. Pairs when every mark is directional and the
 * sequence nests (never more closing than opening marks so far, none left open, and an
 * opening mark inside an open pair at least once); otherwise undefined.
 */
function nestedPairs(marks: QuoteMark[]): PairResult | undefined {
  let depth = 0;
  let deeper = false;
  for (const m of marks) {
    if (m.dir === 'both') return undefined;
    depth += m.dir === 'open' ? 1 : -1;
    if (depth < 0 || depth > 3) return undefined;
    if (depth >= 2) deeper = true;
  }
  if (depth !== 0 || !deeper) return undefined;
  const out: PairResult = { pairs: [], problems: [] };
  const stack: QuoteMark[] = [];
  for (const m of marks) {
    if (m.dir === 'open') stack.push(m);
    else {
      const o = stack.pop()!;
      out.pairs.push({ open: o.pos, close: m.pos, reversed: false, mixed: false, ascii: false });
    }
  }
  out.pairs.sort((a, b) => a.open - b.open);
  return out;
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

