import { defineRule } from '../rule-api/rule-helpers';
import { canonFor, type CanonIndex, type NearMiss } from '../analysis/canon';
import { unnamedPermutationsOf } from '../analysis/enumeration-unnamed';
import type { RuleContext } from '../rule-api/rule';
import { SpanReach } from '../util/span-reach';
import { findListedEnumerations, type ListedEnumeration } from '../analysis/enumeration-lists';
import { draftYear } from '../analysis/draft-date';

export const formulationMembers = defineRule({
  id: 'formulation-members',
  category: 'slogan',
  description: { zh: '提法的构成项有误（错项、缺项、多项或顺序不对）', en: 'An enumerated formulation listed with a member wrong, missing, extra or out of order' },
  docs: {
    zh: '例：`“四个意识”，即政治意识、全局意识、…`，`创新、协调、绿色、共享的新发展理念`。',
    en: 'e.g. `“四个意识”，即政治意识、全局意识、…`, `创新、协调、绿色、共享的新发展理念`.',
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
    let misses: Map<NearMiss['entry'], SpanReach<NearMiss>> | undefined;
    const listed = findListedEnumerations(ctx.text, index);
    unnamed(ctx, index, listed);
    for (const l of listed) {
      if (!l.problem) continue;
      // A member misspelt in a list written before its name (`…开放、共赢的新发展理念`) is the
      // list's wording changed too: formulation-wording's, with its fix.
      if (l.before && l.problem === 'wrong' && (misses ??= byEntry(index.nearMisses(ctx.doc))).get(l.entry)?.reaches(l.listStart + 1, l.listEnd - 1)) continue;
      const members = l.entry.members!;
      if (l.problem === 'old' && (year === undefined || year <= l.entry.membersBefore!.until || historic(ctx.text, l.nameStart, l.entry.membersBefore!.until))) continue;
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

/**
 * A canon list written out in full without its name, in another order (enumeration-unnamed.ts);
 * where the name announces it, the named list's finding stands.
 */
function unnamed(ctx: RuleContext, index: CanonIndex, listed: readonly ListedEnumeration[]): void {
  for (const u of unnamedPermutationsOf(ctx.doc, index)) {
    if (listed.some((l) => l.listStart < u.end && u.start < l.listEnd)) continue;
    const members = u.entry.members!;
    const list = members.join(u.separator);
    ctx.report({
      start: u.start,
      end: u.end,
      messageId: 'order',
      params: { name: u.entry.names?.[0] ?? u.entry.wording, members: members.join('、') },
      fixes: u.plain ? [{ title: 'fix', params: { list }, edits: [{ start: u.start, end: u.end, newText: list }], safe: false }] : [],
      data: { entry: u.entry.id, problem: 'order' },
    });
  }
}

/** Words that put a sentence in the past (`习近平总书记在江苏调研时首次提出“四个全面”`). */
const PAST_RE = /首次|最早|当时|那时|曾经|回顾|时任/;
const YEAR_RE = /(?:19|20)\d\d(?=年)/g;

/**
 * Whether the sentence that names the list tells of the past: a year up to the last one the
 * old members were current (`2014年12月，…“四个全面”，即全面建成小康社会…`) or a word of
 * the past. An old list there is history, not a list used as current.
 */
function historic(text: string, at: number, until: number): boolean {
  const head = text.slice(Math.max(0, at - 120), at);
  const sentence = head.slice(Math.max(head.lastIndexOf('。'), head.lastIndexOf('；'), head.lastIndexOf('\n')) + 1);
  if (PAST_RE.test(sentence)) return true;
  for (const m of sentence.matchAll(YEAR_RE)) if (Number(m[0]) <= until) return true;
  return false;
}

/** Near-misses by their entry: whether one overlaps a list is a binary search. */
function byEntry(misses: readonly NearMiss[]): Map<NearMiss['entry'], SpanReach<NearMiss>> {
  const grouped = new Map<NearMiss['entry'], NearMiss[]>();
  for (const m of misses) {
    let list = grouped.get(m.entry);
    if (!list) grouped.set(m.entry, (list = []));
    list.push(m);
  }
  return new Map([...grouped].map(([entry, list]) => [entry, new SpanReach(list)]));
}
