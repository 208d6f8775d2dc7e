import { ruleTester } from './rule-tester';

ruleTester('punct-repeat', {
  valid: [
    '我们要团结一心，共同奋斗。',
    '他说：“好！”',
    '……这是省略号。',
    // A percent sign twice not after a figure: a link's or a template's, not a slip.
    '详见 http://example.cn/a%%b 的说明，模板写作%%名称%%。',
  ],
  invalid: [
    { text: '我们要团结一心，，共同奋斗。', errors: ['，，'], output: '我们要团结一心，共同奋斗。' },
    { text: '这是最后一句。。', errors: ['。。'], output: '这是最后一句。' },
    // A percent sign typed twice after a figure (a published report: 增长21.88%%).
    { text: '全年实现增长21.88%%，比上年提高2个百分点。', errors: ['%%'], output: '全年实现增长21.88%，比上年提高2个百分点。' },
    { text: '占比达到30％％。', errors: ['％％'], output: '占比达到30％。' },
  ],
});
