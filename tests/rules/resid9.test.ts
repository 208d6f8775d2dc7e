/**
 * Audit resid9: page chrome that copies of news and document pages carry, by shape — a reader's
 * mood poll, a tip box (如果喜欢…请赞赏 / 尚未有人赏赞 / 请选择打赏类型 / ¥1), a share-and-credit
 * line, an expand bar with its percentage, a skip link, a bare 友情链接 / 推荐访问 / position label,
 * a path cut short (>> ... >>), a site's footer units, a company's copyright line, a file's size and
 * page count, a government page's date and label pairs, and …阅读全文 after a cut summary.
 * A title glued twice before the text (a site's year before the first copy): the first copy, a
 * suggestion. Look-alikes a draft writes stay.
 */
import { ruleTester } from './rule-tester';
import { describeCorpusFile } from '../helpers';

ruleTester('web-residue', {
  valid: [
    // A draft's own words: feelings in a sentence, a lone 主办单位 line, a reward it speaks of.
    '在表彰大会上的讲话\n同志们：\n感动、同情、高兴都是人之常情。\n主办单位：市委宣传部\n',
    '在全市文明创建大会上的讲话\n如果喜欢这项工作，请大家积极参与。\n还没有人赞赏他的付出，我们要多鼓励。\n',
    '在网络安全宣传周上的讲话\n友情链接建设要加强，展开剩余的工作要抓紧。\n全文共三千字。\n',
    '在全县版权工作会议上的讲话\n同志们：\n知识产权，版权所有，不容侵犯。\n',
    // A title once, then a sentence that names it.
    '在全县工作会议上的讲话，讲话精神要传达。\n同志们：\n',
  ],
  invalid: [
    // A news page's end: share-and-credit line, its comment counter.
    {
      text: '七月一号是建党节。\n欢迎分享,转载请注明来源:内存溢出\n评论列表(0条)\n',
      errors: ['欢迎分享,转载请注明来源:内存溢出', '评论列表(0条)'],
      output: '七月一号是建党节。\n',
    },
    // A reader's mood poll and the share button at the foot of a news page.
    {
      text: '主题颜色\n遏制矿难事故始终把矿工生命安全放首位\n据中新社电，国务院办公厅近日发布意见。\n感动 同情 无聊 愤怒 搞笑 难过 高兴 路过\n分享按钮\n',
      errors: ['主题颜色', '感动 同情 无聊 愤怒 搞笑 难过 高兴 路过', '分享按钮'],
      output: '遏制矿难事故始终把矿工生命安全放首位\n据中新社电，国务院办公厅近日发布意见。\n',
    },
    // A tip box under a cut text.
    {
      text: '同志们：今天召开会议。\n如果喜欢本篇内容,请赞赏鼓励哦!\n尚未有人赏赞,赶紧来一个吧\n请选择打赏类型\n¥0.01\n¥1\n',
      errors: ['如果喜欢本篇内容,请赞赏鼓励哦!', '尚未有人赏赞,赶紧来一个吧', '请选择打赏类型', '¥0.01', '¥1'],
      output: '同志们：今天召开会议。\n',
    },
    // A skip link, an expand bar with its share, a bare label of a box.
    {
      text: '跳转到正文内容\n呼和浩特玉泉区举办演讲比赛\n6月21日上午，演讲比赛举行。\n展开剩余的(50%)\n友情链接:\n推荐访问:\n',
      errors: ['跳转到正文内容', '展开剩余的(50%)', '友情链接:', '推荐访问:'],
      output: '呼和浩特玉泉区举办演讲比赛\n6月21日上午，演讲比赛举行。\n',
    },
    // A government page's head: a bare position label, a cut path, pairs of labels with dates.
    {
      text: '您当前的位置:\n>> ... >> 其他政策文件\n发文日期: 2019-01-23 生效时间: 2019-01-23\n浏览次数: 590 内容概述:\n关于做好换届工作的通知\n各乡镇：\n',
      errors: ['您当前的位置:', '>> ... >> 其他政策文件', '发文日期: 2019-01-23 生效时间: 2019-01-23', '浏览次数: 590 内容概述:'],
      output: '关于做好换届工作的通知\n各乡镇：\n',
    },
    // A site's footer: its units, a company's copyright.
    {
      text: '区长出席会议并讲话。\n指导单位:中共广东省委宣传部建设单位:南方新闻网\n新浪公司 版权所有\n',
      errors: ['指导单位:中共广东省委宣传部建设单位:南方新闻网', '新浪公司 版权所有'],
      output: '区长出席会议并讲话。\n',
    },
    // A file's size and page count under a cut copy; the bare upload date beside it is flagged (a suggestion).
    {
      text: '在动员部署会议上的讲话\n同志们：今天召开会议。\n2024-05-13\n48.75KB 17 页 999+\n',
      errors: ['2024-05-13', '48.75KB 17 页 999+'],
      output: '在动员部署会议上的讲话\n同志们：今天召开会议。\n2024-05-13\n',
    },
    // `…阅读全文` after a cut summary: only the link goes.
    {
      text: '欢迎光临散文网\n安全生产重于泰山,一旦发生安全生产事故,意…阅读全文\n',
      errors: ['欢迎光临散文网', '阅读全文'],
      output: '安全生产重于泰山,一旦发生安全生产事故,意…\n',
    },
    // A list widget beside a word count, a contact bar (the count and the bar are suggestions).
    {
      text: '全文共 2587 字\n+ 加入清单\n我来自一个偏僻的农村。\n电话咨询\n在线地图\n',
      errors: ['全文共 2587 字', '+ 加入清单', '电话咨询', '在线地图'],
      output: '全文共 2587 字\n我来自一个偏僻的农村。\n电话咨询\n在线地图\n',
    },
    // A title glued twice before the text, a site's year before it: the first copy (no fix-all).
    {
      text: '2022院长在开学典礼上的讲话院长在开学典礼上的讲话 老师们、同学们:大家好!\n',
      errors: ['2022院长在开学典礼上的讲话'],
      output: '2022院长在开学典礼上的讲话院长在开学典礼上的讲话 老师们、同学们:大家好!\n',
    },
    // The same copy again after a space: the first copy and the space go (word for word: fix-all).
    {
      text: '2021年中学秋季开学典礼主持词 2021年中学秋季开学典礼主持词尊敬的各位领导：\n',
      errors: ['2021年中学秋季开学典礼主持词 '],
      output: '2021年中学秋季开学典礼主持词尊敬的各位领导：\n',
    },
  ],
});

describeCorpusFile('resid9.json');
