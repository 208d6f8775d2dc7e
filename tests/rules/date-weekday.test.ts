import { ruleTester } from './rule-tester';

ruleTester('date-weekday', {
  valid: ['2024年3月15日（星期五）', '（2024年3月5日，星期二）', '会议于2024年3月5日，周一至周五每天开放。'],
  invalid: [
    { text: '2024年3月15日（星期四）', errors: ['2024年3月15日（星期四'], output: '2024年3月15日（星期五）' },
    // A date line with its weekday after a comma.
    { text: '（2024年3月5日，星期三）', errors: ['2024年3月5日，星期三'], output: '（2024年3月5日，星期二）' },
  ],
});
