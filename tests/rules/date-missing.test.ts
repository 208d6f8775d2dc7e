import { ruleTester } from './rule-tester';

ruleTester('date-missing', {
  valid: [
    '在全市工作会议上的讲话\n（2024年3月9日）\n同志们：\n',
    // The speaker, then the date, in the brackets of the date line.
    '在全县新春座谈会上的讲话\n（县委书记张三，2026年2月14日）\n同志们：\n',
    '在全县新春座谈会上的讲话\n(湖南省衡阳市政协副主席、县委书记张三,2026年2月14日)\n同志们：\n',
  ],
  invalid: [
    { text: '在全市工作会议上的讲话\n同志们：\n今天召开会议。\n', errors: ['在全市工作会议上的讲话'] },
    // A note that only mentions a date, with no byline before it, is no date line.
    { text: '在全市工作会议上的讲话\n（数据截至2024年3月9日）\n同志们：\n今天召开会议。\n', errors: ['在全市工作会议上的讲话'] },
    // A sentence in the brackets is no byline.
    { text: '在全市工作会议上的讲话\n（会议已于上月召开。现补记，2024年3月9日）\n同志们：\n', errors: ['在全市工作会议上的讲话'] },
  ],
});
