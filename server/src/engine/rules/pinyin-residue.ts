import { defineRule } from '../rule-helpers';

/** TODO(stub): not implemented yet. */
export const pinyinResidue = defineRule({
  id: 'pinyin-residue',
  category: 'residue',
  description: { zh: '残留的拼音注音', en: 'Leftover pinyin annotation' },
  defaultSeverity: 'info',
  fixable: true,
  messages: {},
  check() {},
});
