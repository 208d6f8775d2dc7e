/**
 * Guesses of typo-confusions.ts that are never slips, whatever their score: an office's short
 * name after its organ, a reduplicated form made by copying a neighbour.
 */
import type { ConfusionCandidate } from './typo-confusions';

/** An organ before an office's short name: `中央财办`, `省农办`, `市编办`, `县扶贫办`. */
const ORGAN_BEFORE_RE = /(?:中央|国务院|省委|市委|县委|区委|省|市|县|区|州|盟|旗|乡|镇)$/;
/** `财办` after an organ is an office (财经委员会办公室), not a slip for 财力. */
export function officeAbbreviation(run: string, base: number, p: number, cand: ConfusionCandidate): boolean {
  const from = cand.start - base;
  return cand.wrong.endsWith('办') && p === from + cand.wrong.length - 1 && ORGAN_BEFORE_RE.test(run.slice(Math.max(0, from - 3), from));
}

/**
 * `释放收散心、树雄心…` read as 散散心: a broad guess that copies the next or the previous
 * character over the one written makes a reduplicated form (AA), the casual speech a draft
 * rarely holds, out of a verb and its object. Our curated look-alikes may still do it.
 */
export function makesDoubling(run: string, base: number, cand: ConfusionCandidate): boolean {
  if (cand.curated) return false;
  let i = 0;
  while (i < cand.wrong.length && cand.wrong[i] === cand.right[i]) i++;
  const at = cand.start - base + i;
  const c = cand.right[i];
  return c !== undefined && (run[at - 1] === c || run[at + 1] === c);
}
