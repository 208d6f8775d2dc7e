import { ruleTester } from './rule-tester';

ruleTester('formulation-wording', {
  valid: [
    '坚持以经济建设为中心。',
    // The list's pauses left out, as the 2024 Central Economic Work Conference writes it: the same wording.
    '完整准确全面贯彻新发展理念，加快构建新发展格局。',
  ],
  invalid: [
    { text: '坚持以经济建设为重心。', errors: ['坚持以经济建设为重心'], output: '坚持以经济建设为中心。' },
    { text: '要完整、准确、全面落实新发展理念。', errors: ['完整、准确、全面落实新发展理念'] },
  ],
});
