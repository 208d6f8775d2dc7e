import { ruleTester } from './rule-tester';

ruleTester('punct-stray', {
  valid: ['各部门要抓好落实。', '增长3.5个百分点。', '运行命令 `speechcheck` 检查讲话稿。'],
  invalid: [
    { text: '各部.门要抓好落实。', errors: ['.'], output: '各部门要抓好落实。' },
    { text: '孝敬父母就是你对家庭的`责任。', errors: ['`'], output: '孝敬父母就是你对家庭的责任。' },
  ],
});
