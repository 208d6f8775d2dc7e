/**
 * slots8: template slots and brackets on 51 copied templates and speeches — a sign a form asks
 * for named in quotes (`画一个“×”`), a site's space before every stop (`表示喜悦和祝贺 。`), an
 * ellipsis that is a pause (`优美身影…家有一榕`, `抢救无效……噩耗传来`), percent signs as a mask
 * (`**是%%省省会`), and a bracket that had to close before the page was cut.
 */
import { ruleTester } from './rule-tester';

ruleTester('placeholder', {
  valid: [
    // The signs a ballot or a form asks for, named in quotes or brackets after the verb that draws them.
    '如赞成，在姓名的上方小方格内画一个“○”；如果不赞成，在姓名的上方小方格内画一个“×”。',
    '正确的打(√)，错误的打(×)，不会的画“*”。',
    // A space before the stops throughout the line: the typesetter's habit, not a deleted object.
    '双方应同时起立 , 交换文本,并相互握手,祝贺合作成功 。其他随行人员以热烈的掌声表示祝贺 。',
    // 祝贺 and 欢迎 as what a clause expresses: nothing deleted after them.
    '其他随行人员则应该以热烈的掌声表示喜悦和祝贺 。',
    '向各位来宾致以热烈的欢迎 ，并预祝大会圆满成功。',
    // An ellipsis as a pause before the next clause.
    '一定有着我们百年老榕枝繁叶茂的优美身影…家有一榕，一榕俱荣。',
    '猝发脑溢血抢救无效……噩耗传来，聚集他家的数百名干部群众悲痛不已。',
    // The same in traditional script (a 2013 news page copied as is): tagged in simplified characters.
    '猝發腦溢血搶救無效……噩耗傳來，聚集他家的數百名幹部、民眾悲憤不已。',
    // Percent signs after a figure are its unit.
    '增长20%，其中一季度增长15%%的说法有误。',
  ],
  invalid: [
    // A name left as a slot before 表示 keeps its blank.
    { text: '在此，我谨代表 ，向大家致以热烈的欢迎 。', errors: [' '] },
    // Percent signs doubled where the province's name was (yunko.cn).
    { text: '**是%%省省会，现辖5区3县。', errors: ['**', '%%'] },
    // × and * used, not named: slots.
    { text: '推动×高质量发展，“*”重要思想。', errors: ['×', '*'] },
    { text: '全市共有……家企业参加。', errors: ['……'] },
  ],
});

ruleTester('bracket-pair', {
  valid: [
    // Cut by the page inside a bracket with no sentence end after it: the cut left it open.
    '分别强调了总任务、总依据、总布局（总体布局和战略布',
    '上半年全市经济运行平稳。\n（注：初步统计。下同',
  ],
  invalid: [
    // A sentence ends after the bracket before the page's cut: the bracket was left open by the writer.
    { text: '全市前进了五位。\n\n(二城市建设凸显新风貌。完成“大干新三年、再创新辉煌”城市', errors: ['('] },
    // An outline number's words follow it at once.
    { text: '向实现本届立法目标迈出坚实步伐。\n\n(一妥善解决了一些立法难', errors: ['('] },
  ],
});

// The second round: figures and names deleted from a meeting's roll call and ballots, a day's number, a lone star for a name.
ruleTester('placeholder', {
  valid: [
    '对无故请假的人，要严肃处理。应到人数为120人，实到人数为118人。',
    '各项措施要落实到位，把现场安全工作做扎实。5月日均客流3万人次。',
    '这是重要讲话*，详见附件。',
  ],
  invalid: [
    // The roll call of a village election (360docs.net, meidekan.com).
    { text: '第1村民小组应到选民人，实到人，委托人\n我嘎查共有选民人，现已到会的选民人。', errors: ['', '', '', ''] },
    // Leave, ballots and a day of the month, their numbers deleted (xiaomilidoc.com, meidekan.com).
    { text: '今天因事因病请假的名，大会共发出选票张，于7月日召开了村民会议。', errors: ['', '', ''] },
    { text: '请同志述职。请同志述职。', errors: ['', ''] },
    // A star where the name went, after 的 or an opening quote (mingyanjiaju.org).
    { text: '贫苦农民家庭出身的*，从小艰辛的生活就磨炼了他。“*，他真是党的好干部！”', errors: ['*', '*'] },
  ],
});

// Fields offered as choices in round brackets, each a field's name (gongwenz.com); a county's own list is no field.
ruleTester('placeholder', {
  valid: ['各县(市/区)要抓好落实，各县（市、区）要抓好落实。'],
  invalid: [
    { text: '如有特殊情况，请提前向(指定人员/部门)请假。\n(单位全称/发文机关)+关于召开+会议主题的+通知', errors: ['(指定人员/部门)', '(单位全称/发文机关)'] },
  ],
});
