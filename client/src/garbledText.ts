/**
 * Whether a document was decoded with the wrong encoding: a GBK/GB18030 draft opened as
 * UTF-8 shows a replacement character (U+FFFD) for every Chinese character it could not
 * read, and every check on it is about the wrong text. No `vscode` import, so tests can read it.
 */

/** How much of a document is looked at: the garbling of a misread file starts at its top. */
export const GARBLED_SCAN_CHARS = 200_000;
/** Replacement characters needed, and their share of the non-space characters looked at. */
const MIN_COUNT = 3;
const MIN_SHARE = 0.02;

/** The replacement characters in the document's first GARBLED_SCAN_CHARS characters, when there are enough to mean a misread file; else 0. */
export function garbledCount(text: string): number {
  const head = text.length > GARBLED_SCAN_CHARS ? text.slice(0, GARBLED_SCAN_CHARS) : text;
  let count = 0;
  for (let at = head.indexOf('\uFFFD'); at >= 0; at = head.indexOf('\uFFFD', at + 1)) count++;
  if (count < MIN_COUNT) return 0;
  const visible = head.replace(/\s+/g, '').length;
  return count >= visible * MIN_SHARE ? count : 0;
}
