/**
 * Fixes are data. Fix-all picks the safe `fixes[0]` of each finding, keeps the ones that do
 * not overlap, applies them back to front and re-checks until nothing safe is left.
 */
import diff from 'fast-diff';
import { sharedEngine } from '../check';
import type { NormalizedConfig } from '../model/config';
import { resolveConfig, type CheckOptions, type Engine, type Segmentation } from '../engine';
import type { Finding, RuleId, TextEdit } from '../model/types';

/** Passes after which fix-all stops even if fixes keep appearing (a rule fighting another). */
const MAX_PASSES = 10;

function overlaps(a: TextEdit, b: TextEdit): boolean {
  // Proper intersection, including an insertion strictly inside a replaced range.
  if (a.start < b.end && b.start < a.end) return true;
  // Two insertions at one point have no defined order.
  return a.start === a.end && b.start === b.end && a.start === b.start;
}

/** Chosen edits indexed by 64-character block, so an overlap test looks only at its neighbours. */
class EditIndex {
  private readonly blocks = new Map<number, TextEdit[]>();
  private static block(offset: number): number {
    return offset >> 6;
  }
  overlapsAny(e: TextEdit): boolean {
    for (let b = EditIndex.block(e.start), last = EditIndex.block(e.end); b <= last; b++) {
      const list = this.blocks.get(b);
      if (list && list.some((c) => overlaps(c, e))) return true;
    }
    return false;
  }
  add(e: TextEdit): void {
    for (let b = EditIndex.block(e.start), last = EditIndex.block(e.end); b <= last; b++) {
      const list = this.blocks.get(b);
      if (list) list.push(e);
      else this.blocks.set(b, [e]);
    }
  }
}

/** Whether a fix's own edits overlap (one fix may hold thousands: convert every half-width comma). */
function selfOverlapping(edits: readonly TextEdit[]): boolean {
  if (edits.length < 2) return false;
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  return sorted.some((e, i) => i > 0 && overlaps(sorted[i - 1]!, e));
}

/** The safe fixes of `findings` that can be applied together, as one sorted edit list. */
export function selectSafeEdits(findings: readonly Finding[], rules?: ReadonlySet<RuleId>): TextEdit[] {
  const chosen: TextEdit[] = [];
  const index = new EditIndex();
  for (const f of findings) {
    if (rules && !rules.has(f.rule)) continue;
    const fix = f.fixes[0];
    if (!fix || !fix.safe || fix.edits.length === 0) continue;
    if (fix.edits.some((e) => index.overlapsAny(e))) continue;
    if (selfOverlapping(fix.edits)) continue;
    for (const e of fix.edits) index.add(e);
    for (const e of fix.edits) chosen.push(e);
  }
  return chosen.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Applies non-overlapping edits in one pass (linear in the text). Throws on overlapping or out-of-range edits. */
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
  const parts: string[] = [];
  let at = 0;
  for (const e of sorted) {
    parts.push(text.slice(at, e.start), e.newText);
    at = e.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

export interface FixAllResult {
  text: string;
  /** The change from the input to `text` as edits of the input (sorted, not overlapping). */
  edits: TextEdit[];
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
  /** Line break to write inside inserted text (the file's own); text left alone is not touched. */
  eol?: string;
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
  let total: TextEdit[] = [];
  while (passes < MAX_PASSES) {
    const { findings } = engine.checkSync(current, config, segmentation);
    let edits = selectSafeEdits(findings, rules);
    if (edits.length === 0) break;
    const eol = fixOptions.eol;
    if (eol) edits = edits.map((e) => (/[\r\n]/.test(e.newText) ? { ...e, newText: e.newText.replace(/\r\n|\r|\n/g, eol) } : e));
    const next = applyEdits(current, edits);
    if (next === current) break;
    total = passes === 0 ? edits : composeEdits(total, edits, current);
    current = next;
    applied += edits.length;
    passes++;
  }
  return { text: current, edits: total, passes, applied };
}

/**
 * Edits of an original text that do what `first` (edits of the original) then `second`
 * (edits of `middle`, the text `first` made) do, in one linear sweep: so a fix-all of many
 * passes can be shown or sent as edits without diffing megabytes. Edits that touch are
 * merged into one.
 */
export function composeEdits(first: readonly TextEdit[], second: readonly TextEdit[], middle: string): TextEdit[] {
  interface Item { s: number; e: number; delta: number; edit?: TextEdit }
  const items: Item[] = [];
  let shift = 0;
  let j = 0;
  for (const a of first) {
    const s = a.start + shift;
    const delta = a.newText.length - (a.end - a.start);
    shift += delta;
    while (j < second.length && second[j]!.start < s) items.push({ s: second[j]!.start, e: second[j]!.end, delta: 0, edit: second[j++]! });
    items.push({ s, e: s + a.newText.length, delta });
  }
  while (j < second.length) items.push({ s: second[j]!.start, e: second[j]!.end, delta: 0, edit: second[j++]! });
  const out: TextEdit[] = [];
  let before = 0; // length change of the first edits left of the current group
  for (let k = 0; k < items.length; ) {
    const u = items[k]!.s;
    let v = items[k]!.e;
    let delta = 0;
    let newText = '';
    let at = u;
    let m = k;
    for (; m < items.length && (m === k || items[m]!.s <= v); m++) {
      const it = items[m]!;
      v = Math.max(v, it.e);
      delta += it.delta;
      if (it.edit) {
        newText += middle.slice(at, it.edit.start) + it.edit.newText;
        at = it.edit.end;
      }
    }
    newText += middle.slice(at, v);
    out.push({ start: u - before, end: v - before - delta, newText });
    before += delta;
    k = m;
  }
  return out;
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
