/**
 * Audit resid10: page chrome by shape — a government site's head (its links row, a letter-spaced
 * menu, letter-spaced info labels without colons), a school site's headline list (`· 标题... 01/22`),
 * a related list whose entries end in their date (`…讲话稿04-13`), a document site's info card
 * (each value above its label: `2024年09月22日` / `发布时间` / `2` / `页数`), a path that ends in the
 * title printed below it, a path's second line (`> 政务动态 > 政务信息`), a login box, a comment
 * box's empty prompt, a report-line footer, an editor's Latin handle, 上一条/下一条, 来源标题,
 * 阅读次数/人气 counters, a site's 导读 summary, a toolbar of four buttons with a column name.
 * Look-alikes a draft writes stay.
 */
import { ruleTester } from './rule-tester';
import { describeCorpusFile } from '../helpers';

const S = '同志们：今天召开会议，主要任务是部署工作。';

ruleTester('web-residue', {
  valid: [
    // A draft's lone numbers and dates away from any residue: a page number, a year, its date line.
    `在全县工作会议上的讲话\n（2024年9月22日）\n${S}\n2\n${S}\n`,
    // A comparison, a quote, an agenda with a time, a report phone the draft gives.
    `在全市工作会议上的讲话\n${S}\n> 增速高于全省\n会议定于06-30召开\n举报电话要公开，接受群众监督。\n`,
    // A spaced heading, a named label in a sentence, an editor with a real name.
    `新 年 献 辞\n${S}\n名称要准确，文号要规范。\n编辑工作要精益求精。\n`,
    // A short poem's lines.
    `颁奖辞：\n超越海拔六千米。\n跋涉十六年。\n把论文写满高原。\n`,
  ],
  invalid: [
    // A government site's head: its links, a letter-spaced menu, letter-spaced info labels.
    {
      text: `中国政府网 黑龙江省政府网 English 市人大 市政协\n首     页 政 务 公 开 网 上 办 事 互 动 交 流\n发 布 机 构 市人民政府办公室 发 文 日 期 2019-11-29\n名        称 关于印发实施细则的通知\n文        号 齐政办发〔2019〕29号   上 载 日 期 2019-12-02\n关于印发实施细则的通知\n${S}\n`,
      errors: ['中国政府网 黑龙江省政府网 English 市人大 市政协', '首     页 政 务 公 开 网 上 办 事 互 动 交 流', '发 布 机 构 市人民政府办公室 发 文 日 期 2019-11-29', '名        称 关于印发实施细则的通知', '文        号 齐政办发〔2019〕29号   上 载 日 期 2019-12-02'],
      output: `关于印发实施细则的通知\n${S}\n`,
    },
    // A school site's headline list under its heading, one entry with no ellipsis.
    {
      text: `热点新闻\n·   张涛看望慰问春节... 01/22\n·   张涛看望慰问老同志 01/20\n·   我校召开2023年春... 02/24\n跨界治理理论与数字政府建设\n${S}\n`,
      errors: ['热点新闻', '·   张涛看望慰问春节... 01/22', '·   张涛看望慰问老同志 01/20', '·   我校召开2023年春... 02/24'],
      output: `跨界治理理论与数字政府建设\n${S}\n`,
    },
    // A related list whose entries end in their date, under its heading.
    {
      text: `${S}\n【国旗下讲话稿】相关文章:\n幼儿园国旗下讲话稿04-13\n为班级争光国旗下讲话稿04-05\n`,
      errors: ['【国旗下讲话稿】相关文章:', '幼儿园国旗下讲话稿04-13', '为班级争光国旗下讲话稿04-05'],
      output: `${S}\n`,
    },
    // A document site's info card: each value above its label; the bare count is a suggestion.
    {
      text: `资料详情\n2024年09月22日\n发布时间\n2\n页数\n0.02 MB\n大小\n资料部分内容试读\n2024年教师节校长致辞\n${S}\n`,
      errors: ['资料详情', '2024年09月22日', '发布时间', '2', '页数', '0.02 MB', '大小', '资料部分内容试读'],
      output: `2\n2024年教师节校长致辞\n${S}\n`,
    },
    // A path that ends in the title printed below it; a path's second line under the position label.
    {
      text: `人人书 > 杂志 > 颤抖!深大校长毕业致辞劝同学常回母校拍抖音\n颤抖!深大校长毕业致辞劝同学常回母校拍抖音\n${S}\n`,
      errors: ['人人书 > 杂志 > 颤抖!深大校长毕业致辞劝同学常回母校拍抖音'],
      output: `颤抖!深大校长毕业致辞劝同学常回母校拍抖音\n${S}\n`,
    },
    {
      text: `您现在的位置:首页\n > 政务动态 > 政务信息\n县委县政府举行新春团拜会\n${S}\n`,
      errors: ['您现在的位置:首页', '> 政务动态 > 政务信息'],
      output: `县委县政府举行新春团拜会\n${S}\n`,
    },
    // A login box, a comment box's prompt, a report-line footer (a suggestion), a verification prompt.
    {
      text: `${S}\n用户名\n密 码\n忘记密码 新用户注册\n`,
      errors: ['用户名', '密 码', '忘记密码 新用户注册'],
      output: `${S}\n`,
    },
    {
      text: `${S}\n剑网行动举报电话:12318(市文化执法总队)\nCopyright © 2016 Kankanews.com Inc. All Rights Reserved.\n全部评论\n暂无评论,快来发表你的评论吧\n请输入验证码\n`,
      errors: ['剑网行动举报电话:12318(市文化执法总队)', 'Copyright © 2016 Kankanews.com Inc. All Rights Reserved.', '全部评论', '暂无评论,快来发表你的评论吧', '请输入验证码'],
      output: `${S}\n剑网行动举报电话:12318(市文化执法总队)\n`,
    },
    // A news page's foot and head: an editor's Latin handle, credits, next and previous items, counters.
    {
      text: `${S}\n来源:金洞镇\n作者:陈姿伊\n编辑:redcloud\n撰稿:张光荣 摄影:张光荣 审核:周吉星\n上一条:天河街道大力开展普法活动\n下一条:亚父书桥村召开部署会\n`,
      errors: ['来源:金洞镇', '作者:陈姿伊', '编辑:redcloud', '撰稿:张光荣 摄影:张光荣 审核:周吉星', '上一条:天河街道大力开展普法活动', '下一条:亚父书桥村召开部署会'],
      output: `${S}\n来源:金洞镇\n作者:陈姿伊\n上一条:天河街道大力开展普法活动\n下一条:亚父书桥村召开部署会\n`,
    },
    {
      text: `打印 放大 缩小\n来源标题:国家勋章颁授仪式在京隆重举行 新闻频道 来源:\n${S}\n人气: 2\n阅读次数:\n语音朗读:\n`,
      errors: ['打印 放大 缩小', '来源标题:国家勋章颁授仪式在京隆重举行 新闻频道 来源:', '人气: 2', '阅读次数:', '语音朗读:'],
      output: `${S}\n`,
    },
    // A site's summary before the text (a suggestion: it repeats the text's words); a toolbar with a column name.
    {
      text: `导读 在一个普通的秋日午后,这里即将举行一场特别的学校家长会。家长们陆续到场,脸上带着期待与些...\n范文百科 分享 时间: 加入收藏 我要投稿 点赞\n${S}\n`,
      errors: ['导读 在一个普通的秋日午后,这里即将举行一场特别的学校家长会。家长们陆续到场,脸上带着期待与些...', '范文百科 分享 时间: 加入收藏 我要投稿 点赞'],
      output: `导读 在一个普通的秋日午后,这里即将举行一场特别的学校家长会。家长们陆续到场,脸上带着期待与些...\n${S}\n`,
    },
    // A column name, the time and a widget word in one line under the title.
    {
      text: `欢迎来到010在线作文网!\n毕业典礼校长致辞\n致辞 时间:2021-08-31 手机版\n${S}\n`,
      errors: ['欢迎来到010在线作文网!', '致辞 时间:2021-08-31 手机版'],
      output: `毕业典礼校长致辞\n${S}\n`,
    },
  ],
});

describeCorpusFile('resid10.json');
