/**
 * The rule registry. Order matters only for readability of reports; every rule sees the
 * whole document.
 */
import type { Rule } from '../rule';
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

export const RULES: readonly Rule[] = [
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
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
