import { ruleTester } from './rule-tester';

ruleTester('formulation-wording', {
  valid: [
    // The list in the sentence that first said it (习近平, 2014-03-09: `既严以修身、…，又谋事要实、…`), quoted so by
    // a 2015 动员会讲话 (zkskl.com, canon14/01) and a 发言稿 (shuyueliang.com, canon14/04): a joining word after the pause.
    '各级领导干部要既严以修身、严以用权、严以律己,又谋事要实、创业要实、做人要实。',
    // An adverb's 地 in the 2013 decision's words (a 2018 study of 放管服, 106.15.159.191, canon14/26).
    '其核心问题是如何处理好政府和市场的关系,使市场在资源配置中起决定性作用和更好地发挥政府作用。',
    // A pause standing where the wording goes on (`…民族复兴，` for `…民族复兴伟业`; a school's 国庆 speech, typo9/16):
    // the comma is the sentence's, and the suggested fix took it out with the stretch it ended.
    '习近平指出,以中国式现代化全面推进强国建设、民族复兴, 是新时代新征程党和国家的中心任务。',
    // A sentence's end inside the stretch (fudaoke.com, canon7/20): two sentences, not one formulation.
    '通过脱贫攻坚、医疗保障等政策,确保发展成果惠及全体人民。共同富裕目标的推进,是共享理念的集中体现。',
    // 的 left out where another follows (cfsyy.cn, canon7/36; aihuau.com, canon7/38): 的…的 avoided.
    '全面建成小康社会是实现中华民族伟大复兴中国梦的关键一步。',
    // With 的, as officials say it too (a 2019 provincial secretary; canon7/11).
    '坚持稳中求进的工作总基调，全力推进全面建成小康社会进程。',
    // The 以 of a list of guides stands before the first (a 2023 speech, not a dropped 以).
    '我们以马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想、科学发展观、习近平新时代中国特色社会主义思想为指导。',
    // A verb that takes X为Y itself (确立…为…): no 以 is missing.
    '党的十八届六中全会正式确立习近平同志为党中央的核心、全党的核心。',
    // Short forms: another word the dictionary knows (理论, 意见, 维度), a count, a place for 国.
    '全面贯彻新发展理论。',
    '要认真听取群众的核心意见。',
    '一、从历史方位和时代特征两个维度审视未来发展',
    '增强五个意识。',
    '全省上下坚定不移地实施科教兴省战略。',
    '在解决群众实际问题和干事创业上实现新突破。',
    // The aspect particle after the formulation's verb (a township secretary's 研讨发言, laobiganzi.top/187562.html).
    '此后，总书记又在2014年、2015年对贵州提出系统要求，有力推动贵州打赢了脱贫攻坚战、全面建成小康社会。\n',
    '坚持以经济建设为中心。',
    // 的 after a quoted name left out: the same words, as headlines and outlines write them.
    '一、深化对“两个确立”决定性意义的规律性认识\n各级党组织要深刻认识和把握“两个确立”决定性意义的理论依据。',
    // The wording's 的 turned into the writer's predicate (a 2022 municipal study article, quotes12/05),
    // and a 的 put in between two words of a paraphrase (a 2013 theory article, quotes12/36): grammar, not wording.
    '二要深刻领悟到,“两个确立”具有决定性意义,既是重大历史结论,又是重大实践要求。',
    '要推进国家治理体系和治理能力的现代化,首先必须实现党内权力结构及其运行机制的现代化。',
    // The formulation in traditional characters: traditional-char's, not a changed word.
    '學出中國特色社會主義道路自信、理論自信、制度自信、文化自信。',
    // Official use too (the Ministry of Education's 2019 admissions notice; a real county
    // speech, rwk/04, where fix-all had changed it to 为指导).
    '我们坚定以习近平新时代中国特色社会主义思想为指引，认真贯彻落实中央、省委各项决策部署。',
    // The list's pauses left out, as the 2024 Central Economic Work Conference writes it: the same wording.
    '完整准确全面贯彻新发展理念，加快构建新发展格局。',
    // A site's filter wrote X for 党 (dawenge.com 日新月异 series, me/a7): the slot is placeholder's,
    // not a second finding on the same character.
    '在以习近平同志为核心的X中央坚强领导下，全省上下团结奋斗。',
    // The last member joined by 以及, as by 和: the list as written, not a misquote.
    '“六保”分别是：保居民就业、保基本民生、保市场主体、保粮食能源安全、保产业链供应链稳定以及保基层运转。',
    // The wording intact but for a space a PDF copy put inside it: cjk-space's, not a misquote.
    '坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理 念，主动融入新发展格局。',
    // The same with the break before the part a line holds: a PDF line ends in its first characters.
    '我们要坚持以习\n近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神。',
    '我们要坚持以\n习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神。',
    // A web excerpt that stops inside the formulation: the cut's.
    '要查漏补缺、固强补弱，全力打好巩固拓展脱贫攻坚成果同乡村振兴有效衔',
    // A quotation's edge between the words (a quoted phrase, then the sentence goes on): two phrases, not one formulation.
    '要做好"六稳"工作，"稳中求进"是总基调，"高质量发展"是主题。',
    '我们讲“稳中求进”是总基调，也讲“稳字当头”。',
    // 的 put in after the name the wording quotes (习近平, 2013, quoted on canon6/58): the same words.
    '只有全党本领不断增强了，两个一百年的奋斗目标才能实现。',
    // A city joins the pattern the country builds (a municipal 十四五 outline, canon6/08).
    '对于立足新发展阶段、贯彻新发展理念、融入新发展格局,推动高质量发展具有十分重要的意义。',
    // 已 left out and 发展 put in (a 2023 theory article, canon6/02): tense and a word of the writer's.
    '我国社会主要矛盾转化为人民日益增长的美好生活需要和不平衡不充分的发展之间的矛盾,我国经济发展由高速增长阶段转向高质量发展阶段。',
    // A verb of the writer's at the head (提高 for 提升, a minister's 2023 speech, canon6/50), and a
    // head character that ends the word before it (构建现代化产业体系, struct6/30; 学习习近平…).
    '着力提高生态系统多样性、稳定性、持续性。',
    '一、聚焦实体经济,在构建现代化产业体系上实现新突破',
    '始终把学习习近平新时代中国特色社会主义思想作为首要政治任务。',
  ],
  invalid: [
    // 同志 left out after the name (a 2015 book chapter on 四个全面, canon14/16): a fixed form of address, never the writer's shortening.
    { text: '“四个全面”是以习近平为总书记的党中央全面总结实践经验形成的战略布局。', errors: [{ text: '以习近平为总书记的党中央', message: /以习近平同志为总书记的党中央/ }] },
    { text: '要更加紧密地团结在以习近平为核心的党中央周围。', errors: [{ text: '以习近平为核心的党中央', message: /以习近平同志为核心的党中央/ }] },
    // A 的 typed inside a word of the wording is a slip, not the writer's grammar (eval:inject's canon-add on quotes12/26, blind12/42).
    { text: '要坚持以习的近平同志为核心的党中央坚强领导。', errors: ['以习的近平同志为核心的党中央'] },
    { text: '始终坚持以人民为中的心的发展思想。', errors: ['以人民为中的心的发展思想'] },
    { text: '坚持以经济建设为重心。', errors: ['坚持以经济建设为重心'], output: '坚持以经济建设为中心。' },
    { text: '要完整、准确、全面落实新发展理念。', errors: ['完整、准确、全面落实新发展理念'] },
    // A blend of two formulations (全面建设…国家, 全面建成…强国): which one was meant is the writer's
    // call, so fix-all leaves it (a real page, typo4/15, had it turned into 建成…强国 after 开启了…新征程).
    { text: '开启了全面建设社会主义现代化强国的新征程。', errors: ['全面建设社会主义现代化强国'] },
    // Stopping short of the wording where the sentence goes on is a misquote still.
    { text: '全力打好巩固拓展脱贫攻坚成果同乡村振兴有效衔，推动乡村全面振兴。', errors: ['巩固拓展脱贫攻坚成果同乡村振兴有效衔'] },
    // Joined by 以及 but a member misquoted: still a near-miss.
    { text: '“六保”分别是：保居民就业、保基本民生、保市场主体、保粮食能源安全、保产业链供应链稳定以及保基层运作。', errors: ['保居民就业、保基本民生、保市场主体、保粮食能源安全、保产业链供应链稳定以及保基层运作'] },
    // One slip in the first two characters or the last two of a long formulation (injected into
    // real pages: the misses of tools/inject-faults-canon.ts before the head and the tail were read).
    { text: '全面贯彻习平新时代中国特色社会主义思想。', errors: ['习平新时代中国特色社会主义思想'] },
    { text: '坚持水青山就是金山银山理念。', errors: ['水青山就是金山银山'] },
    { text: '进一步强调因作制宜发展新质生产力。', errors: ['因作制宜发展新质生产力'], output: '进一步强调因地制宜发展新质生产力。' },
    { text: '始终同以习近平同志为核心的党实央保持高度一致。', errors: ['以习近平同志为核心的党实央'], output: '始终同以习近平同志为核心的党中央保持高度一致。' },
    // After 学习, whose 习 is the name's first character too (typo6/07 with 平 changed by the injector).
    { text: '我结合近期自己学习习近魂新时代中国特色社会主义思想的收获。', errors: ['习近魂新时代中国特色社会主义思想'], output: '我结合近期自己学习习近平新时代中国特色社会主义思想的收获。' },
    { text: '为实现第二个百年奋斗到标打好基础。', errors: ['实现第二个百年奋斗到标'], output: '为实现第二个百年奋斗目标打好基础。' },
    // 以 dropped before a `以…为…` formulation (the gap canon6 left; canon-yi of tools/inject-faults-canon2.ts).
    { text: '全党全国各族人民要紧密团结在习近平同志为核心的党中央周围。', errors: ['习近平同志为核心的党中央'] },
    { text: '始终在思想上政治上行动上同习近平同志为核心的党中央保持高度一致。', errors: ['习近平同志为核心的党中央'] },
    // 以 inside a word before it (可以) is no coverb of 以…为….
    { text: '我们可以紧密团结在习近平同志为核心的党中央周围。', errors: ['习近平同志为核心的党中央'] },
    // One character of a short formulation changed for a sound-alike that makes no word: a suggestion.
    { text: '要增强“四个义识”、坚定“四个自信”、做到“两个维护”。', errors: ['四个义识'] },
    { text: '做到“两个维户”。', errors: ['两个维户'] },
    { text: '坚定不移推进全面从严治档。', errors: ['全面从严治档'] },
  ],
});
