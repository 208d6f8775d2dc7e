import { defineRule } from '../rule-helpers';

/** TODO(stub): not implemented yet. */
export const brokenLine = defineRule({
  id: 'broken-line',
  category: 'residue',
  description: { zh: '句子中间的硬换行', en: 'Hard line break inside a sentence' },
  defaultSeverity: 'info',
  fixable: true,
  messages: {},
  check() {},
});
