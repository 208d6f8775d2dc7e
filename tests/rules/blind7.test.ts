/**
 * Blind audit 7: shapes of 55 copied templates and speeches nobody checked before — figures deleted
 * with nothing left (`连续个暖冬`, `今年月上中旬`, `发生火灾 万起`), a coined slogan's numbered parts
 * and a hotel's trade name read as slips, a date's tail taken for a quoted term, a paywall notice in
 * brackets, a site's keyword written twice inside a sentence, a full stop cut onto a line of its own.
 */
import { ruleTester } from './rule-tester';
import { describeCorpusFile } from '../helpers';

ruleTester('placeholder', {
  valid: [
    // 连续 with its count, 月均 and 月度 after 今年: nothing deleted.
    '我县连续三年获评先进，连续作战，连续性强；今年月均增长5%，今年月度考核优秀。',
    '全国共发生火灾18.9万起，死亡1238人。',
    // 等待 and 等级 are words; a list with its items keeps its 等.
    '我们还有等待的时间，包括等级评定。参加会议的还有县直各部门等单位。',
  ],
  invalid: [
    // A count after 连续 and a month before its part, both deleted (wm114.cn).
    {
      text: '在连续个暖冬之后，我县出现冷冬，今年月上中旬，又出现了一段低温雨雪天气。',
      errors: [
        { text: '', message: /连续＿个/ },
        { text: '', message: /今年＿月上中旬/ },
      ],
    },
    { text: '2024年月底前，全部完成改造任务。', errors: [''] },
    // sarr.cn (blind7/35): who else attended was deleted before 等.
    { text: '参加今天仪式的还有等有关部门和住建局全体同志，让我们以热烈的掌声表示欢迎！', errors: [{ text: '', message: /还有＿等/ }] },
    { text: '出席会议的有等同志。', errors: [''] },
    // jieba reads 万起 as one unknown word: the gap before it is still the figure's.
    { text: '今年以来，全国共发生火灾 万起，直接财产损失 亿元。', errors: [' ', ' '] },
  ],
});

ruleTester('typo', {
  valid: [
    '全镇上下充分发扬“三不五干”精神，以“一考二评三问责”为动力。',
    '引进了江西国际五金机电城、皓天商务宾馆、百通物流等一批便民服务项目。',
  ],
  invalid: [{ text: '我们要再接再励，争取更大成绩。', errors: ['再接再励'], output: '我们要再接再厉，争取更大成绩。' }],
});

ruleTester('slogan-variant', {
  valid: ['医院5.12国际护士节致辞\n今天举行“12国际护士节”庆祝活动，迎接“12国际护士节”。\n'],
  invalid: [{ text: '扎实做好“六稳”工作，全面落实"六稳"要求，六稳是大局。\n', errors: ['"六稳"', '六稳'], output: '扎实做好“六稳”工作，全面落实“六稳”要求，“六稳”是大局。\n' }],
});

ruleTester('web-residue', {
  valid: ['认真学习总书记重要讲话精神，学习讲话，讲话讲话。他写的讲话稿讲话稿很好。'],
  invalid: [
    {
      text: '加强我市与周边地区的紧密联系，(......此处隐藏了394字,下载文档可见全文......)项目协调会要及时解决问题。',
      errors: ['(......此处隐藏了394字,下载文档可见全文......)'],
      output: '加强我市与周边地区的紧密联系，项目协调会要及时解决问题。',
    },
    {
      text: '给国家和人民群众的生命财产造成巨大损失消防安全培训主持词消防安全培训主持词。今年以来形势平稳。',
      errors: ['消防安全培训主持词消防安全培训主持词'],
      output: '给国家和人民群众的生命财产造成巨大损失。今年以来形势平稳。',
    },
  ],
});

ruleTester('broken-line', {
  valid: [
    '我先讲几点意见。\n一、把握形势\n今年形势不容乐观。\n',
    // A mark after a mark is punct-repeat's, not a break's.
    '我先讲几点意见。\n。\n',
  ],
  invalid: [
    // 6dgww.com (blind7/16): the full stop cut onto a line of its own.
    {
      text: '等一会国庆书记还将作重要讲话。我先讲几点意见\n。\n一、把握形势，切实增强防大汛、抗大旱的责任感和紧迫感\n',
      errors: ['见\n。'],
      output: '等一会国庆书记还将作重要讲话。我先讲几点意见。\n一、把握形势，切实增强防大汛、抗大旱的责任感和紧迫感\n',
    },
    { text: '大家对此要有一个清醒的认识\n，要切实做好各项准备。\n', errors: ['识\n，'], output: '大家对此要有一个清醒的认识，要切实做好各项准备。\n' },
  ],
});

describeCorpusFile('blind7.json');
