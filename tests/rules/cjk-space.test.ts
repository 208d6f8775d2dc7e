import { ruleTester } from './rule-tester';

ruleTester('cjk-space', {
  valid: [
    // Datelines with a special dispatch (`专电`) and in traditional script (`日電`): the space after them is the dateline's.
    '    新华社伦敦7月27日奥运专电 国际奥委会主席罗格27日晚在伦敦奥运会开幕式上致辞,全文如下:',
    '中新網3月5日電 十四屆全國人大三次會議5日上午在北京人民大會堂開幕，國務院總理作政府工作報告。',
    '习近平总书记强调，要坚持稳中求进。',
    'GDP 增长 5%。',
    // A thousands separator (a group of three) is no lost decimal point; nor is a figure set before a measure word.
    '全市常住人口达到10 000万人，比上年增长1.2%。',
    '全县共有12 5个乡镇参加评比。',
    // A speaker's line, then the salutation: 同志们 addresses a crowd, it is no one's title
    // (dogcm.com, 胡锦涛 2004-08-22; tests/corpus anatomy: `三、2024年重点任务` / `同志们：`).
    '（2004年8月22日）胡锦涛\n同志们，朋友们：\n今天，我们在这里隆重集会，纪念邓小平同志诞辰100周年。',
    '三、重点任务\n同志们，任务已经明确，关键在于落实。',
    // A news dateline runs on after a space (xinhuanet copy; 本报讯).
    '新华社北京3月24日电 新华社受权于24日全文播发常委会工作报告，批准了这个报告。',
    '中新社北京10月25日电 题：新常委亮相，引人注目。',
    '本报讯 记者从市政府获悉，今年全市经济稳中有进。',
    // A byline's role and name, and a second name after the first, set apart on purpose (any surname, in either script).
    '本网讯(记者 傅长琪)5月25日下午，县委农村工作会议召开，会议总结了去年的工作。',
    '本报讯(记者方蓉 朱波) 2月20日，市委政法委召开务虚会，全面总结履职情况。',
    // The credits under a story (dates8/27, a county news page: `(制作 吕慧乾)`).
    '筹备工作已经全部准备就绪。(制作 吕慧乾)\n责编 王晓东\n',
    // A title of two even halves of three (dates8/48, a school's flag-raising speech): as a quoted theme's are.
    '今天我国旗下讲话的题目是《迎国庆 树理想》。',
    '全國組織部長會議在北京舉行。曾慶紅出席會議并講話。新華社記者 黃敬文攝\n',
    // A byline: the title, a space, the name ending the line.
    '2007年3月11日，在第十届全国人民代表大会第五次会议上，全国人民代表大会常务委员会委员长 吴邦国\n各位代表：',
    // The same in traditional script, and the HK and Macao chief executive's title (blind/58–63, info.gov.hk and hkcna.hk copies).
    '就職典禮致辭全文來了! 【同期】香港特區第六任行政長官 李家超\n尊敬的各位嘉賓、各位市民：',
    '全文如下。致辭人:台積電董事長 張忠謀\n各位同仁：今天我們在這裡歡聚一堂。',
    '会议纪要如下。出席:澳门特别行政区行政长官 贺一诚\n各位嘉宾：',
    // …or the date in brackets after the name, the line breaks lost in a copy (a 2004 county report, gathered).
    '在全县经济工作会议上的讲话 常务副县长 王文深(二00四年七月七日) 同志们:今年以来,全县经济稳中有进。',
    '在全市安全生产工作会议上的讲话\n市长 刘建国（2024年1月5日）\n同志们：',
    // A speech's title, a space, then the salutation or the text: the space is the title's
    // line break, and deleting it would glue them (m.wnwk.com 2205425, wolizhi.com 39041,
    // rw2/q04, rwg/09, rwi/19: `…的讲话 同志们`, `…致辞 各位领导`); the title run into `同志们,` gets a
    // suggestion to restore the break (invalid below).
    '中学校长新年致辞 岁月如梭,秋去冬来。2021年又悄悄逝去,2021也悄然而至。回首2021年的300多个日子,我倍感欣慰。',
    '小学落成庆典仪式致辞 各位领导、老师们、同学们,今天我们在这里隆重集会。向所有关心学校建设的同志表示感谢!',
    // Any title, then the salutation (rwj/25, a 2024 党课).
    '党课:坚持以新质生产力发展推进中国式现代化 同志们:\n按照局党组工作安排,今天我为大家讲一堂专题党课。',
    // A photo credit's 摄 (rwj/02, a xinhuanet copy).
    '图为沿江高铁施工现场(5月10日摄)。新华社发(袁福洪 摄)',
    // The same in traditional script, and a name run into its 攝 (hk.crntt.com 107173045).
    '全國政協主席代表常務委員會作工作報告（中評社 林艶攝） 中評社北京3月4日電（記者 林艶）3月4日下午，全國政協會議開幕。',
    // A line with only a colon is a label and its value: a title's parallel parts, a site's
    // fields (rwj/23, rwj/07, rwf/27).
    '党课:强化四种思维 加快培育和发展新质生产力',
    '新华社北京9月2日电 题:凝聚改革共识 激发奋进力量——学习贯彻党的二十届三中全会精神中央宣讲团宣讲活动综述',
    '文字:陈远林  图:宇红雷  审核:张艳霞',
    // Quotation marks moved to a line of their own leave a space where each was (rw4b/23).
    '” “ ”\n这一论述表明了 两个确立对党和国家事业发展的重要性,要增强 四个意识 、坚定 四个自信 。',
    // A heading at a line's start, then its paragraph: broken-line's (tests/rules/cjk-space-heading.test.ts).
    '（一）健全全面从严治党体系 党的十九大提出新时代党的建设总要求，这是我们党第一次提出。',
    // The draft's title sets its two parts apart with a space on purpose.
    '坚定信心,真抓实干 奋力开创高质量发展新局面\n——在全市经济工作会议上的讲话\n同志们：\n今天召开全市经济工作会议，主要任务是总结工作、部署任务。',
    // A quoted slogan or theme of two halves as long as each other: the space sets them apart like a title's
    // (blind/27 ettoday `「2020迎風而起 逆風高飛」`, ocr2/45, ocr2/60, mar/41 `“云想尖峰 花享罗店”`).
    '学校举办了“青春心向党 建功新时代”主题演讲比赛，全体师生踊跃参加。',
    '本届论坛以「数字赋能 共创未来」为主题，来自各地的企业代表参加。',
    '公司今年年会的主题是“2025乘风破浪 携手同行”，全体员工齐聚一堂。',
    // A surname at a line's end after a title, but no title or 同志 after the rest: no name to join (`县长李` / `强调`).
    '会上，县长李\n强调，要坚决守住安全生产底线。',
    '会议由副市长王\n同志们主持。',
  ],
  invalid: [
    // A decimal point a PDF copy turned into a space (blind7/27, good4/44): a suggestion, fix-all leaves it.
    {
      text: '全年预计完成国内生产总值5 9亿元，财政收入完成全年任务的108 3%，增长12 5%。',
      errors: [
        { text: '5 9', message: /丢了小数点（应为“5\.9”/ },
        { text: '108 3', message: /丢了小数点/ },
        { text: '12 5', message: /丢了小数点/ },
      ],
      output: '全年预计完成国内生产总值5 9亿元，财政收入完成全年任务的108 3%，增长12 5%。',
    },
    // A name cut by a line break between a title and 同志 or another title.
    {
      text: '会议由市委常委、副市长李\n明同志主持，各县区主要负责同志参加。',
      errors: [{ text: '李\n明', message: /姓名中间断行/ }],
      output: '会议由市委常委、副市长李明同志主持，各县区主要负责同志参加。',
    },
    { text: '随后，县委书记张\n建国书记作了重要讲话，对下一步工作提出要求。', errors: ['张\n建国'], output: '随后，县委书记张建国书记作了重要讲话，对下一步工作提出要求。' },
    // The same copies' spaces after a sentence's end and after the salutation: lost line breaks
    // (the title's space still stays; tests/rules/cjk-space-marks.test.ts).
    { text: '中学校长新年致辞 岁月如梭,秋去冬来。2021年又悄悄逝去,2021也悄然而至。 回首2021年的300多个日子,我倍感欣慰。', errors: ['。 回'] },
    {
      text: '党课:坚持以新质生产力发展推进中国式现代化 同志们: 按照局党组工作安排,今天我为大家讲一堂专题党课。',
      errors: [': 按'],
      output: '党课:坚持以新质生产力发展推进中国式现代化 同志们:\n按照局党组工作安排,今天我为大家讲一堂专题党课。',
    },
    { text: '县委书记在半年经济工作会议上的讲话 同志们,上半年,在市委市政府的坚强领导下,我们认真贯彻落实各项决策部署。', errors: ['话 同'] },
    // A speech's title run into its salutation: the space was the title's line break, to restore (a suggestion);
    // the one after the salutation is certain.
    {
      text: '在全县教育工作大会上的讲话 同志们，朋友们： 今年是全面贯彻落实党的二十大精神的开局之年。',
      errors: [{ text: '话 同', message: /标题与正文挤在一行/ }, '： 今'],
      output: '在全县教育工作大会上的讲话 同志们，朋友们：\n今年是全面贯彻落实党的二十大精神的开局之年。',
    },
    // A term next to a PDF's spaced figure is not a spaced list of terms (jinchutou.com, the
    // 2013 沂源 government work report).
    {
      text: '预计全年实现生 产总值 212.8 亿元,同比增长 10.5 %;全社会固定资产投资 117.2 亿元。',
      // Beside such spaces, the spaced figures are the same copy's (tests/rules/cjk-space-digits.test.ts).
      errors: ['生 产', '值 212.8', '212.8 亿', '长 10.5', '10.5 %', '资 117.2', '117.2 亿'],
      output: '预计全年实现生产总值212.8亿元,同比增长10.5%;全社会固定资产投资117.2亿元。',
    },
    // A dateline with the PDF's spaces is still a dateline; the date in it is still one to join
    // (ggwy.jlju.edu.cn copy, 2024).
    {
      text: '新华社北京 9 月 30 日电 庆祝中华人民共和国成立75周年招待会30日晚在人民大会堂隆重举行。',
      errors: ['9 月 30 日'],
      output: '新华社北京 9月30日电 庆祝中华人民共和国成立75周年招待会30日晚在人民大会堂隆重举行。',
    },
    // A title word that makes a word across the space is a word split by a stray space.
    { text: '新闻发言 人表示,今年将继续加大投入。', errors: ['言 人'], output: '新闻发言人表示,今年将继续加大投入。' },
    { text: '习近平 总书记强调，要坚持稳中求进。', errors: ['习近平 总书记'], output: '习近平总书记强调，要坚持稳中求进。' },
    // The plural address is not the title; a name split from 同志 still is.
    { text: '会议由王伟\n同志主持，大家踊跃发言。', errors: ['王伟\n同志'], output: '会议由王伟同志主持，大家踊跃发言。' },
    // A space that cuts a word opening the paragraph is a stray space, not a heading glued to
    // its paragraph (the lost-break shape `取得明显成效 过去一年，……` needs a break between words).
    { text: '深入学习宣 传贯彻党的二十大精神，取得明显成效。', errors: ['宣 传'], output: '深入学习宣传贯彻党的二十大精神，取得明显成效。' },
    // A space inside such a heading that cuts a word is still a stray space (rwi/19, rw2/q09);
    // the space before the heading is its lost line break (a suggestion: the output keeps it).
    {
      text: '我给新工会班子提三点希望: 一、希望工会按照上级要求,尽快熟悉业务,主动作为积 极进取,做好工作。',
      errors: [': 一', '积 极'],
      output: '我给新工会班子提三点希望: 一、希望工会按照上级要求,尽快熟悉业务,主动作为积极进取,做好工作。',
    },
    // Quoted, but the halves are not parallel (eight and five): a PDF's space inside a quoted phrase.
    { text: '要牢牢把握“全面建设社会主义 现代化国家”的目标任务，奋勇前进。', errors: ['义 现'] },
    { text: '我们要在这个“关 键的发展时期”大有作为，就必须在务实上下工夫。', errors: ['关 键'], output: '我们要在这个“关键的发展时期”大有作为，就必须在务实上下工夫。' },
    // Not a dateline: the space after 电 in running text.
    { text: '我们要做好供电 工作，保障民生用电。', errors: ['电 工'] },
  ],
});
