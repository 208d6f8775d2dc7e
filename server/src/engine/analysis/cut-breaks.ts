/**
 * Line breaks that cut a sentence and show it by what stands at the cut, whatever the page's
 * wrap width: a 《》 title opened on one line and closed on the next, a line stopped on a comma,
 * and a document site's preview chunk cut at a fixed length before the next chunk's label
 * (`…下面，我代表市委，强` / `2、调三点意见。`). Used by `broken-line`. Owner: structure rules.
 */
import { titleOnlyLines, type Line, type SpeechDocument } from './document';
import { NEW_ITEM_RE } from './mark-breaks';
import { SALUTATION_RE } from './anatomy';
import type { Segmenter } from './segment';
import { hanRunAfter, hanRunBefore, joinsIntoWord } from './word-join';
// A line that stops where no sentence, heading or page ends: on a word's character, or on a mark that never closes one.
import { CUT_END_RE } from './residue-context';
import { simplifiedLine } from './traditional';

export interface CutBreak {
  line: Line;
  next: Line;
  /** The range of the break to remove (the line break, with the spaces around it). */
  start: number;
  end: number;
  /** A join to suggest only, never made by a fix-all (a title or heading the writer may have set on two lines). */
  suggest?: boolean;
}

/** A 《》 title cut by a line break (`宣读《关于全县安全事故情况的通` / `报》;`): a title never spans two lines. */
const OPEN_TITLE_TAIL_RE = /《[^《》。！？!?；;]{1,40}$/;
const CLOSE_TITLE_HEAD_RE = /^[^《》。！？!?；;\s]{1,40}》/;

/**
 * Breaks inside a title in 《》: the title opens on the line and is not closed there, and the next line closes it at once.
 * With a segmenter, also a draft's title or a heading wrapped inside a word (see `wrappedHeadBreak`).
 */
export function findTitleBreaks(doc: SpeechDocument, residue: ReadonlySet<number>, segmenter?: Segmenter): CutBreak[] {
  const out: CutBreak[] = [];
  const lines = doc.lines;
  for (let i = 0; i + 1 < lines.length; i++) {
    const l = lines[i]!;
    const text = l.text.trimEnd();
    const next = lines[i + 1]!;
    if (l.text.includes('《') && !residue.has(i) && !residue.has(i + 1) && OPEN_TITLE_TAIL_RE.test(text) && CLOSE_TITLE_HEAD_RE.test(next.text)) {
      out.push({ line: l, next, start: l.start + text.length, end: next.start });
      continue;
    }
    const wrapped = segmenter && wrappedHeadBreak(doc, residue, segmenter, i);
    if (wrapped) out.push(wrapped);
  }
  return out;
}

/** A heading's label (`一、`, `（一）`, `1.`): the line is a heading. */
const HEAD_LABEL_RE = /^[ \u3000]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.．、](?!\d))/;
/** Sentence marks: a line holding one is running text, not a title or a heading's words. */
const SENTENCE_MARK_RE = /[，。；！？,;!?：:]/;
/** Longest rest of a title or heading a wrap leaves on the next line (`查材料(含案例)`). */
const MAX_WRAP_REST = 30;

/**
 * Whether line `i` holds the head of the draft's title: its last line, its first where the title was read
 * across the break (`在第29届奥林匹克运` / `动会开幕式上的致辞`), or the first line of the draft right above a
 * title read from the wrapped rest alone (`秋季运动会闭` / `幕式上的致辞`).
 */
function inTitle(doc: SpeechDocument, residue: ReadonlySet<number>, i: number): boolean {
  const title = doc.title;
  if (title === undefined) return false;
  if (title.lastLine === i || (title.firstLine === i && title.lastLine === i + 1)) return true;
  if (title.firstLine !== i + 1) return false;
  for (let k = 0; k < i; k++) if (!residue.has(k) && doc.lines[k]!.text.trim() !== '') return false;
  return true;
}

/**
 * The draft's title or a heading wrapped by a PDF copy inside a word (`镇党委领导班子 2025 年度民主生活会对照检` /
 * `查材料(含案例)`): the line holds no sentence mark and ends on a Han character, the line right under it is a short
 * rest with no sentence mark and no label of its own, and joined they put a dictionary word across the break.
 * A title set on two lines on purpose breaks between words (GB/T 9704: 词意完整), so this is never a layout choice.
 */
