import { ruleTester } from './rule-tester';

/** A PDF page cut at 24 characters: each break falls inside a sentence. */
const PDF = [
  '在全市工作会议上的讲话',
  '同志们：',
  '今天会议的主要任务是，统筹推进疫情防控和经济社',
  '会发展工作。这既是一次大战，也是一次大考，各级各部',
  '门特别是各级领导干部要扛起责任，统筹兼顾，巩固好来',
  '之不易的防控形势，全面恢复好经济社会运行秩序，努力',
  '把今年的各项目标任务完成好，确保交出优异的答卷。',
].join('\n');

const SALUTED = PDF.replace('同志们：', '在全市工作会议上的讲话，今天的会议非常重要讲\n尊敬的各位领导，同志们，大家好！');

const NEWSPAPER = [
  '正文复制',
  '市日报/2024 年/3 月/13 日/第 001 版/要闻',
  '勇担文化新使命奋力开创宣传思想工作新局面',
  '——二〇二三年全市宣传思想文化工作综述',
  '本报记者 刘玉林 孙宗林',
  '大道如砥，奋斗如歌。过去一年，全市宣传思想',
  '文化战线坚持以习近平新时代中国特色社会主义',
  '思想为指导，各项工作取得新进展、新成效，为',
  '全市经济社会发展提供了坚强思想保证。',
  '',
].join('\n');

