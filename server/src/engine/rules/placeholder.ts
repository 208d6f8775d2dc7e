import { defineRule } from '../rule-helpers';

/** TODO(stub): not implemented yet. */
export const placeholder = defineRule({
  id: 'placeholder',
  category: 'placeholder',
  description: { zh: '未填写的占位符（XX、某某、○○）', en: 'Unfilled template slot (XX, 某某, ○○)' },
  defaultSeverity: 'warning',
  fixable: true,
  segmentation: 'optional',
  messages: {},
  check() {},
});
