/**
 * A superseded name taken as the speaker's own task (`坚定“三个自信”` after 文化自信 made them
 * four in 2016): the canon's entries with `until` and `replacedBy`. The draft is dated by its date
 * line or 今年, or else by itself: a formulation it uses that was first put forward after the name
 * was replaced (`深刻领悟“两个确立”` is of 2021 or later) dates it at least that late.
 * Quiet: a sentence that names the replacement too (`从“三个自信”到“四个自信”`), an earlier
 * congress or year, or words that put it in the past (`党的十八大以来`, `当时`); a name not
 * after a verb of taking it up (`学习“三个自信”的由来` is about it).
 * Linear: the names are few; each is found with indexOf, and the dating formulations are looked
 * for only when one is there.
 */
import type { CanonEntry } from './canon';

export interface SupersededUse {
  start: number;
  end: number;
  term: string;
  entry: CanonEntry;
  /** The draft's year, or the formulation that dates it and its first year. */
  year?: number;
  datedBy?: { name: string; since: number };
}

/** Verbs that take a formulation up as a task, right before it (a quotation mark between). */
const TAKE_UP_RE = /(?:坚定|增强|树立|树牢|坚持|强化|筑牢|做到|牢固树立|不断增强)[“"‘]?$/;
/** An earlier congress, plenum or year in the sentence: a statement of its time. */
const EARLIER_RE = /十[四五六七八]大|十[四五六七八]届|(?:19\d\d|20(?:0\d|1[0-6]))年/;
const PAST_RE = /以来|当时|那时|当年|曾经|曾|回顾|提出了?|发展到|增加/;
const WINDOW = 200;

export function supersededUses(text: string, entries: readonly CanonEntry[], year: number | undefined): SupersededUse[] {
  const out: SupersededUse[] = [];
  let datedBy: { name: string; since: number } | null | undefined;
  for (const e of entries) {
    if (e.until === undefined || !e.replacedBy) continue;
    for (const term of e.names ?? []) {
      for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) {
        if (!TAKE_UP_RE.test(text.slice(Math.max(0, at - 5), at))) continue;
        const sentence = sentenceAt(text, at, at + term.length);
        if (sentence.includes(e.replacedBy) || EARLIER_RE.test(sentence) || PAST_RE.test(sentence)) continue;
        if (year !== undefined) {
          if (year > e.until) out.push({ start: at, end: at + term.length, term, entry: e, year });
          continue;
        }
        if (datedBy === undefined) datedBy = latestFormulation(text, entries);
        if (datedBy && datedBy.since > e.until) out.push({ start: at, end: at + term.length, term, entry: e, datedBy });
      }
    }
  }
  return out;
}

/** The formulation of the latest first year the draft names (quoted, so it is the formulation). */
function latestFormulation(text: string, entries: readonly CanonEntry[]): { name: string; since: number } | null {
  let best: { name: string; since: number } | null = null;
  for (const e of entries) {
    if (e.since === undefined || e.until !== undefined || (best && e.since <= best.since)) continue;
    if (e.kind !== 'wording' && e.kind !== 'enumeration') continue;
    for (const n of e.names ?? []) if (n.length >= 4 && text.includes(`“${n}”`)) best = { name: n, since: e.since };
  }
  return best;
}

/** The sentence around [from, to), at most WINDOW characters either way. */
function sentenceAt(text: string, from: number, to: number): string {
  const head = text.slice(Math.max(0, from - WINDOW), from);
  const tail = text.slice(to, to + WINDOW);
  const stop = tail.search(/[。；！？\n]/);
  const cut = Math.max(head.lastIndexOf('。'), head.lastIndexOf('；'), head.lastIndexOf('！'), head.lastIndexOf('？'), head.lastIndexOf('\n'));
  return head.slice(cut + 1) + text.slice(from, to) + (stop < 0 ? tail : tail.slice(0, stop));
}
