/**
 * Auto-numbered headings through the checker and the writer: the engine sees the numbers
 * Word shows (announced counts, heading order), a fix beside a number lands in the right
 * run, and a fix that would change a number Word draws itself is not written as a revision.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli, scratchDir } from '../cli/cli-helpers';
import { readDocx } from '../../server/src/docx/read';
import { untrackable, writeRevisions } from '../../server/src/docx/write';
import { applyEdits } from '../../server/src/engine/fix/fix';
import type { TextEdit } from '../../server/src/engine/model/types';
import { abstractNum, lvl, num, numberedDocx, p, style } from './numbered-fixtures';

const OPTIONS = { author: '讲话稿校对', date: new Date('2024-05-06T08:00:00Z') };

/** A speech whose 一、 and （一） headings are numbered by Word (heading styles linked to a list). */
function speech(headings: string[], extra: string[] = []): Uint8Array {
  const numbering = [
    abstractNum(0, [
      lvl(0, { fmt: 'chineseCounting', text: '%1、', suff: 'nothing', pStyle: 'Heading1' }),
      lvl(1, { fmt: 'chineseCounting', text: '（%2）', suff: 'nothing', pStyle: 'Heading2' }),
    ]),
    num(1, 0),
  ];
  const styles = [style('Normal'), style('Heading1', { numId: 1 }), style('Heading2', { numId: 1, ilvl: 1 })];
  const body = [p('在全县安全生产工作会议上的讲话'), p('同志们：'), p('下面，我就做好今年的安全生产工作讲三点意见。')];
  for (const h of headings) {
    body.push(p(h, { style: 'Heading1' }), p('各乡镇、各部门要把思想和行动统一到县委的部署上来，切实抓好落实。'));
  }
  for (const e of extra) body.push(p(e, { style: 'Heading2' }));
  return numberedDocx({ body, numbering, styles });
}

let dir: string;
beforeAll(() => {
  ensureBuilt();
  dir = scratchDir('docx-numbering');
});

function check(name: string, bytes: Uint8Array): Array<{ rule: string; range: { start: { line: number } } }> {
  fs.writeFileSync(path.join(dir, name), bytes);
  const r = runCli(['--format', 'json', name], { cwd: dir });
  return JSON.parse(r.stdout)[0].diagnostics;
}

describe('auto-numbered headings in the engine', () => {
  it('三点意见 with three numbered headings: no enum-count; with four: one', () => {
    const three = check('three.docx', speech(['提高思想认识', '突出工作重点', '强化组织保障']));
    expect(three.filter((d) => d.rule === 'enum-count')).toEqual([]);
    const four = check('four.docx', speech(['提高思想认识', '突出工作重点', '强化组织保障', '严明工作纪律']));
    expect(four.filter((d) => d.rule === 'enum-count')).toHaveLength(1);
    expect(four.find((d) => d.rule === 'enum-count')!.range.start.line).toBe(2);
  });
});

/** Offsets of line `n`'s start in the reader's text. */
function lineStart(text: string, n: number): number {
  let at = 0;
  for (let i = 0; i < n; i++) at = text.indexOf('\n', at) + 1;
  return at;
}

