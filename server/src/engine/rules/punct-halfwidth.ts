import { defineRule } from '../rule-helpers';

/** TODO(stub): not implemented yet. */
export const punctHalfwidth = defineRule({
  id: 'punct-halfwidth',
  category: 'typography',
  description: { zh: '中文中使用了半角标点', en: 'Half-width punctuation in Chinese text' },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {},
  check() {},
});
