import { ruleTester } from './rule-tester';

ruleTester('formulation-current', {
  valid: [
    // The guides of their time (2010, 2015), a review, a quoted earlier report, the current guide named.
    '政府工作报告\n（2010年5月31日）\n以邓小平理论和“三个代表”重要思想为指导，深入贯彻落实科学发展观。\n',
    '在全县经济工作会议上的讲话\n（2015年1月5日）\n坚持以邓小平理论、“三个代表”重要思想、科学发展观为指导。\n',
    '在全县经济工作会议上的讲话\n（2023年1月5日）\n过去五年，我们以邓小平理论和“三个代表”重要思想为指导，推动发展。\n',
    '在全县经济工作会议上的讲话\n（2023年1月5日）\n党的十七大报告提出，以邓小平理论和“三个代表”重要思想为指导。\n',
    '在全县经济工作会议上的讲话\n（2023年1月5日）\n坚持以马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想、科学发展观、习近平新时代中国特色社会主义思想为指导。\n',
    '在总结会上的讲话\n（2020年12月1日）\n今年是“十三五”收官之年。\n',
    // The congress with the plenums of its own Central Committee, or two congresses named together.
    '深入贯彻党的十九大和十九届二中、三中、四中、五中全会精神。',
    '认真学习贯彻党的十八大和十八届三中、四中全会精神。',
    '学习贯彻党的十九大和二十大精神。',
    // A year named with a plan of its own period, or with the next plan still being drawn up (no date line needed).
    '2022年,是“十四五”规划实施的关键之年。',
    '2016年是“十三五”开局之年。',
    '2020年是“十三五”规划收官之年，也是“十四五”谋篇布局之年。',
  ],
  invalid: [
    // A template updated by half (dates3/04, slots5/48 with 十九大 put back to 十八大 by the injector): no date needed.
    { text: '深入贯彻落实党的十八大和十九届二中、三中全会精神。', errors: [{ text: '党的十八大和十九届', message: /十九大/ }] },{ text: '在总结会上的讲话\n（2022年12月1日）\n今年是“十三五”收官之年。\n', errors: [{ text: '今年是“十三五”收官之年', message: /2020/ }] },
    // A year named with a plan of another period (a 2018 template with its year updated; the fault put into
    // canon14's copy of a 2023 Xi'an commentary, canon14/22): the sentence contradicts itself, dated or not.
    { text: '2022年,是“十三五”规划实施的关键之年。', errors: [{ text: '2022年,是“十三五”规划实施的关键之年', message: /2016—2020/ }] },
    { text: '2021年是“十三五”开局之年。', errors: [{ text: '2021年是“十三五”开局之年', message: /2016/ }] },
    // An outdated guide taken as the current one in a draft dated after the 19th congress.
    { text: '在全县经济工作会议上的讲话\n（2023年1月5日）\n坚持以邓小平理论、“三个代表”重要思想、科学发展观为指导，全面贯彻落实党的二十大精神。\n', errors: [{ text: '以邓小平理论、“三个代表”重要思想、科学发展观为指导', message: /习近平新时代中国特色社会主义思想/ }] },
    { text: '在全县经济工作会议上的讲话\n（2019年3月5日）\n我们要以邓小平理论和“三个代表”重要思想为指导，深入贯彻落实科学发展观。\n', errors: [{ text: '以邓小平理论和“三个代表”重要思想为指导', message: /2019/ }] },
  ],
});
