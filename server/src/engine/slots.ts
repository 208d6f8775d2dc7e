/**
 * Template slots (占位符) in a draft: `XX亿元`, `20xx年`, `某某`, `○○`, `【待补】`, a whole
 * sentence `XXX。`. Shared by the `placeholder` rule, the date rules (a date slot is
 * reported once, by `placeholder`) and the consistency report.
 * Owner: placeholder rule.
 */
import type { SpeechDocument } from './document';
import type { Segmenter } from './segment';

/** 数字 / 年份 / 日期 / 人名 / 地名 / 单位 / 整句 / 其他 */
export type SlotKind = 'number' | 'year' | 'date' | 'name' | 'place' | 'unit' | 'sentence' | 'other';

export interface Slot {
  start: number;
  end: number;
  line: number;
  /** The slot as written, e.g. `XX`, `20xx年`, `某某`. */
  text: string;
  kind: SlotKind;
}

/** TODO(placeholder owner): implement. */
export function findSlots(_doc: SpeechDocument, _segmenter?: Segmenter): Slot[] {
  return [];
}
