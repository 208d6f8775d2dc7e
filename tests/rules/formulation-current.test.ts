import { ruleTester } from './rule-tester';

ruleTester('formulation-current', {
  valid: ['在总结会上的讲话\n（2020年12月1日）\n今年是“十三五”收官之年。\n'],
  invalid: [{ text: '在总结会上的讲话\n（2022年12月1日）\n今年是“十三五”收官之年。\n', errors: [{ text: '今年是“十三五”收官之年', message: /2020/ }] }],
});
