/**
 * What the slot commands decide, without the editor: which slot comes next, which slots
 * are "the same", what text a fill writes, and where a date line goes. Offsets are UTF-16
 * code units, like everywhere in the engine.
 */
import { markSpan, sentenceAround, type SpanContext } from '../../server/src/engine/util/sentence';

export interface SlotOccurrence {
  /** The slot as written, e.g. `XX`, `20XX年`, `某某`. */
  text: string;
  /** The placeholder rule's slot kind (`number`, `year`, `name`, …), when it said. */
  kind?: string;
  start: number;
  end: number;
  line: number;
}

export interface SlotGroup<T extends SlotOccurrence = SlotOccurrence> {
  text: string;
  kind?: string;
  occurrences: T[];
}

/**
 * The slot to go to from the cursor: the first one starting after it, or at it when
 * nothing is selected (so a cursor placed before a slot selects that slot, and a selected
 * slot moves on to the next). Wraps to the first; -1 when there are none.
 */
export function nextSlotIndex(slots: readonly SlotOccurrence[], cursor: number, selectionEmpty: boolean): number {
  if (slots.length === 0) return -1;
  const i = slots.findIndex((s) => s.start > cursor || (s.start === cursor && selectionEmpty));
  return i >= 0 ? i : 0;
}

/**
 * Identical slots: same text and same kind. `XX` before 亿元 and `XX` before 同志 are
 * both written `XX`, but the rule tells a figure from a name, and one value never fits both.
 */
