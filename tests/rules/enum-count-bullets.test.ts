import { ruleTester } from './rule-tester';

// Points written as a list's bullets, as an editor or a Markdown export leaves them (slots4).
ruleTester('enum-count', {
  valid: [
    // As many bullets as announced; sub-points indented under them are not counted.
    '今年要重点抓好三个方面的工作：\n- 提高认识，统一思想。\n  - 组织专题学习。\n  - 开展研讨交流。\n- 压实责任，强化担当。\n- 狠抓落实，务求实效。\n同志们，任务艰巨，使命光荣。\n',
    // Numbered points after their bullets, as many as announced.
    '今天，我讲三点意见。\n- 一、提高认识\n要深刻认识重要意义。\n- 二、压实责任\n要层层压实责任。\n- 三、狠抓落实\n要确保取得实效。\n',
    // A list the text stops inside, fewer than announced: a cut-off copy, not counted.
    '今年要重点抓好四个方面的工作：\n- 提高认识，统一思想。\n- 压实责任，强化担当。\n',
  ],
  invalid: [
    { text: '今天，我讲三点意见。\n- 第一，要提高认识。\n- 第二，要压实责任。\n- 第三，要狠抓落实。\n- 第四，要加强监督。\n', errors: ['三点意见'] },
    { text: '今天，我讲三点意见。\n* 一是要提高认识。\n* 二是要压实责任。\n* 三是要狠抓落实。\n* 四是要加强监督。\n', errors: ['三点意见'] },
    { text: '今天，我讲三点意见。\n- 一、提高认识\n要深刻认识。\n- 二、压实责任\n要压实。\n- 三、狠抓落实\n要落实。\n- 四、加强监督\n要监督。\n', errors: ['三点意见'] },
    { text: '今年要重点抓好三个方面的工作：\n- 提高认识，统一思想。\n- 压实责任，强化担当。\n- 狠抓落实，务求实效。\n- 加强监督，严肃问责。\n同志们，任务艰巨，使命光荣。\n', errors: ['三个方面的工作'] },
    { text: '下面，我讲四点意见：\n• 提高认识，统一思想。\n• 压实责任，强化担当。\n• 狠抓落实，务求实效。\n谢谢大家。\n', errors: ['四点意见'] },
  ],
});
