import { ruleTester } from './rule-tester';

ruleTester('slogan-variant', {
  valid: [
    '做好“六稳”工作，落实“六稳”要求。',
    // A PDF copy moved the marks off the words (“ ”): a term between spaces stood in quotes.
    '党课：领会“两个确立”的重大意义\n“ ”一、把握 两个确立 的内在关系\n“ ”二、理解 两个确立 的实践要求\n',
  ],
  invalid: [
    { text: '做好“六稳”工作，落实“六稳”要求，抓好"六稳"。', errors: ['"六稳"'], output: '做好“六稳”工作，落实“六稳”要求，抓好“六稳”。' },
    // A site's second copy of the title is residue: its "…" does not outvote the writer's “…”.
    {
      text: '党课：忠诚捍卫“两个确立”\n\n党课：忠诚捍卫"两个确立"\n\n同志们：\n要深刻领悟"两个确立"的决定性意义。\n',
      errors: ['"两个确立"'],
      output: '党课：忠诚捍卫“两个确立”\n\n党课：忠诚捍卫"两个确立"\n\n同志们：\n要深刻领悟“两个确立”的决定性意义。\n',
    },
  ],
});
