/**
 * slots14: unfilled slots on 43 copied templates and speeches (/work/tmp/slots14) — an empty quotation with a
 * space left in it between words (`实施“ ”工程`: a slot, not marks a PDF moved off their words); a salutation's item
 * whose noun a keyword filter took out (`尊敬的郭部长，各位、各位嘉宾：`, `尊敬的、各位来宾：`); a gap where a name
 * was deleted between the word that hands over the floor and what the person does (`下面请 讲话`, `请 同志致辞`)
 * or between a title and 同志 (`请县委书记 同志作重要讲话`), which is a slot, not a space to close; a count
 * whose numeral was deleted after a counting verb and its 了 (`补选了名区人大常委会委员`, eval:inject on
 * slots14/09), not a doubled measure word that means "every" (`实现了户户通电`).
 */
import { ruleTester } from './rule-tester';
import { describeCorpusFile } from '../helpers';

ruleTester('placeholder', {
  valid: [
    // 各位 as a pronoun in the body, and full salutations.
    '首先，我代表主办单位对各位和画家的到来表示热烈欢迎！感谢各位、感谢大家！\n',
    '尊敬的各位领导、各位来宾，女士们、先生们：\n',
    '各位领导、各位来宾：大家上午好！\n',
    // 邀请, 申请 before a gap are other words; a gap after a title not before 同志.
    '我们邀请 介绍经验的同志，申请 主持人资格。\n',
    // 了 before a word that opens with a measure word (个人, 家庭, 家长), and a doubled measure word ("every").
    '他完成了个人的使命，实现了家庭的梦想，走访了家长。\n',
    '村里实现了户户通电通水，保障了村民的基本生活需求。\n',
    // Marks a PDF copy moved off their words, the words spaced out on the line (quote-pair's).
    '“ ”一、牢牢把握 两个确立 的决定性意义\n',
  ],
  invalid: [
    // A salutation's item left as 各位 or 尊敬的 alone (9000bbs.cn, slots14/02).
    { text: '尊敬的郭部长，各位、各位嘉宾：\n大家上午好！\n', errors: [''] },
    { text: '尊敬的各位、各位来宾：\n', errors: [''] },
    { text: '尊敬的、各位来宾：\n', errors: [''] },
    { text: '各位领导、各位、同志们：大家好！\n', errors: [''] },
    // A name deleted before what the person does at the meeting, its gap left.
    { text: '今天召开全县工作会议。下面请 讲话，大家欢迎！\n', errors: [' '] },
    { text: '下面请 同志讲话。\n', errors: [' '] },
    { text: '请县委书记 同志作重要讲话。\n', errors: [' '] },
    { text: '会议由 主持。\n', errors: [' '] },
    // A count deleted after a counting verb and its 了.
    { text: '会议补选了名区人大常委会委员。\n', errors: [''] },
    { text: '今年新建了个村级服务中心。\n', errors: [''] },
    { text: '今年完成了个重点项目，引进了家企业，带动了名群众就业。\n', errors: ['', '', ''] },
    // An empty quotation or title between words with a space left in it: the name was deleted.
    { text: '实施“ ”工程，开展《 》学习活动。\n', errors: ['“ ”', '《 》'] },
  ],
});

ruleTester('quote-pair', {
  valid: [
    // The empty quotation is a slot (placeholder's), not marks moved off their words.
    '实施“ ”工程，打造精品。\n',
  ],
  invalid: [{ text: '“ ”一、牢牢把握 两个确立 的决定性意义\n', errors: ['“ ”'] }],
});

describeCorpusFile('slots14.json');
