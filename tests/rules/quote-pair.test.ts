import { ruleTester } from './rule-tester';

ruleTester('quote-pair', {
  valid: ['要处理好“六个关系”。', '他说：“好。”'],
  invalid: [{ text: '要处理好”六个关系”。', errors: ['”六个关系”'], output: '要处理好“六个关系”。' }],
});
