/**
 * A site's teaser of the text: the head of the text printed just above the text it repeats.
 * Linear: a teaser compares only with as many characters as it has.
 */
import type { ContextResidue } from './residue-context';

/** A teaser is long enough to be the text, not a title (`2019年…工作报告` above `2019年…工作报告——在…`). */
const MIN_TEASER = 30;
const MAX_TEASER = 400;
const SPACES_RE = /[\s\u3000]+/g;
const TRAILING_ELLIPSIS_RE = /(?:\.{3,}|…+)$/;

/** A site's label before its summary (`摘要: 10月25日上午,…`): the words after it are the teaser. */
const SUMMARY_LABEL_RE = /^[ \t\u3000]*(?:摘要|內容摘要|内容摘要|导读|導讀|导语|導語)[ \t\u3000]*[:：]/;

/**
 * A site prints the head of the text as its summary, then the text: a line (without spaces
 * and a trailing ellipsis) with which the text below it begins, read across its line breaks
 * (`…政 府 工 作 报 告 2020年6月22日在…` above the same words one line each). Deleting it
 * loses no word of the draft, but the fix stays a suggestion. Under a label (`摘要:`) the
 * summary may be the whole first paragraph word for word: labelled, it is no title copy.
 */
export function markTeasers(lines: readonly string[], nonBlank: readonly number[], out: Map<number, ContextResidue>): void {
  for (let k = 0; k + 1 < nonBlank.length; k++) {
    const i = nonBlank[k]!;
    if (out.has(i) || lines[i]!.length < MIN_TEASER) continue;
    const label = SUMMARY_LABEL_RE.exec(lines[i]!);
    const line = label ? lines[i]!.slice(label[0].length) : lines[i]!;
    // Most lines are not followed by their own words: compared by their first character
    // before either is copied without its spaces (this ran on every line of every check).
    if (firstVisible(line) !== firstVisible(lines[nonBlank[k + 1]!]!)) continue;
    const teaser = line.replace(SPACES_RE, '').replace(TRAILING_ELLIPSIS_RE, '');
    if (teaser.length < MIN_TEASER || teaser.length > MAX_TEASER) continue;
    const next = lines[nonBlank[k + 1]!]!.replace(SPACES_RE, '');
    // The same line twice is a site's copy of the title (see markTitleRepeats), not a teaser.
    if (next === teaser && !label) continue;
    let below = next;
    for (let j = k + 2; j < nonBlank.length && below.length < teaser.length; j++) below += lines[nonBlank[j]!]!.replace(SPACES_RE, '');
    if (below.startsWith(teaser)) out.set(i, { safe: false, kind: 'summary' });
  }
}

const SPACE_RE = /[\s\u3000]/;

/** The first character SPACES_RE does not remove (or '' for none). */
function firstVisible(s: string): string {
  for (let i = 0; i < s.length; i++) if (!SPACE_RE.test(s[i]!)) return s[i]!;
  return '';
}
