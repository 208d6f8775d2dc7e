import { defineRule } from '../rule-helpers';

/** TODO(stub): not implemented yet. */
export const dateInvalid = defineRule({
  id: 'date-invalid',
  category: 'date',
  description: { zh: '不存在的日期', en: 'A date that does not exist' },
  defaultSeverity: 'error',
  fixable: false,
  messages: {},
  check() {},
});
