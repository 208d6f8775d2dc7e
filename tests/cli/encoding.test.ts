/**
 * Encodings are detected, not assumed, and a draft is only accepted when writing it back
 * gives the very same bytes.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode, DecodeError, dominantEol, encode, encodingLabel } from '../../server/src/cli/encoding';

const TEXT = '在全市经济工作会议上的讲话\r\n（2024年3月15日）\r\n同志们：今年以来，全市上下狠抓落实，𠮷字与€符号也要保留。\r\n';
const TRADITIONAL = '在招商引資、項目建設暨脫貧攻堅月講評活動會上的講話。同志們：剛才，有關單位作了發言；請大家認真抓好貫徹落實。';

describe('decode', () => {
  it.each([
    ['UTF-8', Buffer.from(TEXT, 'utf8'), 'UTF-8'],
    ['UTF-8 BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')]), 'UTF-8 BOM'],
    ['UTF-16LE BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(TEXT, 'utf-16le')]), 'UTF-16LE BOM'],
    ['UTF-16BE BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(TEXT, 'utf-16be')]), 'UTF-16BE BOM'],
    ['GB18030 (four-byte sequences too)', iconv.encode(TEXT, 'gb18030'), 'GB18030'],
  ])('%s is read and written back byte for byte', (_name, bytes, label) => {
    const d = decode(bytes);
    expect(d.text).toBe(TEXT);
    expect(encodingLabel(d)).toBe(label);
    expect(encode(d.text, d).equals(bytes)).toBe(true);
  });

  it('GBK (a subset of GB18030) is read', () => {
    const bytes = iconv.encode('同志们：要坚持稳中求进工作总基调。', 'gbk');
    expect(decode(bytes).text).toBe('同志们：要坚持稳中求进工作总基调。');
  });

  it('Big5 when chardet says so, not GBK mojibake', () => {
    const d = decode(iconv.encode(TRADITIONAL, 'big5'));
    expect(d.encoding).toBe('big5');
    expect(d.text).toBe(TRADITIONAL);
  });

  it.each([
    ['an overlong form', [0xc0, 0xaf]],
    ['an encoded surrogate (CESU-8)', [0xed, 0xa0, 0x80, 0xed, 0xb0, 0x80]],
    ['a cut sequence', [0xe5, 0x90]],
  ])('UTF-8 only when it writes back the same bytes: %s is not UTF-8', (_name, odd) => {
    const bytes = Buffer.concat([Buffer.from('同志们：', 'utf8'), Buffer.from(odd), Buffer.from('。', 'utf8')]);
    let d;
    try {
      d = decode(bytes);
    } catch (e) {
      expect(e).toBeInstanceOf(DecodeError);
      return;
    }
    expect(d.encoding).not.toBe('utf-8');
    expect(encode(d.text, d).equals(bytes)).toBe(true);
  });

  it('a second UTF-8 BOM is text, kept on writing back', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')]);
    const d = decode(bytes);
    expect(d.text).toBe(`\ufeff${TEXT}`);
    expect(encode(d.text, d).equals(bytes)).toBe(true);
  });

  it('ASCII is UTF-8', () => {
    expect(decode(Buffer.from('Hello\n')).encoding).toBe('utf-8');
  });

  it.each([
    ['NUL bytes', Buffer.from([0x41, 0x00, 0x42]), 'binary'],
    ['NUL bytes after a UTF-8 BOM', Buffer.from([0xef, 0xbb, 0xbf, 0x41, 0x00]), 'binary'],
    ['an odd byte count after a UTF-16 BOM', Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x42]), 'odd-utf16'],
    ['bytes valid in no supported encoding', Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0x80, 0x81, 0x7f, 0xff, 0x30, 0x81]), undefined],
  ])('refuses %s', (_name, bytes, reason) => {
    let error: unknown;
    try {
      decode(bytes);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DecodeError);
    if (reason) expect((error as DecodeError).reason).toBe(reason);
  });
});

describe('dominantEol', () => {
  it.each([
    ['a\r\nb\r\nc\nd', '\r\n'],
    ['a\nb\nc\r\nd', '\n'],
    ['a\rb\rc', '\r'],
    ['no breaks', '\n'],
  ])('%j → %j', (text, eol) => {
    expect(dominantEol(text)).toBe(eol);
  });
});
