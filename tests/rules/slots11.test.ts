/**
 * slots11: unfilled slots and site residue on 51 copied templates (/work/tmp/slots11) — the point
 * of a stripped figure before a sum or a measure (`完成投资.亿元`, `达到.万吨`), a figure verb right
 * before a measure (`面积达到亩，`), a year deleted before a PDF-spaced month (`，年7 月`), a
 * village's name that reads as a taker and a count (`实施了计家、解放…`), and comment and preview
 * widgets a document site leaves (`文档评论(0)`, `全文预览`).
 */
import { ruleTester } from './rule-tester';

ruleTester('placeholder', {
  valid: [
    // A list of places: 计家 is a village (1566.cn), not `计12家` with its figure deleted.
    '实施了计家、解放、东坡、虎形、梓树小河口、水口等9座危桥改造。\n',
    // A real decimal figure, and a point between sentences before a word that is no measure.
    '完成投资1.5亿元，农业增加值达到2.3亿元。\n',
    // A measure that opens a word after a figure verb (`吨钢`, `亩均`): no figure was deleted.
    '全年降低吨钢综合能耗，提升亩均效益。\n',
    // A year with its figures before a spaced month.
    '为了这个梦想，1978年7 月一批有志之士创办了学校。\n',
    // Underlines after a year's figures before a unit: a figure, not this year slot.
    '投资2025万元建设新校区，2020年以来累计投入。\n',
  ],
  invalid: [
    // The point of an X.X figure whose digits a site stripped, before a sum or a measure (78911.com.cn).
    { text: '全开工实施项目，完成投资.亿元，完成乡镇企业增加值.亿元。\n', errors: ['.', '.'] },
    { text: '粮食总产量达到.万吨，农业增加值达到.亿元。\n', errors: ['.', '.'] },
    // A figure verb right before a measure that ends its clause.
    { text: '无公害蔬菜基地面积达到亩，建成了六个专业村。\n', errors: [''] },
    // A year deleted before its 年 after a clause mark, the month spaced out by PDF copy (xiaomilidoc.com).
    { text: '为了这个梦想，年7 月一批有志之士创办了学校，年 4 月被评为省一级学校。\n', errors: ['', ''] },
    // The underlines of a year's last figures before a word, no 年 after them (9000bbs.cn: `這20__給人`).
    { text: '就觉得这20__给人倍感压力。\n', errors: ['20__'] },
    // A count after its taker before a list's 、 still counts when what it counts stands before it.
    { text: '全县规上企业达家、个体工商户达户。\n', errors: ['', ''] },
  ],
});

ruleTester('punct-stray', {
  valid: [
    // The stripped point is placeholder's blank, not a stray point to delete.
    '全开工实施项目，完成投资.亿元，粮食总产量达到.万吨。\n',
  ],
  invalid: [{ text: '要加强部.门协作。\n', errors: ['.'], output: '要加强部门协作。\n' }],
});

ruleTester('web-residue', {
  valid: [
    '文档评论要认真回复，群众留言要件件有着落。\n',
    '全文预览后再提交审定稿。\n',
    '## 一、过去一年工作回顾\n',
    '作品的版权所有人依法享有权利。\n',
    '第一篇:要把大会精神落到实处，抓好落实。\n',
  ],
  invalid: [
    // A comment counter with the site's word before it (book118.com), a bare preview header (qiqiwenku.com).
    { text: '在全市医院工作会议上的讲话\n全年门急诊量达286万人次。\n文档评论(0)\n', errors: ['文档评论(0)'], output: '在全市医院工作会议上的讲话\n全年门急诊量达286万人次。\n' },
    // A site's paywall marker glued inside a word (gongwen.com.cn), its name and copyright glued after a paragraph (公务员之家).
    { text: '今天会议由我代表党支部通报年度组##paidbegin##织生活会问题整改情况。\n', errors: ['##paidbegin##'], output: '今天会议由我代表党支部通报年度组织生活会问题整改情况。\n' },
    { text: '全体团员要牢记党的嘱托，努力使自己成为一位名副其实的共青团员。公务员之家版权所有\n', errors: ['公务员之家版权所有'], output: '全体团员要牢记党的嘱托，努力使自己成为一位名副其实的共青团员。\n' },
    // A site's piece label before a bare genre word or a meeting's name (a suggestion: the title stays).
    { text: '第一篇:主持词\n各位领导、同志们：\n现在开会。\n', errors: ['第一篇:'] },
    { text: '第一篇：全县庆祝教师节表彰大会\n各位领导、老师们：\n今天我们隆重集会。\n', errors: ['第一篇：'] },
    { text: '全文预览\n纪念大会党委书记致辞\n各位老师，同学们：\n今天我们在这里隆重集会。\n', errors: ['全文预览'], output: '纪念大会党委书记致辞\n各位老师，同学们：\n今天我们在这里隆重集会。\n' },
  ],
});
