import { ruleTester } from './rule-tester';

// A hyphen typed inside a word by a document site's filter (blind11/18, slots8/20), against
// the hyphens writers put between two whole words or two paired names.
ruleTester('punct-stray', {
  valid: [
    '京-沪高铁和沪-宁线都已通车。',
    '考核内容多采用思想政治-工作实绩-廉洁自律三个方面。',
    '办公自动化-管理部门的电子化工作稳步推进。',
    '第二届中国-东盟博览会在南宁开幕。',
    '2020-2021年度先进集体名单。',
  ],
  invalid: [
    { text: '会议自始至终洋溢着民-主求实、团结鼓劲的气氛。', errors: ['-'], output: '会议自始至终洋溢着民主求实、团结鼓劲的气氛。' },
    { text: '这次大会，是发扬民-主、增进共识的大会。', errors: ['-'], output: '这次大会，是发扬民主、增进共识的大会。' },
    { text: '坦陈己见，反映社情民-意，积极建言献策。', errors: ['-'], output: '坦陈己见，反映社情民意，积极建言献策。' },
    { text: '让我们高举邓-小-平理论伟大旗帜。', errors: ['-', '-'], output: '让我们高举邓小平理论伟大旗帜。' },
  ],
});
