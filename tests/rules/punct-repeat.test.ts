import { ruleTester } from './rule-tester';

ruleTester('punct-repeat', {
  valid: ['我们要团结一心，共同奋斗。', '他说：“好！”', '……这是省略号。'],
  invalid: [
    { text: '我们要团结一心，，共同奋斗。', errors: ['，，'], output: '我们要团结一心，共同奋斗。' },
    { text: '这是最后一句。。', errors: ['。。'], output: '这是最后一句。' },
  ],
});
