/**
 * Quoted formulations and the clauses that list them: `“六个关系”` followed by clauses that each
 * end (`要正确处理A和B的关系`) or begin (`坚持A，坚持B`) with its noun. Split from enumerations.ts.
 * Owner: structure rules.
 */
import { numeralValue } from '../util/numerals';
import { HAN } from '../util/han';
import type { Announcement } from './enumerations';

/** A count: 二…二十 in words, 2…20 in figures. */
export const NUM = '(?:[两二三四五六七八九十]{1,3}|[2-9]|1\\d|20)';
const QUOTE_OPEN = '[“”"‘’「『]';
const QUOTE_CLOSE = '[“”"‘’」』]';
const FORMULATION_RE = new RegExp(`${QUOTE_OPEN}(${NUM})个([${HAN}]{1,4})${QUOTE_CLOSE}`, 'g');
const CLAUSE_SPLIT_G = /[，,；;。：:、]/g;

/** Words that open a list before its first item: `即`, `就是`, `坚持` (`坚持面向世界科技前沿、面向…`). */
const LIST_OPENER_RE = /^(?:也就是|就是|即|是指|指的是|分别是|包括|坚持|做到)/;
const JOINER_RE = /以及|和|与|及/;

/**
 * How many items a matching clause holds: one, or two when 和/与/及 joins two that both end
 * (or start) with the formulation's noun (`政治意识、大局意识、核心意识和看齐意识`).
 */
function joinedItems(clause: string, noun: string, mode: 'end' | 'start'): number {
  const j = JOINER_RE.exec(clause);
  if (!j) return 1;
  const a = clause.slice(0, j.index);
  const b = clause.slice(j.index + j[0].length);
  const item = (x: string) => x.length > noun.length && (mode === 'end' ? x.endsWith(noun) : x.startsWith(noun));
  return item(a) && item(b) ? 2 : 1;
}

/**
 * A list's clauses are short, and a list holds at most twenty (NUM): a longer clause ends the
 * list, and the walk stops after this many clauses. Each formulation on a long line without
 * clause marks read the rest of the line (a line of 40,000 characters: 1.7 s, 240,000: 49 s).
 */
const MAX_CLAUSE = 160;
const MAX_CLAUSES = 48;

/**
 * The next clause mark at or after `from` in `s`, or -1 when there is none; -2 when there is
 * none within MAX_CLAUSE characters (a clause too long to be a member). No copy of the rest of
 * a long line, and no search through it.
 */
function nextClauseMark(s: string, from: number): number {
  const window = s.length - from > MAX_CLAUSE + 1 ? s.slice(from, from + MAX_CLAUSE + 1) : undefined;
  CLAUSE_SPLIT_G.lastIndex = window ? 0 : from;
  const m = CLAUSE_SPLIT_G.exec(window ?? s);
  if (!m) return window ? -2 : -1;
  return window ? from + m.index : m.index;
}

/**
 * `“六个关系”` followed by clauses ending (or starting) with 关系, on one line (`text`, and
 * `norm`, the same simplified): offsets inside the line, `line` 0.
 */
