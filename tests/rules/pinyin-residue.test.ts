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
    // A site's page list and paywall above the text carry glosses too: they are residue, and the
    // text's own glosses are counted and reported from the text (the finding once began on the
    // residue line, where it was dropped with every gloss of the draft).
    {
      text: `工作會(huì)議講話_第1頁(yè)\n已閱讀5頁(yè),還剩8頁(yè)未讀, 繼續(xù)免費(fèi)閱讀\n同志們：\n${'加強黨的建設(shè)。'.repeat(20)}\n`,
      errors: [{ text: '(shè)', message: /共 20 处/ }],
      output: `工作會(huì)議講話_第1頁(yè)\n已閱讀5頁(yè),還剩8頁(yè)未讀, 繼續(xù)免費(fèi)閱讀\n同志們：\n${'加強黨的建設。'.repeat(20)}\n`,
    },
    // A common character that no converter changes: a copy's residue or the writer's reading
    // aid, the writer's call (a suggestion: fix-all leaves it).
    { text: '同志(zhì)们，朋友们：', errors: [{ text: '(zhì)', message: /可以保留/ }] },
    { text: '制气釜(fǔ)检修时要先通风。', errors: [{ text: '(fǔ)', message: /给念稿人/ }] },
  ],
});
