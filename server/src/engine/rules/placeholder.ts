import { defineRule } from '../rule-api/rule-helpers';
import type { Slot } from '../analysis/slots';
import { slotsOf } from '../rule-api/shared-analyses';
import { parseDateText, formatChineseDate } from '../analysis/dates';
import type { FixInput } from '../rule-api/rule';
import { SLOT_KIND_NAMES } from '../model/l10n';
import { arabicDigits } from '../util/numerals';


export const placeholder = defineRule({
  id: 'placeholder',
  category: 'placeholder',
  description: { zh: '未填写的占位符（XX、某某、○○）', en: 'Unfilled template slot (XX, 某某, ○○)' },
  docs: { zh: '例：`完成投资XX亿元`、`**同志`、`某某`、`20__年`。', en: 'e.g. `完成投资XX亿元`, `**同志`, `某某`, `20__年`.' },
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
    blank: {
      zh: '空白占位：“{context}”处缺少数字或名称，请填入实际内容',
      en: 'Blank slot: a figure or name is missing at "{context}"; fill it in',
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
      const blank = slot.kind === 'blank';
      ctx.report({
        start: slot.start,
        end: slot.end,
        messageId: blank ? 'blank' : slot.kind === 'other' ? 'slotOther' : 'slot',
        // Only a blank's message shows the words around it (a long draft has thousands of slots).
        params: blank ? { slot: slot.text, context: blankContext(ctx.text, slot) } : { slot: slot.text, kindZh: kindName.zh, kindEn: kindName.en },
        fixes: fixesFor(slot, lineYear, ctx.config.today),
        data: { kind: slot.kind, slot: slot.text },
      });
    }
  },
});

/** The words around a blank slot, its gap shown as ＿: `投资＿亿元`. */
function blankContext(text: string, slot: Slot): string {
  const line = (s: string) => s.replace(/[\s\S]*[\r\n]/, '');
  const before = line(text.slice(Math.max(0, slot.start - 4), slot.start));
  const after = text.slice(slot.end, slot.end + 4).replace(/[\r\n][\s\S]*/, '');
  return before + (slot.text === '' ? '＿' : slot.text.replace(/[ \u3000\u00a0]+/g, '＿')) + after;
}

function fixesFor(slot: Slot, lineYear: number | undefined, today: Date): FixInput[] {
  if (slot.kind === 'year' && lineYear !== undefined && slot.yearStart !== undefined) {
    // Only a year the slot could stand for: `201X` is never filled with 2024.
    const written = slot.text.slice(0, slot.yearEnd! - slot.yearStart);
    const digits = /^\d*/.exec(written)![0];
    // `*年`, `XX年`: too little of a year to guess which one it is (`从*年到*年`).
    if (String(lineYear).startsWith(digits) && (digits.length >= 2 || written.length === 4)) {
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
  if (slot.kind === 'date' && slot.hasDay && agreesWithToday(slot.text, today)) {
    const date = formatChineseDate(today, slot.hasYear ?? false);
    return [{ title: 'fillDate', params: { date }, edits: [{ start: slot.start, end: slot.end, newText: date }], safe: false }];
  }
  return [];
}

/**
 * Whether today's date could fill the slot: the year and month it still writes (`2021年2月 日`,
 * `二〇〇九年三月 日`) are today's. A slot that keeps another year or month is the writer's to fill.
 */
function agreesWithToday(text: string, today: Date): boolean {
  // Chinese digits as Arabic ones: `二〇__年` writes the century 20.
  const arabic = arabicDigits(text);
  const year = /^\D*?(\d{2,4})[ \u3000]*年/.exec(arabic)?.[1];
  if (year !== undefined && !String(today.getFullYear()).startsWith(year)) return false;
  const month = /年[ \u3000]*(\d{1,2}|十?\d?)[ \u3000]*月/.exec(arabic)?.[1] ?? /^\D*?(\d{1,2})[ \u3000]*月/.exec(arabic)?.[1];
  return month === undefined || month === '' || monthValue(month) === today.getMonth() + 1;
}

/** `3`, `12`, `十二` (after its digits turned Arabic: `十2`), `十`. */
function monthValue(month: string): number {
  if (!month.startsWith('十')) return Number(month);
  return 10 + (month.length > 1 ? Number(month.slice(1)) : 0);
}
