import { ruleTester } from './rule-tester';

ruleTester('range-dash', {
  valid: [
    '1—7月，全市完成投资100亿元。',
    '上浮20%—30%。',
    // A web address's escapes are not two percentages (a wikisource link of the gathered
    // pages' address lists: `%E5%91%98%E4`); nor is a range inside an address one to fix.
    'https://zh.m.wikisource.org/wiki/2007%E5%B9%B4%E4%B8%AD%E5%8D%8E%E4%BA%BA%E6%B0%91%E5%85%B1%E5%92%8C%E5%9B%BD%E5%85%A8%E5%9B%BD%E4%BA%BA%E6%B0%91%E4%BB%A3%E8%A1%A8%E5%A4%A7%E4%BC%9A%E5%B8%B8%E5%8A%A1%E5%A7%94%E5%91%98%E4%BC%9A%E5%B7%A5%E4%BD%9C',
    '详见 http://www.gov.cn/zhengce/2023-12/15/content_1-7月.htm 的通知。',
  ],
  invalid: [
    // Two figures side by side with no word asking for a range (a PDF table's cells): only offered.
    { text: '全年增长\n16.9%22.5%\n', errors: ['16.9%22.5%'], output: '全年增长\n16.9%22.5%\n' },
    { text: '贷款利率上浮20%30%。', errors: ['20%30%'], output: '贷款利率上浮20%—30%。' },
    { text: '1-7月，全市完成投资100亿元。', errors: ['1-7月'], output: '1—7月，全市完成投资100亿元。' },
  ],
});
