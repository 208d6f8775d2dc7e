import { defineRule } from '../rule-helpers';

/** TODO(stub): not implemented yet. */
export const dateWeekday = defineRule({
  id: 'date-weekday',
  category: 'date',
  description: { zh: '日期与星期不符', en: 'Weekday does not match the date' },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {},
  check() {},
});
