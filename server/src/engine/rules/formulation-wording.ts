import { defineRule } from '../rule-api/rule-helpers';
import { canonFor } from '../analysis/canon';

export const formulationWording = defineRule({
  id: 'formulation-wording',
  category: 'slogan',
  description: { zh: '提法表述不规范（个别字词有误）', en: 'A national formulation with a word changed, added or dropped' },
  docs: {
    zh: '例：`坚持以经济建设为重心`、`加快构建新发展局面`；修复为规范表述。',
    en: 'e.g. `坚持以经济建设为重心`, `加快构建新发展局面`; fixed to the canonical wording.',
  },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {
    wording: {
      zh: '“{found}”与规范提法不符，应为“{fix}”{source}',
      en: '"{found}" departs from the canonical formulation; it reads "{fix}"{source}',
    },
    fix: { zh: '改为规范表述“{fix}”', en: 'Change to the canonical "{fix}"' },
  },
  // Fix-all applies the fix only for one character changed in place where one formulation is
  // clearly meant; anything else is offered as a suggestion.
  check(ctx) {
    for (const m of canonFor(ctx.config).nearMisses(ctx.text)) {
      const src = m.entry.source?.title;
      ctx.report({
        start: m.start,
        end: m.end,
        messageId: 'wording',
        params: { found: m.found, fix: m.fix, source: src ? (ctx.config.locale === 'en' ? ` (source: ${src})` : `（出处：${src}）`) : '' },
        fixes: [{ title: 'fix', params: { fix: m.fix }, edits: [{ start: m.start, end: m.end, newText: m.fix }], safe: !m.ambiguous && m.distance === 1 && m.found.length === m.fix.length }],
        data: { entry: m.entry.id, found: m.found, fix: m.fix, distance: m.distance },
      });
    }
  },
});
