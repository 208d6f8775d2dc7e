/**
 * slots13: unfilled slots on 53 copied templates and finished speeches (/work/tmp/slots13) — an
 * ellipsis after a clause that already says "such-and-such" (`沿着什么道路……结尾则是`, an essay on
 * boilerplate) is no name left out, nor are the marks of quoted phrases it cites as examples
 * (`“为×××而努力奋斗”、“为×××作出新的更大的贡献”之类的套话`); a count whose numeral a site stripped with nothing left after a
 * verb of exceeding (`预计会超过个，`), between two common nouns (`与世界个国际城市`), or after
 * 和 in a list of counts (`32位新教师和名新同学`); the blank finders read a line in traditional
 * script in simplified characters, as the segmenter's dictionary and their word lists are written.
 */
import { ruleTester } from './rule-tester';
import { describeCorpusFile } from '../helpers';

ruleTester('placeholder', {
  valid: [
    // Parallel "such-and-such" clauses broken off by an ellipsis (kanshuwo.tw, blind reading /work/tmp/slots13/50).
    '开头总是高举什么旗，在什么思想指引下，沿着什么道路……结尾则是“坚决要”之类的套话。\n',
    // 个 after a word that is no noun (a verb, a determiner, an idiom), or opening a word (个别, 个人).
    '打个比方，我们要做个好人，这个问题要解决，成千上万个家庭受益。\n',
    '学校个别同学迟到，超过个人的能力范围。\n',
    // 名 and 位 opening a word after 和 or 与 (名优, 名校, 位于): no count there.
    '培育特色和名优产品，邀请5位专家和名校代表参加，3名同志和位于城区的单位。\n',
    '3名同志和 位于城区的单位，5位专家和 名校代表。\n',
    // Quoted phrases cited as examples of a kind of wording (之类的套话): their marks stand for any name (kanshuwo.tw).
    '结尾则是“坚决要”、“为×××而努力奋斗”、“为×××作出新的更大的贡献”之类的套话。\n',
    '他总说“×××同志很重视”这类话。\n',
    // A figure after the verb of exceeding, and 万亿元 with no numeral ("trillions").
    '全年接待游客超过500万人次，涉及投资超过万亿元。\n',
  ],
  invalid: [
    // A slot inside quotes that the text does not cite as an example is still a slot.
    { text: '号召全体干部“为建设×××而努力奋斗”。\n', errors: ['×××'] },
    { text: '开展“XX安全行”活动，“XX杯”竞赛等。\n', errors: ['XX', 'XX'] },
    // The same blanks in a traditional-script copy, read in simplified characters (a tenth of the gathered pages were in it).
    { text: '新學期又加入了32位新教師和名新同學。\n', errors: [''] },
    { text: '廣州與世界個國際城市締結成友好城市。\n', errors: [''] },
    { text: '全年完成投資 億元，增長 %。\n', errors: [' ', ' '] },
    { text: '剛才縣委辦同志宣讀了《縣新區開發建設實施方案》。\n', errors: [''] },
    // A count after a verb of exceeding ending its clause, its numeral deleted.
    { text: '洽谈签约项目预计会超过个，涉及投资超过万亿元。\n', errors: [''] },
    // 个 between two common nouns, glued to both.
    { text: '广州与世界个国际城市缔结成友好城市。\n', errors: [''] },
    // People counted after another count, joined by 和, the numeral before 名 deleted.
    { text: '新学期又加入了32位新教师和名新同学。\n', errors: [''] },
    { text: '新增12名企业家和名员工。\n', errors: [''] },
    // The same with a space where the figure went (eval:inject's space variant on slots13/17).
    { text: '新学期又加入了32位新教师和 名新同学。\n', errors: [' '] },
    { text: '新學期又加入了32位新教師和 名新同學。\n', errors: [' '] },
  ],
});

describeCorpusFile('slots13.json');
