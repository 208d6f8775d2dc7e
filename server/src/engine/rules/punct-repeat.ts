import { defineRule } from '../rule-api/rule-helpers';
import { isHan, residueLines } from '../rule-api/cjk';
import { slotsOf } from '../rule-api/shared-analyses';
import { firstIndexWhere } from '../util/binary-search';
import { lineFeature, lineFeaturesOf, lineHas } from '../rule-api/line-features';

/**
 * A clause mark typed twice: `，，` `。。` `、、` `；；` `：：` (and `,,` `;;` in Chinese text), and a
 * percent sign typed twice after a figure (`增长21.88%%`, a published report).
 * Not `……` or `——` (one mark written with two characters), not `！！`/`？？` (emphasis).
 */
const REPEAT_RE = /[，。、；：,;%％]{2,}/g;
const REPEAT_BIT = lineFeature(REPEAT_RE);
const PERCENT_RE = /^[%％]/;
/** Half-width marks are the same mark as their full-width twins (`，,` is a repeat). */
const CANONICAL: Record<string, string> = { ',': '，', ';': '；' };
const canon = (c: string) => CANONICAL[c] ?? c;

export const punctRepeat = defineRule({
  id: 'punct-repeat',
  category: 'typography',
  description: { zh: '标点重复', en: 'Repeated punctuation' },
  docs: { zh: '例：`，，`、`。。`。', en: 'e.g. `，，`, `。。`.' },
  defaultSeverity: 'warning',
  fixable: true,
  wordFindings: false,
  messages: {
    repeated: {
      zh: '标点重复“{run}”：保留一个“{mark}”',
      en: 'Repeated punctuation "{run}": keep one "{mark}"',
    },
    ellipsis: {
      zh: '用句号代替省略号“{run}”：省略号应写作“……”',
      en: 'Full stops "{run}" used as an ellipsis: write "……"',
    },
    keepOne: { zh: '改为“{mark}”', en: 'Change to "{mark}"' },
    toEllipsis: { zh: '改为“……”', en: 'Change to "……"' },
  },
  check(ctx) {
    const residue = residueLines(ctx);
    const features = lineFeaturesOf(ctx);
    for (const line of ctx.doc.lines) {
      if (!lineHas(features, line.index, REPEAT_BIT) || residue.has(line.index)) continue;
      REPEAT_RE.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = REPEAT_RE.exec(line.text))) {
        // Each stretch of one mark (`，,` counts as one mark) inside the run of marks, walked
        // once: re-matching from the next mark went quadratic on `，。，。…`.
        const marks = m[0];
        for (let from = 0; from < marks.length; ) {
          const first = canon(marks[from]!);
          let len = 1;
          while (from + len < marks.length && canon(marks[from + len]!) === first) len++;
          if (len >= 2) report(line.start + m.index + from, marks.slice(from, from + len), first);
          from += len;
        }
      }
    }

    /** Whether a slot starts inside (start, end): the draft's slots are in text order. */
    function slotStartsIn(start: number, end: number): boolean {
      const slots = slotsOf(ctx);
      const s = slots[firstIndexWhere(slots.length, (i) => slots[i]!.start > start)];
      return s !== undefined && s.start < end;
    }

    function report(start: number, run: string, first: string): void {
      // Keep the full-width one where there is one.
      const mark = [...run].find((c) => c === first) ?? run[0]!;
      const end = start + run.length;
      // `中央、、市`: an item a site's filter took out between the marks is a slot (placeholder's), no mark to drop.
      if (first === '、' && slotStartsIn(start, end)) return;
      // A percent sign only after a figure (not a URL's or a template's `%%`).
      if (PERCENT_RE.test(run) && !/[0-9０-９]/.test(ctx.text[start - 1] ?? '')) return;
      // Half-width marks only count in Chinese text.
      if (/^[,;]+$/.test(run) && !isHan(ctx.text[start - 1]) && !isHan(ctx.text[end])) return;
      if (first === '。' && run.length >= 3) {
        ctx.report({
          start,
          end,
          messageId: 'ellipsis',
          params: { run },
          fixes: [{ title: 'toEllipsis', edits: [{ start, end, newText: '……' }], safe: false }],
        });
        return;
      }
      ctx.report({
        start,
        end,
        messageId: 'repeated',
        params: { run, mark },
        fixes: [{ title: 'keepOne', params: { mark }, edits: [{ start, end, newText: mark }] }],
      });
    }
  },
});
