/**
 * What counts as a Chinese character, in one table: the CJK Unified Ideographs, their
 * Extension A and the compatibility ideographs (BMP blocks; astral ideographs are rare in
 * speech drafts and take two UTF-16 units). Rules and analyses build their patterns from it.
 */

/** The ranges, for use inside a character class: `[${HAN}]`. */
export const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';

/** One Chinese character anywhere in a string. */
export const HAN_CHAR_RE = new RegExp(`[${HAN}]`);

const ONE_HAN_RE = new RegExp(`^[${HAN}]$`);

/** Whether `ch` is one Chinese character. */
export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && ONE_HAN_RE.test(ch);
}

/** Whether the UTF-16 code unit `c` is a Chinese character. */
export function isHanCode(c: number): boolean {
  return (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}
