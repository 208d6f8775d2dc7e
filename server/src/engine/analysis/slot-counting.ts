/**
 * Whether the text after a slot counts it (a measure word or unit: `XX亿元`, `X个`) or runs on
 * into a word that counts nothing (`实现XX高质量发展`): the figure/name half of a slot's kind.
 * Owner: placeholder rule (split from slots.ts).
 */
import { HAN } from '../util/han';
import type { Token } from './segment';

export const NUMBER_AFTER =
  /^(?:[%％‰]|支|号|號|亿|億|万|萬|千|百|元|个|個|家|项|項|位|次|户|戶|人|名|届|屆|天|日|年|周|小时|小時|分|倍|座|件|条|條|所|批|台|辆|輛|套|亩|畝|公顷|公頃|平方|米|公里|千米|吨|噸|立方|度|点|點|成|岁|歲|余|餘|多|以上|以下|左右|期|轮|輪|类|類|种|種|份|场|場|架|根|株|棵|张|張|间|間|栋|棟|层|層|篇|部|块|塊|段路|延长米)/;

/**
 * Measures that open a longer word when jieba reads them with the next characters: `XX人民`,
 * `XX项目`, `XX日报社`, `XX度假村`, `XX人大代表` name a place or a thing, not a count. Units of
 * two characters that are still measures (`人次`, `个月`) still count.
 */
const MEASURE_UNIT_WORD = /^(?:人次|个月|個月|周岁|週歲|余人|多人)/;
const HAN_START_RE = new RegExp(`^[${HAN}]`);

/** The word the segmenter reads at an offset of the line (`项目` after `XX`), when there is one. */
export type WordAt = (offset: number) => Token | undefined;

/**
 * Whether the text after a slot counts it: a measure word or unit, not the first character of a
 * longer noun (`项目`, `人民`, `度假村`) or abbreviation (`人大`) that jieba reads there. Only
 * those: jieba's guesses (`个村`/x, a measure and its noun run together) and verbs
 * (`XX分居全省第X名`) still count.
 */
export function countsAfter(after: string, at: number, wordAt: WordAt | undefined): boolean {
  const m = NUMBER_AFTER.exec(after);
  if (!m) return false;
  if (m[0].length > 1 || !wordAt || MEASURE_UNIT_WORD.test(after)) return true;
  const tok = wordAt(at);
  return !(tok && tok.start === at && tok.word.length > 1 && /^[nj]/.test(tok.tag ?? ''));
}

/**
 * Whether the slot runs on into a word that counts nothing: a noun or another word of two
 * characters or more that jieba does not read as a measure or a numeral (`高质量`, `家乡`,
 * `未来`, not `毫米`, `斤`), or a conjunction or 的 (`X和政府`, `X的十八大`). Without a
 * segmenter nothing is known of the word: no.
 */
export function runsIntoWord(after: string, at: number, wordAt: WordAt | undefined): boolean {
  if (!wordAt || !HAN_START_RE.test(after)) return false;
  const tok = wordAt(at);
  if (!tok || tok.start !== at) return false;
  const tag = tok.tag ?? '';
  if (/^[mq]/.test(tag)) return false;
  return tok.word.length > 1 || /^(?:c|uj)$/.test(tag);
}
