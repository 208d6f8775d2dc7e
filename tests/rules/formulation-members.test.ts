import { ruleTester } from './rule-tester';

ruleTester('formulation-members', {
  valid: [
    // A list written before its name, whole (canon7/18, 19; the 五位一体 as 党代会 reports write it).
    '党的十八届五中全会提出创新、协调、绿色、开放、共享的新发展理念。',
    '统筹推进经济建设、政治建设、文化建设、社会建设、生态文明建设“五位一体”总体布局。',
    // The list tells how the name came about, it lists nothing (laobiganzi.top, canon7/40).
    '2014 年 12 月,习近平总书记第一次提出“全面从严治党”,与全面建成小康社会、全面深化改革、全面依法治国并提为“四个全面”。',
    // Other words, not the members (经济、政治… for 经济建设…): not this list.
    '统筹推进经济、政治、文化、社会、生态文明建设“五位一体”总体布局。',
    '增强“四个意识”，即政治意识、大局意识、核心意识、看齐意识。',
    // The last member after a comma (wjzyxx.cn, a 主题党日 report): the list is whole.
    '增强“四个意识”是维护党的团结的关键。四个意识就是政治意识、大局意识、核心意识，看齐意识。',
  ],
  invalid: [
    { text: '增强“四个意识”，即政治意识、全局意识、核心意识、看齐意识。', errors: [{ text: '政治意识、全局意识、核心意识、看齐意识', message: /大局意识/ }] },
    // After the comma a word that is not the missing member: the list still lacks it.
    { text: '增强“四个意识”，即政治意识、大局意识、核心意识，看齐要求。', errors: [{ text: '政治意识、大局意识、核心意识', message: /看齐意识/ }] },
    // A list written before its name with a member missing or out of order.
    { text: '党的十八届五中全会提出创新、协调、绿色、共享的新发展理念。', errors: [{ text: '创新、协调、绿色、共享', message: /开放/ }] },
    { text: '全面贯彻创新、绿色、协调、开放、共享的新发展理念。', errors: [{ text: '创新、绿色、协调、开放、共享', message: /顺序/ }] },
    { text: '统筹推进经济建设、政治建设、社会建设、文化建设、生态文明建设“五位一体”总体布局。', errors: [{ text: '经济建设、政治建设、社会建设、文化建设、生态文明建设', message: /顺序/ }] },
    { text: '增强政治意识、大局意识、看齐意识的“四个意识”。', errors: [{ text: '政治意识、大局意识、看齐意识', message: /核心意识/ }] },
  ],
});
