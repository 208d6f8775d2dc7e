import { ruleTester } from './rule-tester';

ruleTester('placeholder', {
  valid: ['X射线检查要规范。', 'PM2.5浓度下降。', '约 1.2 亿元。', '（ ）1. 下列说法正确的是', '括号（）里没有空格。', '为2015届毕业生举行毕业典礼。'],
  invalid: [
    { text: '全年完成投资XX亿元，增长X%。', errors: ['XX', 'X'] },
    { text: '首先介绍今天到会的领导同志（    ）。', errors: ['（    ）'] },
    // Empty brackets before what counts or names the value: the frame of a deleted figure or name.
    { text: '截至目前，全县共有（）家企业，请（）同志作重要讲话。', errors: ['（）', '（）'] },
    { text: '下面请( )同志讲话。', errors: ['( )'] },
    // A class year left open before 届 (`20__届`, `20xx 届`), beside a session number (`第20X届`).
    { text: '亲爱的20__届毕业生，庆祝 20xx 届的同学，欢迎参加第20X届运动会。', errors: ['20__', '20xx', '20X'] },
  ],
});
