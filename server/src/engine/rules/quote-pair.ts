import { defineRule } from '../rule-helpers';

/** TODO(stub): not implemented yet. */
export const quotePair = defineRule({
  id: 'quote-pair',
  category: 'typography',
  description: { zh: '引号不成对或方向颠倒', en: 'Unpaired or reversed quotation marks' },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {},
  check() {},
});
