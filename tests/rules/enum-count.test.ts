import { ruleTester } from './rule-tester';

ruleTester('enum-count', {
  valid: [
    // Words after the count name another thing (the relation between the goals): nothing announced.
    '这三个目标之间的关系：一是相互促进。二是相辅相成。\n',
    // Two counts in one sentence with no speaker's verb before the second: a list of counts, nothing announced.
    '今年出台了5条措施，6条保障。\n一、加强领导\n二、压实责任\n',
    // Points numbered ①②③, as many as announced, one wrapped over lines by a PDF; and a list the text stops inside.
    '同志们：\n下面，我强调四点：\n①提高思想认识。安全生产责任重于泰山，各级各部门要充分认识\n做好安全生产工作的重要性，切实增强责任感和紧迫感，把安全生产\n摆上重要位置。\n②压实工作责任。各级要落实主体责任。\n③强化督查考核。要严格考核问责。\n④加强宣传教育。要广泛开展宣传。\n这次会议很重要，请大家认真落实。\n',
    '同志们：\n下面，我强调四点：\n①提高思想认识。安全生产责任重于泰山。\n②压实工作责任。各级要落实\n',
    // An agenda whose items run on after a space, two to a line, their line breaks lost (a 工会 meeting's 主持词).
    '今天会议的议程共4项:\n1.总结去年工作,部署今年任务 2.宣读表彰决定\n3.为获奖单位和个人颁奖 4.请市委领导讲话 下面,进行第一项议程。\n',
    '讲三点意见。\n一、提高认识\n二、抓好落实\n三、加强领导\n',
    // 三点内容 numbered 一是二是三是 inside the paragraph (a college branch's 党课 report).
    '书记主要讲了三点内容：一是坚持守正创新，始终保持“赶考”自信；二是坚决维护人民的根本利益；三是发扬斗争精神，始终增进“赶考”本领。针对如何跳出历史周期率的问题，他再现了“窑洞对”的场景。\n',
    // Official lists as published: the first item after 即 or a verb (坚持), the last two
    // joined by 和 (the 四个全面, 四个意识 and 四个面向 as the Party's own texts write them).
    '要深刻把握“四个全面”，即全面建设社会主义现代化国家、全面深化改革、全面依法治国、全面从严治党。\n',
    '要增强“四个意识”，即政治意识、大局意识、核心意识和看齐意识。\n',
    // A 提法 with a count in its name (八项规定) is neither the announcement nor another count before it.
    '下面，我结合中央八项规定精神学习教育要求，谈三点意见：\n一、深学细悟，筑牢思想根基\n二、对照检视，找准问题短板\n三、真改实改，巩固教育成果\n',
    // The list in brackets right after the formulation (a city statistics bureau's news of its meeting).
    '市长就做好统计工作提出了“三个全面加强”（全面加强统计基层基础建设，全面加强经济运行监测，全面加强统计队伍建设）的意见。\n',
    '市长就做好统计工作提出了“三个全面加强”(全面加强统计基层基础建设,全面加强经济运行监测,全面加强统计队伍建设)的意见。\n',
    '坚持“四个面向”：坚持面向世界科技前沿、面向经济主战场、面向国家重大需求、面向人民生命健康。\n',
    // The announced points counted past a list of the same style inside one of them.
    '主持词的开头可分为三方面内容:\n一是宣布开会。\n二是介绍会议的背景,要掌握两个原则:一是站位要高;二是交代要全面。\n三是介绍会议内容。\n',
    // Points that open with ordinal words, as paragraphs or as the clauses of one paragraph: counted, and kept.
    '下面，我就做好防汛工作讲三点意见。\n首先，要克服麻痹思想。今年汛情形势复杂，各地要立足防大汛。\n其次，要落实防汛责任。各级防汛指挥部要把责任落实到人。\n最后，要做好物资储备。各地要备足防汛物资。\n',
    '对新上岗的同志，我提两点要求：首先，要尽快熟悉业务，把岗位职责弄清楚；最后，要严守纪律，不该说的不说，不该做的不做。\n',
    // One more than announced, the last closing the speech rather than making a point.
    '下面，我就做好防汛工作讲三点意见。\n首先，要克服麻痹思想。\n其次，要落实防汛责任。\n再次，要做好物资储备。\n最后，祝同志们工作顺利、身体健康！\n',
    // Paragraphs between that open otherwise (同时，此外，the rest of a point): what is an item cannot be told.
    '今年我们要办好五件实事：\n首先，新建两所幼儿园。\n其次，改造老旧小区十个。\n同时，新增公交线路三条。\n此外，建成社区食堂五家。\n最后，实施农村饮水提升工程。\n',
    '下面，我讲三点意见。\n首先，要提高认识。\n防汛工作事关群众生命财产安全，各级各部门要高度重视。\n其次，要压实责任。\n最后，要强化保障。\n',
    // One member of a formulation discussed clause after clause is no list of its members.
    '党的十八大以来，“全面从严治党”被纳入“四个全面”战略布局。“全面从严治党”的依据是党章；“全面从严治党”的核心是加强党的领导；“全面从严治党”的关键在从严。\n',
    // A list that stops before 最后 may go on in words no one can count.
    '下面，我讲四点意见。\n首先，要提高认识。\n其次，要压实责任。\n再次，要强化保障。\n',
    // A count closed by a comma, its items after it in the same sentence, as many as announced.
    '今天召开这次警示教育大会，主要目的有两方面，一是以案为鉴，督促各级各部门增强底线意识；二是节假日期间历来是事故多发期，必须提前防范。\n',
    // Two tails joined (希望和要求), the headings as many.
    '下面，我对新任职的同志提三点希望和要求。\n一、要加强学习\n二、要敢于担当\n三、要廉洁自律\n',
    // 个部分 with another word after it describes a form already listed, announces nothing.
    '一份邀请书一般由标题、称谓、正文、结语、具名和日期六个部分组成。\n1.标题\n2.称谓\n3.正文\n4.结语\n',
    // The count's sentence goes on after a comma (供大家参考), the numbered points as many.
    '下面，结合全市教育工作实际，我讲三点意见，供大家参考。\n一、找准方位，勇于担当\n近年来，全市教育系统持续发力。\n二、聚焦质量，补齐短板\n要把提高质量作为核心任务。\n三、从严治校，守住底线\n要压实安全责任。\n',
    // A count after a quoted formulation, as many points as announced.
    '践行“两个维护”的要求可以概括为三个方面：一是在思想上高度认同；二是在政治上坚决维护；三是在行动上紧紧跟随。\n',
    // The aside ends its line without a mark (a page that lost it), the numbered points as many.
    '下面我讲三点意见，供大家参考\n一、找准方位\n要勇于担当。\n二、聚焦质量\n要补齐短板。\n三、从严治校\n要守住底线。\n',
    // A line that ends on a count without a speaker's verb announces nothing to count.
    '全年完成三项重点工作\n一、基本情况\n今年以来，全县经济稳中有进。\n二、存在问题\n主要是投资下滑。\n',
    // The saying 一是一、二是二 is no list of points.
    '对上汇报要讲两点：实事求是。一是一、二是二，不能含糊其辞。\n',
    // 第一点 as many as announced; `第一个问题是` within a sentence is no point.
    '下面，我提两点要求。\n第一点，要守纪律。纪律是底线。\n第二点，要讲规矩。规矩是准绳。\n',
    '会议讨论了三个问题，第一个问题是经费，第二个问题是人员。\n',
    // 其一 only where a sentence opens: `其一生` is no point.
    '老校长把其一生献给了教育事业。他提出三点希望：一是爱岗，二是敬业，三是奉献。\n',
    // After such an aside, points opened with words (首先…) are not read as the count's items.
    '会议共有四项议程，下面逐项进行。\n首先，进行第一项议程：请市委常委同志传达会议精神。\n下面，进行第二项议程。\n',
    // The first member after the verb that brings the list in (canon7/39 and 40, from document sites).
    '“四个全面”是重要战略思想，涵盖了全面建设社会主义现代化国家、全面深化改革、全面依法治国、全面从严治党四个方面。\n',
    '习近平总书记把“四个全面”定位为战略布局，指出全面建成小康社会是战略目标，全面深化改革、全面依法治国、全面从严治党是战略举措。\n',
  ],
  invalid: [
    // Counts of relations, shifts and goals announce their items as 个方面 does: four relations after 三个关系.
    { text: '同志们：\n要把握好三个关系：一是发展与安全的关系；二是当前与长远的关系；三是局部与全局的关系；四是速度与质量的关系。\n', errors: ['三个关系'] },
    { text: '同志们：\n今年要实现三个目标。一是经济总量突破百亿。二是财政收入增长10%。\n下面讲第二个问题。\n', errors: ['三个目标'] },
    // Features, highlights, changes and stages announce as points do (typo8/41, a city audit office's page, with the count changed).
    {
      text: '本次廉政责任书主要有四个特点：一是责任明确。明确党组书记负总责。二是重点突出。突出关键环节。三是要求具体。要求逐条落实。\n会议要求，各处室要抓好落实。',
      errors: [{ text: '四个特点', message: /三个/ }],
    },
    {
      text: '一年来，全县发生了三个变化：一是面貌变新了，二是产业变强了。\n这些变化来之不易。',
      errors: [{ text: '三个变化', message: /两个/ }],
    },
    // A list of clauses open where the page stops: a cut, noted, no count to rewrite.
    {
      text: '“四个全面”是一个有机整体，其中“全面建设社会主义现代化国家”是引领方向的战略目标，“全面深化改革”是实现目标的动力机制，“全面依法治国”是实现目标',
      errors: [{ text: '四个全面', message: /正文似在此中断/ }],
    },
    // Another count earlier in the sentence frames the speech (`围绕…三个维度`), the speaker's verb then announces:
    // the announcement is checked (a county's 两会 study meeting, gongwenz.com/archives/17515).
    {
      text: '借此机会，我围绕学深悟透、宣传宣讲、实干笃行三个维度，谈四点意见，与大家共勉。\n一、以学为先，校准思想航标\n要把握理论高度。\n二、以讲为要，扩大宣传覆盖\n要讲好身边故事。\n三、以干为本，推动落地见效\n要抓好项目建设。\n让我们以实干实绩开创新局面。\n',
      errors: [{ text: '四点意见', message: /只有三个一级标题（一、至三、）/ }],
    },
    // A page that lost all its punctuation: its last line ends without a mark, cut or not; three points and a
    // closing paragraph after them are a count to check, not a cut-off note.
    {
      text: '同志们\n今天召开全县安全生产工作会议 下面我讲四点意见\n一是提高思想认识 安全生产责任重于泰山\n二是压实工作责任 各级要落实主体责任\n三是强化督查考核 要严格考核问责\n这次会议很重要 请大家认真落实\n',
      errors: [{ text: '四点意见', message: /只有三个“一是……”条目（一是至三是）：请核对条数/ }],
    },
    // Points numbered ①②③ inside the count's paragraph, one fewer than announced, the text going on after them.
    {
      text: '同志们：\n下面，我强调四点：①提高思想认识；②压实工作责任；③强化督查考核。\n这次会议很重要，请大家认真落实。\n',
      errors: [{ text: '四点', message: /只有三个以“①”编号的条目（①至③）/ }],
    },
    // A count a PDF's line break cut (`我讲三` / `点意见。`, `我讲三点` / `意见。`), read across the break.
    {
      text: '同志们：\n今天召开全县安全生产工作会议。下面，我讲三\n点意见。\n一、提高思想认识\n安全生产责任重于泰山。\n二、压实工作责任\n各级要落实主体责任。\n三、强化督查考核\n要严格考核问责。\n四、加强宣传教育\n要广泛开展宣传。\n',
      errors: [{ text: '三\n点意见', message: /宣布“三点意见”，其后却有四个/ }],
    },
    {
      text: '同志们：\n今天召开全县安全生产工作会议。下面，我讲三点\n意见。\n一、提高思想认识\n安全生产责任重于泰山。\n二、压实工作责任\n各级要落实主体责任。\n三、强化督查考核\n要严格考核问责。\n四、加强宣传教育\n要广泛开展宣传。\n',
      errors: [{ text: '三点\n意见', message: /却有四个/ }],
    },
    // A site's watermark between the count and its first heading (公文汇 pages): the headings under it are counted.
    {
      text: '同志们：\n今天召开全县安全生产工作会议。下面，我讲三点意见。\n公文汇 www.gongwenhui.com\n一、提高思想认识\n安全生产责任重于泰山。\n二、压实工作责任\n各级要落实主体责任。\n三、强化督查考核\n要严格考核问责。\n四、加强宣传教育\n要广泛开展宣传。\n',
      errors: [{ text: '三点意见', message: /却有四个/ }],
    },
    {
      text: '同志们：\n今天召开全县安全生产工作会议。下面，我讲三点意见。\n本文来源：公文网 www.gongwen.com\n一、提高思想认识\n安全生产责任重于泰山。\n二、压实工作责任\n各级要落实主体责任。\n三、强化督查考核\n要严格考核问责。\n四、加强宣传教育\n要广泛开展宣传。\n',
      errors: [{ text: '三点意见', message: /却有四个/ }],
    },
    {
      text: '下面，结合全市教育工作实际，我讲四点意见，供大家参考。\n一、找准方位，勇于担当\n近年来，全市教育系统持续发力。\n二、聚焦质量，补齐短板\n要把提高质量作为核心任务。\n三、从严治校，守住底线\n要压实安全责任。\n谢谢大家。\n',
      errors: [{ text: '四点意见', message: /只有三个/ }],
    },
    // The page stops after the second reason, in the last paragraph: a note that the text seems cut off.
    {
      text: '春节团拜会为什么今年要恢复举办，我想主要有三个原因：\n一是疫情过后，大家盼着团聚。\n二是今年是建区三十周年，全区工业总产值突破千亿大关，今年的春天必将是一个充满希望的春天！\n',
      errors: [{ text: '三个原因', message: /正文似在此中断/ }],
    },
    {
      text: '春节团拜会为什么今年要恢复举办，我想主要有三个原因：\n一是疫情过后，大家盼着团聚。\n二是今年是建区三十周年。\n同志们，新的一年，让我们携手并进！\n',
      errors: [{ text: '三个原因', message: /只有两个/ }],
    },
    // Items right after the comma that closes the count (a 党课's outline): one more than announced.
    {
      text: '今天的党课分三个部分内容，一是坚定理想信念，二是践行理想信念，三是忠诚履行职责，四是保持廉洁本色。\n',
      errors: [{ text: '三个部分内容', message: /其后却有四个/ }],
    },
    {
      text: '工作中存在三种错误倾向，一是等靠要，二是怕担责。\n',
      errors: [{ text: '三种错误倾向', message: /只有两个/ }],
    },
    {
      text: '下面，我对新任职的同志提四点希望和要求。\n一、要加强学习\n二、要敢于担当\n三、要廉洁自律\n',
      errors: [{ text: '四点希望和要求', message: /只有三个/ }],
    },
    // The first point run into the paragraph, its own second-level headings under it, and the page cut inside
    // them: a note that the text seems cut off (gathered quo/41), not "correct the number to one".
    {
      text: '下面，就加快推进审批制度改革，我讲四点意见。 一、充分认识推进改革的重大意义 这项改革是优化营商环境的关键一招。\n（一）推进改革是深入推进“放管服”改革的根本要求\n审批制度改革是“放管服”改革的重要组成部分，是优化服务的具体举措。中央全面深化改革委员会会议审议通过了《关\n',
      errors: [{ text: '四点意见', message: /正文似在此中断/ }],
    },
    // A verb after the count is no part of what was counted (gathered dates10/27: `从四个方面做了具体的安排。第一要…`).
    {
      text: '董事长从四个方面作了具体部署。第一，要加强基层党组织建设。第二，要学习先进典型。第三，要重视青年工作。\n会议最后，全体党员重温了入党誓词。\n',
      errors: [{ text: '四个方面', message: /只有三个/ }],
    },
    // A page that stops right under a point's heading, nothing written under it (gathered res/18).
    {
      text: '上学期，我校在以下五个方面取得了突出成绩：\n1、招生工作成绩喜人。\n秋季招生，我们坚持面向全市、自主招生的办法，顺利完成了初一招生任务。\n2、队伍建设得到加强。\n',
      errors: [{ text: '五个方面取得了突出成绩', message: /正文似在此中断/ }],
    },
    // Points opening with 首先……最后 that do not match the count, as paragraphs or inside one paragraph.
    {
      text: '下面，我就做好防汛工作讲三点意见。\n首先，要克服麻痹思想。今年汛情形势复杂。\n其次，要落实防汛责任。各级防汛指挥部要把责任落实到人。\n再次，要做好物资储备。各地要备足防汛物资。\n最后，要加强值班值守。汛期要严格执行二十四小时值班制度。\n',
      errors: [{ text: '三点意见', message: /四个“首先……最后”条目/ }],
    },
    {
      text: '对新上岗的同志，我提三点要求：首先，要尽快熟悉业务，把岗位职责弄清楚；最后，要严守纪律，不该说的不说，不该做的不做。\n',
      errors: [{ text: '三点要求', message: /两个/ }],
    },
    // The same with the count changed: 内容 names the points announced.
    {
      text: '书记主要讲了四点内容：一是坚持守正创新，始终保持“赶考”自信；二是坚决维护人民的根本利益；三是发扬斗争精神，始终增进“赶考”本领。针对如何跳出历史周期率的问题，他再现了“窑洞对”的场景。\n',
      errors: [{ text: '四点内容', message: /三个/ }],
    },
    { text: '讲三点意见。\n一、提高认识\n二、抓好落实\n三、加强领导\n四、严明纪律\n', errors: [{ text: '三点意见', message: /四个一级标题/ }] },
    { text: '要增强“四个意识”，即政治意识、大局意识、核心意识。\n', errors: [{ text: '四个意识', message: /三个/ }] },
    { text: '下面，我结合中央八项规定精神学习教育要求，谈三点意见：\n一、深学细悟，筑牢思想根基\n二、对照检视，找准问题短板\n', errors: [{ text: '三点意见', message: /三点意见/ }] },
    // A web excerpt that stops inside the first of the announced points, at a full stop: the
    // page was cut, not the count (a note that the text seems cut off, not "correct the number").
    {
      text: '下面，我就做好今年的工作讲三点意见。\n一、认清形势，坚定信心\n今年以来，全县经济运行总体平稳，主要指标好于预期。\n',
      errors: [{ text: '三点意见', message: /正文似在此中断/ }],
    },
    // The same with the first point run into the paragraph, its own items (一是) after it.
    {
      text: '下面，我讲三点意见。一、认清形势，提高站位。一是汛期降雨偏多，二是极端天气增多，局部地区可能出现旱涝急转的风...\n',
      errors: [{ text: '三点意见', message: /正文似在此中断/ }],
    },
    // Two of three headings and the text goes on to its close: the count is the writer's.
    {
      text: '下面，我讲三点意见。\n一、认清形势\n今年以来，经济运行总体平稳。\n二、抓好落实\n各部门要对照任务抓好落实。\n同志们，让我们开拓进取，确保完成全年目标。\n',
      errors: [{ text: '三点意见', message: /请核对条数/ }],
    },
    { text: '坚持“三个面向”：坚持面向现代化、面向世界、面向未来、面向人民。\n', errors: [{ text: '三个面向', message: /四个/ }] },
    // A quoted formulation earlier in the sentence is a name, not a second count that would make this a list of counts.
    {
      text: '践行“两个维护”的要求可以概括为三个方面：一是在思想上高度认同；二是在政治上坚决维护；三是在组织上自觉服从；四是在行动上紧紧跟随。\n',
      errors: [{ text: '三个方面', message: /其后却有四个/ }],
    },
    // A quoted count, its items after the colon.
    {
      text: '今年，我们集中抓了“五项重点工作”：一是稳住工业基本盘；二是扩大有效投资；三是办好民生实事；四是守牢安全底线。同志们，成绩来之不易。\n',
      errors: [{ text: '五项重点工作', message: /只有四个/ }],
    },
    // A word a PDF copy split with a space (意 见), and a modifier before the known word (突出感受).
    {
      text: '下面，我再强调三点意 见：\n一、提高认识\n各级要高度重视。\n二、压实责任\n要把责任落实到人。\n同志们，任务艰巨，让我们共同努力。\n',
      errors: [{ text: '三点意 见', message: /只有两个/ }],
    },
    {
      text: '这次考察学习，我有三点突出感受：一是思想解放，二是项目带动，三是服务高效，四是作风扎实。\n',
      errors: [{ text: '三点突出感受', message: /其后却有四个/ }],
    },
    // A page that lost its punctuation: the count ends its line, the headings follow.
    {
      text: '下面我就做好今年的工作讲三点意见\n一、提高认识\n各级要高度重视。\n二、突出重点\n要抓住关键环节。\n三、强化保障\n要加大投入力度。\n四、严明纪律\n要加强督查考核。\n',
      errors: [{ text: '三点意见', message: /其后却有四个/ }],
    },
    // A point whose words start with 一 (一是一些干部…): a point; only the saying 一是一、二是二 is none.
    {
      text: '当前干部队伍中存在三个方面的突出问题：一是一些干部理想信念动摇；二是一些部门大局意识不强；三是一批干部作风不实；四是个别单位纪律松弛。\n',
      errors: [{ text: '三个方面的突出问题', message: /其后却有四个/ }],
    },
    // Points numbered with the counter written out (第一个问题，第二个问题), as paragraphs.
    {
      text: '下面，我着重讲三个问题。\n第一个问题，关于上半年的工作。上半年主要指标好于预期。\n第二个问题，关于当前的形势。困难和机遇并存。\n同志们，让我们振奋精神，确保完成全年目标任务。\n',
      errors: [{ text: '三个问题', message: /只有两个“第一个问题……”条目/ }],
    },
    // Points numbered 其一、其二 like 第一、第二.
    {
      text: '召开这次会议，主要基于三个方面的考虑。其一，落实上级部署；其二，总结半年工作。同志们，下半年任务繁重，我们要再接再厉。\n',
      errors: [{ text: '三个方面的考虑', message: /只有两个/ }],
    },
  ],
});
