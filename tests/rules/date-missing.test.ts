import { ruleTester } from './rule-tester';

ruleTester('date-missing', {
  valid: [
    // The date line with its weekday in brackets of its own, the salutation run on after it.
    '在市委全委扩大会议开始时的讲话\n（2006年8月30日（星期三））同志们：\n这次会议是在新形势下召开的。\n',
    '在市委全委扩大会议开始时的讲话\n(2006年8月30日(星期三)) 同志们:\n这次会议是在新形势下召开的。\n',
    // The speaker and the date in the brackets, the weekday after the date (a 新春座谈会 speech's form with its day).
    '在全县新春座谈会上的讲话\n（县委书记戴新华 2024年2月18日，星期日）\n同志们：\n',
    '在全县新春座谈会上的讲话\n（县委书记 戴新华 2024年2月18日（星期日））\n同志们：\n',
    // A report written to be filed, not spoken, with no salutation under its title (a county bureau's 绩效评价报告 on
    // its site, struct12/10): signed and dated at its end, no date line to add. So a 自查报告 and a `关于…情况的报告`.
    '当前位置: 首页 > 公开领域\n\n南县住房和城乡建设局2018年度整体支出\n\n绩效评价报告\n\n为检验预算编制的科学性，我局对2018年度预算绩效进行自我评价。具体情况报告如下：\n\n一、部门概况\n',
    '2023年度预算公开自查报告\n根据有关要求，我单位结合实际逐项对照检查，现将自查情况报告如下：\n一、高度重视，狠抓落实\n',
    '关于2023年度落实意识形态工作责任制情况的报告\n县委：\n现将我局2023年度工作情况报告如下。\n',
    // A PDF copy cut the byline and the date line word by word (a university's 毕业典礼 speech on a document site).
    '在\n2022\n届毕业生毕业典礼暨学位授予仪式上的讲话\n校长\n秦和\n(\n2022\n年\n6\n月\n15\n日)\n亲爱的同学们、老师们:\n大家上午好!\n',
    // The speaker's name and the date line, the salutation and text run on after them (a 政协 closing speech).
    '陈明在政协第十三届委员会第一次会议闭幕时的讲话\n陈 明 平(2008年1月13日)各位委员、同志们: 政协第十三届委员会第一次会议圆满完成了各项议程。\n',
    // The report form in brackets with the meeting first, and a date signed at the end with a note after it.
    '在全县农村工作会议上的讲话\n（在2021年3月12日全县农村工作会议上）\n同志们：\n',
    '在全县农村工作会议上的讲话\n同志们：\n今天召开全县农村工作会议。\n\n2021年3月12日（根据录音整理）\n',
    // A date line with the place after it, without brackets (rwe/54, a liaison office's copy: `2014年9月1日 香港`).
    '在政制发展咨询会上的讲话\n\n副秘书长 李四\n\n2015年6月2日 香港\n\n  昨天,常委会审议了有关报告。\n',
    '在全县农村工作会议上的讲话\n2021年3月12日，县委党校\n同志们：\n',
    '在全县农村工作会议上的讲话\n2021年3月12日于县委党校\n同志们：\n',
    // A press release dates the speech at its end, with the weekday and the hour.
    '新春致辞\n各位市民:\n新春佳节即将到来,我谨代表市政府向大家拜年。\n祝大家身体健康、万事如意!\n\n2023年1月20日(星期五)\n香港时间10时30分\n',
    // Date lines as OCR, converters and typists leave them: a year's zeros typed as digits or the letter O
    // (`二00四年`), box-drawing and bar dashes (`──`, `――`), the time of day after the date.
    '在全县农村工作会议上的讲话\n二00五年三月十二日\n同志们：\n今天召开全县农村工作会议。\n',
    '在全县农村工作会议上的讲话\n（二OO五年三月十二日）\n同志们：\n',
    '在全县农村工作会议上的讲话\n──2021年3月12日\n同志们：\n',
    '在全县农村工作会议上的讲话\n――2021年3月12日在县委常委扩大会议上\n同志们：\n',
    '在全县农村工作会议上的讲话\n2021年3月12日上午\n同志们：\n',
    // A journal's copy dates the title in brackets; the page's link to its other script is no title.
    '繁體中文\n在2019年新春团拜会上的讲话(2019年2月1日)\n作者:张三\n同志们、朋友们:\n新春佳节即将到来。\n',
    // A site's keyword box, then a lead announcing the transcript that follows: a news report.
    '在全省营商环境大会上的讲话实录\n【收录关键词:营商环境 改革 创新 民营经济 高质量发展 产业 科技 开放 人才 服务】\n2月19日,省委、省政府召开全省营商环境大会,会议以视频形式开到县区。以下为省委书记在大会上的讲话实录——\n同志们:\n今天我们召开大会。\n',
    '在全市工作会议上的讲话\n（2024年3月9日）\n同志们：\n',
    // The speaker or the source, then the date in brackets, on one line under the title.
    '在第二届文化旅游发展大会开幕式上的致辞\n某市委书记 王五\n某新区新闻中心(2021年9月30日)\n尊敬的各位领导,各位来宾:\n金秋如画。\n',
    '在全县经济工作会议上的讲话\n县委书记 张三（2024年3月15日）\n同志们：\n今天召开会议。\n',
    '在全县经济工作会议上的讲话\n县委书记 张三（2024年3月15日 星期五）\n同志们：\n今天召开会议。\n',
    '在全县经济工作会议上的讲话\n县委书记 张三（2024年3月15日\n同志们：\n今天召开会议。\n',
    '在全县经济工作会议上的讲话\n县委书记 张三（2024年3月15日（星期五））\n同志们：\n今天召开会议。\n',
    // The date line in black brackets, and with the hour after the time of day.
    '在全市经济工作会议上的讲话\n【2024年3月15日】\n同志们：\n今天召开全市经济工作会议。\n',
    '在全市经济工作会议上的讲话\n（2024年3月15日上午9时）\n同志们：\n今天召开全市经济工作会议。\n',
    // A date line that gives the season or part of the year only: the writer dated the draft.
    '在全县教育系统开学工作会议上的讲话\n（2024年春）\n同志们：\n新学期开始了。\n',
    '在全县教育系统开学工作会议上的讲话\n——2023年秋季\n同志们：\n新学期开始了。\n',
    '在全县教育系统开学工作会议上的讲话\n（二〇二四年春）\n同志们：\n新学期开始了。\n',
    // A template's fields, each under its label in black brackets: no title to date.
    '【范例二】\n【致辞人】××县教育局\n【致辞背景】××县教育系统开学工作会议致辞\n同志们:\n新学期开始了,各校要抓好开学工作。\n',
    // Date lines of a meeting held over days, in the 〔〕 or [] brackets a converter or typist leaves, with the hour,
    // or with a note in brackets of its own: the draft is dated (never a second date line offered above them).
    '在县委十四届五次全会上的讲话\n（2023年12月18—19日）\n同志们：\n这次全会开了两天。\n',
    '在县委十四届五次全会上的讲话\n（2023年12月18日至19日）\n同志们：\n这次全会开了两天。\n',
    '在全县经济工作会议上的讲话\n〔2024年3月15日〕\n同志们：\n今天召开全县经济工作会议。\n',
    '在全县经济工作会议上的讲话\n[2024年3月15日]\n同志们：\n今天召开全县经济工作会议。\n',
    '全县经济工作会议主持词\n2024年3月15日上午9:00\n同志们：\n现在开会。\n',
    '在全县经济工作会议上的讲话\n（2024年3月15日）（根据录音整理）\n同志们：\n今天召开全县经济工作会议。\n',
    // Signed at the end with the month and day only, under the speaker's name or office: the draft is dated.
    '在全县春季植树造林动员大会上的讲话\n同志们：\n今天召开动员大会，部署今年的植树造林工作。\n谢谢大家！\n\n县林业局局长 李明\n3月12日\n',
    '新学期开学典礼致辞\n老师们、同学们：\n新学期开始了，祝大家学习进步。\n谢谢大家！\n\n校长 赵华\n九月一日\n',
    '在全镇防汛工作会议上的讲话\n同志们：\n汛期将至，各村要立即行动起来。\n\n（6月3日）\n',
    // A date line part filled, part slot, is a date line: the slot is placeholder's, never a
    // second finding that says the date is missing (rwf/50, a 清明 主持讲话: `(20XX年4月5日)`).
    '在全市工作会议上的讲话\n（2024年X月X日）\n同志们：\n',
    '在全市工作会议上的讲话\n（二〇二四年×月×日）\n同志们：\n',
    '在清明节祭扫革命烈士陵园活动上的主持讲话\n\n(20XX年4月5日)\n\n老师们、同学们:\n',
    // The speaker, then the date, in the brackets of the date line.
    '在全县新春座谈会上的讲话\n（县委书记张三，2026年2月14日）\n同志们：\n',
    '在全县新春座谈会上的讲话\n(湖南省衡阳市政协副主席、县委书记张三,2026年2月14日)\n同志们：\n',
    // A title glued by PDF copy to its date line, speaker and text (https://dajudeng.com/Categor/TagList?tid=719148).
    '附件在全市教育工作座谈会上的讲话(2011年11月3日 根据录音整理)刘和平同志们: 今天召开全市教育工作座谈会主要是落实省市党代会精神\n',
    // A copy of the title glued to its date a few lines down (https://gongwensou.com/zhengfubaogao/33010.html),
    // or to a date slot, which is the placeholder rule's (https://dawenge.com/jihuazongjie/43825.html).
    '2019年陇县人民政府工作报告(全文)\n公文搜 2021-07-27 17:30:25 政府报告\n2019年陇县人民政府工作报告(全文)——在陇县第十七届人民代表大会第四次会议上县长赵甲宏(2020年1月8日)各位代表:现在,我代表县人民政府向大会报告工作。\n',
    '正文复制\n\n在庆祝教师节暨总结表彰大会上的讲话\n在庆祝教师节暨总结表彰大会上的讲话\n在庆祝教师节暨总结表彰大会上的讲话(20xx年9月11日)同志们:在这秋高气爽的季节。\n',
    // A title glued to its byline and a date line with the weekday in brackets of its own (xiezuofangchengshi.com/doc/4376.html, its weekday added).
    '在2018年省直机关党的工作会议上的讲话湖南省委常委、秘书长谢建辉(2018年2月9日（星期五）)同志们:刚才,凤祥同志回顾总结了去年的工作。\n',
    // The copy of the title further down leaves out the speaker the page put before it (wukong.top/doc/70081.html).
    '同济大学校长陈杰:在2022级本科生开学典礼上的讲话\n\n同济大学校长陈杰:在2022级本科生开学典礼上的讲话_第1页\n在2022级本科生开学典礼上的讲话同济大学校长陈杰(2022年8月28日)亲爱的同学们、老师们:大家好!\n',
    // The speaker's name set out with spaces is no title (https://ppfocus.com/0/as720b5ed.html).
    '陸 浩\n同志們:\n今天,我們在這裡隆重集會,紀念改革開放30周年。\n',
    // A research report with its theme is no speech (https://www.niswo.com/1049.html).
    'SaaS行业深度报告:盘点A股潜力SaaS公司\n云计算公司快速发展后的 PE 估值倍数可迅速转化成可接受的 PE。\n2.1 Adobe 的成长转型之路\n',
    // News reports about a speech are no drafts: a news headline (`…发表重要讲话`,
    // http://gzxinren.com/html1/report/23019/8943-1.htm) …
    '全國政協舉行新年茶話會 習近平發表重要講話\n\n2022-12-30來源:新華社\n\n中國人民政治協商會議全國委員會12月30日上午在全國政協禮堂舉行新年茶話會。\n',
    // … one that says who attended and spoke, as its subheading (paper.dzwww.com/dzrb/content/20170428/Articel02002MT.htm) …
    '当前位置:首页 > 大众日报 > 要闻\n\n全省宣传部长座谈会在济南召开\n\n孙守刚出席并讲话\n\n2017-04-28 作者: 赵琳 报道 来源: 大众日报\n  □记者 赵琳 报道\n  本报济南讯 4月26日,全省宣传部长座谈会召开。会议深入学习贯彻习近平总书记重要讲话精神。\n',
    // … or a news lead under the headline, before the speech it quotes (http://xczxzxfb.org.cn/show-65727.html,
    // http://yzaobao.com/shiju/20231231/153741.html, http://www.dsblog.net/article/view/id/81240/page/3).
    '黄强省长成都大运会闭幕式致辞全文\n\n时间:2023-08-11     来源:四川省农业农村厅     作者:佚名\n\n  8月8日晚,成都第31届世界大学生夏季运动会闭幕式在成都露天音乐公园激情启幕。四川省省长黄强发表致辞。致辞全文如下:\n\n  尊敬的谌贻琴国务委员,各位来宾,女士们,先生们,朋友们:\n\n  今晚,我们欢聚在成都露天音乐公园。\n',
    '习近平新年贺词:前行路上有风有雨是常态\n\n时间:2023-12-31 20:35内容来源:联合早报\n\n中国国家主席习近平新年贺词中说,现在大家工作生活压力都很大,2024年要营造温暖和谐的社会氛围。\n',
    // A date line with its weekday in brackets, under the byline.
    '在庆祝中华人民共和国成立74周年招待会上的致辞\n市委副书记、市长 龚正\n2023年9月28日（星期四）\n女士们,先生们:\n',
    // A notice is no speech, its salutation notwithstanding (http://www.wuhuzx.gov.cn/gggkai/tzgg/8561638.html).
    '关于召开政协第十四届芜湖市委员会第四次会议的通知\n各位委员、列席人员:\n政协第十四届芜湖市委员会第四次会议将于2025年1月12日至15日上午在芜湖召开。\n',
    '金科伟业2020年会海阳分会(之二)召开\n\nhttp://www.dsblog.net 2021-01-15 14:30:57\n\n黄英姿教授精彩讲解\n\n  董事长发表重要讲话。\n  董事长说:\n  尊敬的黄教授,各位新老朋友,各位家人,下午好!\n',
  ],
  invalid: [
    // The same report given from a rostrum, its salutation under the title: a speech, to be dated.
    {
      text: '关于2023年度全县预算执行和其他财政收支的审计工作报告\n主任、各位副主任、各位委员：\n我受县人民政府委托，向县人大常委会报告审计工作，请予审议。\n',
      errors: ['关于2023年度全县预算执行和其他财政收支的审计工作报告'],
    },
    // A title whose year the copy broke onto a line of its own: the finding covers the whole title.
    {
      text: '2022\n年在全县乡村振兴工作推进会议上的讲话\n近段时间以来,我先后召开了几次会议,谈了很多意见。今天着重讲几点。\n',
      errors: ['2022\n年在全县乡村振兴工作推进会议上的讲话'],
    },
    // A site's headline, its words to the reader, then the draft's own title above the salutation: the finding is on that title.
    {
      text: '(范文)校长在2023年秋季开学典礼上的讲话\n新学期伊始,寄语学子砥砺前行。以下是网友为您整理分享的“校长在开学典礼上的讲话”相关范文,供您参考!\n校长在2022年秋季开学典礼上的讲话\n亲爱的老师们、同学们:\n大家好!新学期开始了。\n',
      errors: ['校长在2022年秋季开学典礼上的讲话'],
    },
    // A date line under the title that left out its year: that line is reported, no second date line is offered above it.
    {
      text: '在全镇防汛工作会议上的讲话\n（6月3日）\n同志们：\n汛期将至，各村要立即行动起来。\n部署落实要快。\n谢谢大家！\n',
      errors: [{ text: '（6月3日）', message: /缺少年份/ }],
    },
    { text: '在全县春季植树造林动员大会上的讲话\n县林业局局长 李明\n3月12日\n同志们：\n今天召开动员大会。\n各单位要抓紧落实。\n谢谢大家！\n', errors: ['3月12日'] },
    // A page's headline, the forum's stamps, then the draft's own title with the speaker's line under it: the draft's
    // title is the one to date (gathered rwe/06, a forum's copy of a 发言提纲).
    {
      text: '在市政协常委会议上的发言提纲\n\n[复制链接]\n\n发表于 2023-1-15 10:58:00 | 显示全部楼层 |阅读模式\n在市政协常委会议上的书面发言提纲\n王 建 国\n各位领导、各位委员:\n我就优化营商环境谈几点看法。\n',
      errors: ['在市政协常委会议上的书面发言提纲'],
    },
    // The headline right above a title of its own, the speaker between it and the salutation.
    { text: '县委书记在全县三级干部大会上的讲话\n在全县三级干部大会上的讲话\n县委书记 张明\n同志们：\n今天召开三级干部大会。\n', errors: ['在全县三级干部大会上的讲话'] },
    // A bare month and day in the text, not on a line of its own, signs nothing.
    { text: '在全县春季植树造林动员大会上的讲话\n同志们：\n今天召开动员大会，部署今年的植树造林工作。\n3月12日植树节当天，全县统一行动。\n', errors: ['在全县春季植树造林动员大会上的讲话'] },
    // A long title with quoted words, run into its salutation by the copy: the title still ends before it.
    { text: '提振“精气神”跑出“加速度”全力以赴推动项目建设提质增效——在全县项目建设推进会上的讲话同志们:今天召开全县项目建设推进会。\n', errors: ['提振“精气神”跑出“加速度”全力以赴推动项目建设提质增效——在全县项目建设推进会上的讲话'] },
    // 致词 and 贺辞, as some drafts write the genre, end a title too.
    { text: '县委2022年新年致词\n各位领导、各位来宾、朋友们:\n在新春佳节即将来临之际,我们在这里欢聚一堂。\n', errors: ['县委2022年新年致词'] },
    // A main title that calls out (`?!`), with its subtitle naming the speech, is a title all the same.
    { text: '相关推荐\n- 2023-07-18 12:46:21 在2021届毕业典礼上的讲话\n青春正好,何不奋斗?!——在2022年毕业典礼暨学位授予仪式上的讲话\n亲爱的同学们:\n我们终于相聚在这里。\n', errors: ['青春正好,何不奋斗?!——在2022年毕业典礼暨学位授予仪式上的讲话'] },
    // A site's slogan above the title reads as a sentence; the speech title under it, with its salutation
    // and no date, is still the title.
    { text: '公文范文网提供各类讲话稿写作素材!\n在全区干部作风建设大会上的讲话\n05-12 | 手机版\n同志们:\n今天召开全区大会。\n', errors: ['在全区干部作风建设大会上的讲话'] },
    { text: '在全市工作会议上的讲话\n同志们：\n今天召开会议。\n', errors: ['在全市工作会议上的讲话'] },
    // A document site's page: its own headline for the speech, its stamps and counters, then the draft with its
    // own title above the salutation (the seeds' 001 and 002, gathered rwb/61, typ/10): the date line goes under the draft's.
    { text: '在全县经济工作会议上的讲话\nVIP专免\n2024-05-14 999+ 13.54KB 9 页 海报\n侵权投诉\n在全县2024年经济工作会议上的讲话\n同志们：\n今天召开全县经济工作会议。\n', errors: ['在全县2024年经济工作会议上的讲话'] },
    { text: '校长在开学典礼上的讲话\n2024-07-07\n校长在开学典礼上的讲话(精选6篇)\n校长在秋季开学典礼上的讲话 第1篇\n校长在秋季开学典礼上的讲话\n老师们、同学们：\n新学期开始了。\n', errors: ['校长在秋季开学典礼上的讲话'] },
    // A photo's caption under the title is no news lead: the speech under it has no date line.
    {
      text: '在二〇二四年春节团拜会上的讲话\n习近平\n2月8日,中共中央、国务院在北京人民大会堂举行2024年春节团拜会。习近平发表讲话。新华社记者 申宏 摄\n同志们、朋友们:\n龙年春节即将到来。\n',
      errors: ['在二〇二四年春节团拜会上的讲话'],
    },
    // A speech that opens without a salutation and speaks of a speech is no news report: it says 我们.
    { text: '在全市学习贯彻会议上的讲话\n今天我们召开会议,传达学习习近平总书记发表的重要讲话精神。\n', errors: ['在全市学习贯彻会议上的讲话'] },
    // A note that only mentions a date, with no byline before it, is no date line.
    { text: '在全市工作会议上的讲话\n（数据截至2024年3月9日）\n同志们：\n今天召开会议。\n', errors: ['在全市工作会议上的讲话'] },
    // A sentence in the brackets is no byline.
    { text: '在全市工作会议上的讲话\n（会议已于上月召开。现补记，2024年3月9日）\n同志们：\n', errors: ['在全市工作会议上的讲话'] },
    // Titles a draft's copy ends with `发言稿` or `讲话文稿` (http://esk365.com/fanwen/fwshow.asp?key=de9xzmey,
    // https://m.wenke99.com/p-10664608.html).
    { text: '教师节座谈会校长发言稿各位领导、老师们: 今天,我们在这里欢聚一堂,共同迎来了我们自己的节日——第27个教师节。\n', errors: ['教师节座谈会校长发言稿'] },
    { text: '市长在2022年市安委会第一次全体(扩大)会议上的讲话文稿\n同志们,今天我们利用下班时间召开2022年市安委会第一次全体(扩大)会议。\n', errors: ['市长在2022年市安委会第一次全体(扩大)会议上的讲话文稿'] },
    // … or `讲话材料` (http://lspjy.com/forum.php?goto=nextnewset&mod=redirect&tid=1061677).
    {
      text: '市委书记在2020年全市机关干部大会暨产业创新发展大会上的讲话材料\n\n[复制链接]\n楼主\n发表于 2020-5-16 17:53:04 | 只看该作者\n企业家朋友们、同志们:\n\n大家上午好。\n',
      errors: ['市委书记在2020年全市机关干部大会暨产业创新发展大会上的讲话材料'],
    },
    // A site and its column (`高考在线 >主持词`) is no title (http://m.zaixiangufen.com/zhuchici/2017753.html).
    { text: '高考在线\n高考在线 >主持词\n\n全区安全生产会议主持词\n\n2023-08-01 16:37:40 高考在线\n\n  同志们,现在开会。\n', errors: ['全区安全生产会议主持词'] },
    // A page's `返回` and `文章導讀` are no part of the title (https://www.fanwenq.com/UserLookArticle.asp?ArticleID=f1acf675dee13967,
    // http://www.ioyoy.cn/index/article/detail/detail_id/2444810.html).
    { text: '返回\n安全生产领导讲话\n\n安全生产领导讲话\n\n时间:2007-1-6 14:58:10  [下载该文章]  [会员注册]\n刚才,我们收听收看了安全生产电视电话会议。\n', errors: ['安全生产领导讲话'] },
    { text: '文章導讀\n黨委書記在學院2022年學生迎新大會上的致辭尊敬的各位老師、親愛的同學們:大家周末早上好!今天這個日子特別值得銘記。\n', errors: ['黨委書記在學院2022年學生迎新大會上的致辭'] },
    // A title wrapped at the page width over three lines (https://www.gongwk.com/doc/538113.jhtml).
    {
      text: '市委副书记在理论学习中心组专题\n学习习近平总书记在全国两会上的\n重要讲话精神研讨交流会上的发言\n同志们:\n在全面贯彻落实党的二十届三中全会精神的关键之年。\n',
      errors: ['市委副书记在理论学习中心组专题\n学习习近平总书记在全国两会上的\n重要讲话精神研讨交流会上的发言'],
    },
    // The main title above its subtitle (https://kuaichafanwen.com/73664.html).
    {
      text: '大学的使命与法律人的责任\n——2021年清华大学法学院开学典礼院长致辞\n申卫星\n\n亲爱的各位2021级新同学、出席典礼的老师们:\n大家下午好!\n',
      errors: ['大学的使命与法律人的责任\n——2021年清华大学法学院开学典礼院长致辞'],
    },
    // A site's greeting is no text of the draft's (http://www.laowenmi.com/ldjh/gzuy/6963.html), nor a note
    // between a glued title and its salutation (https://www.xiaomilidoc.com/p-115984.html).
    {
      text: '欢迎访问老文秘,一家专业的公文网站!\n\nQQ群\n手机版\n我要投稿\n\n在全区作风建设暨优化营商环境大会上的讲话\n\n2023-07-18 投稿人 : 佚名 围观 : 0 评论\n在全区作风建设暨优化营商环境大会上的讲话\n\n同志们:\n',
      errors: ['在全区作风建设暨优化营商环境大会上的讲话'],
    },
    { text: '市长在X市人民代表大会第一次会议上的政府工作报告(2022年政府工作报告)各位代表:现在,我代表市人民政府,向大会报告工作。\n', errors: ['市长在X市人民代表大会第一次会议上的政府工作报告'] },
    // A title glued to its salutation by the number a site gave it, the line ending with the
    // salutation's colon (rw4a/40, a 大学毕业典礼 page); and a PDF's page number before a glued title (rw2/q04:
    // the finding marks the line from its start, page number included).
    { text: '大学毕业典礼院长致辞1尊敬的xx各位老师、各位朋友、各位家长,亲爱的同学们:\n大家好!\n在这凤凰花开的时光里,我们隆重举行毕业典礼。\n', errors: ['大学毕业典礼院长致辞'] },
    { text: '1 小学落成庆典仪式致辞 各位领导、老师们、同学们、同志们: 在第二十一个教师节即将来临之际,值此小学落成庆典。\n', errors: ['1 小学落成庆典仪式致辞'] },
    // A title set out with spaces is still a title.
    { text: '开 幕 词\n同志们：\n今天大会开幕。\n', errors: ['开 幕 词'] },
    // A title with its theme after a colon (https://www.dawenge.com/document/detail.html?id=725661).
    { text: 'X委书记在2026年上学期开学典礼上的讲话:奋发、创新、健康,在希望中生长\n尊敬的各位老师、亲爱的同学们:\n上午好!\n', errors: ['X委书记在2026年上学期开学典礼上的讲话:奋发、创新、健康,在希望中生长'] },
  ],
});
