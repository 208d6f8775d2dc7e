import { ruleTester } from './rule-tester';

ruleTester('bracket-pair', {
  valid: ['（一）抓好落实。', '【新华社北京电】'],
  invalid: [{ text: '请见【通知]。', errors: ['【通知]'], output: '请见【通知】。' }],
});
