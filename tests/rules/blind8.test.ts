/**
 * Blind audit 8: shapes of 53 copied templates and speeches nobody checked before — the head of a
 * place named after it (`幼儿园园长`, `专卖店店长`) read as a character typed twice.
 */
import { ruleTester } from './rule-tester';
import { describeCorpusFile } from '../helpers';

ruleTester('char-repeat', {
  valid: [
    // rcj99.com (blind8/36): 幼儿园|园长, 园长 missing from the dictionary.
    '【庆六一幼儿园园长致辞】亲爱的家长朋友们、可爱的小朋友们：',
    '专卖店店长和加油站站长参加了会议。',
  ],
  invalid: [
    { text: '习近平总书记记强调，要坚持人民至上。', errors: ['记记'], output: '习近平总书记强调，要坚持人民至上。' },
  ],
});

ruleTester('cjk-space', {
  valid: ['一、认清形势,切实增强抓好安全生产工作的责任感和紧迫感\n2月10日,召开了全县安全生产工作会议。'],
  invalid: [
    // docs.qq.com (blind8/02): a heading wrapped by a PDF copy before its 和: the heading goes on there, it does not end.
    {
      text: '下面,我讲三点意见: 一、认清形势,提高认识,切实增强抓好安全生产工作的责任感 和紧迫感 2月10日,召开了全县安全生产工作会议。',
      errors: [
        { text: ': 一', message: /标题与正文挤在一行/ },
        { text: '感 和', message: /中文中间多了空格/ },
      ],
    },
  ],
});

ruleTester('punct-stray', {
  valid: [
    // Quoting with single quotes: the line holds two (or a mixed pair) — quote-pair's, not debris.
    '要统筹做好\'六稳\'工作，落实\'六保\'任务。',
    '全面落实党的\'两个维护\'要求。',
    '加快建设\'两区一枢纽“的关键时期。',
  ],
  invalid: [
    // shugai.com (blind8/33): a site's copy-protection apostrophe after 的.
    { text: '社区服务中心的建成，对于强化社区功能具有重要的\'意义。', errors: ["'"], output: '社区服务中心的建成，对于强化社区功能具有重要的意义。' },
  ],
});

ruleTester('web-residue', {
  valid: [
    // A table row's closing pipe is the table's, not a nav bar's.
    '| 指标 | 2023年数据 | 2024年数据 | 增长率 |',
    '收入|支出|结余|合计',
    '下面，我帮大家回顾一下过去一年的工作。',
    '希望对大家有所帮助。',
  ],
  invalid: [
    // 7rdy.cn (blind8/20): the page's date before its site name.
    { text: '10-28 德育素材网\n同志们：', errors: ['10-28 德育素材网'], output: '同志们：' },
    // 78911.com.cn (blind8/27): the page's section, date and author glued into one line.
    { text: '发言稿2018-06-11李一老师\n在新的一年里，我们要牢牢把握先进文化的前进方向。', errors: ['发言稿2018-06-11李一老师'], output: '在新的一年里，我们要牢牢把握先进文化的前进方向。' },
    // wenmizhiyou.com (blind8/31): a nav bar of the site's sections.
    { text: '文秘之友|原创|范文|素材|写作|PPT|\n同志们：', errors: ['文秘之友|原创|范文|素材|写作|PPT|'], output: '同志们：' },
    // gaozihui.com (blind8/44): the site's name and address on a line of their own.
    { text: '同志们：\n公文汇 www.gongwenhui.com\n今天召开全县推进会。', errors: ['公文汇 www.gongwenhui.com'], output: '同志们：\n今天召开全县推进会。' },
    // gdswjx.net (blind8/14): a question-and-answer page's chrome.
    { text: '问题描述:\n\n求路过的大神留个言,帮个忙!\n\n最佳答案\n\n各位同仁：', errors: ['问题描述:', '求路过的大神留个言,帮个忙!', '最佳答案'], output: '各位同仁：' },
    // czt.cc (blind8/18): an AI answer describing the speech it wrote.
    { text: '谢谢大家！\n这篇讲话稿旨在表达对毕业生的祝福和支持,同时保持语言流畅且富有感染力。', errors: ['这篇讲话稿旨在表达对毕业生的祝福和支持,同时保持语言流畅且富有感染力。'], output: '谢谢大家！' },
    // meidekan.com (blind8/52): the site's lead-in, its question answered by a guess, then its offer.
    {
      text: '那么演讲稿该怎么写?想必这让大家都很苦恼吧。以下是我帮大家整理的最新演讲稿模板范文大全,希望能够帮助到大家。\n尊敬的各位老领导：',
      errors: ['那么演讲稿该怎么写?想必这让大家都很苦恼吧。以下是我帮大家整理的最新演讲稿模板范文大全,希望能够帮助到大家。'],
    },
    // zhcng.com (blind8/28): the page's summary, cut with dots.
    { text: '摘要 ——致敬园丁,共筑未来在第39个教师节来临之际,我们怀着无比崇敬的心情...\n各位老师：', errors: ['摘要 ——致敬园丁,共筑未来在第39个教师节来临之际,我们怀着无比崇敬的心情...'], output: '各位老师：' },
  ],
});

describeCorpusFile('blind8.json');
