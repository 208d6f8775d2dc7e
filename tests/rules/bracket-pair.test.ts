import { ruleTester } from './rule-tester';

ruleTester('bracket-pair', {
  valid: [
    '（一）抓好落实。',
    '【新华社北京电】',
    // A web excerpt that stops inside a bracket: the cut left it open.
    '国务院办公厅印发了《关于进一步加强安全生产工作坚决遏制重特...',
    '分别强调了总任务、总依据、总布局（总体布局和战略布',
    // A converter's reading that lost its `(` to a `?`: pinyin residue, not a bracket.
    '2003年2月25日，浙江日?qǐng)?bào)頭版多了一個特色欄目。',
  ],
  invalid: [
    { text: '请见【通知]。', errors: ['【通知]'], output: '请见【通知】。' },
    // Open on a finished sentence, or before the last line: the writer's.
    { text: '国务院办公厅印发了《关于进一步加强安全生产工作的意见。', errors: ['《'] },
    { text: '全市共有企业120家)，同比增长。', errors: [')'] },
    { text: '分别强调了总任务、总布局（总体布局和战略布局。\n下一步，我们要抓好落实', errors: ['（'] },
  ],
});
