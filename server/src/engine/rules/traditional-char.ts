import { defineRule } from '../rule-helpers';

/** TODO(stub): not implemented yet. */
export const traditionalChar = defineRule({
  id: 'traditional-char',
  category: 'wording',
  description: { zh: '简体文稿中的繁体字', en: 'Traditional character in a simplified draft' },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {},
  check() {},
});
