import { ruleTester } from './rule-tester';

ruleTester('date-weekday', {
  valid: ['2024年3月15日（星期五）'],
  invalid: [{ text: '2024年3月15日（星期四）', errors: ['2024年3月15日（星期四'], output: '2024年3月15日（星期五）' }],
});
