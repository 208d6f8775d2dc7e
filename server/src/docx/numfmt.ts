/**
 * A list counter as Word displays it in a numbering format (ECMA-376 Part 1 §17.18.59,
 * ST_NumberFormat). Formats Word drafts use for headings are written out; any other format
 * reads as decimal, which keeps the count right even where the glyph is not.
 */

const CN_DIGITS = '〇一二三四五六七八九';
const CN_UNITS = ['', '十', '百', '千'];
const LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';
const LEGAL_UNITS = ['', '拾', '佰', '仟'];
const STEMS = '甲乙丙丁戊己庚辛壬癸';
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥';
const FULL_WIDTH_ZERO = 0xff10;
const CIRCLED_ONE = 0x2460; // ① … ⑳ are U+2460 … U+2473

/** 0 … 9999 in Chinese counting: 十, 十一, 二十, 一百零一, 一千零一十. */
function chineseBelowMyriad(n: number, digits: string, units: readonly string[], dropLeadingOneTen: boolean, zero: string): string {
  if (n === 0) return digits[0]!;
  const ds = String(n).split('').map(Number);
  let out = '';
  let pendingZero = false;
  for (let i = 0; i < ds.length; i++) {
    const d = ds[i]!;
    const unit = units[ds.length - 1 - i]!;
    if (d === 0) {
      pendingZero = out !== '';
      continue;
    }
    if (pendingZero) out += zero;
    pendingZero = false;
    // 10-19 read 十, 十一 … (not 一十) when the ten leads.
    if (!(dropLeadingOneTen && d === 1 && unit === units[1] && out === '')) out += digits[d]!;
    out += unit;
  }
  return out;
}

/** Chinese counting up to 99 999 999 (万 groups); larger counters read as decimal. */
function chinese(n: number, legal: boolean): string {
  const digits = legal ? LEGAL_DIGITS : CN_DIGITS;
  const units = legal ? LEGAL_UNITS : CN_UNITS;
  const zero = '零';
  if (n >= 100_000_000) return String(n);
  const high = Math.floor(n / 10_000);
  const low = n % 10_000;
  if (high === 0) return chineseBelowMyriad(low, digits, units, !legal, zero);
  let out = chineseBelowMyriad(high, digits, units, !legal, zero) + '万';
  if (low > 0) out += (low < 1000 ? zero : '') + chineseBelowMyriad(low, digits, units, false, zero);
  return out;
}

/** Japanese counting: no 零 for a gap and no 一 before 十, 百, 千 (百十一). */
function japanese(n: number): string {
  if (n === 0 || n >= 10_000) return n === 0 ? '〇' : String(n);
  const ds = String(n).split('').map(Number);
  let out = '';
  for (let i = 0; i < ds.length; i++) {
    const d = ds[i]!;
    const unit = CN_UNITS[ds.length - 1 - i]!;
    if (d === 0) continue;
    if (!(d === 1 && unit !== '')) out += CN_DIGITS[d]!;
    out += unit;
  }
  return out;
}

/** A, B … Z, AA, BB … (Word repeats the letter). */
function letters(n: number, base: number): string {
  if (n <= 0) return String(n);
  const letter = String.fromCharCode(base + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

const ROMAN: Array<[number, string]> = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  let out = '';
  let rest = n;
  for (const [value, glyph] of ROMAN) {
    while (rest >= value) {
      out += glyph;
      rest -= value;
    }
  }
  return out;
}

/** Cycles through a fixed sequence (甲乙丙…, 子丑寅…). */
function cycle(n: number, symbols: string): string {
  return n <= 0 ? String(n) : symbols[(n - 1) % symbols.length]!;
}

/** `n` in format `fmt`; `bullet` and `none` give ''. */
export function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'none':
    case 'bullet':
      return '';
    case 'decimalZero':
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(FULL_WIDTH_ZERO + Number(d)));
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return n < 0 ? String(n) : chinese(n, false);
    case 'chineseLegalSimplified':
      return n < 0 ? String(n) : chinese(n, true);
    case 'japaneseCounting':
      return n < 0 ? String(n) : japanese(n);
    case 'ideographTraditional':
      return cycle(n, STEMS);
    case 'ideographZodiac':
      return cycle(n, BRANCHES);
    // Past ⑳ (past ⑩ for the Chinese variant) ST_NumberFormat lets plain digits stand in.
    case 'decimalEnclosedCircle':
      return n >= 1 && n <= 20 ? String.fromCharCode(CIRCLED_ONE + n - 1) : String(n);
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 10 ? String.fromCharCode(CIRCLED_ONE + n - 1) : String(n);
    case 'upperLetter':
      return letters(n, 65);
    case 'lowerLetter':
      return letters(n, 97);
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    default:
      return String(n);
  }
}
