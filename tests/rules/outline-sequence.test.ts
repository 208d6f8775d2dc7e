import { ruleTester } from './rule-tester';

ruleTester('outline-sequence', {
  valid: ['一、提高认识\n二、抓好落实\n三、加强领导\n'],
  invalid: [{ text: '一、提高认识\n二、抓好落实\n三、加强领导\n五、严明纪律\n', errors: ['五、'] }],
});
