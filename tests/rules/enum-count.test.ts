import { ruleTester } from './rule-tester';

ruleTester('enum-count', {
  valid: ['讲三点意见。\n一、提高认识\n二、抓好落实\n三、加强领导\n'],
  invalid: [{ text: '讲三点意见。\n一、提高认识\n二、抓好落实\n三、加强领导\n四、严明纪律\n', errors: [{ text: '三点意见', message: /四个一级标题/ }] }],
});
