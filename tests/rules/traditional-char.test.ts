import { ruleTester } from './rule-tester';

ruleTester('traditional-char', {
  valid: ['我们要赢得胜利。', '乾坤朗朗。'],
  invalid: [{ text: '我们要贏得胜利，总体设计。', errors: ['贏'], output: '我们要赢得胜利，总体设计。' }],
});
