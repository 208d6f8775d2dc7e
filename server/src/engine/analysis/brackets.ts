/**
 * Brackets of a draft — （）, 【】, 《》, 〈〉 and their half-width forms — paired within the
 * same units as quotation marks: which pair, which are mismatched (`（…】`), unclosed or
 * stray. Shared by `bracket-pair` and the formulation analysis (what lies inside a 《》 title).
 */
import { anyCharRe } from '../util/char-class';
import { HAN_CHAR_RE } from '../util/han';
import type { SpeechDocument } from './document';
import { textUnits, type Unit } from './text-units';
import { firstIndexWhere } from '../util/binary-search';

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
  const at = bracketPositions(text);
  let i = 0;
  while (i < units.length) {
    let unit = units[i]!;
    let next = i + 1;
    let result = scanBrackets(text, unit, at);
    // A sentence end inside brackets that a PDF line break follows (`（注：初步统计。\n下同）`):
    // the bracket closes in the next unit, whose first bracket is a closing one.
    while (result.left !== undefined && next < units.length && firstBracketCloses(text, units[next]!, result.left, at)) {
      unit = { start: unit.start, end: units[next]!.end };
      next++;
      result = scanBrackets(text, unit, at);
    }
    for (const p of result.pairs) pairs.push(p); // a long line holds more than push(...) takes
    for (const p of result.problems) problems.push(p);
    i = next;
  }
  pairs.sort((a, b) => a.open - b.open);
  problems.sort((a, b) => a.pos - b.pos);
  return { pairs, problems };
}

/** Any mark of BRACKETS (single UTF-16 units). */
const ANY_BRACKET_RE = anyCharRe(Object.keys(BRACKETS), 'g');

/**
 * Where the draft's brackets are, in order, found in one pass: brackets are sparse, and one
 * regular expression over the text is several times faster than a loop over every character
 * of every unit (a keystroke in a 1 MB draft re-pairs them all). Each unit then walks only
 * its own positions, found by binary search, so a unit without brackets costs nothing.
 */
function bracketPositions(text: string): number[] {
  const out: number[] = [];
  ANY_BRACKET_RE.lastIndex = 0;
  for (let m = ANY_BRACKET_RE.exec(text); m; m = ANY_BRACKET_RE.exec(text)) out.push(m.index);
  return out;
}

/** Index in `at` of the first bracket at or after `from`. */
function firstAtOrAfter(at: readonly number[], from: number): number {
  return firstIndexWhere(at.length, (k) => at[k]! >= from);
}

function firstBracketCloses(text: string, u: Unit, open: string, at: readonly number[]): boolean {
  const k = firstAtOrAfter(at, u.start);
  if (k >= at.length || at[k]! >= u.end) return false;
  const info = BRACKETS[text[at[k]!]!]!;
  return !info.open && info.family === BRACKETS[open]!.family;
}

/** Pairs the brackets of one unit (`at`: every bracket's position); `left` is the innermost opening mark left open. */
function scanBrackets(text: string, u: Unit, at: readonly number[]): BracketAnalysis & { left?: string } {
  const pairs: BracketPair[] = [];
  const problems: BracketProblem[] = [];
  const stack: Array<{ pos: number; ch: string }> = [];
  for (let b = firstAtOrAfter(at, u.start); b < at.length && at[b]! < u.end; b++) {
    const pos = at[b]!;
    const ch = text[pos]!;
    const info = BRACKETS[ch]!;
    if (info.open) {
      stack.push({ pos: pos, ch });
      continue;
    }
    const top = stack[stack.length - 1];
    if (top && BRACKETS[top.ch]!.partner === ch) {
      stack.pop();
      pairs.push({ open: top.pos, close: pos, openCh: top.ch, closeCh: ch, family: info.family });
      continue;
    }
    if (top && BRACKETS[top.ch]!.family === info.family) {
      stack.pop();
      const pair = { open: top.pos, close: pos, openCh: top.ch, closeCh: ch, family: info.family };
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
      const pair = { open: o.pos, close: pos, openCh: o.ch, closeCh: ch, family: info.family };
      pairs.push(pair);
      if (BRACKETS[o.ch]!.partner !== ch) problems.push(mismatch(text, pair, true));
      continue;
    }
    if (top) {
      // `(…]`: a pair of two different kinds; which one was meant is a guess.
      stack.pop();
      const pair = { open: top.pos, close: pos, openCh: top.ch, closeCh: ch, family: BRACKETS[top.ch]!.family };
      const bothHalf = !BRACKETS[top.ch]!.full && !info.full;
      if (bothHalf && !HAN_CHAR_RE.test(text.slice(top.pos + 1, pos))) continue; // [0,1) and the like
      pairs.push(pair);
      problems.push(mismatch(text, pair, false));
      continue;
    }
    // A closing mark with nothing open: a list marker `1)`, `a)`, an emoticon, or stray.
    const before = text.slice(Math.max(u.start, pos - 6), pos);
    // The six characters before it on its line (a search back for the line's start was quadratic on a long line of strays).
    const six = text.slice(Math.max(0, pos - 6), pos);
    const inLine = six.slice(six.lastIndexOf('\n') + 1);
    if (LIST_MARKER_RE.test(inLine) || /[:;]$/.test(before)) continue;
    problems.push({ kind: 'stray', pos: pos, ch });
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

