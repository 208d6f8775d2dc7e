import { defineRule } from '../rule-helpers';

/** TODO(stub): not implemented yet. */
export const dateFormat = defineRule({
  id: 'date-format',
  category: 'date',
  description: { zh: '日期格式不统一或不规范', en: 'Date format inconsistent or non-standard' },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {},
  check() {},
});
