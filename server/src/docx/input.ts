/**
 * The command line's way into a Word file: which inputs are Word files, and reading one into
 * its body text, every failure a single message naming the file.
 */
import * as fs from 'node:fs';
import { DocxError } from './errors';
import { checkContainer, looksLikeOle, looksLikeZip, MAX_DOCX_BYTES, oleProblem } from './package';
import { readDocx, type ReadDocx } from './read';

const WORD_EXT = /\.(docx|docm|dotx|dotm)$/i;
const LEGACY_EXT = /\.(doc|dot|wps)$/i;

/** A Word file by its name: the .docx family, and the old binary .doc (refused with advice). */
export function isWordPath(file: string): boolean {
  return WORD_EXT.test(file) || LEGACY_EXT.test(file);
}

export type WordRead = { ok: true; bytes: Uint8Array; docx: ReadDocx } | { ok: false; message: string };

export function readWordFile(absolute: string, file: string): WordRead {
  let bytes: Uint8Array;
  try {
    const size = fs.statSync(absolute).size;
    if (size > MAX_DOCX_BYTES) {
      throw new DocxError('too-large', { size: (size / 1024 / 1024).toFixed(1), limit: MAX_DOCX_BYTES / 1024 / 1024 });
    }
    bytes = fs.readFileSync(absolute);
  } catch (e) {
    if (e instanceof DocxError) return { ok: false, message: e.messageFor(file) };
    return { ok: false, message: `无法读取 ${file}：${(e as Error).message} / cannot read ${file}: ${(e as Error).message}` };
  }
  return readWordBytes(bytes, file);
}

export function readWordBytes(bytes: Uint8Array, file: string): WordRead {
  try {
    if (LEGACY_EXT.test(file) && !looksLikeZip(bytes)) {
      // An old .doc (or a .doc that is really a .docx, which is then read as one).
      throw looksLikeOle(bytes) ? oleProblem(bytes) : new DocxError('legacy-doc');
    }
    checkContainer(bytes);
    return { ok: true, bytes, docx: readDocx(bytes) };
  } catch (e) {
    if (e instanceof DocxError) return { ok: false, message: e.messageFor(file) };
    throw e;
  }
}
