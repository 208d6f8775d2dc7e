import { defineRule } from '../rule-helpers';

/** TODO(stub): not implemented yet. */
export const webResidue = defineRule({
  id: 'web-residue',
  category: 'residue',
  description: { zh: '网页残留内容', en: 'Web page boilerplate' },
  defaultSeverity: 'info',
  fixable: true,
  messages: {},
  check() {},
});
