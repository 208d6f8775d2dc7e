import { ruleTester } from './rule-tester';

ruleTester('pinyin-residue', {
  valid: ['加强党的建设。', '使用 PM2.5 (细颗粒物) 指标。'],
  invalid: [{ text: '加强党的建設(shè)。', errors: ['(shè)'], output: '加强党的建設。' }],
});
