/**
 * Where a run's characters stand in jieba's reading of it, for the typo rule's guesses
 * (typo-confusions.ts): which it could not place, which begin a name, where its tokens end.
 */
import type { Segmenter } from './segment';
import { SURNAMES } from './typo-accept';
import { isOfficialWord } from './official-vocab';

const TITLE_AFTER_RE = /^(同志|书记|市长|县长|区长|省长|镇长|乡长|主任|局长|部长|厅长|处长|科长|主席|先生|女士|教授|院士|代表|委员|总理|副)/;
export const NAME_TAGS = new Set(['nr', 'ns', 'nt', 'nrt', 'nrfg', 'nz']);
/** An office or a reporter's credit before a name (常务理事于培顺, 记者王伟). */
const OFFICE_RE = /^(?:常务|副)?(?:书记|主任|理事|部长|局长|厅长|处长|科长|市长|县长|区长|省长|镇长|乡长|主席|委员|常委|院长|校长|经理|董事长|总经理|总裁|秘书长|会长|社长|所长|站长|队长|组长|记者|通讯员)$/;
/** Degree adverbs: they modify a state or a quality, never a name. */
const DEGREE_ADVERBS = new Set(['很', '十分', '非常', '更加', '更为', '极其', '极为', '越来越', '日益', '日趋', '较为', '尤为', '相当', '特别', '愈发', '愈加', '格外', '过于']);
/** Where a run's characters stand in jieba's reading of it. */
export interface RunMarks {
  /** Characters jieba could not place: single-character or unknown tokens, not names. */
  suspicious: boolean[];
  /** Inside an unknown word that starts with a surname (a name, most likely). */
  surnameUnknown: boolean[];
  /** Token boundaries. */
  boundary: boolean[];
  /** Places inside a word jieba does not know: its model may have ended the word anywhere (向烈|土默哀). */
  inUnknown: boolean[];
  /**
   * Single characters jieba read as a word of grammar after the word before: a verb, an
   * adverb, a preposition, a conjunction, a particle or a pronoun (大学生|要|走, 学生|会|…).
   */
  grammatical: boolean[];
}

/** The last character of a word for a kind of person (党人, 学者, 作家, 烈士, 教师, 党员). */
const PERSON_SUFFIX = '人者家士师员';
/**
 * `东林党|人顾|宪成`: jieba glued a person noun's last character to the surname of the name
 * after it (党人 + 顾宪成); the surname and the given name after it are a name, not a slip.
 */
function gluedSurname(run: string, prev: { end: number } | undefined, t: { word: string }, seg: Segmenter): boolean {
  return prev !== undefined && t.word.length === 2 && !seg.has(t.word) && PERSON_SUFFIX.includes(t.word[0]!) && SURNAMES.has(t.word[1]!) && seg.has(run[prev.end - 1]! + t.word[0]!);
}

/** Tags of those words (jieba's: v verb, d adverb, p preposition, c conjunction, u particle, r pronoun). */
const GRAMMATICAL_TAG_RE = /^[vdpcur]/;

export function markRun(run: string, seg: Segmenter): RunMarks {
  const tokens = seg.tag(run);
  const suspicious = new Array<boolean>(run.length).fill(false);
  const surnameUnknown = new Array<boolean>(run.length).fill(false);
  const boundary = new Array<boolean>(run.length + 1).fill(false);
  const inUnknown = new Array<boolean>(run.length + 1).fill(false);
  const grammatical = new Array<boolean>(run.length).fill(false);
  const set = (marks: boolean[], from: number, to: number, v: boolean) => {
    for (let p = from; p < to; p++) marks[p] = v;
  };
  tokens.forEach((t, ti) => {
    boundary[t.start] = boundary[t.end] = true;
    if (t.tag && NAME_TAGS.has(t.tag)) return;
    const unknown = t.word.length > 1 && !seg.has(t.word);
    if (t.word.length === 1 || unknown) set(suspicious, t.start, t.end, true);
    if (t.word.length === 1 && GRAMMATICAL_TAG_RE.test(t.tag ?? '')) grammatical[t.start] = true;
    if (unknown) set(inUnknown, t.start + 1, t.end, true);
    // An unknown word ending in the plural 们 (女土们: jieba's model joins a slip to it) is a
    // word and its suffix: a correction may end before the 们.
    if (unknown && t.word.length >= 3 && t.word.endsWith('们')) boundary[t.end - 1] = true;
    const next = tokens[ti + 1];
    // 形势十分严竣: no name stands after a degree adverb; the pair is read as any other.
    if (unknown && SURNAMES.has(t.word[0]!) && !DEGREE_ADVERBS.has(tokens[ti - 1]?.word ?? '')) {
      if (next && TITLE_AFTER_RE.test(run.slice(next.start))) set(suspicious, t.start, t.end, false);
      else set(surnameUnknown, t.start, t.end, true);
    }
    // 张|伟|同志: a name split into characters.
    if (t.word.length === 1 && SURNAMES.has(t.word) && next && TITLE_AFTER_RE.test(run.slice(next.end))) set(suspicious, t.start, next.end, false);
  });
  tokens.forEach((t, ti) => {
    // 立忱|同志: colleagues are named by their given name before 同志, a pair jieba cannot place
    // (not before 同志们, the audience: 讲话同志们 is a title run into the salutation).
    if (t.word === '同志' && run[t.end] !== '们' && t.start >= 2 && boundary[t.start - 2] && suspicious[t.start - 2] && suspicious[t.start - 1]) set(suspicious, t.start - 2, t.start, false);
    // 常务理事|于|培顺: a surname right after an office begins a name (two or three characters).
    const next = tokens[ti + 1];
    if (next && OFFICE_RE.test(t.word) && SURNAMES.has(run[next.start]!) && suspicious[next.start]) {
      for (let p = next.start; p < Math.min(run.length, next.start + 3) && suspicious[p]; p++) suspicious[p] = false;
    }
    if (next && gluedSurname(run, tokens[ti - 1], t, seg) && suspicious[next.start] && next.end - next.start <= 2 && !seg.has(next.word)) set(suspicious, t.start, next.end, false);
  });
  return { suspicious, surnameUnknown, boundary, inUnknown, grammatical };
}

/** A word jieba placed, before the absorbed character, must be this common without it (申请 in 申请人). */
const ABSORBED_HEAD_FREQ = 1000;
/**
 * `申请人党`: p ends a word jieba placed (申请人) and a character it could not place follows
 * alone (党); the word without p is a common word of its own (申请). An OCR slip of p (入) may
 * have made the word: p and the next character are measured as a pair (入党). Not when that
 * character is a word of grammar jieba placed after the word (`大学生|要|走`, `中学生|要`: 生要
 * read as 主要): a noun left alone is what a slip strands, a verb or an adverb goes with any word.
 */
export function absorbedLast(run: string, p: number, marks: RunMarks, seg: Segmenter): boolean {
  if (!marks.boundary[p + 1] || marks.boundary[p] || !marks.suspicious[p + 1] || !marks.boundary[p + 2] || marks.grammatical[p + 1]) return false;
  let a = p;
  while (a > 0 && !marks.boundary[a]) a--;
  return p - a >= 2 && seg.freq(run.slice(a, p)) >= ABSORBED_HEAD_FREQ;
}

/** Whether the absorbing word without p (申请) and the correction (入党) are both words of official vocabulary. */
export function officialSplit(run: string, p: number, right: string, marks: RunMarks): boolean {
  let a = p;
  while (a > 0 && !marks.boundary[a]) a--;
  return isOfficialWord(right) && isOfficialWord(run.slice(a, p));
}
