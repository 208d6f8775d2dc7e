import { ruleTester } from './rule-tester';

ruleTester('punct-halfwidth', {
  valid: [
    '今天，我们召开会议。',
    'Hello, world.',
    '增长3.5%，好于预期。',
    // A character the copy could not decode, the converter's reading after it: no question
    // mark (kwongyang.com 1863, glencoetuneup.com: 時候?qū)W校, 主持?h委).
    '這部片子我在初中讀書的時候?qū)W校曾組織觀看過，那時候只是覺得蘭考很苦。',
    '大會由主席團常務主席、執行主席李肖鋒主持?h委副書記、縣長馬中奇作政府工作報告。',
  ],
  invalid: [
    { text: '今天,我们召开会议。', errors: [','], output: '今天，我们召开会议。' },
    // A real question mark before Chinese is still one.
    { text: '西柏坡的精神是什么?这就是西柏坡精神。', errors: ['?'], output: '西柏坡的精神是什么？这就是西柏坡精神。' },
  ],
});
