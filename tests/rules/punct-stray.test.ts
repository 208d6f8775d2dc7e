import { ruleTester } from './rule-tester';

ruleTester('punct-stray', {
  valid: ['各部门要抓好落实。', '增长3.5个百分点。'],
  invalid: [{ text: '各部.门要抓好落实。', errors: ['.'], output: '各部门要抓好落实。' }],
});
