import { ruleTester } from './rule-tester';

ruleTester('formulation-members', {
  valid: ['增强“四个意识”，即政治意识、大局意识、核心意识、看齐意识。'],
  invalid: [{ text: '增强“四个意识”，即政治意识、全局意识、核心意识、看齐意识。', errors: [{ text: '政治意识、全局意识、核心意识、看齐意识', message: /大局意识/ }] }],
});
