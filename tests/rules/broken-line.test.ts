import { ruleTester } from './rule-tester';

/** A PDF page cut at 24 characters: each break falls inside a sentence. */
const PDF = [
  '在全市工作会议上的讲话',
  '同志们：',
  '今天会议的主要任务是，统筹推进疫情防控和经济社',
  '会发展工作。这既是一次大战，也是一次大考，各级各部',
  '门特别是各级领导干部要扛起责任，统筹兼顾，巩固好来',
  '之不易的防控形势，全面恢复好经济社会运行秩序，努力',
  '把今年的各项目标任务完成好，确保交出优异的答卷。',
].join('\n');

const SALUTED = PDF.replace('同志们：', '在全市工作会议上的讲话，今天的会议非常重要讲\n尊敬的各位领导，同志们，大家好！');

ruleTester('broken-line', {
  valid: [
    '同志们：\n今天会议的主要任务是统筹推进疫情防控和经济社会发展工作，这既是一次大战\n也是一次大考。\n',
    '床前明月光\n疑是地上霜\n举头望明月\n低头思故乡\n',
  ],
  invalid: [
    {
      text: PDF,
      errors: ['社\n会', '部\n门', '来\n之', '力\n把'],
      output: PDF.replace(/(?<=[社部来力])\n/g, ''),
    },
    {
      // A line at the page's width above a salutation (a site repeated the title, 360docs.net
      // copy): the salutation is a paragraph of its own, never joined to it.
      text: SALUTED,
      errors: ['社\n会', '部\n门', '来\n之', '力\n把'],
      output: SALUTED.replace(/(?<=[社部来力])\n/g, ''),
    },
  ],
});
