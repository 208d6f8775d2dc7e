/**
 * Mass findings: when a converter or a copy has left the same mark all through a draft
 * (pinyin after every word, every line of a PDF page cut, a traditional-script section), a
 * finding per occurrence floods the editor — hundreds of squiggles that say one thing, and
 * megabytes per publish on a big draft — while the writer has one decision to make. From
 * `MASS_MIN` occurrences of one kind on, a rule reports them as one finding, on the first
 * occurrence, whose safe fix makes every change at once (as `punct-halfwidth` does for a
 * draft written in half-width punctuation).
 *
 * Only occurrences whose own fix is safe and certain are folded; anything a writer must
 * judge one by one (slots, guesses) stays individual, whatever the count.
 */
import type { MessageParams } from '../model/i18n';
import type { RuleContext } from './rule';
import type { TextEdit } from '../model/types';

/** From this many occurrences of one kind on, they are reported as one finding. */
export const MASS_MIN = 20;

export interface MassOccurrence {
  start: number;
  end: number;
  /** The occurrence's safe fix. */
  edits: TextEdit[];
}

export interface MassReport {
  /** The message of the one finding; gets `{count}` beside `params`. */
  messageId: string;
  /** The fix title; gets `{count}`. */
  fixTitle: string;
  /** Message parameters, from the first occurrence (an example). */
  params?: MessageParams;
}

/** How many edits `occurrences` make together (a draft-wide fix's count, known before its edits are made). */
export function editsOf(occurrences: readonly { edits: readonly TextEdit[] }[]): number {
  let n = 0;
  for (const o of occurrences) n += o.edits.length;
  return n;
}

/**
 * Reports `occurrences` (in document order) as one finding when there are `MASS_MIN` or more;
 * returns whether it did (if not, the rule reports them one by one).
 */
export function reportMass(ctx: RuleContext, occurrences: readonly MassOccurrence[], report: MassReport): boolean {
  if (occurrences.length < MASS_MIN) return false;
  // Made when the fix is read (the editor reads it when the writer picks it, not per keystroke).
  const make = (): TextEdit[] => {
    const edits: TextEdit[] = [];
    for (const o of occurrences) for (const e of o.edits) edits.push(e);
    return edits;
  };
  reportMassOf(ctx, occurrences[0]!, occurrences.length, { count: editsOf(occurrences), make }, report);
  return true;
}

/**
 * The one finding of `count` occurrences (at least MASS_MIN), on the first: for a rule that
 * knows the count and makes the edits itself, when asked (`edits.make`), without a list of
 * occurrences (a 1 MB draft's thousands, made again on every keystroke).
 */
export function reportMassOf(ctx: RuleContext, first: { start: number; end: number }, count: number, edits: { count: number; make: () => TextEdit[] }, report: MassReport): void {
  ctx.report({
    start: first.start,
    end: first.end,
    messageId: report.messageId,
    params: { ...report.params, count },
    fixes: [{ title: report.fixTitle, params: { count }, edits }],
    data: { count, document: true },
  });
}
