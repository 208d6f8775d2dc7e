import { ruleTester } from './rule-tester';

ruleTester('formulation-members', {
  valid: [
    '增强“四个意识”，即政治意识、大局意识、核心意识、看齐意识。',
    // The last member after a comma (wjzyxx.cn, a 主题党日 report): the list is whole.
    '增强“四个意识”是维护党的团结的关键。四个意识就是政治意识、大局意识、核心意识，看齐意识。',
  ],
  invalid: [
    { text: '增强“四个意识”，即政治意识、全局意识、核心意识、看齐意识。', errors: [{ text: '政治意识、全局意识、核心意识、看齐意识', message: /大局意识/ }] },
    // After the comma a word that is not the missing member: the list still lacks it.
    { text: '增强“四个意识”，即政治意识、大局意识、核心意识，看齐要求。', errors: [{ text: '政治意识、大局意识、核心意识', message: /看齐意识/ }] },
  ],
});
