import { ruleTester } from './rule-tester';

ruleTester('date-year', {
  valid: [{ text: '在建党100周年大会上的讲话\n（2021年7月1日）\n今年是建党100周年。\n' }],
  invalid: [{ text: '在工作会议上的讲话\n（2023年3月9日）\n今年是建党100周年。\n', errors: ['今年是建党100周年'] }],
});
