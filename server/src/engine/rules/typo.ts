import { defineRule } from '../rule-api/rule-helpers';
import { analyzeTraditional } from '../analysis/traditional';
import { RUN_CACHE_SIZE } from '../analysis/typo-confusions';
import type { Typo } from '../analysis/typo-listed';
import { findTypos } from '../analysis/typo-search';

/**
 * Misspellings (analysis/typo-search.ts): list matches (`再接再励`, `布署`; the fix is safe for
 * the curated and ECSpell lists), letters for digits (`IO%`) and, with the segmenter,
 * look-alike and sound-alike slips (`收人`→收入, `杜会`→社会), which are suggestions only.
 * A wholly traditional-character draft gets no guesses.
 */
export const typo = defineRule({
  id: 'typo',
  category: 'wording',
  description: { zh: '错别字', en: 'Misspelling' },
  docs: { zh: '例：`收人`→`收入`、`再接再励`→`再接再厉`。', en: 'e.g. `收人` → `收入`, `再接再励` → `再接再厉`.' },
  defaultSeverity: 'warning',
  fixable: true,
  segmentation: 'optional',
  messages: {
    list: { zh: '错别字“{wrong}”：应为“{right}”', en: 'Misspelling "{wrong}": write "{right}"' },
    digits: {
      zh: '“{wrong}”中的字母像是数字之误：应为“{right}”？请核对',
      en: 'Letters for digits in "{wrong}": should it be "{right}"? Check it',
    },
    confusion: {
      zh: '疑似错别字“{wrong}”：可能应为“{right}”，请核对',
      en: 'Possible misspelling "{wrong}": perhaps "{right}"; check it',
    },
    replace: { zh: '改为“{right}”', en: 'Change to "{right}"' },
  },
  check(ctx) {
    const traditional = ctx.memo('traditional', () => analyzeTraditional(ctx.doc)).wholeDocument;
    const cache = ctx.cache<readonly Typo[]>('typo-runs', RUN_CACHE_SIZE.entries, RUN_CACHE_SIZE.chars);
    for (const t of findTypos(ctx.doc, ctx.segmenter, traditional, cache)) {
      ctx.report({
        start: t.start,
        end: t.end,
        messageId: t.kind,
        params: { wrong: t.wrong, right: t.right },
        fixes: [{ title: 'replace', params: { right: t.right }, edits: [{ start: t.start, end: t.end, newText: t.right }], safe: t.safe }],
        data: { kind: t.kind, right: t.right },
      });
    }
  },
});

