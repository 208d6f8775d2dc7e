/**
 * Listed typos in a draft written in traditional characters. The list and the dictionary hold
 * simplified words, so a line is read in simplified characters, character for character
 * (`既將開始` as 既将开始, `知已` beside `朋友`); each finding then names the draft's own
 * characters and its correction changes only the ones it corrects (`既將` → `即將`), so the
 * fix keeps the draft's script. A line whose conversion would change its length is read as
 * written, without the dictionary (long forms only: 師生上 holds 生上). Curated forms are read
 * with the dictionary; the public lists' short ones are left out, as before.
 */
import type { Segmenter } from './segment';
import { simplifiedLine } from './traditional';
import type { Typo } from './typo-detect';
import { ownString } from '../util/bounded-cache';

interface Found {
  listed: readonly Typo[];
  digits: readonly Typo[];
}

export function readInSimplified<T extends Found>(padded: string, shift: number, seg: Segmenter | undefined, read: (text: string, seg: Segmenter | undefined) => T): T {
  const simple = simplifiedLine(padded);
  if (simple === padded || !seg) return read(padded, undefined);
  const found = read(simple, seg);
  // The public lists' short forms stay out, as they did without the dictionary: a pair such as
  // 做弄 is judged by the words around it, which a converted line may not give (`誓做弄潮兒`).
  const listed = found.listed.filter((t) => t.safe || t.wrong.length >= 4);
  return { ...found, listed: listed.map((t) => asWritten(t, padded.slice(t.start + shift, t.end + shift))) };
}

/** The finding on the draft's own characters, its correction changing only those the list corrects. */
function asWritten(t: Typo, written: string): Typo {
  if (written === t.wrong || written.length !== t.wrong.length || t.right.length !== t.wrong.length) return t;
  let right = '';
  for (let i = 0; i < written.length; i++) right += t.right[i] === t.wrong[i] ? written[i] : t.right[i];
  return { ...t, wrong: ownString(written), right: ownString(right) };
}
