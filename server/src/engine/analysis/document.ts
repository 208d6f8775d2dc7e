/**
 * The document model every rule sees: lines, paragraphs, the title and the date line.
 * Built once per check; everything is computed from the text alone.
 */
import { lastStartingAtOrBefore } from '../util/binary-search';
import { ownString, type BoundedCache } from '../util/bounded-cache';
import { analyzeResidue, isWebResidueLine, type ResidueAnalysis } from './residue';
import { findAnatomy, type AnatomyLine } from './anatomy';
import { carryLines, pushLines, type LineRecord, type LineSource } from './line-reuse';

export interface Line {
  index: number;
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character, before the line break. */
  end: number;
  text: string;
  /** The line break that ends this line: '\n', '\r\n', '\r' or '' for the last line. */
  eol: string;
}

export interface Paragraph {
  firstLine: number;
  lastLine: number;
  start: number;
  end: number;
}

export interface Position {
  line: number;
  character: number;
}

export interface TitleInfo {
  /** First and last line of the title (a title may be broken over two lines). */
  firstLine: number;
  lastLine: number;
  start: number;
  end: number;
  text: string;
}

export interface DateLineInfo {
  line: number;
  /** The date's own range inside the line, without brackets. */
  start: number;
  end: number;
  text: string;
  /** `date`; `compact` for `20211217`; `slot` for `（20XX年X月X日）` or `（ 年 月 日）`. */
  form: 'date' | 'compact' | 'slot';
}

/**
 * The lines that hold the title and nothing else. A title glued to its text by a copy (`…上的讲话同志们：今天…`)
 * leaves its last line to the text: a line break at that line's end is the text's, to be checked like any other.
 */
export function titleOnlyLines(doc: SpeechDocument): number[] {
  const t = doc.title;
  if (!t) return [];
  const last = doc.lines[t.lastLine]!;
  if (doc.text.slice(t.end, last.end).trim() === '') return [t.firstLine, t.lastLine];
  return t.firstLine === t.lastLine ? [] : [t.firstLine];
}

export class SpeechDocument implements LineSource {
  readonly text: string;
  readonly lines: Line[];
  private _paragraphs?: Paragraph[];
  private _title?: TitleInfo | null;
  private _dateLine?: DateLineInfo | null;
  private _residue?: ResidueAnalysis;
  /** Each line's own copy once asked for, by line index (an array: every line is asked for on every check). */
  private readonly ownTexts: Array<string | undefined>;
  /** What the per-line analyses found on each line (by-line.ts), taken over with the line from the previous version. */
  private readonly records: Array<LineRecord | undefined>;
  /** The lines whose text is a slice of this document, [first, end): the others own theirs. */
  private readonly sliced: [number, number];

  /**
   * `lineKeys`: the engine's own copies of the lines it has seen, by their text. With it, a
   * line's key is the one copy every per-line cache stored it under, so each cache finds it
   * by identity instead of comparing the text again (one comparison per line, not one per
   * cache). `previous`: the version of the draft checked before this one (the engine's), whose
   * unchanged lines this one takes over with their copies and records (line-reuse.ts).
   */
  constructor(
    text: string,
    private readonly lineKeys?: BoundedCache<string>,
    previous?: LineSource,
  ) {
    this.text = text;
    if (lineKeys && previous) {
      const carried = carryLines(previous, text);
      this.lines = carried.lines;
      this.ownTexts = carried.own;
      this.records = carried.records;
      this.sliced = carried.sliced;
    } else {
      this.lines = splitLines(text);
      this.ownTexts = new Array<string | undefined>(this.lines.length).fill(undefined);
      this.records = new Array<LineRecord | undefined>(this.lines.length).fill(undefined);
      this.sliced = [0, this.lines.length];
    }
  }

  ownsText(i: number): boolean {
    return i < this.sliced[0] || i >= this.sliced[1];
  }

  /** Line `i`'s record, if any per-line analysis has kept something on it. */
  recordOf(i: number): LineRecord | undefined {
    return this.records[i];
  }

  /** Line `i`'s record, made on first use. */
  record(i: number): LineRecord {
    let r = this.records[i];
    if (r === undefined) this.records[i] = r = [];
    return r;
  }

  /** The line break the draft uses (its first line's), for a break a fix puts back; `\n` in a one-line draft. */
  get eol(): string {
    return this.lines.find((l) => l.eol !== '')?.eol ?? '\n';
  }

  get paragraphs(): Paragraph[] {
    if (!this._paragraphs) this._paragraphs = splitParagraphs(this.lines);
    return this._paragraphs;
  }

  /** What copying from a site or a PDF left in the text: lines and spans glued into lines. */
  get residue(): ResidueAnalysis {
    // By the lines' keys: the residue's own per-line caches then find each line by identity, its hash already known.
    if (!this._residue) this._residue = analyzeResidue(this.lines.map((l) => this.lineKey(l.index)));
    return this._residue;
  }

