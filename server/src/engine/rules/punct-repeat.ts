import { defineRule } from '../rule-helpers';

/** TODO(stub): not implemented yet. */
export const punctRepeat = defineRule({
  id: 'punct-repeat',
  category: 'typography',
  description: { zh: '标点重复', en: 'Repeated punctuation' },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {},
  check() {},
});
