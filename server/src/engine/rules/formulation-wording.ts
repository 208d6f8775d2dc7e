import { defineRule } from '../rule-api/rule-helpers';
import { canonFor, type NearMiss } from '../analysis/canon';
import { shortSlips } from '../analysis/canon-short';
import { bodyEndOf } from '../rule-api/shared-analyses';
import { SpanReach } from '../util/span-reach';

/** Marks a template or a site's filter leaves for a word: there the slot is placeholder's (`以习近平同志为核心的X中央`). */
const SLOT_MARK_RE = /^[xXＸｘ×✕*＊○□_＿]$/;

/** Whether `found` differs from `fix` only where it has slot marks, character for character. */
function onlySlots(found: string, fix: string): boolean {
  if (found.length !== fix.length) return false;
  let differs = false;
  for (let i = 0; i < found.length; i++) {
    if (found[i] === fix[i]) continue;
    if (!SLOT_MARK_RE.test(found[i]!)) return false;
    differs = true;
  }
  return differs;
}

/** Quotes, spaces and line breaks left out: the words alone. */
function plain(s: string): string {
  return s.replace(/[“”"「」『』‘’\s\u3000]/g, '');
}

export const formulationWording = defineRule({
  id: 'formulation-wording',
  category: 'slogan',
  description: { zh: '提法表述不规范（个别字词有误）', en: 'A national formulation with a word changed, added or dropped' },
  docs: {
    zh: '例：`坚持以经济建设为重心`、`加快构建新发展局面`、`紧密团结在习近平同志为核心的党中央周围`、`四个义识`；修复为规范表述。',
    en: 'e.g. `坚持以经济建设为重心`, `加快构建新发展局面`, `紧密团结在习近平同志为核心的党中央周围`, `四个义识`; fixed to the canonical wording.',
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
  // Short formulations (四个意识) are read only with the segmenter's dictionary at hand.
  segmentation: 'optional',
  check(ctx) {
    const index = canonFor(ctx.config);
    const misses: Array<NearMiss & { suggest?: boolean }> = index.nearMisses(ctx.doc);
    if (ctx.segmenter) {
      // A short one inside a longer formulation already read is that one's.
      // Overlapping one: it starts before the slip's end and ends after its start (offsets are whole numbers).
      const longer = new SpanReach(misses);
      const short = shortSlips(ctx.doc, index, ctx.segmenter).filter((s) => !longer.reaches(s.start + 1, s.end - 1));
      for (const s of short) misses.push({ ...s, suggest: true });
      misses.sort((a, b) => a.start - b.start);
    }
    for (const m of misses) {
      if (onlySlots(m.found, m.fix)) continue;
      const fix = plain(m.fix);
      // The wording intact but for a space or a line break a copy put inside it (`新发展理 念`):
      // cjk-space's or broken-line's, and a fix here would write the rest twice.
      if (plain(ctx.text.slice(m.start, m.start + m.fix.length + 8)).startsWith(fix)) continue;
      // The same with the break before it: a PDF line ends in the formulation's first
      // characters (`坚持以习` / `近平新时代中国特色社会主义思想`).
      if (plain(ctx.text.slice(Math.max(0, m.end - m.fix.length - 8), m.end)).endsWith(fix)) continue;
      // The text stops inside the formulation (`…同乡村振兴有效衔` ending a web excerpt): the cut's.
      const body = bodyEndOf(ctx);
      if (body.cutOpen && body.end - m.end < 20 && ctx.text.slice(m.end, body.end).trim() === '' && fix.startsWith(plain(m.found))) continue;
      const src = m.entry.source?.title;
      ctx.report({
        start: m.start,
        end: m.end,
        messageId: 'wording',
        params: { found: m.found, fix: m.fix, source: src ? (ctx.config.locale === 'en' ? ` (source: ${src})` : `（出处：${src}）`) : '' },
        fixes: [{ title: 'fix', params: { fix: m.fix }, edits: [{ start: m.start, end: m.end, newText: m.fix }], safe: !m.ambiguous && !m.suggest && m.distance === 1 && m.found.length === m.fix.length }],
        data: { entry: m.entry.id, found: m.found, fix: m.fix, distance: m.distance },
      });
    }
  },
});
