import { ruleTester } from './rule-tester';

ruleTester('date-invalid', {
  valid: ['会议于2024年2月29日召开。'],
  invalid: [{ text: '会议于2023年2月29日召开。', errors: ['2023年2月29日'] }],
});
