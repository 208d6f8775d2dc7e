/**
 * Chinese numerals, one place for each direction: `chineseNumeral` writes a number
 * (12 → 十二); `chineseNumberValue` reads a strict 1–99 (formulations: 十四五 → 14, 5);
 * `numeralValue` reads a heading's or an announcement's count, Arabic or Chinese up to the
 * hundreds (一百零八, 12); `dateNumberValue` reads a date's parts (二〇二四, 十二).
 */

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const VALUES: Record<string, number> = { '〇': 0, '○': 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 1 → 一, 12 → 十二, 23 → 二十三 (up to 99; larger numbers stay in Arabic numerals). */
export function chineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n]!;
  if (n < 100) {
    const tens = Math.floor(n / 10);
    const ones = n % 10;
    return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
  }
  return String(n);
}

/** The value of a Chinese number from 1 to 99 (`十四` → 14, `两` → 2), or undefined. */
export function chineseNumberValue(s: string): number | undefined {
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || s === '') return undefined;
  const [, a, ten, b] = m;
  if (!ten) return a && !b ? VALUES[a] : undefined;
  if (a === '两') return undefined;
  return (a ? VALUES[a]! : 1) * 10 + (b ? VALUES[b]! : 0);
}

/** A count as headings and announcements write it: `12`, 一 → 1, 十二 → 12, 一百零八 → 108. */
export function numeralValue(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  if (!/^[〇零一二两三四五六七八九十百]+$/.test(s)) return undefined;
  let total = 0;
  let current = 0;
  for (const ch of s) {
    if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else current = VALUES[ch] ?? 0;
  }
  return total + current;
}

/** Each Chinese digit as its Arabic one (`二〇〇九年三月` → `2009年3月`; 〇, ○ and 零 are 0); the rest as it is. */
export function arabicDigits(text: string): string {
  return text.replace(/[〇○零一二三四五六七八九]/g, (c) => String(VALUES[c]));
}

/** A date's part: `二〇二四` → 2024 (digit by digit); `十二` → 12, `三十一` → 31 (no 两). */
export function dateNumberValue(text: string): number | undefined {
  if (/^[〇○零一二三四五六七八九]{4}$/.test(text)) return Number([...text].map((c) => VALUES[c]).join(''));
  return text.includes('两') ? undefined : chineseNumberValue(text);
}
