import { defineRule } from '../rule-api/rule-helpers';
import { canonFor } from '../analysis/canon';
import { findListedEnumerations } from '../analysis/enumeration-lists';
import { draftYear } from '../analysis/draft-date';

export const formulationMembers = defineRule({
  id: 'formulation-members',
  category: 'slogan',
  description: { zh: '提法的构成项有误（错项、缺项、多项或顺序不对）', en: 'An enumerated formulation listed with a member wrong, missing, extra or out of order' },
  docs: {
    zh: '例：`“四个意识”，即政治意识、全局意识、…`。',
    en: 'e.g. `“四个意识”，即政治意识、全局意识、…`.',
  },
  defaultSeverity: 'warning',
  // The finding covers a list or a statement, not a word to ignore.
  wordFindings: false,
  fixable: true,
  messages: {
    wrong: { zh: '“{name}”的构成项有误：{pairs}；规范表述为 {members}', en: 'A member of "{name}" is wrong: {pairs}; the canonical list is {members}' },
    missing: { zh: '“{name}”缺少 {missing}；规范表述为 {members}', en: '"{name}" is missing {missing}; the canonical list is {members}' },
    extra: { zh: '“{name}”多出 {extra}；规范表述为 {members}', en: '"{name}" has extra {extra}; the canonical list is {members}' },
    order: { zh: '“{name}”的顺序与规范表述不同，应为 {members}', en: 'The members of "{name}" are out of order; the canonical order is {members}' },
    old: { zh: '“{name}”的构成项已于{year}年后调整，现为 {members}', en: 'The members of "{name}" changed after {year}; they are now {members}' },
    fix: { zh: '改为 {list}', en: 'Change to {list}' },
  },
  check(ctx) {
    const index = canonFor(ctx.config);
    const year = draftYear(ctx.doc);
    for (const l of findListedEnumerations(ctx.text, index)) {
      if (!l.problem) continue;
      const members = l.entry.members!;
      if (l.problem === 'old' && (year === undefined || year <= l.entry.membersBefore!.until)) continue;
      const list = members.join(l.separator);
      const params: Record<string, string | number> = { name: l.name, members: members.join('、') };
      if (l.wrong) params.pairs = l.wrong.map((w) => (ctx.config.locale === 'en' ? `"${w.item}" should be "${w.member}"` : `“${w.item}”应为“${w.member}”`)).join('；');
      if (l.missing) params.missing = l.missing.map((m) => `“${m}”`).join('、');
      if (l.extra) params.extra = l.extra.map((m) => `“${m}”`).join('、');
      if (l.problem === 'old') params.year = l.entry.membersBefore!.until;
      ctx.report({
        start: l.listStart,
        end: l.listEnd,
        messageId: l.problem,
        params,
        fixes: l.plain ? [{ title: 'fix', params: { list }, edits: [{ start: l.listStart, end: l.listEnd, newText: list }], safe: false }] : [],
        data: { entry: l.entry.id, problem: l.problem },
      });
    }
  },
});
