/**
 * The rule registry. Order matters only for readability of reports; every rule sees the
 * whole document.
 */
import type { Rule } from '../rule-api/rule';
import type { RuleId } from '../model/types';
import { placeholder } from './placeholder';
import { sloganVariant } from './slogan-variant';
import { sloganNumeral } from './slogan-numeral';
import { formulationWording } from './formulation-wording';
import { formulationMembers } from './formulation-members';
import { formulationCurrent } from './formulation-current';
import { dateMissing } from './date-missing';
import { dateInvalid } from './date-invalid';
import { dateWeekday } from './date-weekday';
import { dateFormat } from './date-format';
import { dateYear } from './date-year';
import { enumCount } from './enum-count';
import { outlineSequence } from './outline-sequence';
import { quotePair } from './quote-pair';
import { bracketPair } from './bracket-pair';
import { punctHalfwidth } from './punct-halfwidth';
import { punctStray } from './punct-stray';
import { punctRepeat } from './punct-repeat';
import { cjkSpace } from './cjk-space';
import { rangeDash } from './range-dash';
import { typo } from './typo';
import { charRepeat } from './char-repeat';
import { traditionalChar } from './traditional-char';
import { webResidue } from './web-residue';
import { pinyinResidue } from './pinyin-residue';
import { brokenLine } from './broken-line';

/** Every rule, in report order. `RuleId` (types.ts) is the union of these rules' ids. */
export const RULES = [
  placeholder,
  sloganVariant,
  sloganNumeral,
  formulationWording,
  formulationMembers,
  formulationCurrent,
  dateMissing,
  dateInvalid,
  dateWeekday,
  dateFormat,
  dateYear,
  enumCount,
  outlineSequence,
  quotePair,
  bracketPair,
  punctHalfwidth,
  punctStray,
  punctRepeat,
  cjkSpace,
  rangeDash,
  typo,
  charRepeat,
  traditionalChar,
  webResidue,
  pinyinResidue,
  brokenLine,
] as const;

export function ruleById(id: string): Rule | undefined {
  return (RULES as readonly Rule<RuleId>[]).find((r) => r.id === id);
}
