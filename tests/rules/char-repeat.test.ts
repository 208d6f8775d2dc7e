import { ruleTester } from './rule-tester';

ruleTester('char-repeat', {
  valid: [
    // The regulation's own name: 中国共产党 then 党和国家机关 (struct12/20; its safe fix deleted a 党 of the title).
    '中央又重新修订《中国共产党党和国家机关基层组织工作条例》，要在党和政府的领导下做好工作。',
    '中国共产党党和政府的关系，要认真学习《中国共产党党内监督条例》。',
    '谢谢大家，我们常常讨论这个问题。',
    '人人都要参与。',
    // An AABB form whose first half a converter glossed (實(shí)實(shí)在在): not a doubled 在.
    '为沿线国家的人民带来實(shí)實(shí)在在的利益，干干净净(jìng)地做事。',
    // A word ends at the first copy or starts at the second: no slip.
    '为了了解情况，我们深入基层调研。',
    '这是达到目的的手段。',
    '他现在在北京开会。',
    // A function word of two ends at the first copy, but the second opens a word of its own.
    '关键就是是否真正落到实处。',
    // After a conditional conjunction the copula may open its clause.
    '要是是我，我也会这样做。',
    // A preposition after a conjunction that ends in it: two words (所以|以…为…, 因为|为…办事).
    '所以以人民为中心的发展思想必须始终坚持。',
    '因为为群众办实事，他多次受到表彰。',
    // A content word ends at the first copy: 实在|在, 目的|的, 实事求是|是.
    '这实在在情理之中。',
    // A word of the dictionary that holds both copies, however rare (协会会长).
    '中国通信企业协会会长出席会议并致辞。',
    // Reduplication stays quiet.
    '是是非非要分清，我们的的确确做到了，天天向上，研究研究再说。',
    // …where a page glosses each character with its reading (a converter site's 實(shí)實(shí)在在).
    '要讓群眾得到實(shí)實(shí)在在的利益，真(zhēn)真(zhēn)切切感受到變化。',
    // A long word ends in a character that opens a verb of one with its aspect particle
    // (业务工作|作了|具体安排, a page of blind6): two words, not a slip.
    '刚才，XX局长等对分管开学业务工作作了具体安排，我都同意。',
    // A word typed twice stays quiet where it repeats on purpose: a heading run into its paragraph
    // (at the line's start, after a heading's number, or after a sentence's end where the page lost
    // its line breaks), reduplication of a verb, an adverb or a numeral with its measure, a chant.
    '一、加强领导加强领导是做好工作的关键。',
    '加强领导\n加强领导是做好工作的关键。',
    '这是保持廉洁本色的要求。一、坚定理想信念理想信念是事业成功的法宝。',
    '这个问题我们研究研究，一步一步来，非常非常重要，加油加油加油！',
    // A determiner or a code before the first copy, a suffix after the second, a particle opening
    // the unit: each a compound or a figure of its own (乡镇长, 项目常务经理, 一切的一切).
    '参加会议的有各乡镇乡镇长、县直各部门负责人。',
    '任东湖绿道二期工程PPP项目项目常务经理。',
    '老师燃烧自己，照亮我们的一切的一切。',
    // A char inside a word whose first part is a commoner word alone: two words (北京大学|学生).
    '北京大学学生代表在会上发言。',
    // The BB of an AABB form whose AB is a noun of two (年岁, 祖辈): no doubled 岁 or 辈 (clean13/24,
    // a university president's 毕业典礼 speech: 年年岁岁人不同,岁岁年年情相似).
    '年年岁岁人不同，岁岁年年情相似。祖祖辈辈人在这里生活。',
    // A preposition after a word that ends in it where the second copy opens a word (针对|对象).
    '要针对对象的不同特点开展工作。',
  ],
  invalid: [
    { text: '这是我们的的目标。', errors: ['的的'], output: '这是我们的目标。' },
    // Typed twice inside a word: with one copy gone a word spans it (共和国), although 共和 ends
    // at the first copy.
    { text: '庆祝中华人民共和和国成立75周年。', errors: ['和和'], output: '庆祝中华人民共和国成立75周年。' },
    // The copula or a particle typed again after a function word that ends in it (更是, 就是,
    // 正是, 为了): the word beside it holds one copy, the other is the slip.
    { text: '这更是是一个值得深思的问题。', errors: ['是是'], output: '这更是一个值得深思的问题。' },
    { text: '他就是是我们学习的榜样。', errors: ['是是'], output: '他就是我们学习的榜样。' },
    { text: '这正是是群众最关心的事情。', errors: ['是是'], output: '这正是群众最关心的事情。' },
    { text: '为了了让群众满意，我们做了大量工作。', errors: ['了了'], output: '为了让群众满意，我们做了大量工作。' },
    // The sentence's words decide, not any dictionary word ending at the first copy: 政协|和|和|社会
    // (协和 is a word, not here).
    { text: '在县人大、政协和和社会各界的监督支持下，各项工作稳步推进。', errors: ['和和'], output: '在县人大、政协和社会各界的监督支持下，各项工作稳步推进。' },
    // A reduplicated word before the pair is no AABB form (累的 is no word).
    { text: '在这硕果累累的的金秋时节，我们齐聚一堂。', errors: ['的的'], output: '在这硕果累累的金秋时节，我们齐聚一堂。' },
    // A reading in brackets before the pair is no AA of an AABB (我们(wǒ men) is no reduplication).
    { text: '这是我们(men)的的目标。', errors: ['的的'], output: '这是我们(men)的目标。' },
    // A preposition of two that ends in a preposition, typed again (针对对, 基于于): said twice.
    { text: '习近平总书记针对对5个方面目标进行了阐述。', errors: ['对对'], output: '习近平总书记针对5个方面目标进行了阐述。' },
    // A character typed twice inside a common word (市政府, 国务院): a suggestion, fix-all leaves it.
    { text: '认真贯彻市委、市政政府的决策部署。', errors: [{ text: '政政', message: /疑为多打/ }] },
    // A word typed twice (copies pasted one after the other): a suggestion.
    { text: '习近平总书记总书记强调，要坚持人民至上。', errors: [{ text: '总书记总书记', message: /“总书记”重复/ }] },
    { text: '在此次的政府政府工作报告中进一步明确了目标。', errors: ['政府政府'] },
    { text: '要进一步加强党的领导党的领导。', errors: ['党的领导党的领导'] },
  ],
});
