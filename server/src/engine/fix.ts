/**
 * Fixes are data. Fix-all picks the safe `fixes[0]` of each finding, keeps the ones that do
 * not overlap, applies them back to front and re-checks until nothing safe is left.
 */
import diff from 'fast-diff';
import { sharedEngine } from './check';
import type { NormalizedConfig } from './config';
import { resolveConfig, type CheckOptions, type Engine, type Segmentation } from './engine';
import type { Finding, RuleId, TextEdit } from './types';

/** Passes after which fix-all stops even if fixes keep appearing (a rule fighting another). */
const MAX_PASSES = 10;

function overlaps(a: TextEdit, b: TextEdit): boolean {
  // Proper intersection, including an insertion strictly inside a replaced range.
  if (a.start < b.end && b.start < a.end) return true;
  // Two insertions at one point have no defined order.
  return a.start === a.end && b.start === b.end && a.start === b.start;
}

/** The safe fixes of `findings` that can be applied together, as one sorted edit list. */
export function selectSafeEdits(findings: readonly Finding[], rules?: ReadonlySet<RuleId>): TextEdit[] {
  const chosen: TextEdit[] = [];
  for (const f of findings) {
    if (rules && !rules.has(f.rule)) continue;
    const fix = f.fixes[0];
    if (!fix || !fix.safe || fix.edits.length === 0) continue;
    if (fix.edits.some((e) => chosen.some((c) => overlaps(c, e)))) continue;
    if (fix.edits.some((e, i) => fix.edits.some((o, j) => i < j && overlaps(e, o)))) continue;
    chosen.push(...fix.edits);
  }
  return chosen.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Applies non-overlapping edits back to front. Throws on overlapping or out-of-range edits. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 0; i < sorted.length; i++) {
    const e = sorted[i]!;
    if (e.start < 0 || e.end > text.length || e.start > e.end) {
      throw new RangeError(`edit [${e.start}, ${e.end}) lies outside the text (length ${text.length})`);
    }
    if (i > 0 && overlaps(sorted[i - 1]!, e)) {
      throw new RangeError(`edits [${sorted[i - 1]!.start}, ${sorted[i - 1]!.end}) and [${e.start}, ${e.end}) overlap`);
    }
  }
  let out = text;
  for (let i = sorted.length - 1; i >= 0; i--) {
    const e = sorted[i]!;
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  }
  return out;
}

export interface FixAllResult {
  text: string;
  /** Passes that changed the text. */
  passes: number;
  /** Number of edits applied over all passes. */
  applied: number;
}

export interface FixAllOptions {
  /** Only fix these rules. */
  rules?: readonly RuleId[];
  /** The engine that checks (default: the one behind `checkSync`). */
  engine?: Engine;
}

/** Full fix-all with every rule (loads nodejieba). */
export async function fixAll(
  text: string,
  options?: CheckOptions | NormalizedConfig,
  fixOptions: FixAllOptions = {},
): Promise<FixAllResult> {
  const segmenter = await (fixOptions.engine ?? sharedEngine).loadSegmenter();
  return fixAllSync(text, options, fixOptions, segmenter);
}

export function fixAllSync(
  text: string,
  options?: CheckOptions | NormalizedConfig,
  fixOptions: FixAllOptions = {},
  segmentation?: Segmentation,
): FixAllResult {
  const config = resolveConfig(options);
  const engine = fixOptions.engine ?? sharedEngine;
  const rules = fixOptions.rules ? new Set(fixOptions.rules) : undefined;
  let current = text;
  let passes = 0;
  let applied = 0;
  while (passes < MAX_PASSES) {
    const { findings } = engine.checkSync(current, config, segmentation);
    const edits = selectSafeEdits(findings, rules);
    if (edits.length === 0) break;
    const next = applyEdits(current, edits);
    if (next === current) break;
    current = next;
    applied += edits.length;
    passes++;
  }
  return { text: current, passes, applied };
}

/**
 * The smallest set of edits that turns `before` into `after`, in offsets of `before`.
 * Used to send a fix-all back to an editor without replacing the whole document.
 */
export function minimalEdits(before: string, after: string): TextEdit[] {
  const edits: TextEdit[] = [];
  let offset = 0;
  let pending: TextEdit | undefined;
  const flush = () => {
    if (pending) edits.push(pending);
    pending = undefined;
  };
  for (const [op, chunk] of diff(before, after)) {
    if (op === diff.EQUAL) {
      flush();
      offset += chunk.length;
    } else if (op === diff.DELETE) {
      pending ??= { start: offset, end: offset, newText: '' };
      pending.end += chunk.length;
      offset += chunk.length;
    } else {
      pending ??= { start: offset, end: offset, newText: '' };
      pending.newText += chunk;
    }
  }
  flush();
  return edits;
}
