import { chineseNumberValue, chineseNumeral } from '../util/numerals';

/**
 * How a formulation may be miswritten with Arabic numerals: each run of Chinese
 * numerals split into numbers, some of them written in digits (`十四五` → `14五`,
 * `五大产业` → `5大产业`). Variants ending in a digit (`145`, `六个1`) are left out: they
 * read as quantities.
 */
export function arabicVariants(term: string): string[] {
  const out = new Set<string>();
  const parts = term.split(/([一二两三四五六七八九十]+)/);
  const options: string[][] = parts.map((p, i) => (i % 2 === 1 ? runVariants(p) : [p]));
  const build = (i: number, acc: string) => {
    if (i === options.length) {
      // All digits (`145`) or ending in a digit (`六个1`, `十四5`) reads as a quantity.
      if (acc !== term && !/[0-9]$/.test(acc)) out.add(acc);
      return;
    }
    for (const o of options[i]!) build(i + 1, acc + o);
  };
  build(0, '');
  return [...out];
}

/**
 * Ways to write a run of Chinese numerals with some of its numbers in digits. The run is
 * read greedily (`十四五` = 十四 + 五). Two numbers in digits side by side (`145`) would
 * read as one number, so never.
 */
function runVariants(run: string): string[] {
  const pieces: Array<{ cn: string; value?: number }> = [];
  for (let i = 0; i < run.length; ) {
    let len = Math.min(3, run.length - i);
    while (len > 1 && chineseNumberValue(run.slice(i, i + len)) === undefined) len--;
    const cn = run.slice(i, i + len);
    const value = chineseNumberValue(cn);
    pieces.push(value === undefined ? { cn } : { cn, value });
    i += len;
  }
  const results: string[] = [];
  const walk = (k: number, acc: string, prevDigits: boolean) => {
    if (k === pieces.length) {
      results.push(acc);
      return;
    }
    const p = pieces[k]!;
    walk(k + 1, acc + p.cn, false);
    if (p.value !== undefined && !prevDigits) walk(k + 1, acc + String(p.value), true);
  };
  walk(0, '', false);
  return results;
}

/** A count and 个 or 大 before a name, not before a unit of time or quantity (`2个小时`, `3个百分点`). */
const ARABIC_NAME_RE = /^([1-9]|10)([个大])(?!小时|钟头|百分点|工作日|星期|季度|年度|月份|[百千万亿])([\u4e00-\u9fff]{2,4})$/;

/**
 * The Chinese form of a formulation's name quoted in Arabic numerals (`5个必须` → `五个必须`,
 * `2大目标` → `两大目标`; GB/T 15835 writes such names in Chinese numerals): a count of one
 * to ten before 个 or 大 and two to four characters. Undefined for anything else (`3个1亿人`,
 * `2号线`, `5G`, `12个重点`).
 */
export function chineseNameOf(quoted: string): string | undefined {
  const m = ARABIC_NAME_RE.exec(quoted);
  if (!m) return undefined;
  const n = Number(m[1]);
  return (n === 2 ? '两' : chineseNumeral(n)) + m[2]! + m[3]!;
}
