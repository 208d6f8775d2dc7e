/**
 * Which of the line sweeps' expressions match somewhere in each line, one bit per expression,
 * found once per line text and kept in the engine's per-line cache. A sweep that scans every
 * line with its expression (a space after a mark, two marks side by side, a dot between Chinese
 * characters) skips the lines whose bit is clear: on a keystroke only the edited lines are
 * tested again, instead of every sweep running its expression over every line of the draft
 * (a 1 MB draft: ten thousand lines, a dozen sweeps, each ~1–5 ms a check).
 *
 * A bit is exactly "the expression has a match in the line's text", a function of that text
 * alone, so a sweep that runs only where its bit is set finds what it found before: the lines
 * it skips are those where its own loop would have matched nothing.
 */
import type { AnalysisContext } from './rule';
import { LINE_CACHE_SIZE } from '../util/bounded-cache';
import { byLine } from '../analysis/by-line';

const FEATURES: RegExp[] = [];
/** A line's bits as a number: at most this many expressions. */
const MAX_FEATURES = 30;

/**
 * Registers the expression a sweep runs over each line (at module load) and returns its bit.
 * The flags other than `g` and `y` are kept: the test is the sweep's own expression.
 */
export function lineFeature(re: RegExp): number {
  if (FEATURES.length >= MAX_FEATURES) throw new Error(`line-features: more than ${MAX_FEATURES} expressions`);
  FEATURES.push(new RegExp(re.source, re.flags.replace(/[gy]/g, '')));
  return 1 << (FEATURES.length - 1);
}

function featuresOfText(text: string): number {
  let bits = 0;
  for (let i = 0; i < FEATURES.length; i++) if (FEATURES[i]!.test(text)) bits |= 1 << i;
  return bits;
}

/** Each line's bits, by line index: computed once per check, each line's looked up by its text. */
export function lineFeaturesOf(ctx: AnalysisContext): Int32Array {
  return ctx.memo('line-features', () => {
    const lines = ctx.doc.lines;
    const out = new Int32Array(lines.length);
    const empty = featuresOfText('');
    // Named by the number of expressions: a module registering one later starts a cache of its own.
    const cache = ctx.cache?.<number>(`line-features-${FEATURES.length}`, LINE_CACHE_SIZE.entries, LINE_CACHE_SIZE.chars);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      out[i] = line.text === '' ? empty : byLine(ctx.doc, line, cache, () => featuresOfText(line.text));
    }
    return out;
  });
}

/** Whether line `index` holds a match of the expression registered as `bit`. */
export function lineHas(features: Int32Array, index: number, bit: number): boolean {
  return (features[index]! & bit) !== 0;
}
