import { defineRule } from '../rule-helpers';

/** TODO(stub): not implemented yet. */
export const sloganNumeral = defineRule({
  id: 'slogan-numeral',
  category: 'slogan',
  description: { zh: '提法中阿拉伯数字与汉字数字混用', en: 'Arabic and Chinese numerals mixed in a formulation' },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {},
  check() {},
});
