import { ruleTester } from './rule-tester';

ruleTester('date-missing', {
  valid: ['在全市工作会议上的讲话\n（2024年3月9日）\n同志们：\n'],
  invalid: [{ text: '在全市工作会议上的讲话\n同志们：\n今天召开会议。\n', errors: ['在全市工作会议上的讲话'] }],
});
