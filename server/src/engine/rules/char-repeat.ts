import { defineRule } from '../rule-helpers';

/** TODO(stub): not implemented yet. */
export const charRepeat = defineRule({
  id: 'char-repeat',
  category: 'wording',
  description: { zh: '重复的字', en: 'Doubled character' },
  defaultSeverity: 'warning',
  fixable: true,
  segmentation: 'optional',
  messages: {},
  check() {},
});
