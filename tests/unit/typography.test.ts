import { describe, expect, it } from 'vitest';
import { applyFirstFix, findings, fixed, flagged } from '../helpers';
import { checkSync } from '../../server/src/engine/check';
import { fixAllSync } from '../../server/src/engine/fix/fix';
import { loadSegmenterSync } from '../../server/src/engine/analysis/segment';
import { LEADER_COUNTEREXAMPLES, LEADER_TITLES } from '../../server/src/engine/rules/cjk-space';
import type { RuleId } from '../../server/src/engine/model/types';
import { CLEAN_OPENING } from '../clean-opening';

const MINE: RuleId[] = ['punct-halfwidth', 'punct-stray', 'punct-repeat', 'cjk-space', 'range-dash'];

/** [text, flagged texts, text after the rule's safe fixes] */
type Row = [string, string[], string];

function table(rule: RuleId, invalid: Row[], valid: string[]) {
  describe(rule, () => {
    it.each(invalid)('flags %s', (text, marks, after) => {
      expect(flagged(text, rule)).toEqual(marks);
      expect(fixed(text, rule)).toBe(after);
    });
    it.each(valid)('quiet: %s', (text) => {
      expect(flagged(text, rule)).toEqual([]);
    });
  });
}

table(
  'punct-halfwidth',
  [
    ['今天,我们召开全市经济工作会议。', [','], '今天，我们召开全市经济工作会议。'],
    ['同志们:\n现在开会。', [':'], '同志们：\n现在开会。'],
    ['要深化改革;要扩大开放。', [';'], '要深化改革；要扩大开放。'],
    ['怎么办?我们必须干!', ['?', '!'], '怎么办？我们必须干！'],
    ['全市生产总值同比下降17.8%,主要指标下滑。', [','], '全市生产总值同比下降17.8%，主要指标下滑。'],
    ['2009年, 是最为困难的一年。', [','], '2009年，是最为困难的一年。'],
    ['召开市政府全体(扩大)会议。', ['(扩大)'], '召开市政府全体（扩大）会议。'],
    ['十县 (市、区) 全部通过考核。', ['(市、区)'], '十县（市、区）全部通过考核。'],
  ],
  [
    '全年完成投资1,000亿元，会议于3:30开始。',
    '详见https://www.gov.cn/zhengce/a,b;c?d=1网站。',
    'He said: "Hello, world!"',
    '建設(shè)、務(wù)：拼音残留归别的规则。',
    '评论(0)条，共(1)项。',
    '我们使用GDP(国内生产总值)和5G。'.replace('(国内生产总值)', '（国内生产总值）'),
    '同志们：今天，我们召开会议。',
  ],
);

describe('punct-halfwidth: a draft written in half-width punctuation', () => {
  const draft = [
    '在全市工作会议上的讲话',
    '',
    '同志们:',
    '今天,我们召开全市工作会议,主要任务是总结工作,部署任务。',
    '一年来,全市上下团结一心,攻坚克难;经济运行稳中有进。',
    '召开市政府全体(扩大)会议,研究部署下一步工作。',
  ].join('\n');
  it('says so once, on the title, with one fix for every mark', () => {
    const fs = findings(draft, 'punct-halfwidth');
    expect(fs).toHaveLength(1);
    const [f] = fs;
    expect(draft.slice(f!.start, f!.end)).toBe('在全市工作会议上的讲话');
    expect(f!.message).toBe('全文使用半角标点（共 9 处，如“今天,我们”）：中文正文应使用全角标点，可一次全部改为全角');
    expect(f!.fixes[0]!.safe).toBe(true);
    const after = applyFirstFix(draft, f!);
    expect(after).toBe(draft.replace(/,/g, '，').replace(/:/g, '：').replace(/;/g, '；').replace('(', '（').replace(')', '）'));
    expect(findings(after, 'punct-halfwidth')).toEqual([]);
  });
  it('with no title and a site line on top, says so on the first line of the text', () => {
    // The site's breadcrumb is residue: a finding there would be dropped with it.
    const copied = ['首页范文稿件发言稿', '', draft.split('\n').slice(1).join('\n')].join('\n');
    const fs = findings(copied, 'punct-halfwidth');
    expect(fs).toHaveLength(1);
    expect(copied.slice(fs[0]!.start, fs[0]!.end)).toBe('同志们:');
  });
  it('mostly full-width text gets one finding per mark', () => {
    const text = '今天，我们召开会议，主要任务是总结工作，部署任务。一年来,全市团结一心，攻坚克难，稳中有进。';
    expect(flagged(text, 'punct-halfwidth')).toEqual([',']);
  });
  it('(1) markers become full-width only where the draft writes full-width brackets', () => {
    expect(fixed('（一）总体要求\n(1)加强领导。（2）完善制度。', 'punct-halfwidth')).toBe('（一）总体要求\n（1）加强领导。（2）完善制度。');
    expect(flagged('(1)加强领导。(2)完善制度。', 'punct-halfwidth')).toEqual([]);
  });
});

