import { ruleTester } from './rule-tester';

ruleTester('slogan-variant', {
  valid: [
    '做好“六稳”工作，落实“六稳”要求。',
    // A PDF copy moved the marks off the words (“ ”): a term between spaces stood in quotes.
    '党课：领会“两个确立”的重大意义\n“ ”一、把握 两个确立 的内在关系\n“ ”二、理解 两个确立 的实践要求\n',
    // ‘…’ inside a quotation a web excerpt cut off before it closed: how a quotation quotes.
    '总书记指出：“做好‘六稳’工作，要坚持稳中求进，落实好各项政策\n我们要把“六稳”要求落到实处。\n',
    '增強「四個意識」是一個動態過程。公報指出：「樹立『四個意識』，只有在思想和行動上提高政治站位\n',
    // …also where a PDF copy broke the quotation's line before the inner marks (a 党课 on
    // 51gongwen.com): the lines that run on make one paragraph.
    '要落实好“六稳”工作。总书记强调，“不要以为疫情过去了，必须\n坚持做好‘六稳’工作，坚持稳中求进工作总基调，做好\n',
    // A term of the draft's own that it quotes once, where it points at it, and writes bare elsewhere: no formulation yet.
    '我市是全省开展营商环境评价的3市2县之一，“3市2县”的平均成绩将计入全省考核。\n',
    '“三八”节前夕，我们召开座谈会。三八节是妇女的节日，祝大家三八节快乐！\n',
    // An honour named after the date (三八红旗手, 五一劳动奖章) is written bare: part of its name, not the date's form.
    '纪念“三八”国际妇女节，表彰全国三八红旗手和三八红旗集体。“三八”节是全世界妇女的节日。\n',
    '在“五一”国际劳动节前夕，我们向荣获全国五一劳动奖章的同志表示祝贺，“五一”是劳动者的节日。\n',
    // A paper's keyword line lists its labels bare (fx361.cc, quotes12/30): no form of the writer's.
    '关键词:国有企业;监督执纪;四种形态;两个责任\n贯通运用监督执纪“四种形态”,“四种形态”之间环环相扣。\n',
    // A headline writes the term bare where the text quotes it (rwh/004, a Q&A page): its bare uses do
    // not outvote the text's quoted one (the quoted “四个意识” was told to drop its marks), and where they
    // would have, they are left as they are.
    '四个意识是什么 四个意识是什么大局意识什么看齐意识\n\n这“四个意识”是2016年1月29日中共中央政治局会议最早提出来的。\n',
  ],
  invalid: [
    // Beside the honour, a bare date is still the date's form.
    { text: '纪念“三八”国际妇女节，表彰三八红旗手。“三八”节前夕，三八节座谈会召开。\n', errors: [{ text: '三八', message: /“三八”×2、三八×1/ }], output: '纪念“三八”国际妇女节，表彰三八红旗手。“三八”节前夕，“三八”节座谈会召开。\n' },
    // Quoted twice, bare once: the draft's own term in one form.
    { text: '“三八”节前夕，我们召开座谈会。三八节是妇女的节日，“三八”节也是我们的节日。\n', errors: [{ text: '三八', message: /“三八”×2、三八×1/ }], output: '“三八”节前夕，我们召开座谈会。“三八”节是妇女的节日，“三八”节也是我们的节日。\n' },
    // An ASCII majority is the canonical form (RULES.md), but fix-all never writes ASCII marks:
    // the minority “六稳” is flagged, and its fix is a suggestion.
    { text: '落实"六稳"要求，做好"六稳"工作，守住“六稳”底线。', errors: [{ text: '“六稳”', message: /"六稳"×2、“六稳”×1.*统一为 "六稳"/ }] },
    // A tie between ASCII marks and no marks: the bare form wins the tie, a suggestion either way.
    { text: '编制好"十四五"规划，确保十四五开好局。', errors: ['"十四五"'] },
    // Bare more often: the bare form, but taking the standard marks off is only a suggestion.
    { text: '做好三农工作，三农问题是根本，关心“三农”。', errors: [{ text: '“三农”', message: /统一为 三农/ }] },
    // A draft quoting in corner marks throughout: 「…」 is its standard, not “…”.
    {
      text: '做到「六保」，落實「六保」，在「六穩」基礎上做好"六保"。',
      errors: ['"六保"'],
      output: '做到「六保」，落實「六保」，在「六穩」基礎上做好「六保」。',
    },
    // A span a site glued into a line of the draft (its 小编 intro) is no form of the writer's: not counted.
    {
      text: '关于七一重要讲话精神宣讲稿\n“不忘初心、牢记使命”贯穿党的全部历史。以下是为大家整理的关于2021年七一重要讲话精神宣讲稿范文八篇，仅供参考。\n同志们，学习“七一”重要讲话精神，要把握核心要义。\n一、深刻把握“七一”重要讲话的重大意义\n',
      errors: [{ text: '七一', message: /“七一”×2、七一×1/ }],
      output: '关于“七一”重要讲话精神宣讲稿\n“不忘初心、牢记使命”贯穿党的全部历史。以下是为大家整理的关于2021年七一重要讲话精神宣讲稿范文八篇，仅供参考。\n同志们，学习“七一”重要讲话精神，要把握核心要义。\n一、深刻把握“七一”重要讲话的重大意义\n',
    },
    { text: '做好“六稳”工作，落实“六稳”要求，抓好"六稳"。', errors: ['"六稳"'], output: '做好“六稳”工作，落实“六稳”要求，抓好“六稳”。' },

    // A site's second copy of the title is residue: its "…" does not outvote the writer's “…”.
    {
      text: '党课：忠诚捍卫“两个确立”\n\n党课：忠诚捍卫"两个确立"\n\n同志们：\n要深刻领悟"两个确立"的决定性意义。\n',
      errors: ['"两个确立"'],
      output: '党课：忠诚捍卫“两个确立”\n\n党课：忠诚捍卫"两个确立"\n\n同志们：\n要深刻领悟“两个确立”的决定性意义。\n',
    },
  ],
});
