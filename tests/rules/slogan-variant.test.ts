import { ruleTester } from './rule-tester';

ruleTester('slogan-variant', {
  valid: [
    '做好“六稳”工作，落实“六稳”要求。',
    // A PDF copy moved the marks off the words (“ ”): a term between spaces stood in quotes.
    '党课：领会“两个确立”的重大意义\n“ ”一、把握 两个确立 的内在关系\n“ ”二、理解 两个确立 的实践要求\n',
  ],
  invalid: [
    // A span a site glued into a line of the draft (its 小编 intro) is no form of the writer's: not counted.
    {
      text: '关于七一重要讲话精神宣讲稿\n“不忘初心、牢记使命”贯穿党的全部历史。以下是为大家整理的关于2021年七一重要讲话精神宣讲稿范文八篇，仅供参考。\n同志们，学习“七一”重要讲话精神，要把握核心要义。\n一、深刻把握“七一”重要讲话的重大意义\n',
      errors: [{ text: '七一', message: /“七一”×2、七一×1/ }],
      output: '关于“七一”重要讲话精神宣讲稿\n“不忘初心、牢记使命”贯穿党的全部历史。以下是为大家整理的关于2021年七一重要讲话精神宣讲稿范文八篇，仅供参考。\n同志们，学习“七一”重要讲话精神，要把握核心要义。\n一、深刻把握“七一”重要讲话的重大意义\n',
    },
    { text: '做好“六稳”工作，落实“六稳”要求，抓好"六稳"。', errors: ['"六稳"'], output: '做好“六稳”工作，落实“六稳”要求，抓好“六稳”。' },
    // A site's second copy of the title is residue: its "…" does not outvote the writer's “…”.
    {
      text: '党课：忠诚捍卫“两个确立”\n\n党课：忠诚捍卫"两个确立"\n\n同志们：\n要深刻领悟"两个确立"的决定性意义。\n',
      errors: ['"两个确立"'],
      output: '党课：忠诚捍卫“两个确立”\n\n党课：忠诚捍卫"两个确立"\n\n同志们：\n要深刻领悟“两个确立”的决定性意义。\n',
    },
  ],
});
