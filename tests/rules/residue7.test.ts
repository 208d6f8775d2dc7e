/**
 * Audit residue7: site residue on copies of speeches from document sites, by shape — a paywall
 * notice glued into a sentence (its address and a converter's glosses inside it), a site's banner
 * before its address, a cut word count, a contents widget as a list item, a forum profile card,
 * a path split over two lines, a copy of the title with its number before the salutation, preview
 * chunks cut mid-sentence, an assistant's closing offer. Look-alikes a draft writes stay.
 */
import { ruleTester } from './rule-tester';
import { describeCorpusFile } from '../helpers';

const LONG_A = '各级各部门要提高政治站位，切实把思想和行动统一到上级的决策部署上来，坚持问题导向，细化工作措施，压实工作责任，确保各项任务落地见效，推动全县经济社会持续健康发展。同时要加强督促检查，及时发现和解决工作中的';
const LONG_B = '问题，对工作不力的严肃问责，确保取得实效。要加强宣传引导，营造全社会共同关心支持的良好氛围，凝聚起推动高质量发展的强大合力，以优异成绩向上级和全县人民交上一份满意的答卷，为全面建设社会主义现代化县而努力奋斗。';

ruleTester('web-residue', {
  valid: [
    // A draft's own words about a site's map, a closing offer to the audience, its own report.
    '在全市政务公开工作会议上的讲话\n三、完善网站地图和导航功能\n要让群众少跑腿。\n',
    '在家长会上的讲话\n如果各位家长还有其他问题，请随时与我们联系。\n如果大家还有任何问题，请随时问我。\n',
    '述职报告\n以上是我的述职报告，请各位领导批评指正。\n以上就是我今天讲话的主要内容。\n',
    '在干部大会上的讲话\n我要说的是，干部要有担当。\n',
    // A numbered list whose long items end their sentences: no preview chunks.
    `在全县经济工作会议上的讲话\n同志们：\n1、${LONG_A}问题。\n2、${LONG_B}\n`,
    // A title copied under the title, then its own words: no number before a salutation.
    '在全县经济工作会议上的讲话\n在全县经济工作会议上的讲话稿已经印发。\n',
    // A law counted in a sentence.
    '在国旗法宣传会上的讲话\n《国旗法》全文共二十条，大家要认真学习。\n',
    // A chant repeating its last word, with no residue beside it; a bracketed number before a heading.
    '在运动会开幕式上的致辞\n加油加油加油加油加油\n团结拼搏团结拼搏\n[一]加强组织领导\n',

  ],
  invalid: [
    // A paywall notice in a sentence, a converter's glosses inside its parentheses; the space before it goes too.
    {
      text: '參觀了社區(qū) ……(快文網(wǎng)http://m.example.com省略264字,正式會員可完整閱讀)…… 成立了領導小組。\n',
      errors: ['……(快文網(wǎng)http://m.example.com省略264字,正式會員可完整閱讀)……'],
      output: '參觀了社區(qū)成立了領導小組。\n',
    },
    // A site's name, a dash, its slogan and its address glued before the title.
    {
      text: '秘书之家—全网资源每日更新www.example.com在全市工作会议上的讲话\n同志们：今天召开会议。\n',
      errors: ['秘书之家—全网资源每日更新www.example.com'],
      output: '在全市工作会议上的讲话\n同志们：今天召开会议。\n',
    },
    // A site's name before a bare address, and the cut clause of its notice.
    { text: '同志们：今天召开会议。\n写作网gw.example.com(可搜索其\n', errors: ['写作网gw.example.com(可搜索其'] },
    {
      text: '在全区表彰大会上的讲话\n同志们：今天召开会议。\n全文共3081字,仅供站内会\n',
      errors: ['全文共3081字,仅供站内会'],
      output: '在全区表彰大会上的讲话\n同志们：今天召开会议。\n',
    },
    // A contents widget's heading as a list item at the head of the page.
    { text: '- 目錄\n第1篇 在黨代表選舉會議上的講話\n同志們：今天召開會議。\n', errors: ['- 目錄'] },
    // A forum poster's card: roles, labels and figures one a line.
    {
      text: '同志们：今天召开会议。\nModerator\n管理成员\n消息\n402,402\n荣誉分数\n76\n声望点数\n0\n',
      errors: ['Moderator', '管理成员', '消息', '402,402', '荣誉分数', '76', '声望点数', '0'],
    },
    // A site's path that goes on from its 首页 line.
    {
      text: '首页\n> 政务公开 > 信息公开目录 > 报告统计 > 政府工作报告\n政府工作报告\n各位代表：\n',
      errors: ['首页', '> 政务公开 > 信息公开目录 > 报告统计 > 政府工作报告'],
      output: '政府工作报告\n各位代表：\n',
    },
    // The title's copy with its number glued before the salutation, below the title.
    {
      text: '竣工典礼致辞\n竣工典礼致辞1各位领导、同志们：\n今天我们欢聚一堂。\n',
      errors: ['竣工典礼致辞1'],
      output: '竣工典礼致辞\n各位领导、同志们：\n今天我们欢聚一堂。\n',
    },
    // The site's copy of the title ends in 范文: it goes (with the date under it), the clean one stays.
    {
      text: '县委书记在全县教育工作会议上的讲话范文\n2021-07-22\n县委书记在全县教育工作会议上的讲话\n同志们：\n今天召开会议。\n',
      errors: ['县委书记在全县教育工作会议上的讲话范文', '2021-07-22'],
    },
    // Preview chunks numbered by the site, each but the last cut mid-sentence.
    { text: `1、${LONG_A}\n2、${LONG_B}\n`, errors: ['1、', '2、'] },
    // An assistant's closing offer, a site's ad and footer, its tag on a title, its name on a title's copy.
    { text: '同志们：今天召开会议。\n如果还有其他问题或需要进一步的帮助，请随时告诉我。\n', errors: ['如果还有其他问题或需要进一步的帮助，请随时告诉我。'] },
    {
      text: '同志们：今天召开会议。\n免费获取全文定制代笔此类文章!\n书屋网站地图原创写作素材\n',
      errors: ['免费获取全文定制代笔此类文章!', '书屋网站地图原创写作素材'],
      output: '同志们：今天召开会议。\n',
    },
    { text: '【原创】 在全县经济工作会议上的讲话\n同志们：\n', errors: ['【原创】 '], output: '在全县经济工作会议上的讲话\n同志们：\n' },
    { text: '所长就职演讲稿\n各位领导：今天我很荣幸。\n某某文库所长就职演讲稿\n', errors: ['某某文库'] },
    // A site's keyword in square brackets before the title; its menu run together beside its other lines.
    { text: '[热水器]对史密斯教授的欢送词\n同志们、朋友们：\n', errors: ['[热水器]'], output: '对史密斯教授的欢送词\n同志们、朋友们：\n' },
    {
      text: '繁体  简体\n博客广场拍客广场评论广场收客广场\n|播客 |相册 |圈子 |收藏 |好友 | | |加入收藏 |\n同样听述职报告\n',
      errors: ['繁体  简体', '博客广场拍客广场评论广场收客广场', '|播客 |相册 |圈子 |收藏 |好友 | | |加入收藏 |'],
      output: '同样听述职报告\n',
    },
    // The column's name under the site's path, above the title.
    {
      text: '当前位置:文秘家园>> 文秘范文>> 领导讲话>> 科技教育\n科技教育\n院长在学院毕业典礼上的讲话\n亲爱的同学们：\n',
      errors: ['当前位置:文秘家园>> 文秘范文>> 领导讲话>> 科技教育', '科技教育'],
      output: '科技教育\n院长在学院毕业典礼上的讲话\n亲爱的同学们：\n',
    },
    // The path's last step as the title below it (a genre word ends it): only the path goes.
    {
      text: '首页 > 教育学习 > 好词好句 > 市长欢迎词\n市长欢迎词\n尊敬的评估团成员：\n',
      errors: ['首页 > 教育学习 > 好词好句 > 市长欢迎词'],
      output: '市长欢迎词\n尊敬的评估团成员：\n',
    },
    // A member box's links and its comment counter beside the site's other lines.
    {
      text: '同志们：今天召开会议。\n• 我要加入会员\n• 我要以稿换稿\n• 我用手机阅读\n用户评论\n网友评论共 0\n',
      errors: ['• 我要加入会员', '• 我要以稿换稿', '• 我用手机阅读', '用户评论', '网友评论共 0'],
      output: '同志们：今天召开会议。\n',
    },
  ],
});

describeCorpusFile('residue7.json');
