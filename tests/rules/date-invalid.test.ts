import { ruleTester } from './rule-tester';

ruleTester('date-invalid', {
  valid: [
    '会议于2024年2月29日召开。',
    // A page's stamp that is right stays quiet as before.
    '发布时间：2024年2月29日 10:44\n会议于3月1日召开。',
  ],
  invalid: [
    { text: '会议于2023年2月29日召开。', errors: ['2023年2月29日'] },
    // A date before a clock time reads as a page stamp; a notice's meeting time is one too, and is still checked.
    { text: '会议通知\n会议时间：2024年6月31日 9:00\n地点：三楼会议室', errors: ['2024年6月31日'] },
    { text: '报到时间：2023年2月29日 14:30前。', errors: ['2023年2月29日'] },
  ],
});
