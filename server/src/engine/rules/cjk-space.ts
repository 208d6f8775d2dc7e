import { defineRule } from '../rule-helpers';

/** TODO(stub): not implemented yet. */
export const cjkSpace = defineRule({
  id: 'cjk-space',
  category: 'typography',
  description: { zh: '中文内部多余的空格或断行', en: 'Space or line break inside Chinese text' },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {},
  check() {},
});
