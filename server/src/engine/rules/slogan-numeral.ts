import { defineRule } from '../rule-api/rule-helpers';
import { formulationsOf } from '../rule-api/shared-analyses';
import { formOf } from '../analysis/formulations';
import { residueLines } from '../rule-api/cjk';
import type { RuleContext } from '../rule-api/rule';

export const sloganNumeral = defineRule({
  id: 'slogan-numeral',
  category: 'slogan',
  description: { zh: '提法中阿拉伯数字与汉字数字混用', en: 'Arabic and Chinese numerals mixed in a formulation' },
  docs: { zh: '例：`5大产业` 与 `“五大产业”`。', en: 'e.g. `5大产业` next to `“五大产业”`.' },
  defaultSeverity: 'warning',
  fixable: true,
  segmentation: 'optional',
  messages: {
    arabic: {
      zh: '提法“{term}”应使用汉字数字（GB/T 15835—2011）：{found} 应为 {fixed}',
      en: 'The formulation “{term}” takes Chinese numerals (GB/T 15835-2011): {found} should be {fixed}',
    },
    fix: { zh: '改为 {fixed}', en: 'Change to {fixed}' },
  },
  check(ctx) {
    const uses = formulationsOf(ctx);
    for (const use of uses) {
      const hasChinese = use.forms.some((f) => !f.arabic);
      for (const o of use.occurrences) {
        if (!o.arabic) continue;
        // The draft's own form of the term when it has one, else the same quotes.
        const fixed = hasChinese ? use.canonical : formOf(use.term, o.quote);
        ctx.report({
          start: o.start,
          end: o.end,
          messageId: 'arabic',
          params: { term: use.term, found: o.form, fixed },
          fixes: [{ title: 'fix', params: { fixed }, edits: [{ start: o.start, end: o.end, newText: fixed }], safe: true }],
          data: { term: use.term, form: o.form, fixed },
        });
      }
    }
    mixedOrdinals(ctx);
  },
});

const DIGIT_ZH = '〇一二三四五六七八九';
/**
 * `中共十7大`, `党的十9届四中全会`: an OCR or typing slip put an Arabic digit inside the
 * Chinese ordinal of a congress or a plenum; it is written in Chinese numerals only.
 */
const MIXED_ORDINAL_RE = /(?<![0-9０-９〇零一二三四五六七八九十])(二?十)([1-9])(?=大(?![小型量批多])|届)/g;

function mixedOrdinals(ctx: RuleContext): void {
  const residue = residueLines(ctx);
  for (const line of ctx.doc.lines) {
    if (residue.has(line.index) || !/十[1-9]/.test(line.text)) continue;
    MIXED_ORDINAL_RE.lastIndex = 0;
    for (let m = MIXED_ORDINAL_RE.exec(line.text); m; m = MIXED_ORDINAL_RE.exec(line.text)) {
      const found = m[0] + line.text[m.index + m[0].length]!;
      const fixed = m[1]! + DIGIT_ZH[Number(m[2])]! + found.slice(-1);
      const start = line.start + m.index;
      ctx.report({
        start,
        end: start + found.length,
        messageId: 'arabic',
        params: { term: fixed, found, fixed },
        fixes: [{ title: 'fix', params: { fixed }, edits: [{ start, end: start + found.length, newText: fixed }], safe: true }],
        data: { term: fixed, form: found, fixed },
      });
    }
  }
}