function wrappedHeadBreak(doc: SpeechDocument, residue: ReadonlySet<number>, segmenter: Segmenter, i: number): CutBreak | undefined {
  const l = doc.lines[i]!;
  const next = doc.lines[i + 1]!;
  const text = l.text.trimEnd();
  if ((!inTitle(doc, residue, i) && !HEAD_LABEL_RE.test(text)) || residue.has(i) || residue.has(i + 1)) return undefined;
  const rest = next.text.trim();
  if (rest === '' || rest.length > MAX_WRAP_REST || SENTENCE_MARK_RE.test(text) || SENTENCE_MARK_RE.test(rest) || NEW_ITEM_RE.test(rest)) return undefined;
  const left = hanRunBefore(text, text.length);
  const right = hanRunAfter(rest, 0);
  if (left === '' || right === '' || !next.text.startsWith(right) || !joinsIntoWord(segmenter, left, right)) return undefined;
  return { line: l, next, start: l.start + text.length, end: next.start, suggest: true };
}


/**
 * The line before a preview chunk's label (`2、`, a page counter the residue analysis found at the
 * head of the next line): the site cut its text into chunks of a fixed length, wherever the cut
 * fell, so a line that stops on a word or a comma there stops inside a sentence. The break is
 * the line break alone; the label is the residue rule's to delete.
 */
export function findCounterBreaks(doc: SpeechDocument, residue: ReadonlySet<number>): CutBreak[] {
  const out: CutBreak[] = [];
  const lines = doc.lines;
  const titleLines = titleOnlyLines(doc);
  for (const s of doc.residue.spans) {
    if (s.kind !== 'counter' || s.line === 0) continue;
    const next = lines[s.line]!;
    const l = lines[s.line - 1]!;
    const text = l.text.trimEnd();
    // The label opens its line (spaces before it only), and the chunk's text goes on after it.
    if (next.text.slice(0, s.start).trim() !== '' || next.text.slice(s.end).trim() === '') continue;
    if (residue.has(l.index) || residue.has(next.index) || titleLines.includes(l.index) || !CUT_END_RE.test(text)) continue;
    out.push({ line: l, next, start: l.start + text.length, end: next.start + s.start });
  }
  return out;
}

const CLAUSE_END_RE = /[，,、]$/;
/** A mark of a clause inside the line: running text, not a name or a heading. */
const INNER_CLAUSE_RE = /[，,、；;：:。！？!?]/;
/** Sentence punctuation: the next line is running text too. */
export const SENTENCE_PUNCT_RE = /[，。；！？,;!?]/;
/**
 * Who is addressed, one a line (`尊敬的……主席，` / `女士们、先生们，`), or a greeting: a speech's
 * lines of its own. anatomy's salutation openers (a salutation of any length), with the second
 * half of a pair and the greetings of a time of day.
 */
const ADDRESS_RE = new RegExp(`${SALUTATION_RE.source}|^(?:先生们|先生們|大家(?:早上|上午|中午|下午|晚上)好)`);
/** A speaker's label opening a line of a script (`甲：`, `男1:`, `主持人：`): a turn of its own. */
const SPEAKER_RE = /^[\u4e00-\u9fffA-Za-z]{1,4}\d?[：:]/;
/** An item's label at the end of the line, its text on the next (`…致辞范文】一、` / `在六一儿童节…`): no cut sentence. */
const ITEM_LABEL_END_RE = /(?:[一二三四五六七八九十]+|\d+)、$/;
/** Shorter than this, a line ending on a comma may be a verse's line. */
const MIN_RUNNING = 16;

/**
 * A line of running text that stops on a comma (or 、) in a draft whose paragraphs are single lines,
 * the next line going on at once: no sentence, heading or paragraph ends on a comma, so the break
 * was made inside the sentence (`…相互交流一下学生在校及在家的情况，` / `以便老师能够及时调整工作…`).
 * Lines of verse (several lines on commas in a row), addressees one a line, a script's turns and a
 * next line set off by its indent are left alone.
 */
