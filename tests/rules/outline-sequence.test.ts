import { ruleTester } from './rule-tester';

ruleTester('outline-sequence', {
  valid: [
    // A page that repeats its paragraph, each opening with a bracketed label: the second list starts again at 第一.
    '【书记对青年干部提出希望】第一，坚定理想信念。第二，勇于担当作为。第三，严守纪律规矩。\n【书记对青年干部提出希望】第一，坚定理想信念。第二，勇于担当作为。第三，严守纪律规矩。\n',
    '一、提高认识\n二、抓好落实\n三、加强领导\n',
    // Two lists, each after a line ending in a comma (`…强调,`), the second starting again at 01 (hrbqgyxx.com/article/content/id/4487).
    '校长强调,\n01、要强化师德师风;\n02、要加强教学管理;\n03、要抓好校园安全。\n党委书记作总结讲话,提出三方面要求。书记强调,\n01、必须坚持党的领导;\n02、必须保持清醒头脑;\n03、必须严守纪律规矩。\n',
    // The missing number is there, after a space: a copy lost the line break before it
    // (rwi/18, a 五一 表彰大会 主持词 from a document site).
    '今天会议的议程共4项:\n1.总结去年工会工作,部署今年全市工会工作任务 2.宣读表彰决定\n3.为获奖单位和个人颁奖 4.请市委组织部部长作重要讲话\n',
    // A list restarted inside an item of its own style, and the outer list going on after it.
    '可分为三方面内容:\n一是宣布开会。\n二是介绍会议的背景,要掌握两个原则:一是站位要高;二是交代要全面。\n三是介绍会议内容。\n',
    // After a full stop, or glued to the words before it (a 第 heading): the page lost the break.
    '一、提高认识\n要把思想统一到会议精神上来。二、抓好落实\n三、加强领导\n',
    '第一、要明确军训的意义。\n第二、要尊重教官，虚心学习他们的好思想、好作风第三、严格要求自己，接受艰苦训练。\n第四、加强纪律性，行动听指挥。\n',
    // The page hides the text between two headings behind a download prompt: the missing
    // number is in what it hides, not a skip in the draft.
    '一、回顾过往工作\n（一）政策体系日益完善\n近年来，相关政策文件陆续出台，制度框架基本形成。\n---此处隐藏4860字,下载后查看---\n（三）加强宣传引导，营造良好氛围\n要充分利用各类媒体广泛宣传政策。\n',
    // A point whose text opens with a figure, spaced as a PDF's text layer leaves it: `2、` is there
    // (renrendoc.com/paper/188836638.html, a page's chunks `1、…` `2、42 条,综合…` `3、…`).
    '1、大家好!今天我和大家共同学习公文写作的知识。条例共 8 章,\n\n2、42 条,综合了上述两个文件的大多数条文。\n\n3、它的主要特征有五个方面。\n',
  ],
  invalid: [
    // A skip with nothing hidden between is still one.
    { text: '一、回顾过往工作\n（一）政策体系日益完善\n近年来，相关政策文件陆续出台，制度框架基本形成。\n（三）加强宣传引导，营造良好氛围\n要充分利用各类媒体广泛宣传政策。\n', errors: ['（三）'] },
    { text: '一、提高认识\n二、抓好落实\n三、加强领导\n五、严明纪律\n', errors: ['五、'] },
    // The outer list skipping after the inner one is still a skip.
    { text: '一是宣布开会。\n二是介绍背景,要掌握两个原则:一是站位要高;二是交代要全面。\n四是介绍会议内容。\n', errors: ['四是'] },
    // A numeral glued inside a word is no lost heading: `第二、三产业` is not `三、`.
    { text: '一、提高认识\n推动第二、三产业融合发展。\n二、抓好落实\n四、严明纪律\n', errors: ['四、'] },
    // A number inside a figure is no lost heading: `12.` is not `2.`.
    { text: '今天会议的议程共4项:\n1.总结去年工作,完成投资12.5亿元\n3.为获奖单位和个人颁奖\n4.请领导讲话\n', errors: ['3.'] },
  ],
});
