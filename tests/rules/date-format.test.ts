import { ruleTester } from './rule-tester';

ruleTester('date-format', {
  valid: [
    // A news agency and the page's publication date above the speech's own title and date line: a stamp.
    '习近平在欢迎宴会上的祝酒辞\n  新华社  2019-05-15\n\n在亚洲文明对话大会欢迎宴会上的祝酒辞\n\n(2019年5月15日,北京)\n\n各位来宾:\n',
    '会议于2024年3月9日召开。',
    // A page's date among its metadata is not the draft's (http://www.laowenmi.com/ldjh/gzuy/6963.html,
    // https://m.zuowendang.com/fanwen/911782428.html).
    '在全区作风建设暨优化营商环境大会上的讲话\n\n2023-07-18 投稿人 : 佚名 围观 : 0 评论\n同志们:\n',
    '2022年中秋讲话致辞\n\n2024-11-26下载文档一键复制全文\n尊敬的各位领导、各界朋友:\n',
    // Stamps under a page's headline: the date among its marks (a bullet and 发布, a table's bars, a source's
    // label, an author), not the draft's date.
    '在全市创建文明城市动员大会上的表态发言\n- 2025-01-29 发布于湖北\n- 约 6页\n尊敬的各位领导:\n今天召开动员大会。\n',
    '[ 索引号 ] | 0001/2024-00007 |\n[ 成文日期 ] | 2024-02-22 | [ 发布日期 ] | 2024-02-22 |\n某县2024年政府工作报告\n各位代表:\n',
    '政府工作报告\n信息来源:新华社 2023-03-11\n各位代表:\n现在,我代表政府向大会报告工作。\n',
    '四个意识学习心得体会\n心得体会范文2019-05-12张华老师\n政治意识、大局意识是一个有机整体。\n',
    '链上治理的思考\nJOHN SMITH 2022-08-22\n本文剖析了治理的不足。\n',
    // A page's update stamp and a document site's file size and page count beside the date: stamps.
    '在新闻媒体座谈会上的讲话\n\nGeneral 更新 2024年04月19日\n\n尊敬的各位朋友:\n大家上午好!\n',
    '在全市项目建设推进会上的讲话\n2025-01-09 40.25KB 6 页\n同志们:\n今天召开推进会。\n',
  ],
  invalid: [
    { text: '会议于2024-03-09召开。', errors: ['2024-03-09'], output: '会议于2024年3月9日召开。' },
    // The date line in a report form, and a date in a short line of prose, stay the draft's.
    { text: '在全市工作会议上的讲话\n2024.3.15在全市工作会议上\n同志们：\n', errors: ['2024.3.15'], output: '在全市工作会议上的讲话\n2024年3月15日在全市工作会议上\n同志们：\n' },
    { text: '截至2024-03-09共完成投资100亿元\n', errors: ['2024-03-09'], output: '截至2024年3月9日共完成投资100亿元\n' },
    // A page that opens with the speaker and the date line, its title cut off
    // (https://caigou0086.com/html/newsslzyxx201876187683537364FDAK8G5IDAG2A9JIH.html): the date line in
    // Chinese numerals is reported, but writing it in Arabic numerals is the writer's call (a suggestion).
    { text: '林 铎\n(二〇一八年七月五日)\n各位领导、各位嘉宾,\n女士们、先生们,朋友们:\n', errors: ['二〇一八年七月五日'] },
    { text: '2024-03-09召开全市工作会议\n', errors: ['2024-03-09'], output: '2024年3月9日召开全市工作会议\n' },
  ],
});