export function findFormulationLists(text: string, norm: string): Announcement[] {
  const out: Announcement[] = [];
  FORMULATION_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FORMULATION_RE.exec(norm))) {
    const announced = numeralValue(m[1]!);
    const noun = m[2]!;
    if (announced === undefined || announced < 2 || /^[一二三四五六七八九十两]/.test(noun)) continue;
    const rest = norm.slice(m.index + m[0].length);
    // Walk clauses; stop after the sentence in which the last matching clause stood ends
    // and the next sentence does not continue the list.
    let counted = 0;
    let mode: 'end' | 'start' | undefined;
    let clauses = 0;
    let sentenceHadMatch = false;
    let pos = 0;
    /** The mark after the last counted clause. */
    let lastHitSep: string | undefined;
    let toLineEnd = false;
    const items: Array<{ start: number; end: number; marker: string }> = [];
    while (pos < rest.length && clauses < MAX_CLAUSES) {
      const mark = nextClauseMark(rest, pos);
      if (mark === -2) break;
      const sep = mark < 0 ? -1 : mark - pos;
      const clauseEnd = sep < 0 ? rest.length : pos + sep;
      const raw = rest.slice(pos, clauseEnd);
      // The first item may follow the word that opens the list (`即全面建设…`, `坚持面向…`).
      // The list may stand in brackets after the formulation (`“三个全面加强”（全面加强…，全面加强…）`).
      let clause = raw.replace(/[“”"'‘’「」『』（）()\s]/g, '');
      if (counted === 0) clause = clause.replace(LIST_OPENER_RE, '');
      clauses++;
      const ends = clause.length > noun.length && clause.endsWith(noun) && !clause.includes(`个${noun}`);
      // The first item after the verb that brings the list in (`涵盖了全面建设…、全面深化改革、…`, `指出全面建成…，全面深化改革…`),
      // when the clause after it opens with the noun too.
      const starts = clause.length > noun.length && (clause.startsWith(noun) || (counted === 0 && mode === undefined && afterLead(clause, noun) && nextStarts(rest, clauseEnd, noun)));
      const hit = (mode === undefined && (ends || starts)) || (mode === 'end' && ends) || (mode === 'start' && starts);
      if (hit) {
        mode ??= ends ? 'end' : 'start';
        // The last two items joined by 和/与/及 (`核心意识和看齐意识`) are two.
        counted += joinedItems(clause, noun, mode);
        sentenceHadMatch = true;
        const at = m.index + m[0].length + pos;
        items.push({ start: at, end: at + raw.length, marker: raw.trim() });
      } else if (counted === 0 && clauses > 2) break;
      const sepChar = rest[clauseEnd];
      // A run joined by 、 (`数字实、事例实、成果实，做到文风朴实`) ends at its first other mark.
      if (hit && lastHitSep === '、' && sepChar !== '、') break;
      if (hit) lastHitSep = sepChar;
      if (sepChar === '。') {
        if (!sentenceHadMatch && counted > 0) break;
        // The list ends with its sentence unless the next sentence goes on with it.
        const nextEnd = nextClauseMark(rest, clauseEnd + 1);
        const next = nextEnd === -2 ? '' : rest.slice(clauseEnd + 1, nextEnd < 0 ? rest.length : nextEnd).replace(/[“”"'‘’「」『』\s]/g, '');
        const nextHit = mode === 'end' ? next.endsWith(noun) : mode === 'start' ? next.startsWith(noun) : false;
        if (counted > 0 && !nextHit) break;
        sentenceHadMatch = false;
      }
      if (sep < 0) {
        toLineEnd = true;
        break;
      }
      pos = clauseEnd + 1;
    }
    // One member discussed clause after clause (`“全面从严治党”的依据是……；“全面从严治党”的核心是……`) is no list.
    if (counted < 2 || repeatsMember(items, noun, mode)) continue;
    out.push({
      start: m.index + 1,
      end: m.index + m[0].length - 1,
      line: 0,
      text: text.slice(m.index + 1, m.index + m[0].length - 1),
      announced,
      counted,
      countedWhat: mode === 'end' ? `以“${noun}”结尾的分句` : `以“${noun}”开头的分句`,
      countedWhatEn: mode === 'end' ? `clauses ending in "${noun}"` : `clauses beginning with "${noun}"`,
      items,
      ...(toLineEnd ? { toLineEnd } : {}),
    });
  }
  return out;
}

/** A lead of one to three characters before the noun, the noun and more after it: `涵盖了全面建设…`. */
const LEAD_RE = new RegExp(`^[${HAN}]{1,3}$`);
function afterLead(clause: string, noun: string): boolean {
  const at = clause.indexOf(noun);
  return at >= 1 && clause.length > at + noun.length && LEAD_RE.test(clause.slice(0, at));
}

/** Whether the clause after the mark at `markAt` opens with the noun. */
function nextStarts(rest: string, markAt: number, noun: string): boolean {
  if (markAt >= rest.length) return false;
  const nextEnd = nextClauseMark(rest, markAt + 1);
  if (nextEnd === -2) return false;
  return rest.slice(markAt + 1, nextEnd < 0 ? rest.length : nextEnd).replace(/[“”"'‘’「」『』（）()\s]/g, '').startsWith(noun);
}

/** Two counted clauses that name the same member: the same two characters next to the noun. */
function repeatsMember(items: ReadonlyArray<{ marker: string }>, noun: string, mode: 'end' | 'start' | undefined): boolean {
  const seen = new Set<string>();
  for (const { marker } of items) {
    const t = marker.replace(/[“”"'‘’「」『』\s]/g, '');
    const at = mode === 'end' ? t.lastIndexOf(noun) : t.indexOf(noun);
    if (at < 0) continue;
    const key = mode === 'end' ? t.slice(Math.max(0, at - 2), at) : t.slice(at + noun.length, at + noun.length + 2);
    if (key.length < 2) continue;
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
}
