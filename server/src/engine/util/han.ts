/**
 * What counts as a Chinese character, in one table: the CJK Unified Ideographs, their
 * Extension A and the compatibility ideographs (BMP blocks; astral ideographs are rare in
 * speech drafts and take two UTF-16 units). Rules and analyses build their patterns from it:
 * no other file writes these ranges.
 */

/** The blocks, as ranges of UTF-16 code units (inclusive). */
export const HAN_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x3400, 0x4dbf], // CJK Unified Ideographs Extension A
  [0x4e00, 0x9fff], // CJK Unified Ideographs
  [0xf900, 0xfaff], // CJK Compatibility Ideographs
];

const escape = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;

/**
 * The ranges as regular-expression source, for use inside a character class of a larger
 * pattern: `new RegExp(`[${HAN}、，]`)`, `[^${HAN}]`.
 */
export const HAN = HAN_RANGES.map(([a, b]) => `${escape(a)}-${escape(b)}`).join('');

/** One Chinese character, as regular-expression source: `new RegExp(`${HAN_CLASS}{2,}`)`. */
export const HAN_CLASS = `[${HAN}]`;

/** One Chinese character anywhere in a string. */
export const HAN_CHAR_RE = new RegExp(HAN_CLASS);

const ONE_HAN_RE = new RegExp(`^${HAN_CLASS}$`);

/** Whether `ch` is one Chinese character. */
export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && ONE_HAN_RE.test(ch);
}

/** Whether the UTF-16 code unit `c` is a Chinese character. */
export function isHanCode(c: number): boolean {
  for (const [a, b] of HAN_RANGES) if (c >= a && c <= b) return true;
  return false;
}

/** Whether `s` starts with a Chinese character. */
export function startsWithHan(s: string): boolean {
  return isHan(s[0]);
}

/** Whether `s` ends with a Chinese character. */
export function endsWithHan(s: string): boolean {
  return isHan(s[s.length - 1]);
}

const HAN_ALL_RE = new RegExp(HAN_CLASS, 'g');

/** How many Chinese characters `s` holds. */
export function countHan(s: string): number {
  return s.match(HAN_ALL_RE)?.length ?? 0;
}
