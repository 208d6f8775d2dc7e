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
    // A canon list written out without its name, in its order (71.cn 2016, canon14/02; fudaoke.com, canon14/10).
    '严以修身、严以用权、严以律己,谋事要实、创业要实、做人要实。自2014年3月9日提出以来。',
    '乡村振兴的20字总要求是“产业兴旺、生态宜居、乡风文明、治理有效、生活富裕”。',
    // The members in another order inside a longer list of the writer's: not the canon list.
    '加快建设科技强国、教育强国、人才强国、文化强国。',
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
    // The whole list without its name, in another order (faults put into canon14's copies of canon14/10 and 02).
    { text: '乡村振兴的20字总要求是“生态宜居、产业兴旺、乡风文明、治理有效、生活富裕”。', errors: [{ text: '生态宜居、产业兴旺、乡风文明、治理有效、生活富裕', message: /顺序/ }] },
    { text: '严以修身、严以律己、严以用权,谋事要实、创业要实、做人要实。', errors: [{ text: '严以修身、严以律己、严以用权,谋事要实、创业要实、做人要实', message: /三严三实/ }] },
    { text: '要坚持创新、协调、开放、绿色、共享,推动高质量发展。', errors: [{ text: '创新、协调、开放、绿色、共享', message: /顺序/ }] },
  ],
});
