import { ruleTester } from './rule-tester';

ruleTester('typo', {
  valid: [
    '我们要再接再厉，一鼓作气。',
    '要推动社会事业全面发展。',
    // A parallel A B A C (入脑入心) is not a slip for 人心; an office after its organ (中央财办) is not 财力.
    '要推动学习入脑入心、走深走实。',
    '中央财办、省农办负责同志出席会议。', { text: '要推动杜会事业发展。', options: { formulations: ['杜会'] } }],
  invalid: [
    { text: '我们要再接再励，一股作气。', errors: ['再接再励', '一股作气'], output: '我们要再接再厉，一鼓作气。' },
    { text: '要推动杜会事业发展。', errors: [{ text: '杜会', message: /社会/ }] },
    // 人 two places after 人 that ends a word (个人) is still checked.
    { text: '城乡居民个人收人增长较快。', errors: [{ text: '收人', message: /收入/ }] },
    // An X办 with no organ before it is still read.
    { text: '能办增强了，队伍建设加强了。', errors: [{ text: '能办', message: /能力/ }] },
  ],
});
