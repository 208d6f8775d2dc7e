import { defineRule } from '../rule-api/rule-helpers';
import { formulationsOf } from '../rule-api/shared-analyses';
import type { FormulationUse } from '../analysis/formulations';

export const sloganVariant = defineRule({
  id: 'slogan-variant',
  category: 'slogan',
  description: { zh: '同一提法写法不一致', en: 'One formulation written in several forms' },
  docs: { zh: '例：`“六稳”` 与 `"六稳"`、`六稳` 混用。', en: 'e.g. `“六稳”` next to `"六稳"` or bare `六稳`.' },
  defaultSeverity: 'warning',
  fixable: true,
  segmentation: 'optional',
  messages: {
    variant: {
      zh: '提法“{term}”写法不一致（{counts}）：此处写作 {found}，请统一为 {canonical}',
      en: 'The formulation “{term}” is written in several forms ({counts}): here {found}; write {canonical} throughout',
    },
    fix: { zh: '改为 {canonical}', en: 'Change to {canonical}' },
  },
  check(ctx) {
    const uses = formulationsOf(ctx);
    for (const use of uses) {
      const chinese = use.forms.filter((f) => !f.arabic);
      if (chinese.length < 2) continue;
      // A term of the draft's own (not a known 提法) that it quotes once: the writer marks it
      // where it is introduced or pointed at (`……的4市1区之一，“4市1区”的平均成绩`) and writes it
      // bare elsewhere. Not yet one formulation with one form (RULES.md: quoted more than once).
      if (use.source === 'draft' && chinese.reduce((n, f) => n + (f.quote === 'none' ? 0 : f.count), 0) < 2) continue;
      const counts = formCounts(use);
      for (const o of use.occurrences) {
        if (o.arabic || o.quote === use.canonicalQuote || (o.headline && use.headlineOutvoted)) continue;
        const found = o.mixed ? ctx.text.slice(o.start, o.end) : o.form;
        ctx.report({
          start: o.start,
          end: o.end,
          messageId: 'variant',
          params: { term: use.term, counts, found, canonical: use.canonical },
          fixes: [
            {
              title: 'fix',
              params: { canonical: use.canonical },
              edits: [{ start: o.start, end: o.end, newText: use.canonical }],
              // Taking the standard marks off a formulation the draft mostly writes bare is a
              // suggestion: the marks may be the writer's deliberate ones.
              safe: use.canonicalClear !== false && !(use.canonicalQuote === 'none' && o.quote === use.standardQuote),
            },
          ],
          data: { term: use.term, canonical: use.canonical, form: found },
        });
      }
    }
  },
});

/** `“六稳”×3、"六稳"×1、六稳×1`, most frequent first. */
export function formCounts(use: FormulationUse): string {
  return [...use.forms]
    .sort((a, b) => b.count - a.count)
    .map((f) => `${f.form}×${f.count}`)
    .join('、');
}
