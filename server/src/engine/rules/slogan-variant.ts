import { defineRule } from '../rule-helpers';

/** TODO(stub): not implemented yet. */
export const sloganVariant = defineRule({
  id: 'slogan-variant',
  category: 'slogan',
  description: { zh: '同一提法写法不一致', en: 'One formulation written in several forms' },
  defaultSeverity: 'warning',
  fixable: true,
  segmentation: 'optional',
  messages: {},
  check() {},
});
