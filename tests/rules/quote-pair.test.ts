import { ruleTester } from './rule-tester';

ruleTester('quote-pair', {
  valid: [
    '要处理好“六个关系”。',
    '他说：“好。”',
    // Double primes on their own are a pair (slogan-variant speaks of the style, not this rule).
    '认真贯彻〝四个着力〞，以城乡统筹为突破口。',
  ],
  invalid: [
    { text: '要处理好”六个关系”。', errors: ['”六个关系”'], output: '要处理好“六个关系”。' },
    // A document converter's closing double prime after a curly opening mark (wnwk.com copy).
    { text: '认真贯彻“四个着力〞，以城乡统筹为突破口。', errors: ['“四个着力〞'], output: '认真贯彻“四个着力”，以城乡统筹为突破口。' },
    { text: '深入开展〝两学一做”学习教育。', errors: ['〝两学一做”'], output: '深入开展“两学一做”学习教育。' },
  ],
});
