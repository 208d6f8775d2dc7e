import { defineRule } from '../rule-helpers';

/** TODO(stub): not implemented yet. */
export const dateYear = defineRule({
  id: 'date-year',
  category: 'date',
  description: { zh: '年份表述与成文日期矛盾', en: 'Year statement contradicts the date of the draft' },
  defaultSeverity: 'warning',
  fixable: false,
  messages: {},
  check() {},
});
