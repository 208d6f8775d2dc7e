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
    shifted: {
      zh: '引号位置不对：{found} 应为 {fixed}（文中其他处写作 {fixed}）',
      en: 'Quotation marks one word off: {found} should be {fixed}, as the draft writes it elsewhere',
    },
  },
  check(ctx) {
    shiftedQuotes(ctx);
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

/** `四个“意识”`: a count and its measure word left outside the quotation. */
const SHIFTED_RE = /([一二两三四五六七八九十]{1,3}[个大项种条])“([\u4e00-\u9fff]{1,6})”/g;
/** Another counted quotation near by: a series that quotes the key word of each (`三个“需要”、两个“确立”`). */
const SERIES_RE = /[一二两三四五六七八九十]{1,3}[个大项种条]“/;
const SERIES_WINDOW = 14;
const QUOTED_RE = /“([^“”\n]{2,12})”/g;

/**
 * `切实增强四个“意识”` in a draft that writes “四个意识” elsewhere: the opening mark moved one word
 * on. The same formulation in another form, so slogan-variant's; the fix (moving the mark) is a
 * suggestion. A series of counted key words (`聚焦三个“需要”、两个“确立”、五大“历史意义”`) is a
 * style of its own and stays quiet, as does a count whose whole form the draft never quotes.
 */
function shiftedQuotes(ctx: Parameters<typeof sloganVariant.check>[0]): void {
  const text = ctx.text;
  if (!text.includes('”')) return;
  let quoted: Set<string> | undefined;
  SHIFTED_RE.lastIndex = 0;
  for (let m = SHIFTED_RE.exec(text); m; m = SHIFTED_RE.exec(text)) {
    const whole = m[1]! + m[2]!;
    if (!quoted) {
      quoted = new Set<string>();
      QUOTED_RE.lastIndex = 0;
      for (let q = QUOTED_RE.exec(text); q; q = QUOTED_RE.exec(text)) quoted.add(q[1]!);
    }
    if (!quoted.has(whole)) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (SERIES_RE.test(text.slice(Math.max(0, start - SERIES_WINDOW), start)) || SERIES_RE.test(text.slice(end, end + SERIES_WINDOW))) continue;
    const fixed = `“${whole}”`;
    ctx.report({
      start,
      end,
      messageId: 'shifted',
      params: { found: m[0], fixed },
      fixes: [{ title: 'fix', params: { canonical: fixed }, edits: [{ start, end, newText: fixed }], safe: false }],
      data: { term: whole, canonical: fixed, form: m[0] },
    });
  }
}
