import { defineRule } from '../rule-helpers';

/** TODO(stub): not implemented yet. */
export const punctStray = defineRule({
  id: 'punct-stray',
  category: 'typography',
  description: { zh: '多余或错位的标点', en: 'Stray punctuation' },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {},
  check() {},
});
