/**
 * Blind audit 9: 53 copied speeches, 致辞, 主持词 and reports nobody checked before — a document
 * site's uploader card and counter lines, an e-paper's page header, a site's 篇 headings, and set
 * phrases written wrong (`发聋振聩`, `舍身忘死`, `急功达利`, `在坐的年轻人`).
 */
import { ruleTester } from './rule-tester';
import { describeCorpusFile } from '../helpers';

ruleTester('web-residue', {
  valid: [
    '阅读量 12 万，下载 3 万次，比上年翻了一番。',
    '还有3页未读完的材料要认真学习。',
    '将文件下载到电脑后认真学习。',
    '各部门要认真学习相关文章,深刻领会精神。',
    '网友评论说，这篇讲话很有针对性。',
    '第3版:修订说明已经印发，请大家认真学习。',
    '他写了一篇讲话。\n第一篇章已经完成。',
    '以下是我们整理的今年工作要点。',
    // A speech's own figures under a heading are no uploader card.
    '一、主要指标\n关注\n群众满意度达到99.8%。',
  ],
  invalid: [
    // gwxzb.com (blind9/53): the uploader card, the counter line and the reader's widgets.
    {
      text: '笔杆子家园\n\n文档\n\n25657\n\n关注\n\n226\n\n好评\n\n99.8%\nDOCX\n\n同志们:\n今天召开会议。',
      errors: ['文档', '25657', '关注', '226', '好评', '99.8%', 'DOCX'],
    },
    {
      text: '阅读 547 下载 1 大小 25.84K 总页数 0 页 2022-05-09 分享\n下载文档\n/ 0\n全屏查看\n还有 0 页未读 ,您可以 继续阅读 或 下载文档\n\n同志们:\n今天召开会议。',
      errors: ['阅读 547 下载 1 大小 25.84K 总页数 0 页 2022-05-09 分享', '下载文档', '/ 0', '全屏查看', '还有 0 页未读 ,您可以 继续阅读 或 下载文档'],
      output: '\n同志们:\n今天召开会议。',
    },
    // mm111.net (blind9/28): an e-paper's page header and app line.
    { text: '第第01版版:要闻\n\n手机终端下载:\n\n元旦献辞\n同志们、朋友们：', errors: ['第第01版版:要闻', '手机终端下载:'], output: '元旦献辞\n同志们、朋友们：' },
    // 89p.cn (blind9/22), zuowendang.com (blind9/24), nepao.com (blind9/43): download, related and comment chrome.
    { text: '谢谢大家!\n将本文档下载到自己电脑,方便修改和收藏,请勿使用迅雷等下载。', errors: ['将本文档下载到自己电脑,方便修改和收藏,请勿使用迅雷等下载。'], output: '谢谢大家!' },
    { text: '谢谢大家!\n运动会闭幕式校长讲话样稿相关文章:', errors: ['运动会闭幕式校长讲话样稿相关文章:'], output: '谢谢大家!' },
    { text: '谢谢大家!\n网友评论《在全市青', errors: ['网友评论《在全市青'], output: '谢谢大家!' },
    // suzhou.gov.cn (blind9/12): the loading line before the report.
    { text: 'Loading……\n\n各位组成人员:', errors: ['Loading……'], output: '各位组成人员:' },
    // 78911.com.cn (blind9/32): the site's heading of its first chunk, then not the title.
    { text: '学校颁奖典礼主持词\n\n一篇\n\n尊敬的各位领导:', errors: ['一篇'], output: '学校颁奖典礼主持词\n\n尊敬的各位领导:' },
    // yiwenmi.cn (blind9/10): the chunk's number in brackets after a title.
    { text: '校庆活动方案通知\n在开学典礼上的讲话[篇二]\n同学们：', errors: ['[篇二]'], output: '校庆活动方案通知\n在开学典礼上的讲话\n同学们：' },
    // xuefen.com.cn (blind9/09): the site's lead-in.
    { text: '在写总结之前,我们需要先梳理思路。以下是我们精心挑选的一些优秀总结范文,以供参考。\n亲爱的全校师生员工：', errors: ['以下是我们精心挑选的一些优秀总结范文,以供参考。'], output: '在写总结之前,我们需要先梳理思路。\n亲爱的全校师生员工：' },
  ],
});

ruleTester('typo', {
  valid: ['要坚决防止急功近利。', '我们仿佛听到那振聋发聩的呐喊。', '舍生忘死，浴血奋战。', '比赛井然有序。', '学校一跃而成为名校。', '强健的体魄。', '在座的年轻人要勇挑重担。', '他正在坐的车是新能源车。'],
  invalid: [
    // laobiganzi.top (blind9/44), 010zaixian.com (blind9/35), tkpao.com (blind9/47), liuxue86.com (blind9/23).
    { text: '在坐的年轻人,有刚提拔的,有新进机关的。', errors: ['在坐的年轻人'], output: '在座的年轻人,有刚提拔的,有新进机关的。' },
    { text: '我们仿佛听到那发聋振聩的呐喊。', errors: ['发聋振聩'], output: '我们仿佛听到那振聋发聩的呐喊。' },
    { text: '为了国家和民族的兴亡,舍身忘死,浴血奋战。', errors: ['舍身忘死'], output: '为了国家和民族的兴亡,舍生忘死,浴血奋战。' },
    { text: '社会都在批评教育的急功达利。', errors: ['急功达利'], output: '社会都在批评教育的急功近利。' },
    { text: '比赛进程紧张,但是井井有序,效率很高。', errors: ['井井有序'], output: '比赛进程紧张,但是井然有序,效率很高。' },
    // 7rdy.cn (blind9/48), zuowendang.com (blind9/24): offered, not applied unasked.
    { text: '学校反而一越而成为令人瞩目的新兴学校。', errors: ['一越而'] },
    { text: '一个有着强健体魂,良好心态的人。', errors: ['体魂'] },
  ],
});

ruleTester('broken-line', {
  valid: [
    // A list's number alone on its line is a heading's, and a heading may follow a list.
    '一、\n认清形势，提高认识。',
    '（二）、\n加强组织领导。',
    '我们召开了党委会、\n一、认清形势，提高认识。',
    '各位领导、各位来宾：\n大家好！',
    // liuyuefen (blind8/37): a chunk's number glued after the site's title.
    '【幼儿园六一儿童节园长致辞范文】一、\n在六一儿童节这个充满欢笑与希望的日子里，全体师生齐聚一堂。',
  ],
  invalid: [
    // 6dgww.com (blind9/34): the salutation cut after its enumeration comma; offered, not applied unasked.
    { text: '全县三级干部会表态发言\n各位领导、\n同志们：\n根据县委的战略决策，我乡成立了领导小组。', errors: ['、\n同'] },
    { text: '根据县委的部署，我们召开了党委会、\n政府常务会，研究了工作。', errors: ['、\n政'] },
  ],
});

describeCorpusFile('blind9.json');