  /**
   * A copy of a line's text that shares no storage with the document, made once per check:
   * the key under which the per-line caches store what they found on a new line (one copy
   * for all of them, not one each).
   */
  ownText(line: number): string {
    let own = this.ownTexts[line];
    if (own === undefined) this.ownTexts[line] = own = this.copyOf(this.lines[line]!.text);
    return own;
  }

  /** What the per-line caches look a line up by: its copy when the engine keeps them, else its text. */
  lineKey(line: number): string {
    return this.lineKeys ? this.ownText(line) : this.lines[line]!.text;
  }

  private copyOf(text: string): string {
    const keys = this.lineKeys;
    if (!keys) return ownString(text);
    let own = keys.get(text);
    if (own === undefined) keys.setOwned((own = ownString(text)), own);
    return own;
  }

  /** Index of the line holding `offset` (an offset at a line's end belongs to that line). */
  lineIndexAt(offset: number): number {
    return lastStartingAtOrBefore(this.lines, offset);
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineIndexAt(clamped);
    const l = this.lines[line]!;
    return { line, character: Math.min(clamped - l.start, l.end - l.start + l.eol.length) };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lines.length) return this.text.length;
    const l = this.lines[position.line]!;
    return Math.min(l.start + Math.max(0, position.character), l.end);
  }

  /**
   * Lines that carry text (not blank, not web residue), in order: the first `max` after line
   * `after` (a question about the lines under the title reads those, not the whole draft).
   */
  contentLineIndexes(after = -1, max = Infinity): number[] {
    const out: number[] = [];
    for (let i = Math.max(0, after + 1); i < this.lines.length && out.length < max; i++) {
      const l = this.lines[i]!;
      if (l.text.trim() === '' || isWebResidueLine(l.text)) continue;
      out.push(l.index);
    }
    return out;
  }

  /**
   * The title: the first content line, skipping web residue above it. A title broken over
   * two short lines (as PDF copy leaves it) is joined when the first part does not end a
   * sentence and the second ends like a speech title.
   */
  get title(): TitleInfo | undefined {
    if (this._title === undefined) this._title = this.findTitle() ?? null;
    return this._title ?? undefined;
  }

  /** The date line under the title (`（2019年2月18日）`), if there is one. */
  get dateLine(): DateLineInfo | undefined {
    if (this._dateLine === undefined) this._dateLine = this.findDateLine() ?? null;
    return this._dateLine ?? undefined;
  }

  private anatomy(): void {
    const residue = this.residue.lines;
    const content: AnatomyLine[] = [];
    let skippedResidue = false;
    for (const l of this.lines) {
      if (residue.has(l.index)) skippedResidue = content.length > 0;
      if (l.text.trim() === '' || residue.has(l.index)) continue;
      content.push({ index: l.index, text: l.text, ...(skippedResidue ? { afterResidue: true } : {}) });
      skippedResidue = false;
      // Only the head of a draft holds its title and date line.
      if (content.length >= 40) break;
    }
    const a = findAnatomy(content);
    this._title = null;
    this._dateLine = null;
    if (a.title) {
      const l = this.lines[a.title.firstLine]!;
      const last = this.lines[a.title.lastLine]!;
      const end = a.title.endInLine !== undefined ? last.start + a.title.endInLine : last.start + last.text.trimEnd().length;
      this._title = {
        firstLine: a.title.firstLine,
        lastLine: a.title.lastLine,
        start: l.start + (l.text.length - l.text.trimStart().length),
        end,
        text: this.text.slice(l.start, a.title.endInLine !== undefined ? end : last.end),
      };
    }
    if (a.dateLine) {
      const l = this.lines[a.dateLine.line]!;
      const m = a.dateLine.match;
      this._dateLine = { line: l.index, start: l.start + m.start, end: l.start + m.end, text: m.text, form: m.form };
    }
  }

  private findTitle(): TitleInfo | undefined {
    this.anatomy();
    return this._title ?? undefined;
  }

  private findDateLine(): DateLineInfo | undefined {
    if (this._title === undefined) this.anatomy();
    return this._dateLine ?? undefined;
  }
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  pushLines(text, 0, text.length, lines, true);
  return lines;
}

/** Paragraphs are runs of non-blank lines. */
function splitParagraphs(lines: Line[]): Paragraph[] {
  const out: Paragraph[] = [];
  let first = -1;
  for (const l of lines) {
    const blank = l.text.trim() === '';
    if (!blank && first < 0) first = l.index;
    if (blank && first >= 0) {
      out.push(makeParagraph(lines, first, l.index - 1));
      first = -1;
    }
  }
  if (first >= 0) out.push(makeParagraph(lines, first, lines.length - 1));
  return out;
}

function makeParagraph(lines: Line[], firstLine: number, lastLine: number): Paragraph {
  return { firstLine, lastLine, start: lines[firstLine]!.start, end: lines[lastLine]!.end };
}

