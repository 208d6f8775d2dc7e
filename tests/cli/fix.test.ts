/**
 * `--fix` writes a draft back in its own encoding, BOM and line endings, changing only the
 * fixed characters: every case compares the whole file, byte for byte, with the original
 * where only the fixed text was replaced. `--fix-dry-run` shows the same change as a diff.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli, scratchDir } from './cli-helpers';

beforeAll(() => {
  ensureBuilt();
});

/** Pinned so that fixes of rules still being written do not change these expectations. */
const RULES = ['--rule', 'date-format,date-weekday,placeholder'];

const LINES = [
  '在全市春季农业生产工作会议上的讲话',
  '（2024年3月15日）',
  '',
  '同志们：',
  '会议定于2024-03-20召开，2024年3月15日（星期四）已作部署。',
  '全市粮食播种面积稳定在XX万亩以上。',
  '',
];
const FIXED_LINES = LINES.map((l) => l.replace('2024-03-20', '2024年3月20日').replace('（星期四）', '（星期五）'));

interface Case {
  name: string;
  eol: string;
  bytes(text: string): Buffer;
}

const utf16be = (text: string): Buffer => {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
};

const CASES: Case[] = [
  { name: 'GB18030 with CRLF', eol: '\r\n', bytes: (t) => iconv.encode(t, 'gb18030') },
  { name: 'UTF-16LE with BOM', eol: '\n', bytes: (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]) },
  { name: 'UTF-16BE with BOM and CRLF', eol: '\r\n', bytes: (t) => Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(t)]) },
  { name: 'UTF-8 with BOM and CR', eol: '\r', bytes: (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, 'utf8')]) },
  { name: 'UTF-8 without BOM, mixed line endings', eol: 'mixed', bytes: (t) => Buffer.from(t, 'utf8') },
];

function join(lines: string[], eol: string): string {
  if (eol !== 'mixed') return lines.join(eol);
  return lines.map((l, i) => l + (i === lines.length - 1 ? '' : i % 2 ? '\r\n' : '\n')).join('');
}

describe('--fix round trip', () => {
  it.each(CASES)('$name: only the fixed bytes change', (c) => {
    const dir = scratchDir('fix');
    const file = path.join(dir, 'draft.txt');
    const before = c.bytes(join(LINES, c.eol));
    fs.writeFileSync(file, before);

    const r = runCli([...RULES, '--fix', '-f', 'json', 'draft.txt'], { cwd: dir });
    const after = fs.readFileSync(file);
    expect(after.equals(c.bytes(join(FIXED_LINES, c.eol)))).toBe(true);
    // Bytes before the first fix and after the last are untouched.
    const firstDiff = before.findIndex((b, i) => after[i] !== b);
    expect(before.subarray(0, firstDiff).equals(after.subarray(0, firstDiff))).toBe(true);
    expect(r.stderr).toContain('已修复 draft.txt：2 处');
    // What remains is reported; the slot still makes it exit 1.
    const [result] = JSON.parse(r.stdout) as Array<{ diagnostics: Array<{ rule: string }> }>;
    expect(result!.diagnostics.map((d) => d.rule)).toEqual(['placeholder']);
    expect(r.code).toBe(1);

    // Fixing again changes nothing.
    runCli([...RULES, '--fix', 'draft.txt'], { cwd: dir });
    expect(fs.readFileSync(file).equals(after)).toBe(true);
  });

  it('a file with nothing to fix is not rewritten', () => {
    const dir = scratchDir('fix-none');
    const file = path.join(dir, 'ok.txt');
    fs.writeFileSync(file, iconv.encode(join(FIXED_LINES, '\r\n'), 'gb18030'));
    const stamp = new Date(2001, 0, 1);
    fs.utimesSync(file, stamp, stamp);
    const r = runCli([...RULES, '--fix', 'ok.txt'], { cwd: dir });
    expect(fs.statSync(file).mtime.getTime()).toBe(stamp.getTime());
    expect(r.stderr).not.toContain('已修复');
  });
});

describe('--fix-dry-run', () => {
  it('prints a unified diff and writes nothing', () => {
    const dir = scratchDir('dry');
    const file = path.join(dir, 'draft.txt');
    const before = iconv.encode(join(LINES, '\r\n'), 'gb18030');
    fs.writeFileSync(file, before);
    const r = runCli([...RULES, '--fix-dry-run', 'draft.txt'], { cwd: dir });
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(r.stdout).toBe(
      [
        '--- draft.txt',
        '+++ draft.txt',
        '@@ -4,3 +4,3 @@',
        ' 同志们：',
        '-会议定于2024-03-20召开，2024年3月15日（星期四）已作部署。',
        '+会议定于2024年3月20日召开，2024年3月15日（星期五）已作部署。',
        ' 全市粮食播种面积稳定在XX万亩以上。',
        '',
      ].join('\n'),
    );
    expect(r.code).toBe(1);
  });

  it('says so when there is nothing to fix', () => {
    const dir = scratchDir('dry-none');
    fs.writeFileSync(path.join(dir, 'ok.txt'), join(FIXED_LINES, '\n'));
    const r = runCli(['--rule', 'date-format,date-weekday', '--fix-dry-run', 'ok.txt'], { cwd: dir });
    expect(r.stdout).toContain('没有可自动修复的问题');
    expect(r.code).toBe(0);
  });
});
