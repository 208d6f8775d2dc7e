/**
 * Brackets of a draft — （）, 【】, 《》, 〈〉 and their half-width forms — paired within the
 * same units as quotation marks: which pair, which are mismatched (`（…】`), unclosed or
 * stray. Shared by `bracket-pair` and the formulation analysis (what lies inside a 《》 title).
 */
import { HAN_CHAR_RE } from '../util/han';
import type { SpeechDocument } from './document';
import { textUnits, type Unit } from './text-units';

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

