import { defineRule } from '../rule-helpers';
import type { Slot, SlotKind } from '../slots';
import { slotsOf } from './shared-analyses';
import { parseDateText, formatChineseDate } from '../dates';
import type { FixInput } from '../rule';
import { SLOT_KIND_NAMES } from '../l10n';


export const placeholder = defineRule({
  id: 'placeholder',
  category: 'placeholder',
  description: { zh: '未填写的占位符（XX、某某、○○）', en: 'Unfilled template slot (XX, 某某, ○○)' },
  defaultSeverity: 'warning',
  fixable: true,
  segmentation: 'optional',
  // A slot mark is not a word: ignoring `XX` would hide every open slot in the folder.
  wordFindings: false,
  messages: {
    slot: {
      zh: '未填写的{kindZh}占位符“{slot}”：请填入实际内容',
      en: 'Unfilled {kindEn} placeholder "{slot}": fill in the actual content',
    },
    slotOther: {
      zh: '未填写的占位符“{slot}”：请填入实际内容',
      en: 'Unfilled placeholder "{slot}": fill in the actual content',
    },
    fillYear: {
      zh: '填入成文日期的年份“{year}”',
      en: 'Fill in the year of the date line ({year})',
    },
    fillDate: {
      zh: '填入今天的日期“{date}”',
      en: "Fill in today's date ({date})",
    },
  },
  check(ctx) {
    const slots = slotsOf(ctx);
    const dateLine = ctx.doc.dateLine;
    const lineYear = dateLine ? parseDateText(dateLine.text)?.year : undefined;
    for (const slot of slots) {
      const kindName = SLOT_KIND_NAMES[slot.kind];
      ctx.report({
        start: slot.start,
        end: slot.end,
        messageId: slot.kind === 'other' ? 'slotOther' : 'slot',
        params: { slot: slot.text, kindZh: kindName.zh, kindEn: kindName.en },
        fixes: fixesFor(slot, lineYear, ctx.config.today),
        data: { kind: slot.kind, slot: slot.text },
      });
    }
  },
});

function fixesFor(slot: Slot, lineYear: number | undefined, today: Date): FixInput[] {
  if (slot.kind === 'year' && lineYear !== undefined && slot.yearStart !== undefined) {
    // Only a year the slot could stand for: `201X` is never filled with 2024.
    const written = slot.text.slice(0, slot.yearEnd! - slot.yearStart);
    const digits = /^\d*/.exec(written)![0];
    if (String(lineYear).startsWith(digits)) {
      return [
        {
          title: 'fillYear',
          params: { year: lineYear },
          edits: [{ start: slot.yearStart, end: slot.yearEnd!, newText: String(lineYear) }],
          safe: false,
        },
      ];
    }
  }
  if (slot.kind === 'date' && slot.hasDay) {
    const date = formatChineseDate(today, slot.hasYear ?? false);
    return [{ title: 'fillDate', params: { date }, edits: [{ start: slot.start, end: slot.end, newText: date }], safe: false }];
  }
  return [];
}