table(
  'punct-stray',
  [
    ['水利局、林业局等部.门具体负责。', ['.'], '水利局、林业局等部门具体负责。'],
    ['加强困.难群体帮扶力度。', ['.'], '加强困难群体帮扶力度。'],
    ['壮大体量、.激活全域。', ['.'], '壮大体量、激活全域。'],
    ['这是推动发展的必然要求，。', ['，。'], '这是推动发展的必然要求。'],
    ['这是必然要求。，我们要落实。', ['。，'], '这是必然要求。，我们要落实。'],
    ['这是必然要求.。', ['.'], '这是必然要求。'],
    ['汲取前三季度.固定资产投资下滑的教训。', ['.'], '汲取前三季度.固定资产投资下滑的教训。'],
  ],
  [
    'PM2.5平均浓度下降6.2%，增长x.x%。',
    '1.加快重大项目落地。\n2.强化要素保障。',
    '要坚持……再坚持……',
    '这是为什么？！我们必须干！？',
    '详见www.gov.cn网站，或发邮件至a.b@gov.cn。',
    '她说：“我们一定能行。”',
    'U.S. and U.K. agreed.',
  ],
);

describe('punct-stray: messages and fixes', () => {
  it('names the word the dot splits', () => {
    const [f] = findings('林业局等部.门具体负责。', 'punct-stray');
    expect(f!.message).toBe('词中多了一个“.”：“部.门”应为“部门”');
    expect(f!.fixes[0]!.safe).toBe(true);
  });
  it('offers both ways for a doubled pair, unsafely in the middle of a sentence', () => {
    const text = '这是必然要求。，我们要落实。';
    const [f] = findings(text, 'punct-stray');
    expect(f!.fixes.map((x) => [x.title, x.safe])).toEqual([
      ['保留“。”', false],
      ['保留“，”', false],
    ]);
    expect(applyFirstFix(text, f!)).toBe('这是必然要求。我们要落实。');
  });
  it('offers the full stop for a "." that ends a Chinese sentence, as a suggestion', () => {
    const text = '全县上下攻坚克难，圆满完成了全年目标任务.今年，我们要继续发力。';
    const [f] = findings(text, 'punct-stray');
    expect(f!.message).toBe('中文句子之间用了“.”（“任务.今年”）：句末应为句号“。”');
    expect(f!.fixes.map((x) => [x.title, x.safe])).toEqual([
      ['改为“。”', false],
      ['删除“.”', false],
    ]);
    expect(applyFirstFix(text, f!)).toBe('全县上下攻坚克难，圆满完成了全年目标任务。今年，我们要继续发力。');
    expect(fixed(text, 'punct-stray')).toBe(text);
  });
  it('keeps "delete" for a dot between words that end no sentence', () => {
    for (const text of ['衷心感谢.部长对此次活动的重视。', '这一年，教育教学取得了长足的.发展。', '突出商贸、民生三大经济.事业，抓好落实。']) {
      const [f] = findings(text, 'punct-stray');
      expect(f!.fixes.map((x) => x.title)).toEqual(['删除“.”']);
    }
  });
  it('leaves a draft that ends its sentences with "." alone', () => {
    const text = '我们要发展.我们要改革.我们要开放.我们要创新.我们要落实.我们要团结.';
    expect(flagged(text, 'punct-stray')).toEqual([]);
  });
});

table(
  'punct-repeat',
  [
    ['今天，，我们召开会议。', ['，，'], '今天，我们召开会议。'],
    ['会议结束。。', ['。。'], '会议结束。'],
    ['抓项目、、抓招商；；抓环境：：', ['、、', '；；', '：：'], '抓项目、抓招商；抓环境：'],
    ['今天,,我们开会。', [',,'], '今天,我们开会。'],
    ['等等。。。', ['。。。'], '等等。。。'],
    ['作为根本措施，,确保政策落实。', ['，,'], '作为根本措施，确保政策落实。'],
    ['今天，我们。，，开会。', ['，，'], '今天，我们。，开会。'],
  ],
  ['要坚持……再坚持——一直坚持！！', '这是为什么？？', 'a,,b', '第一，第二。'],
);

table(
  'cjk-space',
  [
    ['3月18日，习近平 总书记主持召开会议。', ['习近平 总书记'], '3月18日，习近平总书记主持召开会议。'],
    ['今年以来，经 济运行稳中向好。', ['经 济'], '今年以来，经济运行稳中向好。'],
    ['实现“双过半”目标。3月\n18 日，省委召开全会。', ['3月\n18 日'], '实现“双过半”目标。3月18日，省委召开全会。'],
    ['会议于2024年 3月 9日召开。', ['2024年 3月 9日'], '会议于2024年3月9日召开。'],
    ['研究部署工作。会上，习近平\n总书记强调，要稳字当头。', ['习近平\n总书记'], '研究部署工作。会上，习近平总书记强调，要稳字当头。'],
    ['我们要推动高质量 发展，奋力前行。', ['量 发'], '我们要推动高质量 发展，奋力前行。'],
  ],
  [
    '　　同志们，今天我们召开会议。',
    '在全市经济工作会议上的讲话 第1篇',
    '第一部分 总体要求',
    '第七十四条 县以上政府接到下一级政府的报告后，应当立即处理。',
    '出席会议的有：张三 李四 王五。',
    '排名第 X位，完成 X 亿元，达到 30 项。',
    '使用 5G 技术和 AI 平台，推进 PM2.5 治理。',
    '江西吉安市长\n王少玄',
    '今天我们开会。   ',
  ],
);

