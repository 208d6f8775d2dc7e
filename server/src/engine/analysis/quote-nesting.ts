/**
 * Quotation marks nested in another style inside a curly quotation (quotes.ts pairs the two
 * sets apart when the inner marks make whole pairs).
 */
import type { QuoteMark } from './quote-pairing';

/**
 * `以“从"政治规矩"到"行动自觉"——推动…内化于心外化于行”为主题`: ASCII marks quoting inside a curly
 * quotation, an even number of them between its opening and closing marks. Read that way (two
 * pairings by `pair`, which must not cache: a cache's key is the text alone) when both come out whole; undefined otherwise.
 */
export function asciiInsideCurly<P extends { r: { problems: readonly unknown[] } }>(marks: readonly QuoteMark[], pair: (marks: QuoteMark[]) => P): [P, P] | undefined {
  const ascii = marks.filter((m) => m.ch === '"' || m.ch === '＂');
  if (ascii.length === 0 || ascii.length % 2 !== 0 || ascii.length === marks.length) return undefined;
  let open = false;
  let inside = 0;
  for (const m of marks) {
    if (m.ch === '“') {
      if (open) return undefined;
      open = true;
      inside = 0;
    } else if (m.ch === '”') {
      if (!open || inside % 2 !== 0) return undefined;
      open = false;
    } else if (!open) return undefined;
    else inside++;
  }
  if (open) return undefined;
  const curly = pair(marks.filter((m) => m.ch === '“' || m.ch === '”'));
  const inner = pair(ascii);
  return curly.r.problems.length === 0 && inner.r.problems.length === 0 ? [curly, inner] : undefined;
}
