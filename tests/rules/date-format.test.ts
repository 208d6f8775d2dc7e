import { ruleTester } from './rule-tester';

ruleTester('date-format', {
  valid: ['会议于2024年3月9日召开。'],
  invalid: [{ text: '会议于2024-03-09召开。', errors: ['2024-03-09'], output: '会议于2024年3月9日召开。' }],
});
