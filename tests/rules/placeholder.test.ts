import { ruleTester } from './rule-tester';

ruleTester('placeholder', {
  valid: [
    'X射线检查要规范。', 'PM2.5浓度下降。', '约 1.2 亿元。', '（ ）1. 下列说法正确的是', '括号（）里没有空格。', '为2015届毕业生举行毕业典礼。',
    // Hyphens used as a dash between clauses, in a range, or as a divider line: no slot.
    '我们的目标---全面建成小康社会，2009---2010学年度成绩显著。\n---------------\n',
  ],
  invalid: [
    { text: '全年完成投资XX亿元，增长X%。', errors: ['XX', 'X'] },
    // A word the site replaced by an instruction in brackets (laobiganzi.top, wmjy.cn); a real note stays.
    { text: '深入贯彻(名称替换)关于安全生产的重要指示精神，弘扬伟大建(单字替换)精神，实行以旧换新(设备替换)。', errors: ['(名称替换)', '(单字替换)'] },
    // Marks of two kinds run together are one slot (fanwy.cn's 救灾 speech: ××*个乡镇, ××.*亿元, “*·××”洪灾).
    { text: '全市××*个乡镇受灾，直接经济损失××.*亿元，通报“*·××”洪灾灾情，××*书记讲话。', errors: ['××*', '××.*', '*·××', '××*'] },
    // A run of hyphens where a name or a body goes (toutiao.com: `---校长在 第40个教师节大会上的讲话`).
    { text: '---校长在第40个教师节大会上的讲话\n尊敬的---领导：在-----党委政府的关心下，在-------校长的带领下，我们取得了好成绩。', errors: ['---', '---', '-----', '-------'] },
    { text: '首先介绍今天到会的领导同志（    ）。', errors: ['（    ）'] },
    // Empty brackets before what counts or names the value: the frame of a deleted figure or name.
    { text: '截至目前，全县共有（）家企业，请（）同志作重要讲话。', errors: ['（）', '（）'] },
    { text: '下面请( )同志讲话。', errors: ['( )'] },
    // A class year left open before 届 (`20__届`, `20xx 届`), beside a session number (`第20X届`).
    { text: '亲爱的20__届毕业生，庆祝 20xx 届的同学，欢迎参加第20X届运动会。', errors: ['20__', '20xx', '20X'] },
  ],
});