ruleTester('broken-line', {
  valid: [
    // A site's intro line above a heading that ends in its chunk label (`…致辭篇一`, heartjkgl.cn, resid13/44): the
    // heading's break is no cut word, though `篇一` / `月朗` reads as 一月.
    '以下是我為大家搜集的優質范文,僅供參考,一起來看看吧\n中秋節活動領導致辭篇一\n月朗星疏,秋風送爽,今天晚上,我們懷著喜悅的心情,歡聚一堂,共同歡度中秋佳節!\n',
    // A draft's own list from 1、: each item's paragraph ends on its mark, or the item is a heading over its text; or its
    // items stop without their full stop, but are of unequal lengths (a site's preview chunks are cut at one length).
    '1、加强组织领导\n各级党组织要把这项工作摆上重要议事日程,主要负责同志亲自抓,分管负责同志具体抓,定期研究解决工作中遇到的困难和问题,及时总结推广好的经验做法,形成上下联动、齐抓共管的工作格局,确保各项责任落实到位\n2、强化督查考核\n把工作开展情况纳入年度综合考核,定期通报各地各部门的工作进展情况,对工作推进有力、成效明显的单位给予表扬,对工作不力、进展缓慢的单位进行约谈,对敷衍塞责、弄虚作假的严肃追责问责,以考核倒逼责任落实,推动各项措施落地见效,切实把各项部署要求转化为推动发展的实际成效\n3、营造良好氛围\n加大宣传力度。\n',
    '1、加强组织领导\n各级党组织要把这项工作摆上重要议事日程,主要负责同志亲自抓,分管负责同志具体抓,确保责任落实到位。\n2、强化督查考核\n把工作开展情况纳入年度考核,定期通报进展,对工作不力的单位严肃问责。\n',
    '1、提高认识\n2、压实责任\n3、强化考核\n',
    // A title set on two lines between words, and a heading whose next line is the paragraph's own short sentence.
    '在全市2024年经济工作会议暨全市优化营商环境大会上的\n讲话\n同志们：\n今天召开会议。\n',
    '同志们：\n一、提高政治站位\n强化责任担当\n各级各部门要压实责任。\n',
    // Every paragraph indented, each ending on its mark or a heading of its own: no line goes on into the next.
    '  一、提高认识\n  今年以来，全市上下认真贯彻落实各项部署，取得了明显成效。\n  二、狠抓落实\n  各级各部门要压实责任，确保各项任务落到实处。\n',
    // A heading, then a paragraph that opens on a short sentence of its own: nothing joins.
    '同志们：\n狠抓落实，务求实效\n现在开会。请大家认真听取汇报。\n',
    // A paper's keywords on a line of their own above its first paragraph (a journal page in
    // traditional script with pinyin glosses, rsd/34): a list, not a sentence cut by a break.
    [
      '何愛云',
      '治理現(xiàn)代化視角下基層黨組織的功能定位與作用發(fā)揮',
      '何愛云',
      '在基層治理體系中,基層黨組織起著基礎(chǔ)性作用。治理現(xiàn)代化視角下,如何發(fā)揮基層黨組織的作用是一個重要的研究課題。',
      '治理現(xiàn)代化;基層黨組織;功能定位;作用發(fā)揮',
      '黨的十八屆三中全會提出推進國家治理體系和治理能力現(xiàn)代化的改革任務(wù)。基層社會治理作為國家治理體系的基礎(chǔ)工程,既是重點,也是難點。',
    ].join('\n'),
    // A byline line, then the salutation with the text run on after its colon: the salutation opens
    // a paragraph, the byline's break is no cut (hkcna.hk copy of a 2022 inaugural address, blind/63).
    '就職典禮致辭全文來了! 【同期】香港特區第六任行政長官 李家超\n尊敬的各位嘉賓、各位市民: 今天,我以謙卑的心情,與大家一同慶祝這個重要的日子。\n',
    '全文如下! 致辭人:台積電董事長 張忠謀\n各位同仁:今天我們在這裡歡聚一堂,共同回顧過去一年的成績。\n',
    '会议实录如下。讲话人:市长 王建国\n各位企业家、各位来宾:今天,我们在这里召开全市优化营商环境大会,共商发展大计。\n',
    // A traditional-script dateline runs on after its space: no heading glued to its paragraph.
    '中新網8月8日電 北京奧運會開幕式8月8日晚在國家體育場舉行，國家主席出席開幕式。\n',
    '新华社伦敦7月27日奥运专电 国际奥委会主席罗格27日晚在伦敦奥运会开幕式上致辞。\n',
    // A list of addressees, a guest a line, ending on a comma (an embassy's National Day
    // reception, mfa.gov.cn 2019; lines as wide as each other, like a PDF's): no break.
    [
      '在庆祝中华人民共和国成立70周年招待会上的致辞',
      '（2019年9月26日）',
      '尊敬的塔拉帕卡代理大区主席霍夫雷先生，',
      '尊敬的塔拉帕卡大区参议员索里亚先生，',
      '尊敬的塔拉帕卡大区检察长阿兰西比亚先生，',
      '尊敬的伊基克市市长索里亚先生及夫人，',
      '亲爱的侨领和同胞们，女士们、先生们，',
      '大家晚上好！首先，热烈欢迎并衷心感谢各位来宾和朋友与我们一起隆重庆祝中华人民共和国成立70周年。',
      '',
    ].join('\n'),
    '床前明月光\n疑是地上霜\n举头望明月\n低头思故乡\n',
    // A heading with clause marks, then its paragraph: the break falls between words.
    '各位代表：\n一、总结成绩，正视问题，增强推动经济高质量发展的信心决心\n刚刚过去的一年，我们经受了考验。\n',
    '同志们：\n按照会议安排，我讲三点意见，供大家参考和讨论\n讨论后形成纪要，印发各地。\n',
    // A photo caption ends on its credit, then the story begins (dianxian.dxbei.com, 甘肃日报).
    '7月7日，第二十八届兰洽会开幕式暨丝绸之路合作发展高端论坛在兰州隆重举行。新甘肃·甘肃日报记者盛学卿\n黄河之滨也很美，喜迎四海宾朋来。7月7日上午，兰洽会在兰州隆重举行。\n',
    // A section label left after a full stop (ECSpell's odw sentences): no sentence cut there.
    '各位代表：\n违反本条例规定，向沟渠排放污水的，依照有关法律的规定处理。第八章\n坚持和加强党的全面领导，推动各项工作落实。\n',
    // A list parted by `；`, then the text about it (zhuti.net.cn): no sentence ended in the line.
    '四个意识是什么\n政治意识；大局意识；核心意识；看齐意识\n这“四个意识”是2016年1月29日中共中央政治局会议最早提出来的，全党同志要增强看齐意识。\n',
    // A paragraph that only lacks its full stop, then one that opens on 我们 (peixunla.com).
    '同志们：\n推动高质量发展是全党必须抓紧抓好的工作。走高质量发展之路，就要坚持创新、协调、绿色、开放、共享发展\n我们要认真贯彻总书记重要讲话精神，立足新发展阶段，完整、准确、全面贯彻新发展理念。\n',
    // A paragraph that only lacks its full stop, then the closing line: not a cut sentence.
    '同志们：\n今年的任务十分繁重。让我们团结一心，奋力开创各项工作新局面\n谢谢大家！\n',
    // Short headings and a speaker's line over their paragraphs: no word runs across the break.
    '最高人民法院院长 周强\n过去五年的主要工作\n党的十八大以来的五年，是党和国家事业取得历史性成就的五年。\n',
    // A run-in heading that ends without a full stop is still a heading.
    '（一）坚持公正司法，审判工作取得明显成效\n全市法院受理各类案件26155件，办结25631件。\n',
    // A dateline without a date (epaper.bjnews.com.cn, 2014): `据新华社电` ends it as `日电` does.
    '  据新华社电 新年前夕，国家主席习近平通过中国国际广播电台、中央人民广播电台、中央电视台，发表了二〇一四年新年贺词。\n',
    // A news dateline, a space, the story: no lost break after a heading.
    '新华社北京3月12日电 政协第十二届全国委员会第一次主席会议12日下午在北京举行，俞正声主持。\n',
    // A figure set off by spaces, as a Word or PDF copy leaves it, after a numbered title: no
    // lost break before it (a page listing several templates, slt/49).
    '2、庆祝建校 60 周年文艺汇演主持词各位领导、各位来宾、老师们、同学们:大家晚上好!金秋十月，硕果飘香。\n',
    // A title closed on its own line, and one opened then closed on the next line after a full stop: no title spans the break.
    '会议传达了《关于做好春节期间安全生产工作的通知》\n各单位要认真抓好落实。\n',
    '请大家认真学习《安全生产法》。\n》号之前的内容不计。\n',
  ],
  invalid: [
    // A document site's preview chunks that keep the file's paragraphs (struct12/46, m.zixin.com.cn): `1、` opens the
    // text, `2、` and `3、` open the lines after ones cut inside a sentence, a chunk's length apart.
    {
      text:
        '1、全国人民代表大会政府工作报告发言稿\n尊敬的主席、各位代表:\n大家好!我是来自某某省的代表,今天非常荣幸能够站在这里,向大家发表发言。首先,我要对政府工作报告表示衷心的感谢。\n' +
        '在过去一年里,面对全球疫情的冲击,我们党和政府团结带领全国人民,采取了一系列有力的措施。\n作为人民的代表,我们要进一步关注人民群众的需求,努力为他们争取更多的\n' +
        '2、实惠。首先,我们要关注教育领域的问题。现在,人口老龄化加剧,教育投入不足等问题仍然存在。我们要提高教育发展的质量,加大对农村教育的支持力度,促进城乡教育发展的均衡,让每个孩子都能享受到优质的教育资源。同时加强师资队伍建设。\n' +
        '此外,我们还要关注就业领域的问题。我们要加大对就业的支持力度,提供更多的就业岗位,鼓励创业创新,\n3、为年轻人提供更多的机会和发展空间。\n',
      errors: ['的\n2', ',\n3'],
    },
    // A PDF copy wrapped its title inside a word (struct12/33, gongwk.com: `…对照检` / `查材料(含案例)`), and a heading
    // so: the join is suggested, never made by a fix-all (a title may be set on two lines, between words).
    {
      text: '镇党委领导班子 2025 年度民主生活会对照检\n查材料(含案例)\n根据上级党委的统一部署，班子紧扣会议主题，扎实开展会前准备工作。\n',
      errors: ['检\n查'],
    },
    {
      text: '同志们：\n今天召开会议，我讲两点意见。\n一、坚持以人民为中心的发展思\n想\n我们要始终把人民放在心中最高位置。\n',
      errors: ['思\n想'],
    },
    // An e-paper that indents every paragraph: a sentence cut after 审议 goes on on the next, indented line
    // (struct12/25, 巫山新闻 2024-03-11). The join, a suggestion, takes the indent with it.
    {
      text: '  凝聚共识筑同心。3月10日，全国政协十四届二次会议在北京胜利闭幕。\n  这是一次高举旗帜的大会。广大政协委员认真履职尽责，协商议政、建言献策，听取和审议\n  全国政协常委会工作报告和提案工作情况的报告，列席十四届全国人大二次会议。\n',
      errors: ['议\n  全'],
    },
    // A title in 《》 cut by a line break in a paragraph that is otherwise single lines (a county meeting's agenda).
    {
      text: '同志们：\n今天的会议有三项议程。\n一、请安监局局长宣读《关于全县安全事故情况的通\n报》\n二、请分管副县长讲话\n三、请县长讲话\n',
      errors: ['通\n报'],
      output: '同志们：\n今天的会议有三项议程。\n一、请安监局局长宣读《关于全县安全事故情况的通报》\n二、请分管副县长讲话\n三、请县长讲话\n',
    },
    // A newspaper's PDF page: its page line, headline, subtitle and byline happen to reach the
    // width its paragraph is cut at, but hold no mark: only the paragraph's cuts are joined.
    {
      text: NEWSPAPER,
      errors: ['想\n文', '义\n思', '为\n全'],
      output: NEWSPAPER.replace('宣传思想\n文化', '宣传思想文化').replace('主义\n思想', '主义思想').replace('，为\n全市', '，为全市'),
    },
    // A line that stops on a degree adverb waits for what it qualifies (`任务很` / `重要`, `都更` / `复杂`).
    {
      text: '同志们：\n今天召开全县安全生产工作会议，这次会议的任务很\n重要，大家要认真领会，抓好落实。\n当前，我们面临的形势比以往任何时候都更\n复杂，各级各部门必须保持清醒头脑。\n',
      errors: ['很\n重', '更\n复'],
    },
    // Beside a PDF's wrapped lines, a short line cut inside a word where the wrap width does not
    // reach (rwf/09, a school's opening speech: `为 XX 学` / `校这个温暖…`) is a stray break too
    // (a suggestion: fix-all joins only the wraps).
    {
      text: `${PDF}\n欢迎大家成为我们学\n校这个温暖和谐大家庭中的一员，希望同学们珍惜时光，努力学习。\n`,
      errors: ['社\n会', '部\n门', '来\n之', '力\n把', '学\n校'],
      output: `${PDF.replace(/(?<=[社部来力])\n/g, '')}\n欢迎大家成为我们学\n校这个温暖和谐大家庭中的一员，希望同学们珍惜时光，努力学习。\n`,
    },
    {
      text: PDF,
      errors: ['社\n会', '部\n门', '来\n之', '力\n把'],
      output: PDF.replace(/(?<=[社部来力])\n/g, ''),
    },
    {
      // A line at the page's width above a salutation (a site repeated the title, 360docs.net
      // copy): the salutation is a paragraph of its own, never joined to it.
      text: SALUTED,
      errors: ['社\n会', '部\n门', '来\n之', '力\n把'],
      output: SALUTED.replace(/(?<=[社部来力])\n/g, ''),
    },
    {
      // A document site's list (`- 文档编号:…`) pasted in with the draft is residue, not Markdown,
      // whose line breaks would be the writer's own: the break inside 镇党|委 is still found (blind9/25).
      text: '- 文档编号:6971024\n- 上传时间:2023-01-13\n- 格式:DOCX\n在全镇经济工作会议上的讲话\n同志们：\n五年来，在县委县府和镇党\n委的坚强领导下，我们坚持发展第一要务，各项事业取得了长足进步。\n',
      errors: ['党\n委'],
    },
    {
      // One break in a draft of single-line paragraphs, cutting a word (贯|彻): an edit or a
      // paste left it. Offered, not applied by fix-all.
      text: '各位委员：\n政协全国委员会及其常务委员会全面贯\n彻中共十八大和十九大精神，深入贯彻习近平新时代中国特色社会主义思想。\n',
      errors: ['贯\n彻'],
    },
    {
      // The line ended a sentence and stops inside the next one (rw2 p03, a pasted speech): a
      // heading holds no full stop.
      text: '同志们：\n刚才，听取了市安委会今年以来的工作情况。总的看，今年以来，各级各有关部门围绕\n安全生产，做了大量富有成效的工作。\n',
      errors: ['绕\n安'],
    },
    {
      // A `；` after a clause ends a sentence as a full stop does (a county's economic meeting).
      text: '同志们：\n会上，市政府办通报我市前三季度经济运行情况；统计局通报我市前\n三季度经济运行情况并对经济运行提出工作建议；发改委汇报全年经济运行预计情况。\n',
      errors: ['前\n三'],
    },
    {
      // The next line starts on 的, which never opens a sentence (a seed's pasted speech).
      text: '同志们：\n经过综合研判，我们对统筹抓好疫情防控和经济社会发展\n的信心不减、力度不减、效果不减。\n',
      errors: ['展\n的'],
    },
    {
      // A short first line that ends inside a word (金|融): no heading stops there.
      text: '各位代表：\n一、加强民事审判工作\n高度关注国际金\n融危机对我国的影响，牢固树立服务大局的理念。\n',
      errors: ['金\n融'],
    },
    {
      // A heading run into its paragraph (`（一）……。……`) is prose: the break after it is found.
      text: '（一）妥善解决立法难点。制定监督法是人大立法工作的一件大事，早在六届全\n国人大就开始酝酿，历时20年。\n',
      errors: ['全\n国'],
    },
    {
      // The line stops on 和: the sentence goes on.
      text: '同志们：\n我们要坚持发展和安全并重，坚持改革开放和\n现代化建设相统一，推动高质量发展。\n',
      errors: ['和\n现'],
    },
    // A break between whole words, the next line only the sentence's tail before its full stop: the line was cut
    // there (a paragraph never opens on `报告。` or `也是一次大考。`); joining stays a suggestion.
    { text: '同志们：\n今天会议的主要任务是统筹推进疫情防控和经济社会发展工作，这既是一次大战\n也是一次大考。\n', errors: ['战\n也'] },
    { text: '各位代表：\n今天上午的全体会议议程是：听取报告，审议计划报告和预算\n报告。\n', errors: ['算\n报'] },
    {
      // The next line opens on a sentence's tail (`发言。`): the break came after a whole word (rwb/58, excerpt-0364).
      text: '同志们：\n刚才，几位同志分别作了很好的表态\n发言。大家讲得很实在，我完全同意。\n',
      errors: ['态\n发'],
    },
  ],
});
