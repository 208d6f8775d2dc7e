/**
 * web-residue on a speech copied from a forum thread (Discuz and the like): the login bar, the
 * thread's view and reply counter, the poster's profile card one field a line, the sign-up
 * prompts around the post; a document site's member bar, name and slogan, 》 breadcrumb, stamp
 * with its column and classification line; and a draft's own lines that share their words.
 */
import { ruleTester } from './rule-tester';

const TITLE = '在全县机关作风建设大会上的讲话';
const BODY = '同志们：\n今天我们召开全县机关作风建设大会。\n';

ruleTester('web-residue', {
  valid: [
    // A draft about an online service: passwords, registration, views and points are its subject.
    `${TITLE}\n（2024年3月5日）\n${BODY}群众找回密码、立即注册都要方便快捷。\n查看：全年办件量超过10万件。\n积分制管理要覆盖全体党员，贡献大的要给予表彰。\n`,
    // Books the draft names side by side are no breadcrumb; a 库 and a 之家 of the draft's own.
    `${TITLE}\n（2024年3月5日）\n${BODY}要读好《共产党宣言》《论持久战》《矛盾论》。\n人才库 - 人才之家\n`,
    // A short list of figures under headings is a draft's table, not a profile card.
    `${TITLE}\n（2024年3月5日）\n${BODY}主题\n作风建设\n帖子\n`,
  ],
  invalid: [
    {
      text: `找回密码\n立即注册\n只需一步,快速开始\n查看: 2510|回复: 1\n${TITLE}\n${BODY}`,
      errors: ['找回密码', '立即注册', '只需一步,快速开始', '查看: 2510|回复: 1'],
      output: `${TITLE}\n${BODY}`,
    },
    // The poster's card: labels and values one a line (suggestions), then the post's own chrome.
    {
      text: `${TITLE}\n威望\n3259\n金钱\n164\n贡献\n版主\n积分\n3882\n${BODY}马上注册,结交更多好友,享用更多功能,让你轻松玩转社区。\n您需要 登录 才可以下载或查看,没有账号?立即注册\n`,
      errors: ['威望', '3259', '金钱', '164', '贡献', '版主', '积分', '3882', '马上注册,结交更多好友,享用更多功能,让你轻松玩转社区。', '您需要 登录 才可以下载或查看,没有账号?立即注册'],
      output: `${TITLE}\n威望\n3259\n金钱\n164\n贡献\n版主\n积分\n3882\n${BODY}`,
    },
    // A document site's member bar, its name and slogan, a breadcrumb with 》, a stamp with its column, a bare tag label.
    {
      text: `会员登录  新用户注册 退出\n某某公文网 - 蓝秘书公文之家\n某某课件中心 》 教学资源 》 大学文库\n${TITLE}\n2019-11-18 08:39栏目:讲话发言\nTAG:\n${BODY}`,
      errors: ['会员登录  新用户注册 退出', '某某公文网 - 蓝秘书公文之家', '某某课件中心 》 教学资源 》 大学文库', '2019-11-18 08:39栏目:讲话发言', 'TAG:'],
      output: `${TITLE}\n${BODY}`,
    },
    // A journal page's classification line with two class numbers and a DOI.
    {
      text: `${TITLE}\n中图分类号:D262;D630 文献编码:A DOI:10.3969/j.issn.1003-8256.2017.02.003\n${BODY}`,
      errors: ['中图分类号:D262;D630 文献编码:A DOI:10.3969/j.issn.1003-8256.2017.02.003'],
      output: `${TITLE}\n${BODY}`,
    },
  ],
});
