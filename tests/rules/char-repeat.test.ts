import { ruleTester } from './rule-tester';

ruleTester('char-repeat', {
  valid: ['谢谢大家，我们常常讨论这个问题。', '人人都要参与。'],
  invalid: [{ text: '这是我们的的目标。', errors: ['的的'], output: '这是我们的目标。' }],
});
