import { ruleTester } from './rule-tester';

const TITLE = '在全县经济工作会议上的讲话';
const BODY = '同志们：\n今天我们召开全县经济工作会议。\n';

ruleTester('web-residue', {
  valid: [
    '同志们：\n今天我们召开全市工作会议。\n',
    // A date line with a place or a weekday is the draft's, not a site's timestamp.
    `${TITLE}\n2024-01-05 北京\n${BODY}`,
    `${TITLE}\n2024-01-05 星期五\n${BODY}`,
    // Headings are not copies of the title; a comparison with > is not a breadcrumb.
    `${TITLE}\n（2024年1月5日）\n${BODY}一、统一思想\n二、突出重点\n增速 > 全省 > 全国\n`,
    // A meeting notice's time (no seconds, no site words); members' rights in a union speech.
    '关于召开全县安全生产工作会议的通知\n一、会议时间：2024-03-05 14:30\n二、会议地点：县政府三楼会议室\n',
    `${TITLE}\n（2024年1月5日）\n${BODY}工会会员权益保障工作要抓实抓细。\n换一换思路，工作就有新天地。\n`,
    // A heading about a home page; an instruction to editors is a sentence, not a credit.
    `${TITLE}\n（2024年1月5日）\n${BODY}首页新闻要及时更新\n编辑：要把好政治关。\n`,
    // Latin letters that are not a keyword filter's initials: a word, a model number, a band.
    `${TITLE}\n（2024年1月5日）\n${BODY}举办JAZZ音乐节，引进ZZ-01型设备、ZZ.2型泵，邀请ZZ Top乐队。\n`,
    `${TITLE}\n${BODY}1. 整合资源，用好上级下拨资金。\n2. 强化用户思维，优化政务服务平台。\n3. 完善版权保护和文件管理制度。\n`,
  ],
  invalid: [
    // A site's keyword filter put ZZ for 政治 (dawenge.com pages): restoring it is only offered.
    {
      text: `${TITLE}\n（2024年1月5日）\n${BODY}从"讲ZZ、促发展、保稳定"的ZZ高度，着力锻造一支ZZ过硬的队伍,这是最大的ZZ.\n`,
      errors: ['ZZ', 'ZZ', 'ZZ', 'ZZ'],
      output: `${TITLE}\n（2024年1月5日）\n${BODY}从"讲ZZ、促发展、保稳定"的ZZ高度，着力锻造一支ZZ过硬的队伍,这是最大的ZZ.\n`,
    },
    { text: '同志们：\n当前位置：首页 > 范文 > 讲话稿\n今天我们召开全市工作会议。\n', errors: ['当前位置：首页 > 范文 > 讲话稿'], output: '同志们：\n今天我们召开全市工作会议。\n' },
    // A breadcrumb without a label; deleting it takes one of the blank lines around it.
    { text: `${TITLE}\n\n东方文库 > 致辞稿 > ${TITLE}\n\n${BODY}`, errors: [`东方文库 > 致辞稿 > ${TITLE}`], output: `${TITLE}\n\n${BODY}` },
    // An uploader's line is a suggestion (a name); the breadcrumb at the top goes with the blank after it.
    { text: `东方文库 > 致辞稿 > ${TITLE}\n\n| 郭家2\n${TITLE}\n${BODY}`, errors: [`东方文库 > 致辞稿 > ${TITLE}`, '| 郭家2'], output: `| 郭家2\n${TITLE}\n${BODY}` },
    // The site prints the title again after its timestamp line: the second copy is residue, word for word deleted by fix-all.
    {
      text: `${TITLE}\n时间：2024-01-05 来源：网友投稿\n${TITLE}\n${BODY}`,
      errors: ['时间：2024-01-05 来源：网友投稿', TITLE],
      output: `${TITLE}\n${BODY}`,
    },
    { text: `${TITLE}\n2024-10-28 08:41:08 德育素材网\n${BODY}`, errors: ['2024-10-28 08:41:08 德育素材网'], output: `${TITLE}\n${BODY}` },
    // A category, a timestamp with seconds and an author glued together; a paywall's reading time.
    { text: `${TITLE}\n心得体会范文2019-05-19 13:38:59才子老师\n${BODY}`, errors: ['心得体会范文2019-05-19 13:38:59才子老师'], output: `${TITLE}\n${BODY}` },
    { text: `${TITLE}\nadmin 分享 时间: 加入收藏 共计14379个字,预计阅读时长48分钟。\n${BODY}`, errors: ['admin 分享 时间: 加入收藏 共计14379个字,预计阅读时长48分钟。'], output: `${TITLE}\n${BODY}` },
    // A breadcrumb with spaces for separators and a long last step is only a suggestion.
    { text: `首页 政策解读 关于《政府工作报告(征求意见稿)》解读\n${TITLE}\n${BODY}`, errors: ['首页 政策解读 关于《政府工作报告(征求意见稿)》解读'], output: `首页 政策解读 关于《政府工作报告(征求意见稿)》解读\n${TITLE}\n${BODY}` },
    // A breadcrumb whose separators were lost, and a news page's credits: suggestions.
    { text: `首页范文稿件发言稿\n${TITLE}\n${BODY}`, errors: ['首页范文稿件发言稿'], output: `首页范文稿件发言稿\n${TITLE}\n${BODY}` },
    { text: `${TITLE}\n${BODY}编辑：付波 熊哲\n`, errors: ['编辑：付波 熊哲'], output: `${TITLE}\n${BODY}编辑：付波 熊哲\n` },
    // A breadcrumb broken over two lines, the second ending in >.
    { text: `当前位置:简历谷 >\n\n热点 >其他文案 >\n\n${TITLE}\n${BODY}`, errors: ['当前位置:简历谷 >', '热点 >其他文案 >'], output: `${TITLE}\n${BODY}` },
    // A breadcrumb with slashes; an e-paper's page line; editors in brackets after the text.
    { text: `首页/ 新闻中心 / 本地要闻 / 正文\n${TITLE}\n${BODY}`, errors: ['首页/ 新闻中心 / 本地要闻 / 正文'], output: `${TITLE}\n${BODY}` },
    { text: `${TITLE}\n版面:第01版:一版要闻       上一篇    下一篇\n${BODY}`, errors: ['版面:第01版:一版要闻       上一篇    下一篇'], output: `${TITLE}\n${BODY}` },
    { text: `${TITLE}\n${BODY}(责编:袁勃、赵欣悦)\n`, errors: ['(责编:袁勃、赵欣悦)'], output: `${TITLE}\n${BODY}` },
    // A site's numbered notice after the text: items about its files are residue beside the items already
    // known as such (rsd/29's `【下载声明】`, rwa/62's `友情提示`); a draft's own list of measures is not.
    {
      text: `${TITLE}\n${BODY}1. 本站所有文档如无特殊说明，下载后均可用WPS或Word打开编辑。\n2. 文档由用户上传，版权归上传者所有，如有侵权请联系客服删除。\n3. 未经权益人同意，不得将文件内容用于商业用途。\n`,
      errors: ['1. 本站所有文档如无特殊说明，下载后均可用WPS或Word打开编辑。', '2. 文档由用户上传，版权归上传者所有，如有侵权请联系客服删除。', '3. 未经权益人同意，不得将文件内容用于商业用途。'],
      output: `${TITLE}\n${BODY}2. 文档由用户上传，版权归上传者所有，如有侵权请联系客服删除。\n3. 未经权益人同意，不得将文件内容用于商业用途。\n`,
    },
    // The title printed again with other quotation marks.
    {
      text: '党课：要在捍卫“两个确立”上走在前\n\n党课：要在捍卫"两个确立"上走在前\n\n同志们：\n今天我们召开会议。\n',
      errors: ['党课：要在捍卫"两个确立"上走在前'],
      output: '党课：要在捍卫“两个确立”上走在前\n\n党课：要在捍卫"两个确立"上走在前\n\n同志们：\n今天我们召开会议。\n',
    },
  ],
});
