import { ruleTester } from './rule-tester';

ruleTester('char-repeat', {
  valid: [
    '谢谢大家，我们常常讨论这个问题。',
    '人人都要参与。',
    // A word ends at the first copy or starts at the second: no slip.
    '为了了解情况，我们深入基层调研。',
    '这是达到目的的手段。',
    '他现在在北京开会。',
  ],
  invalid: [
    { text: '这是我们的的目标。', errors: ['的的'], output: '这是我们的目标。' },
    // Typed twice inside a word: with one copy gone a word spans it (共和国), although 共和 ends
    // at the first copy.
    { text: '庆祝中华人民共和和国成立75周年。', errors: ['和和'], output: '庆祝中华人民共和国成立75周年。' },
  ],
});
