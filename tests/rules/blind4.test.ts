/**
 * Blind audit 4: shapes seen on real pages never checked before (a date line run into the salutation,
 * closing marks whose opening ones a keyword filter took, a point whose parts are numbered as headings
 * at a page's cut, a leader's title with its last character typed twice), written in sentences of their own.
 */
import { ruleTester } from './rule-tester';
import { describeCorpusFile } from '../helpers';

ruleTester('date-missing', {
  valid: [
    // The date line kept, its line end lost: the salutation and text run on after it.
    '县委书记在全县庆祝教师节大会上的讲话\n（2005年9月9日）同志们、同学们：今天我们在这里隆重集会。\n',
    '在全市工作会议上的讲话\n(2019年3月5日)各位代表:现在召开全市工作会议。\n',
  ],
  invalid: [
    // A bracketed group that is no date before the text is no date line.
    { text: '县委书记在全县庆祝教师节大会上的讲话\n（根据录音整理）同志们：今天我们在这里隆重集会。\n', errors: ['县委书记在全县庆祝教师节大会上的讲话'] },
    // A title with a quoted word before 在…上的讲话, glued to its copy and the salutation (the site's 〞 for ”).
    {
      text: '收藏 分享赚钱\n学习贯彻“两会〞精神在市政府全体会议上的讲话 学习贯彻两会精神在市政府全体会议上的讲话 同志们: 今天,我们召开市政府全体会议。\n',
      errors: ['学习贯彻“两会〞精神在市政府全体会议上的讲话'],
    },
  ],
});

ruleTester('quote-pair', {
  valid: ['近期，市委部署了“某某之问”大讨论活动，书记向全市发出了“某某之问”，社会反响很好。\n'],
  invalid: [
    // The same words before both closing marks: each ends the same quoted term, its opening mark lost
    // with a name a filter took. Two stray marks (no fix), not a quotation the wrong way round.
    {
      text: '近期，市委部署了某某之问”大讨论活动，书记向全市发出了某某之问”，社会反响很好。\n',
      errors: ['”', '”'],
    },
    // A quotation the wrong way round is still one, the words before its marks differing.
    { text: '在会上要坚持”六个坚持”的原则。\n', errors: ['”六个坚持”'], output: '在会上要坚持“六个坚持”的原则。\n' },
  ],
});

ruleTester('enum-count', {
  valid: ['下面，我讲两点意见。\n第一，要提高认识。\n（一）充分认识重要性。\n（二）充分认识挑战。\n第二，要狠抓落实。\n各单位要抓好落实。\n'],
  invalid: [
    // The page cut inside the first point, whose parts are numbered （一）（二） as headings: a note, no fix.
    {
      text: '同志们：\n今天召开会议。下面，我先讲三点意见。\n第一，要志在必得，在思想上高度重视迎查工作\n农村环境综合整治已到了成果验收的收官阶段。\n（一）充分认识验收工作的重要性。环境面貌是一个地方的形象。\n（二）充分认识面临的挑战。农村部分地方的面貌还没有得到根本改变，污水乱倒、垃圾乱\n',
      errors: [{ text: '三点意见', message: /中断/ }],
    },
  ],
});

ruleTester('char-repeat', {
  valid: [
    '市委员会会议审议通过了工作报告。\n',
    '请党委书记记录好会议的主要内容。\n',
    '优秀教师李婷婷同志作了发言。\n',
    '这碗汤热乎乎的，大家趁热喝。\n',
  ],
  invalid: [
    // A leader's title with its last character typed twice (a PDF copy of a provincial speech).
    {
      text: '深入学习贯彻习近平总书记记关于扶贫工作的重要论述。习近平总书记记强调，消除贫困是社会主义的本质要求。\n',
      errors: ['记记', '记记'],
      output: '深入学习贯彻习近平总书记关于扶贫工作的重要论述。习近平总书记强调，消除贫困是社会主义的本质要求。\n',
    },
  ],
});

ruleTester('placeholder', {
  valid: [
    // A PDF copy breaks a line inside 我们: the 们 opening a line is no lost word.
    '今天只有部分家长来到了现场，让我\n们为所有的家长朋友们鼓掌。\n',
    '同志们，朋友们：我们要感谢你们。\n',
    // Capitals naming a grade, a class or a zone are no masks; X is the slot finders' own.
    '全县共有C级危房120户、D级危房35户，D级危房要全部拆除重建。\n',
    '景区创成A级景区，B区和C区已完工，A区正在建设。\n',
    // 届 after the word that takes it.
    '欢迎本届毕业生和历届校友回到母校。\n',
    '全县有个别村党组织软弱涣散。\n',
  ],
  invalid: [
    // A keyword filter took 同志 and left 们 with no one before it.
    { text: '刚才对下一步工作进行了安排部署，希望们认真抓好落实。\n', errors: [''] },
    // A keyword filter wrote D for one word throughout a line.
    { text: '村“两委”是D和政府联系人民群众的桥梁，这次换届是D的二十大之后的一件大事。\n', errors: ['D', 'D'] },
    // The class's year deleted before 届, the count of villages before 个, text left out between ellipses.
    { text: '高校校长在届本科毕业典礼上的讲话\n', errors: [''] },
    { text: '今年是换届选举年，全县有个村党组织要进行换届选举。\n', errors: [''] },
    { text: '要如履薄冰扛牢责任 ……略…… 不能在安全生产上有任何闪失。\n', errors: ['……略……'] },
  ],
});

ruleTester('web-residue', {
  valid: [
    // A line of names under its lead, and short words apart by spaces under the draft's own text: no site's keywords.
    '出席今天会议的领导有：\n张三 李四 王五 赵六 孙七\n',
    '今天召开全市安全生产工作会议。\n全市 安全生产 活动 动员大会 讲话稿 总结\n',
  ],
  invalid: [
    // A document site's keyword line under its label or its other residue.
    {
      text: '特殊限制:\n关 键  词:\n全市 安全生产 活动 动员大会 讲话稿 _1\n在全市安全生产月活动动员大会上的讲话\n同志们：\n今天召开会议。\n',
      errors: ['特殊限制:', '关 键  词:', '全市 安全生产 活动 动员大会 讲话稿 _1'],
      // The keywords are a suggestion: fix-all deletes the site's own line only.
      output: '关 键  词:\n全市 安全生产 活动 动员大会 讲话稿 _1\n在全市安全生产月活动动员大会上的讲话\n同志们：\n今天召开会议。\n',
    },
    // A site's toolbar and file number: `ID:` joins the residue beside it.
    { text: '分享赚钱 收藏 举报 版权申诉 / 9\nID:1836184\n在全市工作会议上的讲话\n同志们：\n今天召开会议。\n', errors: ['分享赚钱 收藏 举报 版权申诉 / 9', 'ID:1836184'], output: '在全市工作会议上的讲话\n同志们：\n今天召开会议。\n' },
    {
      text: '网站客服:3074922707\n2023 学习 贯彻 两会 精神 市政府 全体会议 致辞\n学习贯彻两会精神在市政府全体会议上的讲话\n同志们：\n今天召开会议。\n',
      errors: ['网站客服:3074922707', '2023 学习 贯彻 两会 精神 市政府 全体会议 致辞'],
      output: '2023 学习 贯彻 两会 精神 市政府 全体会议 致辞\n学习贯彻两会精神在市政府全体会议上的讲话\n同志们：\n今天召开会议。\n',
    },
  ],
});

describeCorpusFile('blind4.json');

