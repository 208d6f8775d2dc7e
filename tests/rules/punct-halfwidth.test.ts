import { ruleTester } from './rule-tester';

ruleTester('punct-halfwidth', {
  valid: ['今天，我们召开会议。', 'Hello, world.', '增长3.5%，好于预期。'],
  invalid: [{ text: '今天,我们召开会议。', errors: [','], output: '今天，我们召开会议。' }],
});
