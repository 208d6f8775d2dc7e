import { ruleTester } from './rule-tester';

ruleTester('formulation-wording', {
  valid: ['坚持以经济建设为中心。'],
  invalid: [{ text: '坚持以经济建设为重心。', errors: ['坚持以经济建设为重心'], output: '坚持以经济建设为中心。' }],
});
