import { defineRule } from '../rule-helpers';

/** TODO(stub): not implemented yet. */
export const outlineSequence = defineRule({
  id: 'outline-sequence',
  category: 'structure',
  description: { zh: '层次序号跳号、重号或层级错用', en: 'Outline numbering skips, repeats or misuses a level' },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {},
  check() {},
});
