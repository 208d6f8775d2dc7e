import { ruleTester } from './rule-tester';

ruleTester('pinyin-residue', {
  valid: [
    '加强党的建设。',
    '使用 PM2.5 (细颗粒物) 指标。',
    // A reading the writer gave a rare character, for whoever reads the speech aloud.
    '近日，邻县笏(hù)山一处矿井发生透水事故，检修苄(biàn)草丹装置时两人中毒。',
    '要认真学习龃(jǔ)龉(yǔ)一词的用法。',
  ],
  invalid: [
    { text: '加强党的建設(shè)。', errors: ['(shè)'], output: '加强党的建設。' },
    { text: '市婦聯(lián)主席講話。', errors: ['(lián)'], output: '市婦聯主席講話。' },
    // A common character that no converter changes: a copy's residue or the writer's reading
    // aid, the writer's call (a suggestion: fix-all leaves it).
    { text: '同志(zhì)们，朋友们：', errors: [{ text: '(zhì)', message: /可以保留/ }] },
    { text: '制气釜(fǔ)检修时要先通风。', errors: [{ text: '(fǔ)', message: /给念稿人/ }] },
  ],
});
