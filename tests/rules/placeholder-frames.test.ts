/**
 * Frames of figures written in ways the other tables do not cover: a month or a year whose figure
 * was deleted (`于 月底前`, `于底前`, `，年11月30日`: pla/05, 1mishu.com's 调查通知), a name deleted
 * before 同志 (`村书记同志`, `刚才，同志通报`), and ratios or times with tenths in X marks, a figure
 * and not a clock time (wor/11's 三产结构, rwc/33's 产值之比).
 */
import { ruleTester } from './rule-tester';

ruleTester('placeholder', {
  valid: [
    // A size, a formula's factor, an office's staff and forms of address: no slot.
    '接力赛4×100米，完成率=实际完成数/计划数×100%。',
    '县公安局的同志们要加强值守，各位同志要认真落实，县委书记作了重要讲话，常委同志带头学习。',
    // Comrades in general listed with others, and a list of names each with its 同志: no name lost.
    '老同志、同志们、朋友们：大家好！王明同志、李华同志和张强同志出席会议，同志、朋友之间要互相帮助。',
    // The month of the draft itself, a month's part after a determiner, a whole date.
    '各乡镇务必于月底前完成排查，在本月底前完成整改，下月初前上报。',
    '会议于2024年11月30日召开，截至今年9月底完成投资。',
    // A line's head that is a broken line's tail (`截至今` / `年9月底`), and 到底 (after all).
    '截至今\n年9月底，全县完成投资。',
    '说到底，前面的工作还不够扎实。',
    // A name before the title, a form of address, comrades in general.
    '请王书记同志讲话。老同志们，同志间要互相帮助，各位书记同志们辛苦了。',
    '以习近平同志为核心的党中央，王明同志通报了全市情况。',
    // A site's separator in a page title before a word the title already said (m.61taotao.com).
    '7月微党课讲稿_微党课稿件17篇\n建党节怎么来的_建党节的来历',
    // A page title with its column's name after the separator, ending as the title does (zuowen.red, slots12/35).
    '工程竣工验收会上的致辞_庆典致辞\n尊敬的各位专家：',
    // A footnote mark after a closing quote.
    '他说，这就是“不忘初心”*。',
    // Real ratios and times.
    '三产结构调整为8.5:40.2:51.3，会议于上午9:30开始。',
  ],
  invalid: [
    // A tilde where each name was taken out of an opening ceremony's script (a range has figures: `2~3年`).
    { text: '出席的领导有：中国工程院院长~同志、深圳市委书记~、市长~。今年新增2~3个项目。', errors: ['~', '~', '~'] },
    { text: '各乡镇要于 月底前完成摸底排查，于底前完成整改销号。', errors: [' ', ''] },
    { text: '各村要在 月中旬前完成，截至 月下旬全面完成。', errors: [' ', ' '] },
    { text: '为贯彻落实会议精神，年11月30日下午，市政府召开电视电话会议。', errors: [{ text: '', message: /空白/ }] },
    {
      text: '三产结构由xx:xx.x:xx.x调整为xx.x:xx.x:xx.x，工农业产值之比为××:××，成绩为xx:xx.x。',
      errors: [
        { text: 'xx:xx.x:xx.x', message: /数字/ },
        { text: 'xx.x:xx.x:xx.x', message: /数字/ },
        { text: '××:××', message: /数字/ },
        { text: 'xx:xx.x', message: /数字/ },
      ],
    },
    // A name deleted before 同志 (pla/13's 颁奖主持词, ana/01, rsd/22, quo/04).
    { text: '下面请坂兜村书记同志、村主任同志上台领奖。', errors: ['', ''] },
    { text: '刚才，同志通报了全市安全生产情况，由同志牵头抓好落实。', errors: ['', ''] },
    { text: '我们要同以总书记同志为核心的党中央保持高度一致。', errors: [''] },
    // A name deleted from a list of names each with its 同志 (quo2/23's 政协闭幕会 speech: `吴邦国同志、同志、曾庆红同志`),
    // between two of the list or opening it before another.
    { text: '会议期间，吴邦国同志、同志、曾庆红同志、李长春同志看望了委员。', errors: [''] },
    { text: '出席会议的领导有：同志、贾庆林同志、李长春同志。', errors: [''] },
    // A lone underscore before a new word is a slot.
    { text: '在此，我代表_区四大班子向各位领导致以问候。', errors: ['_'] },
    // A quoted term that is only an asterisk, or ends in one: the formulation or name was masked (03.txt, 17.txt of slot2).
    { text: '以邓小平理论和“*”重要思想为指导，抓住市委“突破*”战略实施的重大机遇。', errors: ['*', '*'] },
    // A clock time stays a date slot.
    { text: '会议于X月X日上午XX:XX召开。', errors: ['X月X日', { text: 'XX:XX', message: /日期/ }] },
    // A figure masked in part, the rest of the model's digits kept (slot2/45's 镇政府工作报告: `增长xx0.9%`, `xx.51亿元`,
    // `xx458元`; wor/33: `选拔*8名`): the marks are the slot. A size (`4×100米`) or a formula's factor (`×100%`) is none.
    {
      text: '全镇生产总值比上年增长xx0.9%，固定资产投资XX.5亿元，农民人均纯收入xx458元，增幅1X.5%，完成公开选拔*8名县处级领导。',
      errors: [{ text: 'xx', message: /数字/ }, { text: 'XX', message: /数字/ }, 'xx', '1X', { text: '*', message: /数字/ }],
    },
    { text: '自20X3年以来，全县累计投资逾百亿元。', errors: [{ text: '20X3年', message: /年份/ }] },
    { text: '全县共有XX0人参加培训。**2个重点项目落地。', errors: ['XX', '**'] },
    // A name deleted between an office and 同志, before what the person did (rsd/22: `县公安局同志通报了…`).
    { text: '刚才，县公安局同志通报了全县治安情况，县委办同志宣读了表彰决定。', errors: ['', ''] },
  ],
});
