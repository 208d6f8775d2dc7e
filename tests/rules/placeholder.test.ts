import { ruleTester } from './rule-tester';

ruleTester('placeholder', {
  valid: [
    // A law's title inside a title, in angle brackets: no field.
    '国务院关于修改《关于修改〈中华人民共和国个人所得税法〉的决定》的说明。',
    // A template's title, its line break lost, then the text: 周年 after 范文 is no figure's slot (xiaomilidoc.com p-13182760).
    '医院周年庆领导致辞范文 周年庆典,它标志着医院的成长。',
    'X射线检查要规范。', 'PM2.5浓度下降。', '约 1.2 亿元。', '（ ）1. 下列说法正确的是', '括号（）里没有空格。', '数组a[]年份不变。', '请在下列【】中打勾。', '为2015届毕业生举行毕业典礼。',
    // Hyphens used as a dash between clauses, in a range, or as a divider line: no slot.
    '我们的目标---全面建成小康社会，2009---2010学年度成绩显著。\n---------------\n',
    // Punctuation around real values: a date in slashes, a quotient, a named member, a pause before a name.
    '发布时间：2023/10/08，浏览1200次。', '求y/x的值。', '组长：王建国同志（县委书记）', '尊敬的各位领导、 同志们：', '有请——我们的老校长！', '同比增长3.5%，高于全省0.8个百分点。', '要以以上三点为基础，以以上的标准要求自己。',
  ],
  invalid: [
    // A field in angle brackets, as mail-merge templates write it.
    { text: '在<姓名>同志的带领下，〈单位名称〉全体干部、＜部门＞负责同志参加。', errors: ['<姓名>', '〈单位名称〉', '＜部门＞'] },
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
    // Empty square or lenticular brackets are the same frame; a program's empty index (`a[]`) is no slot.
    { text: '出席今天会议的有【】同志、［］同志，全县共有[]家企业，文号〔〕号。', errors: ['【】', '［］', '[]'] },
    // A template engine's doubled braces belong to the slot: filling the inner pair alone would leave `{…}`.
    { text: '会议定于{{日期}}在{{地点}}召开，由[[姓名]]主持。', errors: ['{{日期}}', '{{地点}}', '[[姓名]]'] },
    // A class year left open before 届 (`20__届`, `20xx 届`), beside a session number (`第20X届`).
    { text: '亲爱的20__届毕业生，庆祝 20xx 届的同学，欢迎参加第20X届运动会。', errors: ['20__', '20xx', '20X'] },
    // Frames written with ordinary punctuation: a date in slashes, a fraction, a dash or a point where
    // a name goes, the point of a stripped figure, a deleted name before 同志, a label with no value.
    { text: '签发日期：20XX/XX/XX\n上半年完成投资XX亿元，占年度目标的X/X。', errors: ['20XX/XX/XX', 'XX', 'X/X'] },
    { text: '组长： 同志（县委书记）\n副组长： 同志、 同志', errors: [' ', ' ', ' '] },
    { text: '前三季度，地区生产总值同比增长.%，高于全省.个百分点。', errors: ['.', '.'] },
    { text: '第三项，请县委书记——同志讲话。下面请——校长致辞。', errors: ['——', '——'] },
    { text: '明年，全县生产总值要以以上的速度增长。', errors: [''] },
    { text: '最后，感谢.局长的大力支持！出席今天会议的领导有：。', errors: ['.', ''] },
  ],
});
