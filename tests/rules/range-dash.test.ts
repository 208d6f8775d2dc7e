import { ruleTester } from './rule-tester';

ruleTester('range-dash', {
  valid: ['1—7月，全市完成投资100亿元。', '上浮20%—30%。'],
  invalid: [
    { text: '贷款利率上浮20%30%。', errors: ['20%30%'], output: '贷款利率上浮20%—30%。' },
    { text: '1-7月，全市完成投资100亿元。', errors: ['1-7月'], output: '1—7月，全市完成投资100亿元。' },
  ],
});
