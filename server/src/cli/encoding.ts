/**
 * Reading and writing drafts in the encoding they came in. A draft is decoded only when
 * encoding the decoded text gives back the very same bytes, so `--fix` can write the file
 * again and change nothing but the fixed characters.
 */
import type Chardet from 'chardet';
import type Iconv from 'iconv-lite';

// Loaded at the first draft that is not UTF-8 (or is written back in another encoding): their
// tables cost every run 20 ms at start.
let chardetLib: typeof Chardet | undefined;
let iconvLib: typeof Iconv | undefined;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const chardet = (): typeof Chardet => (chardetLib ??= require('chardet') as typeof Chardet);
// eslint-disable-next-line @typescript-eslint/no-require-imports
const iconv = (): typeof Iconv => (iconvLib ??= require('iconv-lite') as typeof Iconv);

export type EncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

export interface Decoded {
  text: string;
  encoding: EncodingName;
  /** Whether the file starts with a byte order mark (kept when writing back). */
  bom: boolean;
}

export class DecodeError extends Error {
  constructor(
    message: string,
    /** What went wrong, for the bilingual message: 'binary' | 'unknown' | 'odd-utf16'. */
    readonly reason: 'binary' | 'unknown' | 'odd-utf16',
    readonly guess?: string,
  ) {
    super(message);
    this.name = 'DecodeError';
  }
}

const BOMS: ReadonlyArray<{ bytes: number[]; encoding: EncodingName }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function startsWith(buf: Uint8Array, bytes: number[]): boolean {
  return buf.length >= bytes.length && bytes.every((b, i) => buf[i] === b);
}

/** C0 controls other than tab, line feed, vertical tab, form feed and carriage return. */
const CONTROL_RE = /[\u0000-\u0008\u000e-\u001f\u007f]/;

export function decode(buf: Uint8Array): Decoded {
  for (const { bytes, encoding } of BOMS) {
    if (!startsWith(buf, bytes)) continue;
    // FF FE 00 00 is UTF-32LE, which drafts never are.
    if (encoding === 'utf-16le' && buf.length >= 4 && buf[2] === 0 && buf[3] === 0) break;
    const body = buf.subarray(bytes.length);
    if (encoding === 'utf-8' && body.includes(0)) throw new DecodeError('binary data (NUL bytes)', 'binary');
    if (encoding !== 'utf-8' && body.length % 2 !== 0) {
      throw new DecodeError('odd number of bytes for UTF-16', 'odd-utf16', encoding);
    }
    const decoded: Decoded = { text: decodeBody(body, encoding), encoding, bom: true };
    return checked(buf, decoded);
  }
  if (buf.includes(0)) throw new DecodeError('binary data (NUL bytes)', 'binary');
  try {
    return checked(buf, { text: strictUtf8.decode(buf), encoding: 'utf-8', bom: false });
  } catch (e) {
    if (e instanceof DecodeError) throw e;
  }
  // Not UTF-8: a Chinese draft is GB18030/GBK, or Big5 for traditional script. Big5 bytes
  // are nearly always valid GBK too, so ask chardet which of the two it looks like.
  const guesses = chardet().analyse(buf);
  const confidence = (name: string): number => guesses.find((g) => g.name === name)?.confidence ?? 0;
  const order: EncodingName[] = confidence('Big5') > confidence('GB18030') ? ['big5', 'gb18030'] : ['gb18030', 'big5'];
  for (const encoding of order) {
    try {
      return checked(buf, { text: iconv().decode(Buffer.from(buf), encoding), encoding, bom: false });
    } catch {
      // try the next one
    }
  }
  throw new DecodeError('unknown encoding', 'unknown', guesses[0]?.name);
}

function decodeBody(body: Uint8Array, encoding: EncodingName): string {
  if (encoding === 'utf-8') return strictUtf8.decode(body);
  return iconv().decode(Buffer.from(body), encoding, { stripBOM: false });
}

/** Accepts a decoding only if it is text and encodes back to exactly the same bytes. */
function checked(buf: Uint8Array, d: Decoded): Decoded {
  // Strict UTF-8 of NUL-free bytes is text, and encodes back to the same bytes: the fatal
  // decoder refuses every byte sequence that does not (overlong forms, surrogates, cuts), and
  // the BOM, when there is one, is kept apart. No need to encode it again to compare.
  if (d.encoding === 'utf-8') return d;
  // Other decoders accept nearly any bytes.
  if (CONTROL_RE.test(d.text) || d.text.includes('\uFFFD')) {
    throw new DecodeError('not text in this encoding', 'binary');
  }
  if (!Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).equals(encode(d.text, d))) {
    throw new DecodeError(`does not round-trip as ${d.encoding}`, 'unknown', d.encoding);
  }
  return d;
}

/** Decodes bytes written by `encode` with the same encoding, for a write-back check. */
export function decodeAs(bytes: Buffer, d: Pick<Decoded, 'encoding' | 'bom'>): string {
  const bom = d.bom ? (BOMS.find((b) => b.encoding === d.encoding)?.bytes.length ?? 0) : 0;
  return decodeBody(bytes.subarray(bom), d.encoding);
}

export function encode(text: string, d: Pick<Decoded, 'encoding' | 'bom'>): Buffer {
  const body = d.encoding === 'utf-8' ? Buffer.from(text, 'utf8') : iconv().encode(text, d.encoding, { addBOM: false });
  if (!d.bom) return body;
  const bom = BOMS.find((b) => b.encoding === d.encoding);
  return bom ? Buffer.concat([Buffer.from(bom.bytes), body]) : body;
}

/** The line break a text mostly uses, for text inserted by a fix. */
export function dominantEol(text: string): '\r\n' | '\n' | '\r' {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (const m of text.matchAll(/\r\n|\n|\r/g)) {
    if (m[0] === '\r\n') crlf++;
    else if (m[0] === '\n') lf++;
    else cr++;
  }
  if (crlf > lf && crlf >= cr) return '\r\n';
  if (cr > lf && cr > crlf) return '\r';
  return '\n';
}

export function encodingLabel(d: Decoded): string {
  const name = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16LE', 'utf-16be': 'UTF-16BE', gb18030: 'GB18030', big5: 'Big5' }[d.encoding];
  return d.bom ? `${name} BOM` : name;
}
