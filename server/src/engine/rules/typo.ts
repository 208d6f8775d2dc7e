import { defineRule } from '../rule-helpers';

/** TODO(stub): not implemented yet. */
export const typo = defineRule({
  id: 'typo',
  category: 'wording',
  description: { zh: '错别字', en: 'Misspelling' },
  defaultSeverity: 'warning',
  fixable: true,
  segmentation: 'required',
  messages: {},
  check() {},
});
