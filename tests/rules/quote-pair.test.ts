import { ruleTester } from './rule-tester';

ruleTester('quote-pair', {
  valid: [
    // A draft that quotes with ASCII marks throughout: its own style (a 政府工作报告 on a document site).
    '推进"一网好办"改革，推行"三即"极简审批，深化"亩均论英雄"改革。',
    // ASCII marks around English words, and in markup: not Chinese quotations.
    '要落实“六稳”“六保”，推广"Made in China"品牌，<div class="标题">。',
    // An excerpt cut inside a quotation whose own inner quotes follow the opening mark: the cut's.
    '增強「四個意識」是一個動態過程。公報指出：「樹立『四個意識』，只有在思想和行動上提高政治站位，不斷從政治意',
    // An ASCII ' typed after 的 and a quotation a PDF break split over a blank line: no swapped pair
    // (',必须…如“ is no quotation), and the quotation closes after the break.
    "（4）需要表决的',必须逐项表决,写出提示用语,如“同意这个议程草案的\n\n请举手”、“反对的请举手”。",
    '要处理好“六个关系”。',
    '他说：“好。”',
    // Double primes on their own are a pair (slogan-variant speaks of the style, not this rule).
    '认真贯彻〝四个着力〞，以城乡统筹为突破口。',
    // Double primes as pairs beside curly pairs: nothing to join.
    '贯彻〝四个着力〞，落实“六稳”“六保”，推进〝三农〞工作。',
    // Two quotations side by side: a closing then an opening mark, or ASCII marks, are no empty pair.
    '增强“四个意识” “四个自信”。',
    '增强"四个意识" "四个自信"。',
    // Marks of one kind nested, each the right way round (360doc, a 党课 report; a college's headline).
    '并提到“虽然名字里有一个“后”字，后村镇却以敢于争“先”的姿态，审时度势。”最后，王霞同志要求全镇党员。',
    '深悟力行“扛起“十五五”奋进新使命”。',
    // A web excerpt that stops inside a quotation: the cut left it open, not the writer.
    '做好防止返贫监测。坚持“四跟四走”“四带四',
    '全区上下牢固树立“营商环境就是生产力”的理念，围绕“',
    '2023年工作回顾\n二是加快项目建设。习近平总书记强调：“发扬彻底的自我革命精神，永远吹冲锋号，把严的...\n',
    // ASCII marks quoting inside a curly quotation, whole pairs of them: nested quotes, not mixed pairs (a 党课's theme over a PDF wrap, typ2/05).
    '今天,我以“从"政治规矩"到"行动自觉"——推\n动学习教育内化于心外化于行”为主题,与大家交流四个方面的思考。',
    // A sports meet's times in quotation marks for minutes and seconds: between two digits they are primes (a school sports meet's closing speech).
    '高三(3)班在男子400m比赛中以54”28的成绩打破了宋斌在校运会55”09的记录，高二(2)班在女子400m比赛中以1‘07”69的成绩打破了县运会1‘09”04的记录。',
    // A quoted passage over paragraphs, opened in the first, closed in the last, no marks between (a wedding toast's model opening, rwc/65).
    '比如这样一个开头：“良辰美景，新人成双。\n\n今天晚上，×××和×××喜结良缘，我向你们表示热烈的祝贺，衷心祝你们幸福美满，白\n\n头偕老！”\n\n这样开头，简洁明快。',
    // The same cut in a PDF copy whose lines wrap inside the sentence: the quotation's line runs on into the last one (gongwenbang.cn 325418).
    '水是生产之要、生态之基。习近平总书记多次强调，“保护生态环境\n就是保护生产力，改善生态环境就',
    // A web copy that kept the page's markup, a poem quoted over three of its paragraphs (a meipian
    // 毕业典礼 speech, typo6/04): the attributes' ASCII quotes pair with each other, not with the poem's “”.
    '<p class="ql-block"><b style="font-size:20px;"> “慈母手中线，游子身上衣。</b></p><p class="ql-block"><b style="font-size:20px;"> 谁言寸草心，报得三春晖。”</b></p>',
    "<p class='ql-block'>“新竹高于旧竹枝，</p><p class='ql-block'>全凭老干为扶持。”</p>",
  ],
  invalid: [
    // A quoted sentence closed with an opening mark right after its own stop (blind12/01, a 校长 speech quoting 杜甫):
    // one reversed mark, not two unclosed ones (its fix a suggestion: a stop inside the pair).
    { text: '正如杜甫所说：“会当凌绝顶，一览众山小。“我们要登高望远。', errors: [{ text: '“', message: /引号方向颠倒/ }] },
    // ASCII marks in a draft that quotes with “” elsewhere: the pair takes the draft's marks.
    {
      text: '既是总结成绩的“交卷会”，更是决战全年的“誓师会”。企业反映的"弹簧门""旋转门"问题依然存在。',
      errors: ['"弹簧门"', '"旋转门"'],
      output: '既是总结成绩的“交卷会”，更是决战全年的“誓师会”。企业反映的“弹簧门”“旋转门”问题依然存在。',
    },
    // One of each: Chinese text quotes with “”, so the ASCII pair is the one out of place.
    { text: '实现了赴京"零上访"的目标，落实“平安建设”各项任务。', errors: ['"零上访"'], output: '实现了赴京“零上访”的目标，落实“平安建设”各项任务。' },
    // A closing then an opening mark with a pause between are two stray marks, not a quotation
    // written the wrong way round (no fix: the draft's own marks may be anywhere).
    { text: '会议要求，要把各项工作抓实抓细”，全面推进“乡村振兴，确保取得实效。', errors: ['”', '“'] },
    // An opening mark before a 提法 and a pause: the closing mark after the 提法 is all that is missing.
    { text: '切实增强“四个意识、坚定“四个自信”、做到“两个维护”。', errors: ['“'], output: '切实增强“四个意识”、坚定“四个自信”、做到“两个维护”。' },
    // An inner ‘ before a 提法 that ends the quotation (a journal page quoting the 监督条例, quotes12/30):
    // the outer ” closes it, so the inner ’ goes right before it.
    { text: '讲话强调：“全党同志要增强‘四个意识”。我们要坚决贯彻。', errors: ['‘'], output: '讲话强调：“全党同志要增强‘四个意识’”。我们要坚决贯彻。' },
    { text: '《条例》规定：“党内监督必须把纪律挺在前面，运用监督执纪‘四种形态”。贯通运用“四种形态”。', errors: ['‘'], output: '《条例》规定：“党内监督必须把纪律挺在前面，运用监督执纪‘四种形态’”。贯通运用“四种形态”。' },
    // A term the draft quotes itself counts too.
    { text: '深入推进“双招双引”工作，全力以赴抓“双招双引，确保项目落地。', errors: ['“'], output: '深入推进“双招双引”工作，全力以赴抓“双招双引”，确保项目落地。' },
    { text: '要处理好”六个关系”。', errors: ['”六个关系”'], output: '要处理好“六个关系”。' },
    // Markup kept in a copy does not hide a quotation's own mixed marks (its attributes are no quotations).
    { text: '<p class="ql-block">落实“两个维护"要求。</p>', errors: ['“两个维护"'], output: '<p class="ql-block">落实“两个维护”要求。</p>' },
    // Still open when the text ends, but the last sentence is finished, or a quotation follows: the writer's.
    { text: '坚持“四跟四走的工作方法，推动产业发展。', errors: ['“'] },
    // Two single marks that lost their closing ones, in two titles: not one reversed pair across them.
    { text: '近日，“‘十四五就业促进规划”“东北全面振兴‘十四五实施方案”等接连发布。', errors: ['‘', '‘'] },
    { text: '坚持“四跟四走的工作方法，落实“四带四”要求', errors: ['“'] },
    { text: '坚持“四跟四走的工作方法。\n全面推进乡村振兴，实施“六大强农', errors: ['“'] },
    // A paragraph between with a quotation of its own: the open mark and the stray one stay two findings.
    { text: '比如这样一个开头：“良辰美景，新人成双。\n\n今天我们要增强“四个意识”，坚定信心。\n\n祝你们白头偕老！”', errors: ['“', '”'] },
    // A wrapped line that ends its sentence or a pause before the cut one: the quotation is the writer's to close.
    { text: '习近平总书记多次强调，“保护生态环境。\n改善生态环境就', errors: ['“'] },
    // A document converter's closing double prime after a curly opening mark (wnwk.com copy).
    { text: '认真贯彻“四个着力〞，以城乡统筹为突破口。', errors: ['“四个着力〞'], output: '认真贯彻“四个着力”，以城乡统筹为突破口。' },
    // Every closing mark of a paragraph written as a double prime (wnwk.com copy of a 两会 心得): one foreign pair each, not reversed pairs of each kind.
    {
      text: '发表了“四个坚决不移〞的对台讲话。这些“重量级声音〞表达了自信，坚决反对“台独〞分裂行径。',
      errors: ['“四个坚决不移〞', '“重量级声音〞', '“台独〞'],
      output: '发表了“四个坚决不移”的对台讲话。这些“重量级声音”表达了自信，坚决反对“台独”分裂行径。',
    },
    // The other way round: every opening mark a double prime, every closing one curly (the start build flipped a ” into “ by fix-all).
    {
      text: '深入开展〝两学一做”学习教育，落实〝三会一课”制度，增强〝四个意识”。',
      errors: ['〝两学一做”', '〝三会一课”', '〝四个意识”'],
      output: '深入开展“两学一做”学习教育，落实“三会一课”制度，增强“四个意识”。',
    },
    // Some closing marks a double prime, some curly, in one paragraph: the primes pair with the unclosed “.
    { text: '贯彻“四个着力〞，落实“六稳”，推进“三农〞工作。', errors: ['“四个着力〞', '“三农〞'], output: '贯彻“四个着力”，落实“六稳”，推进“三农”工作。' },
    { text: '深入开展〝两学一做”学习教育。', errors: ['〝两学一做”'], output: '深入开展“两学一做”学习教育。' },
    // Closing marks lost: two opening marks across a full stop are two unclosed quotations, not one reversed pair.
    { text: '仅“13这个数字而言，就注定了不平凡。当12月21日“世界末日谣言自然瓦解之后。', errors: ['“', '“'], output: '仅“13这个数字而言，就注定了不平凡。当12月21日“世界末日谣言自然瓦解之后。' },
    // Opening marks lost before two closing ones after the same words (blind4/34, a 作风整治 动员 speech): two stray
    // closing marks, not one reversed pair around a clause; fix-all leaves them (no mark to move them to).
    {
      text: '近期，委部署了XX之问”大讨论活动，国宗书记向全市发出了XX之问”，社会反响很好。',
      errors: ['”', '”'],
      output: '近期，委部署了XX之问”大讨论活动，国宗书记向全市发出了XX之问”，社会反响很好。',
    },
    // A reversed pair around a term is still fixed by fix-all.
    { text: '要处理好”六个关系”。', errors: ['”六个关系”'], output: '要处理好“六个关系”。' },
    // Markup kept in a copy does not hide a quotation's own mixed marks (its attributes are no quotations).
    { text: '<p class="ql-block">落实“两个维护"要求。</p>', errors: ['“两个维护"'], output: '<p class="ql-block">落实“两个维护”要求。</p>' },
    // A PDF copy moved the marks off their words: an empty pair is reported, never fixed.
    { text: '“ ”一、牢牢把握 两个确立 的内在关系', errors: [{ text: '“ ”', message: /引号错位/ }], output: '“ ”一、牢牢把握 两个确立 的内在关系' },
  ],
});
