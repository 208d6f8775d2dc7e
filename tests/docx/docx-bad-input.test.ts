/**
 * Word files that cannot be checked: each gets one message naming it, exit 2, and the other
 * files on the command line are still checked and reported.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli, scratchDir } from '../cli/cli-helpers';
import { readDocx } from '../../server/src/docx/read';
import { DocxError } from '../../server/src/docx/errors';
import { draftToDocx } from './fixtures';

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const DRAFT = fs.readFileSync(path.join(__dirname, '..', 'scenarios', 'drafts', '01-template-leftovers.txt'), 'utf8');
let dir: string;
let good: Buffer;

/** The good fixture with its parts changed by `edit`. */
function repack(edit: (parts: Record<string, Uint8Array>) => Zippable): Buffer {
  return Buffer.from(zipSync(edit(unzipSync(good))));
}

beforeAll(async () => {
  ensureBuilt();
  dir = scratchDir('docx-bad');
  good = await draftToDocx(DRAFT, { plain: true });
  fs.writeFileSync(path.join(dir, 'good.docx'), good);
  // An old binary Word file: an OLE compound file with a WordDocument stream.
  fs.writeFileSync(path.join(dir, 'old.doc'), Buffer.concat([OLE, Buffer.alloc(504), Buffer.from('WordDocument', 'utf16le'), Buffer.alloc(1024)]));
  // The same saved under a .docx name.
  fs.writeFileSync(path.join(dir, 'renamed.docx'), Buffer.concat([OLE, Buffer.alloc(504), Buffer.from('WordDocument', 'utf16le'), Buffer.alloc(1024)]));
  // A password-protected .docx: Office wraps the encrypted package in an OLE container.
  fs.writeFileSync(
    path.join(dir, 'secret.docx'),
    Buffer.concat([OLE, Buffer.alloc(504), Buffer.from('EncryptionInfo', 'utf16le'), Buffer.alloc(50), Buffer.from('EncryptedPackage', 'utf16le'), crypto.randomBytes(4096)]),
  );
  fs.writeFileSync(path.join(dir, 'truncated.docx'), good.subarray(0, Math.floor(good.length / 2)));
  fs.writeFileSync(path.join(dir, 'text.docx'), '这不是 Word 文件');
  fs.writeFileSync(path.join(dir, 'empty.docx'), await draftToDocx('\n\n', { plain: true }));
  fs.writeFileSync(path.join(dir, 'nobody.docx'), repack((p) => { delete p['word/document.xml']; return p; }));
  fs.writeFileSync(
    path.join(dir, 'badxml.docx'),
    repack((p) => ({ ...p, 'word/document.xml': Buffer.from('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>') })),
  );
  // A zip bomb: a body of 80 MB that deflates to under 100 KB.
  fs.writeFileSync(path.join(dir, 'bomb.docx'), repack((p) => ({ ...p, 'word/document.xml': [new Uint8Array(80 * 1024 * 1024), { level: 9 }] })));
  // A real draft with 50 MB of photos.
  fs.writeFileSync(
    path.join(dir, 'photos.docx'),
    repack((p) => ({ ...p, 'word/media/image1.jpeg': [crypto.randomBytes(50 * 1024 * 1024), { level: 0 }] })),
  );
}, 120_000);

const cases: Array<[string, RegExp]> = [
  ['old.doc', /old\.doc 是旧版 Word 文档.*请用 Word 或 WPS 另存为 \.docx/],
  ['renamed.docx', /renamed\.docx 是旧版 Word 文档.*请用 Word 或 WPS 另存为 \.docx/],
  ['secret.docx', /secret\.docx 已加密或设有打开密码/],
  ['truncated.docx', /truncated\.docx 不是完好的 \.docx/],
  ['text.docx', /text\.docx 不是完好的 \.docx（压缩包已损坏：不是 zip 文件/],
  ['empty.docx', /empty\.docx 的正文为空/],
  ['nobody.docx', /nobody\.docx 不是 Word 文档（缺少 word\/document\.xml）/],
  ['badxml.docx', /badxml\.docx 不是完好的 \.docx.*word\/document\.xml/],
  ['bomb.docx', /bomb\.docx 解压后过大（word\/document\.xml 超过 64 MB）/],
];

describe('bad Word input', () => {
  it.each(cases)('%s: one message naming the file, exit 2, the good file still checked', (name, message) => {
    const r = runCli(['--format', 'json', name, 'good.docx'], { cwd: dir });
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    const out = JSON.parse(r.stdout);
    expect(out.map((x: { file: string }) => x.file)).toEqual(['good.docx']);
    expect(out[0].diagnostics.length).toBeGreaterThan(0);
    // --fix writes nothing for the bad file.
    runCli(['--fix', name], { cwd: dir });
    expect(fs.existsSync(path.join(dir, name.replace(/\.docx?$/, '.speechcheck.docx')))).toBe(false);
  });

  it('report names the file too', () => {
    const r = runCli(['report', 'old.doc'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/请用 Word 或 WPS 另存为 \.docx/);
  });

  it('a size that lies in the zip directory cannot make the reader allocate it', () => {
    // Declare 3 GB for the body in the central directory: refused before inflating.
    const bytes = Buffer.from(fs.readFileSync(path.join(dir, 'good.docx')));
    const cd = bytes.lastIndexOf(Buffer.from('word/document.xml'));
    const header = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), cd);
    bytes.writeUInt32LE(3 * 1024 * 1024 * 1024, header + 24);
    expect(() => readDocx(bytes)).toThrow(DocxError);
    try {
      readDocx(bytes);
    } catch (e) {
      expect((e as DocxError).problem).toBe('bomb');
    }
  });

  it('a 50 MB draft with photos is checked, and --fix keeps the photos byte for byte', () => {
    const r = runCli(['--format', 'json', 'photos.docx'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const fixed = runCli(['--fix', 'photos.docx'], { cwd: dir });
    expect(fixed.code).toBe(1);
    const before = unzipSync(fs.readFileSync(path.join(dir, 'photos.docx')), { filter: (f) => f.name.startsWith('word/media/') });
    const after = unzipSync(fs.readFileSync(path.join(dir, 'photos.speechcheck.docx')), { filter: (f) => f.name.startsWith('word/media/') });
    expect(Buffer.from(after['word/media/image1.jpeg']!).equals(Buffer.from(before['word/media/image1.jpeg']!))).toBe(true);
  });
});
