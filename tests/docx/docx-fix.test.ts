/**
 * `--fix` on a Word draft: a reviewed copy beside it with tracked changes and comments. The
 * proof that the changes are right is the text: accepting every revision (the reader applies
 * w:ins and drops w:del) gives exactly what `--fix` gives for the same draft as plain text.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli, scratchDir } from '../cli/cli-helpers';
import { readDocx } from '../../server/src/docx/read';
import { writeRevisions } from '../../server/src/docx/write';
import { applyEdits } from '../../server/src/engine/fix/fix';
import { draftToDocx } from './fixtures';
import { docxName, SCENARIO_DRAFTS, SCENARIO_NAMES, writeScenarioDrafts } from './scenario-drafts';

const DRAFTS = SCENARIO_DRAFTS;
const NAMES = SCENARIO_NAMES;
const outName = (name: string): string => name.replace(/\.txt$/, '.speechcheck.docx');
const REVISION_PARTS = new Set(['word/document.xml', 'word/comments.xml', '[Content_Types].xml', 'word/_rels/document.xml.rels']);
let dir: string;

beforeAll(async () => {
  ensureBuilt();
  dir = scratchDir('docx-fix');
  await writeScenarioDrafts(dir);
}, 60_000);

describe('speechcheck --fix on a .docx', () => {
  it.each(NAMES)('%s: accepting all revisions gives the text --fix gives', (name) => {
    const original = fs.readFileSync(path.join(dir, docxName(name)));
    const r = runCli(['--fix', '--format', 'json', docxName(name)], { cwd: dir });
    expect([0, 1]).toContain(r.code);
    // The original is untouched.
    expect(fs.readFileSync(path.join(dir, docxName(name))).equals(original)).toBe(true);
    const plainDir = scratchDir('docx-fix-plain');
    fs.copyFileSync(path.join(dir, name), path.join(plainDir, name));
    runCli(['--fix', name], { cwd: plainDir });
    const fixedText = fs.readFileSync(path.join(plainDir, name), 'utf8');
    const written = path.join(dir, outName(name));
    if (!fs.existsSync(written)) {
      // Nothing to change and nothing to comment on: no file, and the text agrees.
      expect(fixedText).toBe(fs.readFileSync(path.join(dir, name), 'utf8'));
      expect(r.stderr).toContain('未生成文件');
      return;
    }
    const out = fs.readFileSync(written);
    expect(readDocx(out).text).toBe(fixedText);
    // The findings printed are those left after the fixes, as for a text file.
    expect(JSON.parse(r.stdout)[0].diagnostics).toEqual(JSON.parse(runCli(['--format', 'json', name], { cwd: plainDir }).stdout)[0].diagnostics);

    // Every other part byte for byte, in the same order.
    const before = unzipSync(original);
    const after = unzipSync(out);
    for (const [part, bytes] of Object.entries(before)) {
      if (REVISION_PARTS.has(part)) continue;
      expect(Buffer.from(after[part]!).equals(Buffer.from(bytes)), part).toBe(true);
    }
    expect(Object.keys(after).slice(0, Object.keys(before).length)).toEqual(Object.keys(before));
  });

  it('tracked changes carry the author, a date and the formatting of the text they replace', () => {
    const name = NAMES.find((n) => fs.existsSync(path.join(dir, outName(n))) && strFromU8(unzipSync(fs.readFileSync(path.join(dir, outName(n))))['word/document.xml']!).includes('<w:ins'))!;
    expect(name).toBeDefined();
    const xml = strFromU8(unzipSync(fs.readFileSync(path.join(dir, outName(name))))['word/document.xml']!);
    const revisions = [...xml.matchAll(/<w:(ins|del) w:id="\d+" w:author="([^"]*)" w:date="([^"]*)">/g)];
    expect(revisions.length).toBeGreaterThan(0);
    for (const m of revisions) {
      expect(m[2]).toBe('讲话稿校对');
      expect(m[3]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    }
    // A replacement: the inserted run's properties are the deleted run's.
    const pairs = [...xml.matchAll(/<w:del [^>]*><w:r>(<w:rPr>.*?<\/w:rPr>)<w:delText[^>]*>[^<]*<\/w:delText><\/w:r><\/w:del><w:ins [^>]*><w:r>(<w:rPr>.*?<\/w:rPr>)/g)];
    expect(pairs.length).toBeGreaterThan(0);
    for (const p of pairs) expect(p[2]).toBe(p[1]);
  });

  it('findings without a safe fix become comments, anchored, beside the comment already there', () => {
    const name = NAMES[0]!; // the template draft: open slots have no safe fix
    const parts = unzipSync(fs.readFileSync(path.join(dir, outName(name))));
    const comments = strFromU8(parts['word/comments.xml']!);
    const xml = strFromU8(parts['word/document.xml']!);
    const ids = [...comments.matchAll(/<w:comment w:id="(\d+)" w:author="讲话稿校对"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(0);
    expect(comments).toContain('w:author="办公室"'); // the draft's own comment is kept
    expect(comments).toContain('placeholder');
    for (const id of ids) {
      expect(xml).toContain(`<w:commentRangeStart w:id="${id}"/>`);
      expect(xml).toContain(`<w:commentRangeEnd w:id="${id}"/>`);
      expect(xml).toContain(`<w:commentReference w:id="${id}"/>`);
    }
  });

  it('--no-comments writes only the changes, --comments-only only the comments, --in-place replaces the file', async () => {
    const name = NAMES[0]!;
    const sub = scratchDir('docx-modes');
    const text = fs.readFileSync(path.join(DRAFTS, name), 'utf8');
    fs.writeFileSync(path.join(sub, 'a.docx'), await draftToDocx(text, { plain: true }));
    runCli(['--fix', '--no-comments', 'a.docx'], { cwd: sub });
    let parts = unzipSync(fs.readFileSync(path.join(sub, 'a.speechcheck.docx')));
    expect(parts['word/comments.xml']).toBeUndefined();
    expect(strFromU8(parts['word/document.xml']!)).toContain('<w:ins ');

    const only = runCli(['--comments-only', 'a.docx'], { cwd: sub });
    expect(only.stderr).toContain('批注');
    parts = unzipSync(fs.readFileSync(path.join(sub, 'a.speechcheck.docx')));
    const xml = strFromU8(parts['word/document.xml']!);
    expect(xml).not.toContain('<w:ins ');
    expect(xml).not.toContain('<w:del ');
    expect(strFromU8(parts['word/comments.xml']!)).toContain('讲话稿校对');
    expect(strFromU8(parts['[Content_Types].xml']!)).toContain('/word/comments.xml');
    expect(strFromU8(parts['word/_rels/document.xml.rels']!)).toContain('relationships/comments');
    expect(readDocx(fs.readFileSync(path.join(sub, 'a.speechcheck.docx'))).text).toBe(text);

    const before = fs.readFileSync(path.join(sub, 'a.docx'));
    runCli(['--fix', '--in-place', 'a.docx'], { cwd: sub });
    expect(fs.readFileSync(path.join(sub, 'a.docx')).equals(before)).toBe(false);
    expect(readDocx(fs.readFileSync(path.join(sub, 'a.docx'))).text).not.toBe(text);

    expect(runCli(['--comments-only', '--no-comments', 'a.docx'], { cwd: sub }).code).toBe(2);
  });
});

describe('writeRevisions', () => {
  const base = '第一行文字。\n第二段在这里\n继续写完。\n\n末行';
  let bytes: Buffer;
  beforeAll(async () => {
    bytes = await draftToDocx(base);
  });

  const cases: Array<[string, Array<{ start: number; end: number; newText: string }>]> = [
    ['a paragraph mark deleted (lines joined)', [{ start: base.indexOf('这里') + 2, end: base.indexOf('这里') + 3, newText: '' }]],
    ['a paragraph inserted (line break added)', [{ start: 3, end: 3, newText: '\n' }]],
    ['a replacement across two paragraphs with a line break in it', [{ start: 2, end: base.indexOf('在'), newText: '甲\n乙\n丙' }]],
    ['an insertion into an empty paragraph and at the end', [
      { start: base.indexOf('\n\n') + 1, end: base.indexOf('\n\n') + 1, newText: '新' },
      { start: base.length, end: base.length, newText: '。' },
    ]],
    ['a tab inserted, a character deleted at the start', [{ start: 0, end: 1, newText: '' }, { start: 4, end: 4, newText: '\t' }]],
  ];
  it.each(cases)('%s: accepting gives the edited text', (_title, edits) => {
    const out = writeRevisions(bytes, edits, [], { author: '讲话稿校对', date: new Date(0) });
    expect(out.changes).toBe(edits.length);
    expect(readDocx(out.bytes).text).toBe(applyEdits(base, edits));
  });

  it('comments on empty ranges, across paragraphs and on an empty paragraph', () => {
    const comments = [
      { start: 2, end: 2, text: '整段' },
      { start: 3, end: base.indexOf('继续') + 1, text: '跨段\n第二行' },
      { start: base.indexOf('\n\n') + 1, end: base.indexOf('\n\n') + 1, text: '空段' },
    ];
    const out = writeRevisions(bytes, [{ start: 4, end: 5, newText: '字' }], comments, { author: '讲话稿校对', date: new Date(0) });
    expect(out.comments).toBe(3);
    const parts = unzipSync(out.bytes);
    const xml = strFromU8(parts['word/document.xml']!);
    expect(xml.match(/<w:commentRangeStart /g)?.length).toBe(4); // three new, one the fixture had
    expect(readDocx(out.bytes).text).toBe(applyEdits(base, [{ start: 4, end: 5, newText: '字' }]));
  });
});

describe('writeRevisions inside a hyperlink', () => {
  it('a line break inserted inside a hyperlink splits the hyperlink around the new paragraph mark', async () => {
    const { strToU8, zipSync } = await import('fflate');
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const body = `<w:p><w:r><w:t>见</w:t></w:r><w:hyperlink r:id="rId9" xmlns:r="urn:r"><w:r><w:rPr><w:u w:val="single"/></w:rPr><w:t>前文网址后文</w:t></w:r></w:hyperlink></w:p>`;
    const bytes = zipSync({
      '_rels/.rels': strToU8(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
      '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
      'word/document.xml': strToU8(`<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`),
    });
    const edits = [{ start: 3, end: 3, newText: '\n' }];
    const out = writeRevisions(bytes, edits, [{ start: 1, end: 3, text: '批注' }], { author: '讲话稿校对', date: new Date(0) });
    expect(readDocx(out.bytes).text).toBe('见前文\n网址后文');
    const xml = strFromU8(unzipSync(out.bytes)['word/document.xml']!);
    expect(xml.match(/<w:hyperlink /g)?.length).toBe(2);
    expect(xml).toContain('<w:u w:val="single"/>');
  });
});

describe('writeRevisions, any edits', () => {
  it('accepting the revisions always gives the edited text, and the package stays readable', async () => {
    const fc = await import('fast-check');
    const text = fs.readFileSync(path.join(DRAFTS, NAMES[0]!), 'utf8');
    const bytes = await draftToDocx(text); // split runs, table, text box, footnote, comment
    const edit = fc.record({
      at: fc.nat({ max: text.length }),
      len: fc.nat({ max: 12 }),
      newText: fc.constantFrom('', '甲', '“', '\n', '乙\n丙', '\t', '，'),
    });
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 8 }), fc.array(fc.tuple(fc.nat({ max: text.length }), fc.nat({ max: 30 })), { maxLength: 4 }), (raw, rawComments) => {
        // Non-overlapping, sorted edits (as the fixer produces them); no two insertions at one point.
        const edits: Array<{ start: number; end: number; newText: string }> = [];
        for (const e of [...raw].sort((a, b) => a.at - b.at)) {
          const start = e.at;
          const end = Math.min(text.length, start + e.len);
          const prev = edits[edits.length - 1];
          if (prev && (start < prev.end || start === prev.start)) continue;
          if (start === end && e.newText === '') continue;
          edits.push({ start, end, newText: e.newText });
        }
        const comments = rawComments.map(([s, l]) => ({ start: s, end: Math.min(text.length, s + l), text: '批注' }));
        const out = writeRevisions(bytes, edits, comments, { author: '讲话稿校对', date: new Date(0) });
        expect(readDocx(out.bytes).text).toBe(applyEdits(text, edits));
        const xml = strFromU8(unzipSync(out.bytes)['word/document.xml']!);
        expect(xml.match(/<w:commentRangeStart /g)?.length).toBe(comments.length + 1);
      }),
      { numRuns: Number(process.env.DOCX_RUNS ?? 60), ...(process.env.DOCX_RUNS ? {} : { seed: 14 }) },
    );
  }, 60_000);
});
