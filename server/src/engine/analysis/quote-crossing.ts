/**
 * A wrong single-quote pair that crosses a double quotation's boundary is no pair:
 * `“‘十四五就业促进规划”“东北全面振兴‘十四五实施方案”` lost both closing ’, and the two ‘
 * read as one reversed pair would be "fixed" into `‘十四五…”“东北全面振兴’`, a quotation
 * that begins in one title and ends in the next. Single quotes nest inside double ones, so
 * each mark is reported on its own (no fix), the pair dropped.
 */
import type { QuotePair, QuoteProblem } from './quote-pairing';

const DOUBLE_OPEN = new Set(['“', '〝']);
const DOUBLE_CLOSE = new Set(['”', '〞', '〟']);
const SINGLE_OPEN = new Set(['‘']);

/** Whether the double marks between `from` and `to` close one that opened before, or leave one open. */
function crossesDouble(text: string, from: number, to: number): boolean {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (DOUBLE_OPEN.has(c)) depth++;
    else if (DOUBLE_CLOSE.has(c) && --depth < 0) return true;
  }
  return depth !== 0;
}

export function unpairCrossingSingles(text: string, pairs: QuotePair[], problems: QuoteProblem[]): QuoteProblem[] {
  let dropped: Set<QuotePair> | undefined;
  const out: QuoteProblem[] = [];
  for (const p of problems) {
    const pair = p.pair;
    if (p.kind !== 'pair' || !pair || pair.cls !== 'single' || !crossesDouble(text, pair.open + 1, pair.close)) {
      out.push(p);
      continue;
    }
    (dropped ??= new Set()).add(pair);
    for (const pos of [pair.open, pair.close]) {
      const ch = text[pos]!;
      out.push({ kind: SINGLE_OPEN.has(ch) ? 'unclosed' : 'stray', cls: 'single', pos, ch });
    }
  }
  if (!dropped) return problems;
  const kept = pairs.filter((q) => !dropped.has(q));
  pairs.length = 0;
  pairs.push(...kept);
  return out.sort((a, b) => a.pos - b.pos);
}
