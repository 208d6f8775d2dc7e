import { defineRule } from '../rule-helpers';

/** TODO(stub): not implemented yet. */
export const dateMissing = defineRule({
  id: 'date-missing',
  category: 'date',
  description: { zh: '标题下缺少成文日期', en: 'No date line under the title' },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {},
  check() {},
});
