/**
 * Counts of parts announced and then listed on the same line after a colon
 * (`报告分为三部分：2023年工作回顾、2024年主要任务、加强政府自身建设。`, `报告共分三个部分：过去五年的
 * 主要工作；五年工作的主要体会；今后一年工作的建议。`). Only the nouns that name the parts of a
 * text or a meeting (部分, 板块, 项议程), only a list that ends its sentence on the line, each
 * item short; a list opening with an item number is left to the outline (see enumerations.ts).
 * Owner: structure rules.
 */
import { numeralValue } from '../util/numerals';
import type { Announcement } from './enumerations';

const INLINE_RE = /(?:分为|分成|共分|包括|包含|共有|有)((?:[两二三四五六七八九十]{1,2}|[2-9]))(个?部分|个?板块|项议程)[：:]/g;
/** After the colon: an item number (`一是`, `（一）`, `1.`, `第一`) makes it an outline, counted elsewhere. */
const NUMBERED_RE = /^[\s\u3000]*(?:[一二三四五六七八九十]+[是要、．.]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、]|第[一二三四五六七八九十])/;
/** An item that may join two (`A和B`), or a list cut short (`等`): the count is not certain. */
const JOINED_RE = /和|及|与|并|等$/;
const MAX_ITEM = 40;

/** Inline lists after a count of parts on one line (`norm`, simplified; offsets inside the line). */
export function findInlineLists(text: string, norm: string): Announcement[] {
  const out: Announcement[] = [];
  INLINE_RE.lastIndex = 0;
  for (let m = INLINE_RE.exec(norm); m; m = INLINE_RE.exec(norm)) {
    const announced = numeralValue(m[1]!);
    const from = m.index + m[0].length;
    const stop = norm.indexOf('。', from);
    // The list must end its sentence on this line (one going on over lines is not counted).
    if (announced === undefined || announced < 2 || stop < 0 || NUMBERED_RE.test(norm.slice(from))) continue;
    const body = norm.slice(from, stop);
    const semi = /[；;]/.test(body);
    if (!semi && /[，,：:]/.test(body)) continue; // prose, not a list joined by 、
    const parts = body.split(semi ? /[；;]/ : '、');
    if (parts.length < 2 || parts.some((p) => p.trim() === '' || p.length > MAX_ITEM)) continue;
    if (parts.length !== announced && parts.some((p) => JOINED_RE.test(p))) continue;
    const items: Announcement['items'] = [];
    let at = from;
    for (const p of parts) {
      items.push({ start: at, end: at + p.length, marker: text.slice(at, at + p.length).trim() });
      at += p.length + 1;
    }
    const start = from - 1 - m[1]!.length - m[2]!.length;
    const end = from - 1;
    const sep = semi ? '；' : '、';
    out.push({
      start,
      end,
      line: 0,
      text: text.slice(start, end),
      announced,
      counted: parts.length,
      countedWhat: `以“${sep}”分隔的列举项`,
      countedWhatEn: `items separated by "${sep}"`,
      items,
    });
  }
  return out;
}
