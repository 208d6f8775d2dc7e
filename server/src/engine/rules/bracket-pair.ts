import { defineRule } from '../rule-helpers';

/** TODO(stub): not implemented yet. */
export const bracketPair = defineRule({
  id: 'bracket-pair',
  category: 'typography',
  description: { zh: '括号不成对', en: 'Unpaired brackets' },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {},
  check() {},
});
