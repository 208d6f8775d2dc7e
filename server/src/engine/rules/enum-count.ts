import { defineRule } from '../rule-helpers';

/** TODO(stub): not implemented yet. */
export const enumCount = defineRule({
  id: 'enum-count',
  category: 'structure',
  description: { zh: '宣布的条数与实际不符', en: 'Announced count does not match what follows' },
  defaultSeverity: 'warning',
  fixable: false,
  messages: {},
  check() {},
});
