/**
 * Blind audit 3: shapes seen across real pages never checked before (site residue, spaces, slots,
 * marks and dates), written here in sentences of their own.
 */
import { describe, expect, it } from 'vitest';
import { ruleTester } from './rule-tester';
import { describeCorpusFile, findings } from '../helpers';

ruleTester('cjk-space', {
  valid: [
    // A theme of two three-character halves set apart in its quotes.
    '今年的活动以“学党史 跟党走”为主题，全县上下积极参与。\n',
    '在2023年中国农民丰收节上，“晒丰收 话丰收”成为了活动的亮点。\n',
    // A page counter glued into a line is web-residue's, spaces and all.
    '各村已配齐分类垃圾桶和收运车辆。 第 2 頁 共 6 頁 全區已投放分類收集容器，目前正在采购。\n',
  ],
  invalid: [
    // A title ending in 讲话材料 / 发言材料, its copy and then its text run on in one line: the lost line breaks.
    {
      text: '全县乡村振兴推进会发言材料 城关镇推进乡村振兴工作发言材料 今年以来，我镇紧紧围绕年初确定的目标任务，扎实推进各项工作。\n',
      errors: [
        { text: '料 城', message: /原是换行/ },
        { text: '料 今', message: /原是换行/ },
      ],
    },
    // Three-character halves that differ in length are not a theme: a stray space.
    { text: '要把“惠民生 暖人心之举”落到实处，做到件件有回音。\n', errors: ['生 暖'] },
  ],
});

ruleTester('web-residue', {
  valid: ['内容预览：本次会议共有三项议程。\n', '新来的客人请到前台登记，工作人员会引导大家入座。\n', '扫一扫二维码，在手机上填报信息。\n'],
  invalid: [
    {
      text: '内容预览:\n在全县林业工作会议上的讲话\n同志们：\n今天召开全县林业工作会议。\n新来的客人请【点此注册】加入会员\n未登录用户请\n',
      errors: ['内容预览:', '新来的客人请【点此注册】加入会员', '未登录用户请'],
      output: '在全县林业工作会议上的讲话\n同志们：\n今天召开全县林业工作会议。\n',
    },
    {
      text: '【正文】\n今天我们在这里召开安全生产工作会议。\n扫一扫在手机打开当前页\n',
      errors: ['【正文】', '扫一扫在手机打开当前页'],
      output: '今天我们在这里召开安全生产工作会议。\n',
    },
    {
      text: '网上找了一篇，你参考一下吧\n尊敬的各位家长、亲爱的小朋友们：\n今天是一个特殊的日子。\n',
      errors: ['网上找了一篇，你参考一下吧'],
      output: '尊敬的各位家长、亲爱的小朋友们：\n今天是一个特殊的日子。\n',
    },
    {
      text: '让我们共同为丰收的土地喝彩！\n这样可以满足您的需求吗？\n',
      errors: ['这样可以满足您的需求吗？'],
      output: '让我们共同为丰收的土地喝彩！\n',
    },
  ],
});

ruleTester('punct-stray', {
  valid: [
    '全县生产总值达到88.2亿元。',
    '会议于2024年召开。1、统一思想。',
    // A PDF's wrap after a line cut mid-sentence is broken-line's.
    '（一）脱贫攻坚取得新成效。一年来，我们忠实践行扶贫开发重要\n，以改革创新的精神破难题补短板。\n',
  ],
  invalid: [
    // A salutation's colon stays; the stop after it goes.
    { text: '同志们：。\n今天召开全县经济工作会议。\n', errors: ['：。'], output: '同志们：\n今天召开全县经济工作会议。\n' },
    // A colon before a stop may have lost its value: offered, never applied.
    { text: '本次比赛的评委有：。\n比赛分为两个组别。\n', errors: ['：。'] },
    // A paragraph opening with a comma after its heading: its year was deleted.
    { text: '二、抓好重点工作，推动经济平稳运行\n\n，全县上下克服困难，经济保持平稳增长。\n', errors: ['，'] },
    // A decimal point typed as a full stop.
    { text: '全年实现生产总值88。2亿元，同比增长11。2%。\n', errors: ['88。2', '11。2'], output: '全年实现生产总值88.2亿元，同比增长11.2%。\n' },
  ],
});

ruleTester('typo', {
  valid: ['全县上下积极推进秸秆综合利用，建立健全长效机制。'],
  invalid: [
    { text: '严禁露天焚烧农作物秸杆，切实改善空气质量。', errors: ['秸杆'], output: '严禁露天焚烧农作物秸秆，切实改善空气质量。' },
    { text: '要建立建全防火责任体系，层层压实责任。', errors: ['建立建全'], output: '要建立健全防火责任体系，层层压实责任。' },
  ],
});

describe('blind audit 3: slots and dates', () => {
  it('hyphens where a class number goes', () => {
    expect(findings('我是初三--班--家长，很荣幸在这里发言。\n', 'placeholder').length).toBe(2);
  });
  it('a letter under its title is dated by its signature, not a date line', () => {
    expect(findings('驻村工作心得：写给自己的一封信\n亲爱的小王：\n见字如面，春日来信，感慨万分。\n', 'date-missing')).toEqual([]);
  });
  it('a salutation before a stray stop has no blank slot', () => {
    expect(findings('同志们：。\n今天召开全县经济工作会议。\n', 'placeholder')).toEqual([]);
  });
  it('a label before a stop still has one', () => {
    expect(findings('本次比赛的评委有：。\n比赛分为两个组别。\n', 'placeholder').length).toBe(1);
  });
  it('the meeting date is one its speaker names, not an event the text recounts', () => {
    const recounted = '在公司庆祝三八国际劳动妇女节座谈会上的讲话\n同志们：\n1909年3月8日，芝加哥的女工举行了大规模罢工和示威游行。\n';
    const own = '在公司庆祝三八国际劳动妇女节座谈会上的讲话\n同志们：\n今天，2024年3月8日，我们在这里隆重集会。\n';
    const titles = (t: string) => findings(t, 'date-missing').flatMap((f) => f.fixes.map((x) => x.title));
    expect(titles(recounted).some((t) => t.includes('1909'))).toBe(false);
    expect(titles(own).some((t) => t.includes('2024年3月8日'))).toBe(true);
  });
});

describeCorpusFile('blind3.json');
