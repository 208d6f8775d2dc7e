import { ruleTester } from './rule-tester';

ruleTester('cjk-space', {
  valid: ['习近平总书记强调，要坚持稳中求进。', 'GDP 增长 5%。'],
  invalid: [{ text: '习近平 总书记强调，要坚持稳中求进。', errors: ['习近平 总书记'], output: '习近平总书记强调，要坚持稳中求进。' }],
});
