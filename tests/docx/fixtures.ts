/**
 * Word fixtures generated with the `docx` package from plain-text drafts. The body text of a
 * fixture is exactly the draft's text (one paragraph per line), but the Word structure around
 * it is what real drafts have: every paragraph split into runs of alternating formatting (so
 * slots and words cross run boundaries), four lines in a 2×2 table, one line in a text box,
 * a header, a footnote and a comment — the last three holding slot-like text that must not be
 * read as part of the speech.
 */
import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  FootnoteReferenceRun,
  Header,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  Textbox,
  TextRun,
  WidthType,
  type FileChild,
  type ParagraphChild,
} from 'docx';

/** Text that only the header, footnote and comment hold; never in the checked body. */
export const OUTSIDE_BODY = {
  header: 'XX县人民政府办公室（内部资料 XX期）',
  footnote: '数据来源：XX统计局，20XX年X月。',
  comment: '请XX同志核对数字',
};

/** A line's runs: chunks of three characters, bold and plain in turn. */
function runs(line: string, from = 0): TextRun[] {
  const out: TextRun[] = [];
  const chars = Array.from(line);
  for (let i = 0; i < chars.length; i += 3) {
    out.push(new TextRun({ text: chars.slice(i, i + 3).join(''), bold: ((i / 3 + from) & 1) === 1, font: '仿宋' }));
  }
  return out;
}

export interface FixtureOptions {
  /** Leave out the table, text box, header, footnote and comment (a plain one-paragraph-per-line file). */
  plain?: boolean;
}

export async function draftToDocx(text: string, options: FixtureOptions = {}): Promise<Buffer> {
  const lines = text.split('\n');
  const children: FileChild[] = [];
  // Where the structure goes: a table over four lines after the first third, a text box a
  // little later, a footnote and a comment on the first non-empty lines after the title.
  const tableAt = options.plain || lines.length < 8 ? -1 : Math.floor(lines.length / 3);
  const boxAt = options.plain || lines.length < 8 ? -1 : tableAt + 5;
  const bodyLines = lines.map((l, i) => ({ l, i })).filter(({ l }) => l.trim() !== '');
  const noteAt = options.plain ? -1 : (bodyLines[2]?.i ?? -1);
  const commentAt = options.plain ? -1 : (bodyLines[3]?.i ?? -1);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (i === tableAt) {
      const cell = (k: number): TableCell => new TableCell({ children: [new Paragraph({ children: runs(lines[i + k]!) })] });
      children.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [new TableRow({ children: [cell(0), cell(1)] }), new TableRow({ children: [cell(2), cell(3)] })],
        }),
      );
      i += 3;
      continue;
    }
    const parts: ParagraphChild[] = runs(line);
    if (i === noteAt) parts.push(new FootnoteReferenceRun(1));
    if (i === commentAt) {
      parts.unshift(new CommentRangeStart(0));
      parts.push(new CommentRangeEnd(0), new TextRun({ children: [new CommentReference(0)] }));
    }
    if (i === boxAt && i + 1 < lines.length) {
      parts.push(new Textbox({ children: [new Paragraph({ children: runs(lines[i + 1]!) })], style: { width: '3in', height: '1in' } }));
      children.push(new Paragraph({ children: parts, ...(i === 0 ? { alignment: AlignmentType.CENTER } : {}) }));
      i += 1;
      continue;
    }
    children.push(new Paragraph({ children: parts, ...(i === 0 ? { alignment: AlignmentType.CENTER } : {}) }));
  }
  const doc = new Document({
    creator: 'speechcheck tests',
    ...(options.plain
      ? {}
      : {
          comments: {
            children: [{ id: 0, author: '办公室', date: new Date('2024-04-01T08:00:00Z'), children: [new Paragraph(OUTSIDE_BODY.comment)] }],
          },
          footnotes: { 1: { children: [new Paragraph(OUTSIDE_BODY.footnote)] } },
        }),
    sections: [
      {
        ...(options.plain ? {} : { headers: { default: new Header({ children: [new Paragraph(OUTSIDE_BODY.header)] }) } }),
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
