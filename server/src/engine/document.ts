/**
 * The document model every rule sees: lines, paragraphs, the title and the date line.
 * Built once per check; everything is computed from the text alone.
 */
import { lastStartingAtOrBefore } from './binary-search';
import { analyzeResidue, isWebResidueLine, type ResidueAnalysis } from './residue';

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
}

/** How many content lines after the title may hold the date line. */
const DATE_LINE_WINDOW = 4;

/** A date alone on its line, optionally in brackets: `（2019年2月18日）`, `(2024-03-09)`. */
const DATE_LINE_RE =
  /^[\s\u3000]*[（(]?[\s\u3000]*((?:\d{4}|[〇○零一二三四五六七八九]{4}|20[xX×Ｘ]{2}|201[xX×Ｘ])[\s\u3000]*(?:年[\s\u3000]*(?:\d{1,2}|[xX×Ｘ]{1,2}|[一二三四五六七八九十]{1,3})[\s\u3000]*月[\s\u3000]*(?:\d{1,2}|[xX×Ｘ]{1,2}|[一二三四五六七八九十]{1,3})[\s\u3000]*日|[-./]\d{1,2}[-./]\d{1,2}))[\s\u3000]*[）)]?[\s\u3000]*$/;
/** The same date forms are only accepted unbracketed when written with 年月日. */
const BARE_NON_CHINESE_DATE_RE = /^[\s\u3000]*\d{4}[-./]\d{1,2}[-./]\d{1,2}[\s\u3000]*$/;

export class SpeechDocument {
  readonly text: string;
  readonly lines: Line[];
  private _paragraphs?: Paragraph[];
  private _title?: TitleInfo | null;
  private _dateLine?: DateLineInfo | null;
  private _residue?: ResidueAnalysis;

  constructor(text: string) {
    this.text = text;
    this.lines = splitLines(text);
  }

  get paragraphs(): Paragraph[] {
    if (!this._paragraphs) this._paragraphs = splitParagraphs(this.lines);
    return this._paragraphs;
  }

  /** What copying from a site or a PDF left in the text: lines and spans glued into lines. */
  get residue(): ResidueAnalysis {
    if (!this._residue) this._residue = analyzeResidue(this.lines.map((l) => l.text));
    return this._residue;
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

  /** Lines that carry text (not blank, not web residue), in order. */
  contentLineIndexes(): number[] {
    const out: number[] = [];
    for (const l of this.lines) {
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

  private findTitle(): TitleInfo | undefined {
    const content = this.contentLineIndexes();
    const first = content[0];
    if (first === undefined) return undefined;
    const l = this.lines[first]!;
    let lastLine = first;
    const next = content[1];
    if (
      next !== undefined &&
      next === first + 1 &&
      !/[。！？；：:]\s*$/.test(l.text) &&
      l.text.trim().length <= 30 &&
      /(讲话|致辞|发言|报告|講話|致辭|發言|報告)\s*$/.test(this.lines[next]!.text) &&
      !/(讲话|致辞|发言|报告|講話|致辭|發言|報告)\s*$/.test(l.text)
    ) {
      lastLine = next;
    }
    const last = this.lines[lastLine]!;
    return {
      firstLine: first,
      lastLine,
      start: l.start + (l.text.length - l.text.trimStart().length),
      end: last.start + last.text.trimEnd().length,
      text: this.text.slice(l.start, last.end),
    };
  }

  private findDateLine(): DateLineInfo | undefined {
    const title = this.title;
    if (!title) return undefined;
    let seen = 0;
    for (let i = title.lastLine + 1; i < this.lines.length && seen < DATE_LINE_WINDOW; i++) {
      const l = this.lines[i]!;
      if (l.text.trim() === '') continue;
      seen++;
      const m = DATE_LINE_RE.exec(l.text);
      if (!m || BARE_NON_CHINESE_DATE_RE.test(l.text)) continue;
      const inner = m[1]!;
      const at = l.text.indexOf(inner);
      return { line: i, start: l.start + at, end: l.start + at + inner.length, text: inner };
    }
    return undefined;
  }
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    lines.push({ index: lines.length, start, end: m.index, text: text.slice(start, m.index), eol: m[0] });
    start = m.index + m[0].length;
  }
  lines.push({ index: lines.length, start, end: text.length, text: text.slice(start), eol: '' });
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
