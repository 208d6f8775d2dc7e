import { ruleTester } from './rule-tester';

ruleTester('slogan-variant', {
  valid: ['做好“六稳”工作，落实“六稳”要求。'],
  invalid: [{ text: '做好“六稳”工作，落实“六稳”要求，抓好"六稳"。', errors: ['"六稳"'], output: '做好“六稳”工作，落实“六稳”要求，抓好“六稳”。' }],
});