export function groupSlots<T extends SlotOccurrence>(slots: readonly T[]): Array<SlotGroup<T>> {
  const groups = new Map<string, SlotGroup<T>>();
  for (const s of slots) {
    const key = `${s.text}\u0000${s.kind ?? ''}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { text: s.text, ...(s.kind ? { kind: s.kind } : {}), occurrences: [] }));
    g.occurrences.push(s);
  }
  return [...groups.values()];
}

/**
 * The text that replaces a slot. A year slot covers its 年 (`20XX年`), so a bare year
 * typed by the writer (`2024`) keeps it; anything else is written as typed.
 */
export function fillText(slot: Pick<SlotOccurrence, 'text' | 'kind'>, value: string): string {
  const v = value.trim();
  if (/年$/.test(slot.text) && /^\d{4}$/.test(v)) return `${v}年`;
  return v;
}

/** The word a place slot usually stands before (`XX县`, `xx镇`): it is in the draft already. */
const PLACE_WORD_AFTER = /^(?:省|市|县|縣|区|區|州|镇|鎮|乡|鄉|村|街道|社区|社區|旗|盟)/;
/** The word a unit slot usually stands before (`XX局`, `XX公司`). */
const UNIT_WORD_AFTER = /^(?:公司|集团|集團|局|委|办|辦|中心|厅|廳|所|站|队|隊|院|部门|部門|单位|單位|银行|銀行|医院|醫院|学校|學校)/;

/**
 * An example of what fits a slot, for the input box's hint. `after` is the text that follows
 * the slot: before 镇 the example is 城关, not 城关镇, which the writer would copy into
 * 城关镇镇人民政府.
 */
export function fillExample(kind: string | undefined, after = ''): string {
  switch (kind) {
    case 'number': return '12.5';
    case 'year': return '2024';
    case 'date': return '3月15日';
    case 'name': return '张三';
    case 'place': return PLACE_WORD_AFTER.test(after) ? '城关' : '城关镇';
    case 'unit': return UNIT_WORD_AFTER.test(after) ? '城建' : '市发展改革委';
    default: return '……';
  }
}

const SENTENCE_BREAK = /[。！？!?\n]/;

/**
 * Whether another open slot written like a filled one is likely the same datum, so the offer
 * to fill it too starts ticked: the same character follows both (`XX县` … `XX县`), and a
 * sentence lies between them. Two in one sentence name two (`XX同志和XX同志`, `XX村、XX合作社`);
 * before different words they are different things (`xx镇` … `xx河`). The writer still sees
 * every one, ticked or not.
 */
export function likelySameDatum(text: string, filled: Pick<SlotOccurrence, 'start' | 'end'>, other: Pick<SlotOccurrence, 'start' | 'end'>): boolean {
  const next = text.charAt(filled.end);
  if (next === '' || /[\s\p{P}]/u.test(next) || text.charAt(other.end) !== next) return false;
  const [first, second] = filled.start < other.start ? [filled, other] : [other, filled];
  return SENTENCE_BREAK.test(text.slice(first.end, second.start));
}

/** The date line left for the writer to fill (the checker's own, reported as a slot). */
export const DATE_LINE_SLOT = '（    年  月  日）';

/** `（2024年3月15日）`, the date line of GB/T 9704, for a given day. */
export function dateLineText(date: Date): string {
  return `（${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日）`;
}

const DATE_LINE_RE = /^[ \t\u3000]*[（(][ \u3000]*(?:\d{4}|[〇零一二三四五六七八九]{4}|[ \u3000]*)年[^）)\n]{1,8}日[ \u3000]*[）)][ \t\u3000]*$/;

export type DateLinePlan =
  | { kind: 'exists'; line: number }
  | { kind: 'insert'; offset: number; text: string }
  | { kind: 'empty' };

/**
 * Where a date line goes when the checker offered no fix: nowhere if the draft has one,
 * else on its own line after the first non-empty line (the title). It is a slot to fill,
 * never today's date: the speech is rarely given on the day it is written.
 */
export function planDateLine(text: string, eol = '\n'): DateLinePlan {
  const lines = text.split(/\r?\n/);
  const existing = lines.findIndex((l) => DATE_LINE_RE.test(l));
  if (existing >= 0) return { kind: 'exists', line: existing };
  let offset = 0;
  for (const line of lines) {
    const lineEnd = offset + line.length;
    if (line.trim() !== '') return { kind: 'insert', offset: lineEnd, text: `${eol}${DATE_LINE_SLOT}` };
    offset = lineEnd + (text.startsWith('\r\n', lineEnd) ? 2 : 1);
  }
  return { kind: 'empty' };
}

/**
 * Kinds whose identical slots are one datum: `XX县` or `XX同志` written twice is the same
 * county or the same person. Two `XX亿元` are two different figures, so figures, years,
 * dates, sentences and blanks are always filled one at a time.
 */
const SHARED_KINDS: ReadonlySet<string> = new Set(['name', 'place', 'unit']);

export function canFillAllAtOnce(kind: string | undefined): boolean {
  return kind !== undefined && SHARED_KINDS.has(kind);
}

export type SlotContext = SpanContext;

/** The sentence around a slot, so the writer sees what the figure is for. */
export function slotContext(text: string, start: number, end: number, max = 40): SlotContext {
  return sentenceAround(text, start, end, max);
}

/** The sentence with the slot marked, as one line: `完成投资【XX】亿元。` */
export const markedSentence = markSpan;

/**
 * Where the guided fill starts: the first slot at or after the cursor, wrapping to the
 * first. The order is the document's.
 */
export function firstSlotFrom(slots: readonly SlotOccurrence[], cursor: number): number {
  if (slots.length === 0) return -1;
  const i = slots.findIndex((s) => s.end > cursor);
  return i >= 0 ? i : 0;
}

/** Slot offsets after a fill changed `[start, end)` into `length` characters. */
export function shiftAfterFill<T extends SlotOccurrence>(slots: readonly T[], start: number, end: number, length: number): T[] {
  const delta = length - (end - start);
  return slots.map((s) => (s.start >= end ? { ...s, start: s.start + delta, end: s.end + delta } : s));
}

/** The slot before the cursor for "previous slot", wrapping to the last; -1 when none. */
export function previousSlotIndex(slots: readonly SlotOccurrence[], cursor: number): number {
  if (slots.length === 0) return -1;
  for (let i = slots.length - 1; i >= 0; i--) if (slots[i]!.start < cursor) return i;
  return slots.length - 1;
}
