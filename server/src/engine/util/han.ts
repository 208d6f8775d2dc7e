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

const [[EXT_A_FROM, EXT_A_TO], [URO_FROM, URO_TO], [COMPAT_FROM, COMPAT_TO]] = HAN_RANGES as ReadonlyArray<readonly [number, number]> as [
  readonly [number, number],
  readonly [number, number],
  readonly [number, number],
];

/**
 * Whether the UTF-16 code unit `c` is a Chinese character: the three blocks compared in turn,
 * the main block first (a loop over HAN_RANGES, with its destructuring, is what a cold
 * command's interpreter ran for every character of a draft).
 */
export function isHanCode(c: number): boolean {
  return (c >= URO_FROM && c <= URO_TO) || (c >= EXT_A_FROM && c <= EXT_A_TO) || (c >= COMPAT_FROM && c <= COMPAT_TO);
}

/** Whether `s` starts with a Chinese character. */
export function startsWithHan(s: string): boolean {
  return isHan(s[0]);
}

/** Whether `s` ends with a Chinese character. */
export function endsWithHan(s: string): boolean {
  return isHan(s[s.length - 1]);
}

const HAN_RUNS_RE = new RegExp(`${HAN_CLASS}+`, 'g');

/** How many Chinese characters `s` holds: what is left without them, by the regular-expression engine (no array of matches). */
export function countHan(s: string): number {
  return s.length - s.replace(HAN_RUNS_RE, '').length;
}
