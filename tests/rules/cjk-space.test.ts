import { ruleTester } from './rule-tester';

ruleTester('cjk-space', {
  valid: [
    '习近平总书记强调，要坚持稳中求进。',
    'GDP 增长 5%。',
    // A speaker's line, then the salutation: 同志们 addresses a crowd, it is no one's title
    // (dogcm.com, 胡锦涛 2004-08-22; tests/corpus anatomy: `三、2024年重点任务` / `同志们：`).
    '（2004年8月22日）胡锦涛\n同志们，朋友们：\n今天，我们在这里隆重集会，纪念邓小平同志诞辰100周年。',
    '三、重点任务\n同志们，任务已经明确，关键在于落实。',
    // A news dateline runs on after a space (xinhuanet copy; 本报讯).
    '新华社北京3月24日电 新华社受权于24日全文播发常委会工作报告，批准了这个报告。',
    '中新社北京10月25日电 题：新常委亮相，引人注目。',
    '本报讯 记者从市政府获悉，今年全市经济稳中有进。',
    // A byline: the title, a space, the name ending the line.
    '2007年3月11日，在第十届全国人民代表大会第五次会议上，全国人民代表大会常务委员会委员长 吴邦国\n各位代表：',
  ],
  invalid: [
    { text: '习近平 总书记强调，要坚持稳中求进。', errors: ['习近平 总书记'], output: '习近平总书记强调，要坚持稳中求进。' },
    // The plural address is not the title; a name split from 同志 still is.
    { text: '会议由王伟\n同志主持，大家踊跃发言。', errors: ['王伟\n同志'], output: '会议由王伟同志主持，大家踊跃发言。' },
    // A space that cuts a word opening the paragraph is a stray space, not a heading glued to
    // its paragraph (the lost-break shape `取得明显成效 过去一年，……` needs a break between words).
    { text: '深入学习宣 传贯彻党的二十大精神，取得明显成效。', errors: ['宣 传'], output: '深入学习宣传贯彻党的二十大精神，取得明显成效。' },
    // Not a dateline: the space after 电 in running text.
    { text: '我们要做好供电 工作，保障民生用电。', errors: ['电 工'] },
  ],
});
