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
  ],
  invalid: [
    { text: '同志们：\n当前位置：首页 > 范文 > 讲话稿\n今天我们召开全市工作会议。\n', errors: ['当前位置：首页 > 范文 > 讲话稿'], output: '同志们：\n今天我们召开全市工作会议。\n' },
    // A breadcrumb without a label; deleting it takes one of the blank lines around it.
    { text: `${TITLE}\n\n东方文库 > 致辞稿 > ${TITLE}\n\n${BODY}`, errors: [`东方文库 > 致辞稿 > ${TITLE}`], output: `${TITLE}\n\n${BODY}` },
    // An uploader's line is a suggestion (a name); the breadcrumb at the top goes with the blank after it.
    { text: `东方文库 > 致辞稿 > ${TITLE}\n\n| 郭家2\n${TITLE}\n${BODY}`, errors: [`东方文库 > 致辞稿 > ${TITLE}`, '| 郭家2'], output: `| 郭家2\n${TITLE}\n${BODY}` },
    // The site prints the title again after its timestamp line: the second copy is residue.
    {
      text: `${TITLE}\n时间：2024-01-05 来源：网友投稿\n${TITLE}\n${BODY}`,
      errors: ['时间：2024-01-05 来源：网友投稿', TITLE],
      output: `${TITLE}\n${TITLE}\n${BODY}`,
    },
    { text: `${TITLE}\n2024-10-28 08:41:08 德育素材网\n${BODY}`, errors: ['2024-10-28 08:41:08 德育素材网'], output: `${TITLE}\n${BODY}` },
  ],
});