export function findCommaBreaks(doc: SpeechDocument, residue: ReadonlySet<number>): CutBreak[] {
  const out: CutBreak[] = [];
  const lines = doc.lines;
  const titleLines = titleOnlyLines(doc);
  for (let i = 0; i + 1 < lines.length; i++) {
    const l = lines[i]!;
    const text = l.text.trim();
    if (!CLAUSE_END_RE.test(text) || ITEM_LABEL_END_RE.test(text) || residue.has(i) || residue.has(i + 1) || titleLines.includes(i)) continue;
    const next = lines[i + 1]!;
    const nextText = next.text.trim();
    if (nextText === '' || /^[\s\u3000]/.test(next.text) || !/^[\u4e00-\u9fff]/.test(nextText) || !SENTENCE_PUNCT_RE.test(nextText)) continue;
    // Running text: long enough, or a clause before the last.
    if (text.length < 8 || (text.length < MIN_RUNNING && !INNER_CLAUSE_RE.test(text.slice(0, -1)))) continue;
    if (ADDRESS_RE.test(text) || ADDRESS_RE.test(nextText) || NEW_ITEM_RE.test(nextText) || SPEAKER_RE.test(nextText)) continue;
    // Verse: the line before or the next one stops on a comma too.
    const prev = i > 0 ? lines[i - 1]!.text.trim() : '';
    if (CLAUSE_END_RE.test(prev) || CLAUSE_END_RE.test(nextText)) continue;
    const trailing = l.text.length - l.text.trimEnd().length;
    out.push({ line: l, next, start: l.end - trailing, end: next.start });
  }
  return out;
}

/** Where no addressee ends: after 的 (`亲爱的`) or on the list's 、. */
const CUT_ADDRESS_END_RE = /[的、]$/;
/** The rest of a salutation: Chinese up to its colon, no clause or sentence mark between. */
const ADDRESS_TAIL_RE = /^[\u4e00-\u9fff][^。；;！!？?，,：:]{0,30}[：:]$/;

/**
 * A salutation cut inside by a line break (`尊敬的老师们、亲爱的` / `同学们：`, `各位代表、` / `同志们：`):
 * a salutation is one line, and this one stops where no addressee ends, its colon on the next line.
 */
export function findSalutationBreaks(doc: SpeechDocument, residue: ReadonlySet<number>): CutBreak[] {
  const out: CutBreak[] = [];
  const lines = doc.lines;
  for (let i = 0; i + 1 < lines.length; i++) {
    const l = lines[i]!;
    const text = l.text.trim();
    if (text.length > 60 || !CUT_ADDRESS_END_RE.test(text) || !SALUTATION_RE.test(text) || /[。；;！!？?：:，,]/.test(text) || residue.has(i) || residue.has(i + 1)) continue;
    const next = lines[i + 1]!;
    if (!ADDRESS_TAIL_RE.test(next.text.trim())) continue;
    out.push({ line: l, next, start: l.start + l.text.trimEnd().length, end: next.start + (next.text.length - next.text.trimStart().length) });
  }
  return out;
}

/** Words that ask for a figure after them (`近`, `约`, `达到`, `共计`, `增长`): a line does not stop on one. */
const FIGURE_WORD_RE = /^(?:近|约|达|达到|超过|逾|共|共计|合计|累计|总计|突破|增长|下降|增加|减少|提高|降低)$/;
export function endsOnFigureWord(segmenter: Segmenter, run: string): boolean {
  const tail = segmenter.cut(simplifiedLine(run.slice(-8)));
  return FIGURE_WORD_RE.test(tail[tail.length - 1]?.word ?? '');
}

/** A figure stopped on its decimal point at the line's end (`…比上年增长15.`): no figure, sentence or heading ends so. */
const FIGURE_POINT_END_RE = /[\u4e00-\u9fff，,、；;：:（(]\d{1,9}\.$/;
/**
 * A figure cut after its decimal point, the rest of it opening the next line (`增长15.` / `7%；`, `投资102.` / `9亿元`),
 * as a page's copy leaves it, often with a blank line between: joined into one figure (`15.7%`).
 */
export function findFigureBreaks(doc: SpeechDocument, residue: ReadonlySet<number>): CutBreak[] {
  const out: CutBreak[] = [];
  const lines = doc.lines;
  for (let i = 0; i + 1 < lines.length; i++) {
    const l = lines[i]!;
    const text = l.text.trimEnd();
    if (!text.endsWith('.') || residue.has(l.index) || !FIGURE_POINT_END_RE.test(text)) continue;
    let j = i + 1;
    while (j < lines.length && j <= i + 3 && lines[j]!.text.trim() === '') j++;
    const next = lines[j];
    if (!next || residue.has(next.index) || !/^\d/.test(next.text.trimStart())) continue;
    out.push({ line: l, next, start: l.start + text.length, end: next.start + (next.text.length - next.text.trimStart().length) });
  }
  return out;
}
