import { ruleTester } from './rule-tester';

ruleTester('placeholder', {
  valid: ['X射线检查要规范。', 'PM2.5浓度下降。', '约 1.2 亿元。'],
  invalid: [{ text: '全年完成投资XX亿元，增长X%。', errors: ['XX', 'X'] }],
});