describe('fixes beside and on Word numbers', () => {
  const bytes = speech(['、提高思想认识,统一行动', '突出工作重点', '强化组织保障']);
  const read = readDocx(bytes);
  const text = read.text;
  const h1 = lineStart(text, 3); // 一、、提高思想认识,统一行动
  const h2 = lineStart(text, 5); // 二、突出工作重点

  it('the reader shows the numbers, as a piece of their own', () => {
    expect(text.split('\n').slice(3, 8)).toEqual(['一、、提高思想认识,统一行动', '各乡镇、各部门要把思想和行动统一到县委的部署上来，切实抓好落实。', '二、突出工作重点', '各乡镇、各部门要把思想和行动统一到县委的部署上来，切实抓好落实。', '三、强化组织保障']);
    expect(read.lines[3]!.pieces[0]).toMatchObject({ start: 0, end: 2, kind: 'label' });
  });

  it('fixes next to a number land in the right runs; the file round-trips with no number written into it', () => {
    const edits: TextEdit[] = [
      { start: h1 + 2, end: h1 + 3, newText: '' }, // the typed 、 after Word's 一、
      { start: h1 + 9, end: h1 + 10, newText: '，' },
      { start: h2 + 2, end: h2 + 2, newText: '进一步' }, // an insertion right after the number
      { start: h2 + 8, end: h2 + 8, newText: '，抓好落实' },
    ];
    const out = writeRevisions(bytes, edits, [], OPTIONS);
    expect(out.refused).toEqual([]);
    expect(out.changes).toBe(4);
    const after = readDocx(out.bytes).text;
    expect(after).toBe(applyEdits(text, edits));
    expect(after.split('\n')[3]).toBe('一、提高思想认识，统一行动');
    expect(after.split('\n')[5]).toBe('二、进一步突出工作重点，抓好落实');
    const before = unzipSync(bytes);
    const written = unzipSync(out.bytes);
    for (const part of Object.keys(before)) if (part !== 'word/document.xml') expect(Buffer.from(written[part]!).equals(Buffer.from(before[part]!)), part).toBe(true);
    const xml = strFromU8(written['word/document.xml']!);
    expect(xml).not.toMatch(/>[一二三]、/); // no label text in any run
    expect(xml.match(/<w:pStyle w:val="Heading1"\/>/g)).toHaveLength(3);
  });

  it('a fix that touches a number is not written: it becomes a comment and is reported', () => {
    const edits: TextEdit[] = [
      { start: h2, end: h2 + 2, newText: '三、' }, // the number itself
      { start: h2 - 1, end: h2, newText: '' }, // joining a numbered paragraph to the one before
      { start: h1 + 5, end: h1 + 5, newText: '\n' }, // splitting a numbered paragraph
      { start: h1 + 1, end: h1 + 3, newText: '、' }, // half in the number
      { start: h1 + 9, end: h1 + 10, newText: '，' }, // elsewhere in the line: written
    ];
    const out = writeRevisions(bytes, edits, [], OPTIONS);
    expect(out.refused).toHaveLength(4);
    expect(out.refused).toEqual(expect.arrayContaining(edits.slice(0, 4)));
    expect(out.changes).toBe(1);
    expect(out.comments).toBe(4);
    expect(readDocx(out.bytes).text).toBe(applyEdits(text, edits.slice(4)));
    const comments = strFromU8(unzipSync(out.bytes)['word/comments.xml']!);
    expect(comments).toContain('自动编号');
    expect(comments).toContain('建议将“二、”改为“三、”');
    // --fix-dry-run leaves out the same edits (it asks untrackable, as the writer does).
    expect(untrackable(read.lines, edits)).toEqual(edits.slice(0, 4));
    expect(untrackable(read.lines, edits.slice(4))).toEqual([]);
    // Without comments the refused fixes are only reported.
    const bare = writeRevisions(bytes, edits, [], OPTIONS, { refusedAsComments: false });
    expect(bare.refused).toHaveLength(4);
    expect(bare.comments).toBe(0);
  });

  it('--fix on the draft: the safe fixes beside the numbers are tracked, the accepted text is right', () => {
    fs.writeFileSync(path.join(dir, 'fix.docx'), bytes);
    const r = runCli(['--fix', '--no-comments', '--format', 'json', 'fix.docx'], { cwd: dir });
    expect(r.stderr).toContain('已写入');
    const fixed = readDocx(fs.readFileSync(path.join(dir, 'fix.speechcheck.docx'))).text.split('\n');
    expect(fixed[3]).toBe('一、提高思想认识，统一行动');
    expect(fixed[5]).toBe('二、突出工作重点');
  });
});
