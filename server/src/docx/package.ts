/**
 * The .docx package (an OPC zip) read and written with fflate. Reading is bounded: the file
 * size, each part's declared size and the sum of them are checked before anything is
 * inflated, and fflate inflates into a buffer of the declared size, so a part that lies about
 * its size cannot grow past it (a zip bomb costs time, not memory). Writing keeps the parts'
 * order, names and compression (stored stays stored) and the bytes of every part not replaced.
 */
import type * as Fflate from 'fflate';
import type { Zippable } from 'fflate';
import { DocxError } from './errors';

let fflateLib: typeof Fflate | undefined;
/** fflate, loaded at the first Word file: its tables cost every run a few ms at start. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const fflate = (): typeof Fflate => (fflateLib ??= require('fflate') as typeof Fflate);

/** A Word file this large is refused before it is read (images are the bulk of a big draft). */
export const MAX_DOCX_BYTES = 200 * 1024 * 1024;
/** An XML part (the body, the content types, a relationships part) is at most this big unpacked. */
export const MAX_XML_PART_BYTES = 64 * 1024 * 1024;
/** All parts together, unpacked, when the whole package is read for writing. */
export const MAX_TOTAL_BYTES = 512 * 1024 * 1024;

const MB = 1024 * 1024;

export interface PackageEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  compression: number;
  data: Uint8Array;
}

export interface DocxPackage {
  /** In the zip's own order. */
  entries: PackageEntry[];
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

export function looksLikeZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, EMPTY_ZIP_MAGIC);
}

export function looksLikeOle(bytes: Uint8Array): boolean {
  return startsWith(bytes, OLE_MAGIC);
}

/**
 * An OLE compound file is either an old .doc or an encrypted OOXML package (Office wraps
 * the encrypted zip in an OLE container with `EncryptionInfo` and `EncryptedPackage` streams).
 * The stream names are stored in UTF-16LE in the directory; their presence tells the two apart.
 */
export function oleProblem(bytes: Uint8Array): DocxError {
  const needle = Buffer.from('EncryptedPackage', 'utf16le');
  const hay = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return hay.indexOf(needle) >= 0 ? new DocxError('encrypted') : new DocxError('legacy-doc');
}

/** Checks the container before unzipping: size, OLE (old .doc / encrypted), zip magic. */
export function checkContainer(bytes: Uint8Array): void {
  if (bytes.length > MAX_DOCX_BYTES) {
    throw new DocxError('too-large', { size: (bytes.length / MB).toFixed(1), limit: MAX_DOCX_BYTES / MB });
  }
  if (looksLikeOle(bytes)) throw oleProblem(bytes);
  if (!looksLikeZip(bytes)) throw new DocxError('corrupt', { reason: '不是 zip 文件 / not a zip file' });
}

/**
 * Unzips the parts `want` accepts (all when absent), each declared size within its limit.
 * `limitFor(name)` gives the per-part limit; the total is bounded by MAX_TOTAL_BYTES.
 */
export function unzipParts(
  bytes: Uint8Array,
  want?: (name: string) => boolean,
  limitFor: (name: string) => number = () => MAX_XML_PART_BYTES,
): DocxPackage {
  checkContainer(bytes);
  const order: Array<{ name: string; compression: number }> = [];
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = fflate().unzipSync(bytes, {
      filter: (f) => {
        if (want && !want(f.name)) return false;
        const limit = limitFor(f.name);
        if (f.originalSize > limit) throw new DocxError('bomb', { part: f.name, limit: Math.round(limit / MB) });
        total += f.originalSize;
        if (total > MAX_TOTAL_BYTES) throw new DocxError('bomb', { part: '全部内容 / all parts', limit: MAX_TOTAL_BYTES / MB });
        // A deflated part that claims to expand more than 1000-fold is a bomb too.
        if (f.compression === 8 && f.originalSize > 1024 * 1024 && f.originalSize > f.size * 1032) {
          throw new DocxError('bomb', { part: f.name, limit: Math.round(limit / MB) });
        }
        order.push({ name: f.name, compression: f.compression });
        return true;
      },
    });
  } catch (e) {
    if (e instanceof DocxError) throw e;
    throw new DocxError('corrupt', { reason: (e as Error).message });
  }
  return {
    entries: order.filter((o) => files[o.name] !== undefined).map((o) => ({ ...o, data: files[o.name]! })),
  };
}

export function partText(pkg: DocxPackage, name: string): string | undefined {
  const e = pkg.entries.find((x) => x.name === name);
  return e ? fflate().strFromU8(e.data) : undefined;
}

/** Zips the entries back in their order; stored parts stay stored. */
export function zipPackage(pkg: DocxPackage): Uint8Array {
  const z: Zippable = {};
  for (const e of pkg.entries) z[e.name] = [e.data, { level: e.compression === 0 ? 0 : 6 }];
  return fflate().zipSync(z);
}
