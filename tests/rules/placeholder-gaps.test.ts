import { ruleTester } from './rule-tester';

// Gaps and marks where a figure or a name was taken out of a template (slots4).
ruleTester('placeholder', {
  valid: [
    // A doubled measure word cut by a PDF space is no count (`件件有回复`).
    '对群众反映的问题，我们做到了件 件有回复、事事有着落。',
    // A space after a list mark before a word that starts with a measure character.
    '继续抓好儿童计划免疫、 人禽流感防控和个人卫生宣传。',
    // 关键之年 cut by a PDF space: no year was deleted.
    '今年是全面落实规划的关键之 年，也是我市发展史上极不平凡的一年。',
    // Doubled question marks end a question; ◎ alone is a bullet, a row of them a divider.
    '这是为什么？？人民群众满意吗？？同志们，你们说呢？？个人的事再大也是小事。',
    '◎ 工作目标\n◎◎◎◎◎◎\n二〇二四年三月，二〇〇八年奥运会。',
    '同志和同志之间要互相信任、互相支持。',
    '值得一提的还有，参加本次会议的有不少是新同志，出席会议的还有市直部门负责同志。',
    '要认真学习贯彻关于加强安全生产工作的决定，贯彻落实习近平总书记关于安全生产的重要论述。',
    '全年公开率达到100%，合格率为98.5%，自2月份以来进展顺利。',
    '在县委、县政府的坚强领导下，我镇各项事业稳步推进，在大家的正确引导下不断进步。',
    // Marks doubled by a typing slip after a heading's number, verbs listed, a point inside a word: no filtered word.
    '抓项目、、抓招商，一、、提高认识，统一思想\n要坚持实事求是、客观公正，抓好落实、务求实效，学习、贯彻、落实好会议精神。',
  ],
  invalid: [
    // The 领导 of a fixed phrase taken out by a filter (dexun.net.cn).
    { text: '2006年以来，在县委、县政府的坚强下，我镇各项事业稳步推进。', errors: [''] },
    // A rate's figure and a month's number deleted (kj-cy.cn).
    { text: '服务大厅自月份运行以来，政务公开内容齐全准确，公开率达。', errors: ['', ''] },
    // The speaker of 关于…的重要论述 taken out after the verb that studies it; two names written as points; a name before 同志解读.
    { text: '主要任务是深入学习贯彻关于安全生产的重要论述，成为开展.、.主题教育的生动实践。刚才，同志解读了工作方案。', errors: ['', '.', '.', ''] },
    // The names of those present deleted from an introduction.
    { text: '首先请允许我介绍出席本次会议的各位领导：\n此外参加本次会议的还有，对他们的到来，我们同样表示热烈的欢迎。', errors: [''] },
    // Words a site's keyword filter took out, its marks left standing (dat/21, pla/23, wenke99.com).
    { text: '认真贯彻中央、、市和管区的农村工作会议精神，居住着苗、、汉、土家等民族。', errors: ['', ''] },
    { text: '全面落实、决策部署，分析当前短板。优化营商环境，是、作出的重大决策部署。', errors: ['', ''] },
    { text: '今年以来，乡党委政府以.为统领，认真落实区三大战略。', errors: ['.'] },
    // The marks alone on their line, nothing else there to call for a slot.
    { text: '财政收入达到？？亿元。\n增长◎◎%。', errors: ['？？', '◎◎'] },
    // The last name of a list deleted before its 同志, before the verb or the stop.
    { text: '会议由李华同志和同志主持。出席会议的有王明同志、张强同志和同志。', errors: ['', ''] },
    // Question marks and bullseyes where the figure or the name goes.
    { text: '全年财政收入达到？？亿元，增长？？%，共有？？个村通过验收。', errors: ['？？', '？？', '？？'] },
    { text: '在？？县委的领导下，？？同志带领全镇实现生产总值◎◎亿元，增长◎◎%。', errors: ['？？', '？？', '◎◎', '◎◎'] },
    // The year's figures deleted before a bare 年月日 and before a 年 that ends its clause.
    { text: '镇政府工作报告 年月日在镇第十二届人民代表大会第六次会议上', errors: [' '] },
    { text: '一、 年工作回顾 年，是我镇经受各种考验并取得显著成绩的一年。', errors: [' '] },
    // A count opening its clause after a comma, its numeral deleted: jieba tags the lone 件 a morpheme (zg).
    { text: '一年来，共收到代表建议， 件提请常委会审议，已全部办结。', errors: [' '] },
    { text: '共受理来信来访， 件已按期办结。', errors: [' '] },
    // A deleted place name before 镇人民政府, in a paragraph written with half-width commas.
    { text: '现在,我代表 镇人民政府向大会作工作报告,请\n予审议,并请列席代表提出意见。', errors: [' '] },
  ],
});
