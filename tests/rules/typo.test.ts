import { ruleTester } from './rule-tester';

ruleTester('typo', {
  valid: ['我们要再接再厉，一鼓作气。', '要推动社会事业全面发展。', { text: '要推动杜会事业发展。', options: { formulations: ['杜会'] } }],
  invalid: [
    { text: '我们要再接再励，一股作气。', errors: ['再接再励', '一股作气'], output: '我们要再接再厉，一鼓作气。' },
    { text: '要推动杜会事业发展。', errors: [{ text: '杜会', message: /社会/ }] },
  ],
});
