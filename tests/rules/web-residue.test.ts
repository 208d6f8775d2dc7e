import { ruleTester } from './rule-tester';

ruleTester('web-residue', {
  valid: ['同志们：\n今天我们召开全市工作会议。\n'],
  invalid: [{ text: '同志们：\n当前位置：首页 > 范文 > 讲话稿\n今天我们召开全市工作会议。\n', errors: ['当前位置：首页 > 范文 > 讲话稿'], output: '同志们：\n今天我们召开全市工作会议。\n' }],
});
