import { defineRule } from '../rule-api/rule-helpers';
import { formulationsOf } from '../rule-api/shared-analyses';
import { formOf } from '../analysis/formulations';

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
  },
});
