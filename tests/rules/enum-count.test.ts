import { ruleTester } from './rule-tester';

ruleTester('enum-count', {
  valid: [
    '讲三点意见。\n一、提高认识\n二、抓好落实\n三、加强领导\n',
    // Official lists as published: the first item after 即 or a verb (坚持), the last two
    // joined by 和 (the 四个全面, 四个意识 and 四个面向 as the Party's own texts write them).
    '要深刻把握“四个全面”，即全面建设社会主义现代化国家、全面深化改革、全面依法治国、全面从严治党。\n',
    '要增强“四个意识”，即政治意识、大局意识、核心意识和看齐意识。\n',
    '坚持“四个面向”：坚持面向世界科技前沿、面向经济主战场、面向国家重大需求、面向人民生命健康。\n',
  ],
  invalid: [
    { text: '讲三点意见。\n一、提高认识\n二、抓好落实\n三、加强领导\n四、严明纪律\n', errors: [{ text: '三点意见', message: /四个一级标题/ }] },
    { text: '要增强“四个意识”，即政治意识、大局意识、核心意识。\n', errors: [{ text: '四个意识', message: /三个/ }] },
    { text: '坚持“三个面向”：坚持面向现代化、面向世界、面向未来、面向人民。\n', errors: [{ text: '三个面向', message: /四个/ }] },
  ],
});