describe('cjk-space: leaders', () => {
  for (const t of LEADER_TITLES) {
    it(t.title, () => {
      for (const e of t.examples) {
        const fs = findings(e, 'cjk-space');
        expect(fs.map((f) => f.severity), e).toContain('error');
        expect(fixed(e, 'cjk-space'), e).not.toMatch(new RegExp(`\\s${t.title}`));
      }
    });
  }
  it.each(LEADER_COUNTEREXAMPLES)('no error: %s', (c) => {
    expect(findings(c, 'cjk-space').filter((f) => f.severity === 'error')).toEqual([]);
  });
  it('says what is wrong', () => {
    const [f] = findings('会上，习近平 总书记作了重要讲话。', 'cjk-space');
    expect(f!.message).toBe('领导姓名与职务之间断开：“习近平 总书记”应为“习近平总书记”');
  });
});

table(
  'range-dash',
  [
    ['对绩效奖金基数上浮20%30%。', ['20%30%'], '对绩效奖金基数上浮20%—30%。'],
    ['今年1-7月份，全市完成投资。', ['1-7月'], '今年1—7月份，全市完成投资。'],
    ['2019-2023年，全市经济年均增长6.2%。', ['2019-2023年'], '2019—2023年，全市经济年均增长6.2%。'],
    ['3月-5月开展专项行动，提高5~10个百分点。', ['3月-5月', '5~10个'], '3月—5月开展专项行动，提高5—10个百分点。'],
    ['面向18－35岁青年。', ['18－35岁'], '面向18—35岁青年。'],
  ],
  [
    '会议于2024-03-09召开，电话0915-3212345。',
    '抗击COVID-19疫情，执行GB/T 9704-2012标准。',
    '东风路12-3号，以3-1获胜。',
    '1—7月完成投资，上浮20%—30%，提高5～10个百分点。',
    '分别增长20%30%。',
    '完成X-X月任务。',
    '型号CR400AF-Z动车组，S-300型。',
    '中共中央印发了《2018－2022年全国干部教育培训规划》。',
  ],
);

describe('typography: a carefully written draft', () => {
  const clean = [
    ...CLEAN_OPENING,
    '　　今天，我们召开全市经济工作会议。3月18日，习近平总书记主持召开会议，李强总理作了部署；王建国同志、市发改委马明主任参加会议。',
    '',
    '下面，我讲两点意见：',
    '',
    '一、坚定信心，稳中求进',
    '',
    '今年以来，经济运行主要体现在三个方面：一是经济运行稳；二是产业发展快；三是民生保障好。要做到“两个坚持”，坚持稳中求进，坚持以进促稳。',
    '',
    '1.加快重大项目落地。1—7月完成投资120.5亿元，同比增长6.2%，PM2.5平均浓度下降10%—15%。',
    '',
    '2.强化要素保障。推进5G、AI和GDP核算工作，访问https://www.gov.cn/zhengce/查看政策。',
    '',
    '3.优化营商环境。我们要问：怎么办？必须干！要坚持……再坚持——一直坚持。',
    '',
    '二、统筹发展和安全',
    '',
    '（一）守住底线。第一，要防范风险。第二，要化解矛盾。',
    '',
    '（二）改进作风。出席会议的有：张三、李四、王五等同志。',
    '',
    '同志们，任务艰巨，使命光荣。',
  ].join('\n');
  it('has no finding from these rules, nor from the structure rules', () => {
    expect(findings(clean).filter((f) => MINE.includes(f.rule) || f.category === 'structure')).toEqual([]);
  });
});

describe('typography: fix-all', () => {
  const messy = [
    '在全市工作会议上的讲话',
    '同志们:',
    '今天,我们召开会议,,主要任务是总结工作,部署任务。3月',
    '18 日,习近平 总书记主持召开会议,部.门负责人参加。',
    '1-7月完成投资,基数上浮20%30%,这是必然要求，。',
  ].join('\n');
  it('is stable and idempotent', () => {
    const once = fixAllSync(messy, {}, { rules: MINE }, loadSegmenterSync()).text;
    expect(once).toBe(
      [
        '在全市工作会议上的讲话',
        '同志们：',
        '今天，我们召开会议，主要任务是总结工作，部署任务。3月18日，习近平总书记主持召开会议，部门负责人参加。',
        '1—7月完成投资，基数上浮20%—30%，这是必然要求。',
      ].join('\n'),
    );
    expect(fixAllSync(once, {}, { rules: MINE }, loadSegmenterSync()).text).toBe(once);
    expect(checkSync(once, {}, loadSegmenterSync()).filter((f) => MINE.includes(f.rule) && f.fixes[0]?.safe)).toEqual([]);
  });
});
