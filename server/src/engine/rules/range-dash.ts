import { defineRule } from '../rule-helpers';

/** TODO(stub): not implemented yet. */
export const rangeDash = defineRule({
  id: 'range-dash',
  category: 'typography',
  description: { zh: '范围号缺失或不规范', en: 'Missing or non-standard range mark' },
  defaultSeverity: 'info',
  fixable: true,
  messages: {},
  check() {},
});
