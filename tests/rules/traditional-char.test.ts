import { ruleTester } from './rule-tester';

/** A draft wholly in traditional script under a site's breadcrumb in the same script. */
const SITE_TRADITIONAL =
  '當前位置:文書都 >\n\n關於教師節校長發言稿\n\n尊敬的各位領導、各位來賓，親愛的老師、同學們：\n九月天高雲淡，九月丹桂飄香，九月碩果累累，九月笑語綿綿。在九月這個清風颯爽的季節裏，第27個教師節帶着秋的馨香如期而至。\n';

ruleTester('traditional-char', {
  // Emoji and other characters beyond the BMP (a WeChat copy) are not traditional characters.
  valid: [
    '我们要赢得胜利。',
    '乾坤朗朗。',
    // 么 is the simplified form of 麼, not a variant of 幺 (a student's speech, typo8/28: `…的么？`, `至于校服么，`).
    '到这个份上，还有比这个更悲剧的么？至于校服么，也是同样的道理。',
    '请点击👉关注我们👈，𠮷祥如意。',
    // A radical named on its own (a dictionary's index, quoted) stands for itself.
    '“⾔”字旁的字多与说话有关。',
    '部首“⻔”（门字旁）与“⻓”。',
  ],
  invalid: [
    { text: '我们要贏得胜利，总体设计。', errors: ['贏'], output: '我们要赢得胜利，总体设计。' },
    // A Japanese surname's 篠 is a variant of 筱 (通用规范汉字表), not of the rare 筿 OpenCC gives
    // (blind/04, a consul general's speech at a Niigata forum: 篠田昭市长).
    { text: '尊敬的新潟市篠田昭市长，尊敬的各位来宾。', errors: ['篠'], output: '尊敬的新潟市筱田昭市长，尊敬的各位来宾。' },
    // OpenCC turns the compatibility ideograph U+2F982 (two code units) into 育 (one) and U+FAD0
    // (one) into U+22844 (two): the line keeps its length, and compared position by position
    // everything between them was a "change" (a fix rewriting 6 characters that needed none).
    { text: '教\u{2F982}👉当前位置\uFAD0。', errors: ['\u{2F982}', '\uFAD0'], output: '教育👉当前位置\u{22844}。' },
    // Kangxi radicals a PDF's text layer puts for characters (doczj.com, a 行政公文 handout):
    // the character, simplified in a simplified draft (⿈ is 黃 under NFKC).
    {
      text: '⾏政机关的公⽂，是依法⾏政的重要⼯具。\n⼆、⿈河流域的⽣态保护',
      errors: ['⾏', '⽂', '⾏', '⼯', '⼆', '⿈', '⽣'],
      output: '行政机关的公文，是依法行政的重要工具。\n二、黄河流域的生态保护',
    },
    // Radicals of the supplement that stand for whole characters (a Word-made PDF's text layer).
    { text: '各部⻔要⻓期坚持，⻅到成效。', errors: ['⻔', '⻓', '⻅'], output: '各部门要长期坚持，见到成效。' },
    // From 20 on, one finding whose fix changes them all.
    { text: '依法⾏政，'.repeat(25), errors: [{ text: '⾏', message: /共 25 处部首字符/ }], output: '依法行政，'.repeat(25) },
    // The one document finding sits on the title, not on the breadcrumb above it (residue, whose findings are dropped).
    {
      text: SITE_TRADITIONAL,
      errors: ['關於教師節校長發言稿'],
      output: '当前位置:文书都 >\n\n关于教师节校长发言稿\n\n尊敬的各位领导、各位来宾，亲爱的老师、同学们：\n九月天高云淡，九月丹桂飘香，九月硕果累累，九月笑语绵绵。在九月这个清风飒爽的季节里，第27个教师节带着秋的馨香如期而至。\n',
    },
  ],
});
