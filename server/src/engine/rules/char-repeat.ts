import { defineRule } from '../rule-api/rule-helpers';
import charRepeatData from '../data/char-repeat.json';
import type { Segmenter } from '../analysis/segment';

/**
 * A function word typed twice: `的的`, `了了`, `是是`. Only characters that never double
 * as a word are candidates (data/char-repeat.json); the pair is legitimate when a real
 * word ends at the first or starts at the second (`为了|了解`, `目的|的`, `实事求是|是`) or
 * it sits in an AABB form (`实实在在`). Telling words apart needs the dictionary, so the
 * rule waits for the segmenter.
 */
const CANDIDATES = new Set(charRepeatData.chars);
/** A neighbouring word this frequent makes the pair a word boundary, not a slip. */
const WORD_FREQ = 50;

export interface DoubledChar {
  start: number;
  char: string;
}

/** Whether, with the second copy at `i + 1` deleted, a word of three or more covers the characters on both sides of the first. */
function spansWord(text: string, i: number, isWord: (w: string) => boolean): boolean {
  const before = text.slice(Math.max(0, i - 3), i);
  const joined = before + text[i] + text.slice(i + 2, i + 5);
  const at = before.length;
  for (let s = Math.max(0, at - 3); s < at; s++) {
    for (let e = at + 2; e <= Math.min(joined.length, s + 6); e++) if (e - s >= 3 && /^[\u4e00-\u9fff]+$/.test(joined.slice(s, e)) && isWord(joined.slice(s, e))) return true;
  }
  return false;
}

export function findDoubledChars(text: string, segmenter: Segmenter): DoubledChar[] {
  const out: DoubledChar[] = [];
  const isWord = (w: string) => segmenter.freq(w) >= WORD_FREQ;
  for (let i = 0; i + 1 < text.length; i++) {
    const c = text[i]!;
    if (text[i + 1] !== c || !CANDIDATES.has(c)) continue;
    if (text[i + 2] === c || text[i - 1] === c) continue; // 哈哈哈-like runs: not a slip of one
    // AABB: 实实在在, 是是非非, 的的确确.
    const before = text[i - 1];
    const after = text[i + 2];
    if (before !== undefined && text[i - 2] === before && before !== c) continue;
    if (after !== undefined && text[i + 3] === after && after !== c) continue;
    if (isWord(c + c)) continue;
    // Typed twice inside a word: with one copy gone, a word spans it (共和和国 → 共和国).
    if (spansWord(text, i, isWord)) {
      out.push({ start: i, char: c });
      i++;
      continue;
    }
    let boundary = false;
    for (let k = 2; k <= 4 && !boundary; k++) {
      if (i - k + 1 >= 0 && isWord(text.slice(i - k + 1, i + 1))) boundary = true;
      if (i + 1 + k <= text.length && isWord(text.slice(i + 1, i + 1 + k))) boundary = true;
    }
    if (boundary) continue;
    out.push({ start: i, char: c });
    i++;
  }
  return out;
}

export const charRepeat = defineRule({
  id: 'char-repeat',
  category: 'wording',
  description: { zh: '重复的字', en: 'Doubled character' },
  docs: { zh: '例：`的的`、`了了`。', en: 'e.g. `的的`, `了了`.' },
  defaultSeverity: 'warning',
  fixable: true,
  segmentation: 'required',
  messages: {
    doubled: {
      zh: '“{char}”字重复：“{pair}”应为“{char}”，请删去一个',
      en: 'Doubled character "{pair}": delete one "{char}"',
    },
    deleteOne: { zh: '删去一个“{char}”', en: 'Delete one "{char}"' },
  },
  check(ctx) {
    if (!ctx.segmenter) return;
    for (const d of findDoubledChars(ctx.text, ctx.segmenter)) {
      ctx.report({
        start: d.start,
        end: d.start + 2,
        messageId: 'doubled',
        params: { char: d.char, pair: d.char + d.char },
        fixes: [{ title: 'deleteOne', params: { char: d.char }, edits: [{ start: d.start + 1, end: d.start + 2, newText: '' }] }],
      });
    }
  },
});
