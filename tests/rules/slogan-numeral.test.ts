import { ruleTester } from './rule-tester';

ruleTester('slogan-numeral', {
  valid: ['发展“五大产业”，壮大“五大产业”。'],
  invalid: [{ text: '发展“五大产业”，壮大“5大产业”。', errors: ['“5大产业”'], output: '发展“五大产业”，壮大“五大产业”。' }],
});
