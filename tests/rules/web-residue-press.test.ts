/**
 * web-residue on pages copied from news sites, e-paper archives, journal pages and their
 * mirrors: the paper's header and page lines, a journal's affiliation and keywords, a site's
 * mobile-version link, clock stamps, pagers and login prompts; and the lines of a draft that
 * only look like them (datelines, a speech about page views, a heading about a 公众号).
 */
import { ruleTester } from './rule-tester';

const TITLE = '在全市宣传思想文化工作会议上的讲话';
const BODY = '同志们：\n今天我们召开全市宣传思想文化工作会议。\n';
const DATED = `${TITLE}\n（2024年2月20日）\n${BODY}`;

ruleTester('web-residue', {
  valid: [
    // A speech about the city's media: page views, likes, a 公众号 and a 客户端 are its subject.
    `${DATED}相关短视频两天浏览量超过8000万，千万网友在线为我市点赞。\n要用好微信公众号、客户端等新载体。\n`,
    // Headings of a draft that read like a site's words when they stand alone.
    `${DATED}一、突出重点\n用好微信公众号\n关键词 担当；奉献\n扫描二维码即可办理\n文/件要及时归档\n如有侵权行为，请及时联系执法部门处理。\n`,
    // A dateline, a reporter in a sentence, a paper and a site named in the draft's own words.
    `${DATED}新华社北京9月30日电 庆祝大会30日晚在人民大会堂隆重举行。\n本报记者深入一线采访，写出了一批好作品。\n人民日报2024年3月1日刊发评论员文章，对我市经验给予肯定。\n据中国政府网消息，国务院常务会议召开。\n`,
    // The source of a figure, named as an office: the draft's own note (a site's credit names a paper or an agency).
    `${DATED}去年全市地区生产总值增长6.2%。\n来源：市统计局\n`,
    // A university and its city in a sentence; a count of pieces in prose.
    `${DATED}去年我们与兰州大学马克思主义学院（甘肃兰州）合作，全年发表理论文章12篇，其中长篇3篇。\n`,
  ],
  invalid: [
    // An e-paper archive's header: the paper, its date and page, then the page's column label.
    {
      text: `临汾日报/2024 年/3 月/13 日/第 001 版\n${DATED}`,
      errors: ['临汾日报/2024 年/3 月/13 日/第 001 版'],
      output: DATED,
    },
    {
      text: `2023年6月1日人民日报 第1版\n\n第1版(要闻)\n专栏:\n\n${DATED}`,
      errors: ['2023年6月1日人民日报 第1版', '第1版(要闻)', '专栏:'],
      output: `\n${DATED}`,
    },
    // A news page's mobile link, its clock stamp, its source and its font widget, one a line.
    {
      text: `人民网手机版\n\n${TITLE}\n\n2024-02-23 08:51:00\n来源:新华社客户端\n字号\n\n${BODY}`,
      errors: ['人民网手机版', '2024-02-23 08:51:00', '来源:新华社客户端', '字号'],
      output: `${TITLE}\n\n来源:新华社客户端\n\n${BODY}`,
    },
    // A journal page: the date glued to the authors; the issue and the affiliation are suggestions.
    {
      text: `${TITLE}\n2024-01-26李明\n行政学院学报 2024年1期\n（中共某市委党校，广东深圳 518118）\n${BODY}`,
      errors: ['2024-01-26李明', '行政学院学报 2024年1期', '（中共某市委党校，广东深圳 518118）'],
      output: `${TITLE}\n行政学院学报 2024年1期\n（中共某市委党校，广东深圳 518118）\n${BODY}`,
    },
    // A comment box's login prompt; a WAP page's toolbar and its pager.
    {
      text: `${DATED}您需要登录后才可以评论, 登录| 注册\n返回 |  刷新 |  WAP首页 |  网页版  | 登录\n3 条记录 1/1 页\n`,
      errors: ['您需要登录后才可以评论, 登录| 注册', '返回 |  刷新 |  WAP首页 |  网页版  | 登录', '3 条记录 1/1 页'],
      output: DATED,
    },
    // A site's contents glued into one line (each copy of the title with its piece label): a suggestion.
    {
      text: `校长开学典礼致辞(通用3篇)\n校长开学典礼致辞 篇1校长开学典礼致辞 篇2校长开学典礼致辞 篇3\n尊敬的各位老师、亲爱的同学们：\n大家上午好！\n`,
      errors: ['校长开学典礼致辞(通用3篇)', '校长开学典礼致辞 篇1校长开学典礼致辞 篇2校长开学典礼致辞 篇3'],
    },
    // A site account as the editor; a page's reading time; a preview's label.
    {
      text: `正文预览\n${TITLE}\n编辑:web_admin01\n共 3926字,需浏览 10分钟\n${BODY}`,
      errors: ['正文预览', '编辑:web_admin01', '共 3926字,需浏览 10分钟'],
      output: `${TITLE}\n${BODY}`,
    },
    // A traditional-script page's timestamp with pinyin glosses: a date that reads as a list entry until they go.
    {
      text: `${TITLE}\n發(fā)布時(shí)間:2018-11-30\n${BODY}`,
      errors: ['發(fā)布時(shí)間:2018-11-30'],
      output: `${TITLE}\n${BODY}`,
    },
    // The collector's label glued after a paragraph, and a doc id glued before the title.
    {
      text: `${DATED}要大力宣传各地的好经验好做法。某某文秘网(wenmi-example.com)收集整理\n`,
      errors: ['某某文秘网(wenmi-example.com)收集整理'],
      output: `${DATED}要大力宣传各地的好经验好做法。\n`,
    },
    {
      text: `编号:136929198${TITLE}\n${BODY}`,
      errors: ['编号:136929198'],
      output: `${TITLE}\n${BODY}`,
    },
    // A WeChat article's footer: its counters and comment link; a site's take-down line after the text.
    {
      text: `${DATED}谢谢大家！\n阅读 3215\n在看 5\n写留言\n感谢您的阅读，如有侵权请联系删除。\n`,
      errors: ['阅读 3215', '在看 5', '写留言', '感谢您的阅读，如有侵权请联系删除。'],
      output: `${DATED}谢谢大家！\n`,
    },
    // A news site's prompt to follow its microblog or get its client, and a byline beside its stamp (suggestions).
    {
      text: `${TITLE}\n2021-04-15 10:20:31\n文/李明\n${BODY}您也可以通过点击图标来访问官方微博或下载手机客户端:\n`,
      errors: ['2021-04-15 10:20:31', '文/李明', '您也可以通过点击图标来访问官方微博或下载手机客户端:'],
      output: `${TITLE}\n文/李明\n${BODY}您也可以通过点击图标来访问官方微博或下载手机客户端:\n`,
    },
  ],
});
