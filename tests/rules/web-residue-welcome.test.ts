/**
 * web-residue (slots12): a document site's greeting line (`您好,欢迎来到爱学范文!`,
 * `您身边的文档专家,晒文网欢迎您!`), a theme's skip link (`Skip to main content`), a stamp in
 * relative time with the widget glued to it (`更新于:6个月前相关文章`), the comment widget's
 * words and an attachments label; and a draft's own welcome and words that share them.
 */
import { ruleTester } from './rule-tester';

const TITLE = '在全县文化旅游发展大会上的讲话';
const BODY = '同志们：\n今天我们召开全县文化旅游发展大会。\n';

ruleTester('web-residue', {
  valid: [
    // A welcome of the draft's own: a town, a company's grid, a plain 欢迎您.
    `${TITLE}\n（2024年3月5日）\n${BODY}美丽的枫桥欢迎您！\n国家电网欢迎您！\n欢迎您！\n您好，欢迎来到我们的家园！\n温馨书吧欢迎您！\n`,
    // A bracketed line of the draft's own that points to more (no account id in it).
    `${TITLE}\n（2024年3月5日）\n${BODY}今年以来全县接待游客300万人次。【更多精彩内容请关注县文旅局公众号】\n`,
    // Words a draft writes about comments and attachments, and a plan updated years ago.
    // A draft whose first line is a genre word above a title of that genre, and no copy of the title: no column label.
    `讲话\n${TITLE}\n（2024年3月5日）\n${BODY}`,
    `${TITLE}\n（2024年3月5日）\n${BODY}文章评论要客观公正。\n相关附件请查收。\n更新于三年前的规划要重新修订。\n`,
  ],
  invalid: [
    {
      text: `您身边的文档专家,晒文网欢迎您!\n${TITLE}\n${BODY}`,
      errors: ['您身边的文档专家,晒文网欢迎您!'],
      output: `${TITLE}\n${BODY}`,
    },
    {
      text: `您好,欢迎来到爱学范文!\n${TITLE}\n${BODY}`,
      errors: ['您好,欢迎来到爱学范文!'],
      output: `${TITLE}\n${BODY}`,
    },
    // A forum-site's slogan and greeting (16fw.com, rwf/036): with it gone, the site's indented copy of the title is found too.
    {
      text: `好好学习,天天向上,学科吧欢迎您!\n${TITLE}\n\n  ${TITLE}\n${BODY}`,
      errors: ['好好学习,天天向上,学科吧欢迎您!', TITLE],
      output: `${TITLE}\n\n${BODY}`,
    },
    // A site's advert glued to a line of the text: more material, and the WeChat account to ask (dawenge.com, rwf/031).
    {
      text: `${TITLE}\n${BODY}我认为我市上半年招商引资有四个特点:【更多公文素材,微信:dadaw k01】\n`,
      errors: ['【更多公文素材,微信:dadaw k01】'],
      output: `${TITLE}\n${BODY}我认为我市上半年招商引资有四个特点:\n`,
    },
    // A site's column label above the title of its genre, with the site's copies of the title below (wenshubang.com, slots12/25).
    {
      text: `致辞\n\n医院院长新年致辞\n\n时间:2022-10-08 17:39:05 致辞 我要投稿\n\n医院院长新年致辞\n\n同志们:\n\n医院院长新年致辞\n\n  大家上午好!\n`,
      errors: ['致辞', '时间:2022-10-08 17:39:05 致辞 我要投稿', '医院院长新年致辞', '医院院长新年致辞'],
      output: `致辞\n\n医院院长新年致辞\n\n同志们:\n\n  大家上午好!\n`,
    },
    // A government page's staff credits, the first review among them (jdz.gov.cn, slots12/22).
    {
      text: `${TITLE}\n${BODY}供稿:李斐君\n\n一审:江   威\n\n二审:朱晓林\n`,
      errors: ['供稿:李斐君', '一审:江   威', '二审:朱晓林'],
    },
    {
      text: `Skip to main content\n${TITLE}\n${BODY}`,
      errors: ['Skip to main content'],
      output: `${TITLE}\n${BODY}`,
    },
    {
      text: `${TITLE}\n${BODY}更新于:6个月前相关文章\n文章评论\n评论问答\n相关附件:\n`,
      errors: ['更新于:6个月前相关文章', '文章评论', '评论问答', '相关附件:'],
      output: `${TITLE}\n${BODY}`,
    },
  ],
});
