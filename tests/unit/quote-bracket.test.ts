import { describe, expect, it } from 'vitest';
import { findings, flagged, fixed } from '../helpers';
import { SpeechDocument } from '../../server/src/engine/analysis/document';
import { analyzeQuotes } from '../../server/src/engine/analysis/quotes';
import { textUnits } from '../../server/src/engine/analysis/text-units';

const kinds = (text: string, rule: 'quote-pair' | 'bracket-pair') =>
  findings(text, rule).map((f) => [text.slice(f.start, f.end), f.data?.kind, f.fixes[0]?.safe ?? null]);

describe('quote-pair: invalid', () => {
  const cases: Array<[string, string, Array<[string, string, boolean | null]>, string]> = [
    ['reversed opening mark', '要正确处理”六个关系”。', [['”六个关系”', 'reversed', true]], '要正确处理“六个关系”。'],
    ['reversed closing mark', '牢固树立“六个导向“，推动发展。', [['“六个导向“', 'reversed', true]], '牢固树立“六个导向”，推动发展。'],
    [
      'both in one sentence',
      '强调要正确处理”六个关系”、牢固树立“六个导向“\'即要正确处理经济和生态的关系。',
      [
        ['”六个关系”', 'reversed', true],
        ['“六个导向“', 'reversed', true],
      ],
      '强调要正确处理“六个关系”、牢固树立“六个导向”\'即要正确处理经济和生态的关系。',
    ],
    ['both marks reversed', '他说”好“。', [['”好“', 'reversed', true]], '他说“好”。'],
    ['ASCII opening with a curly closing mark', '"互联网+医疗健康”行动加快实施。', [['"互联网+医疗健康”', 'mixed', true]], '“互联网+医疗健康”行动加快实施。'],
    ['reversed single quotes', '他说：“要落实’六保‘任务。”', [['’六保‘', 'reversed', true]], '他说：“要落实‘六保’任务。”'],
    ['reversed corner brackets', '落实」六保」任务。', [['」六保」', 'reversed', true]], '落实「六保」任务。'],
    ['opening mark never closed', '要积极应对人口“老龄化,\'加快社区适老化改造。', [['“', 'unclosed', null]], '要积极应对人口“老龄化,\'加快社区适老化改造。'],
    ['stray closing mark', '要落实好“一企一策”项目一策”，主动服务。', [['”', 'stray', null]], '要落实好“一企一策”项目一策”，主动服务。'],
    ['closing mark with nothing open', '这是大家的共识”。', [['”', 'stray', null]], '这是大家的共识”。'],
    [
      'a long reversed pair is not fixed without asking',
      '他指出”我们要坚定信心。要同舟共济。要攻坚克难，推动经济社会持续健康发展”。',
      [['”', 'reversed', false]],
      '他指出”我们要坚定信心。要同舟共济。要攻坚克难，推动经济社会持续健康发展”。',
    ],
  ];
  it.each(cases)('%s', (_name, text, expected, out) => {
    expect(kinds(text, 'quote-pair')).toEqual(expected);
    expect(fixed(text, 'quote-pair')).toBe(out);
    expect(fixed(out, 'quote-pair')).toBe(out);
  });

  it('messages', () => {
    const [f] = findings('要正确处理”六个关系”。', 'quote-pair');
    expect(f!.message).toBe('引号方向颠倒：”六个关系” 应为 “六个关系”');
    expect(f!.fixes[0]!.title).toBe('改为 “六个关系”');
    expect(findings('人口“老龄化。', 'quote-pair')[0]!.message).toBe('左引号「“」在本段中没有对应的右引号：请补上右引号或删去');
    expect(findings('要正确处理”六个关系”。', 'quote-pair', { locale: 'en' })[0]!.message).toContain('wrong way round');
  });
});

describe('quote-pair: valid', () => {
  const valid = [
    '扎实做好“六稳”“六保”工作，确保“十四五”高点开局。',
    '他说：“要增强‘四个意识’、坚定‘四个自信’。”',
    '认真学习《“十四五”规划纲要》。',
    '「六稳」和『六保』。',
    'He said "yes" and it’s fine, don’t worry.',
    'The students’ books from the ’90s, rock ’n’ roll.',
    // A Latin plural's possessive before Chinese words.
    '大会在北京Workers’体育馆举行，来自Teachers’ College的代表参加。',
    '屏幕尺寸为5"，另一台为7"。',
    // A quotation running over a PDF line break, and over a sentence end at the break.
    '实现经济社会发展目标“双\n胜利”。当前要抓好工作。',
    '他说：“我们要努力。\n明年再干。”大家鼓掌。',
    // A quotation over several paragraphs: each opens with “, only the last closes.
    '“第一段引文，讲了“六稳”。\n\n“第二段引文，继续讲。\n\n“第三段引文，到此结束。”\n\n正文继续。',
    // … also when it opens inside its first paragraph, after the words that introduce it.
    '他在讲话中指出：“第一，要坚持稳中求进，推动高质量发展。\n“第二，要坚持以人民为中心，办好民生实事。\n“第三，要统筹发展和安全。”\n会议要求抓好落实。',
    '',
  ];
  it.each(valid)('quiet: %s', (text) => {
    expect(flagged(text, 'quote-pair')).toEqual([]);
  });

  it('still reports a quotation left open before a paragraph that opens with a quoted name', () => {
    expect(flagged('他强调：“要抓好落实。\n“六稳”“六保”是大局，要一起抓。', 'quote-pair')).toEqual(['“']);
  });

  it('a quoted Latin plural keeps its quotation marks, and a stray closing mark after a Chinese word is still one', () => {
    expect(flagged('他们称之为‘Workers’体育馆。', 'quote-pair')).toEqual([]);
    expect(flagged('要落实六保’任务。', 'quote-pair')).toEqual(['’']);
  });

  it('pairs the marks of the seed sentence', () => {
    const text = '强调要正确处理”六个关系”、牢固树立“六个导向“\'即';
    const a = analyzeQuotes(new SpeechDocument(text));
    expect(a.pairs.map((p) => text.slice(p.open, p.close + 1))).toEqual(['”六个关系”', '“六个导向“']);
  });

  it('units join PDF-wrapped lines and split at sentence ends and blank lines', () => {
    const text = '第一行没有结束\n第二行结束。\n第三行\n\n第四行';
    expect(textUnits(new SpeechDocument(text)).map((u) => text.slice(u.start, u.end))).toEqual([
      '第一行没有结束\n第二行结束。',
      '第三行',
      '第四行',
    ]);
  });
});

describe('bracket-pair: invalid', () => {
  const cases: Array<[string, string, Array<[string, string, boolean | null]>, string]> = [
    ['【…]', '指标增速低于全国【地区生产总值、第一产业增加值]，x项指标靠后。', [['【地区生产总值、第一产业增加值]', 'mismatch', true]], '指标增速低于全国【地区生产总值、第一产业增加值】，x项指标靠后。'],
    ['（…)', '召开常务会议（第十二次)，研究工作。', [['（第十二次)', 'mismatch', true]], '召开常务会议（第十二次），研究工作。'],
    ['(…）', '召开常务会议(第十二次），研究工作。', [['(第十二次）', 'mismatch', true]], '召开常务会议（第十二次），研究工作。'],
    ['[…】', '详见[附件一】。', [['[附件一】', 'mismatch', true]], '详见【附件一】。'],
    ['(abc）', '采用GB(abc）标准。', [['(abc）', 'mismatch', true]], '采用GB(abc)标准。'],
    ['(…] is a guess', '增速低于全省(地区生产总值、固定资产投资]，需要重视。', [['(地区生产总值、固定资产投资]', 'mismatch', false]], '增速低于全省(地区生产总值、固定资产投资]，需要重视。'],
    ['unclosed （', '召开常务会议（第十二次，研究工作。', [['（', 'unclosed', null]], '召开常务会议（第十二次，研究工作。'],
    ['unclosed 《', '认真学习《关于加快发展的意见，抓好落实。', [['《', 'unclosed', null]], '认真学习《关于加快发展的意见，抓好落实。'],
    ['stray closing', '研究部署工作）。', [['）', 'stray', null]], '研究部署工作）。'],
    [
      'an inner bracket left open',
      '会议（听取了《报告）。',
      [['《', 'unclosed', null]],
      '会议（听取了《报告）。',
    ],
  ];
  it.each(cases)('%s', (_name, text, expected, out) => {
    expect(kinds(text, 'bracket-pair')).toEqual(expected);
    expect(fixed(text, 'bracket-pair')).toBe(out);
    expect(fixed(out, 'bracket-pair')).toBe(out);
  });

  it('messages', () => {
    const [f] = findings('召开常务会议（第十二次)，研究工作。', 'bracket-pair');
    expect(f!.message).toBe('括号不配对：（第十二次) 应为 （第十二次）');
    expect(findings('认真学习《关于加快发展的意见。', 'bracket-pair')[0]!.message).toBe('左括号「《」在本段中没有闭合：请补上「》」或删去');
  });
});

describe('bracket-pair: valid', () => {
  const valid = [
    '（一）坚持稳中求进。（二）推动高质量发展。',
    '1）加强组织领导；\n2）强化督促检查；\n3) 抓好落实。',
    'a) 第一项 b) 第二项',
    '一）统一思想。\n二）明确任务。',
    '认真学习《X省人民政\n府办公厅关于加快推进产业园区改革的实施意\n见》等文件。',
    '函数f(x)在区间[0,1)上连续。',
    '【待补】（略）〔2024〕3号［附件］〈说明〉',
    '增长5.2%（高于全省0.3个百分点），其中工业（含规上企业）增长7%。',
    '笑脸:) 不算。',
    // Brackets running over a PDF line break after a sentence end.
    '全年增长5%（初步统计。\n下同），其他指标稳定。',
  ];
  it('an unclosed bracket is not merged with a list marker of another family', () => {
    expect(kinds('认真学习《关于加快发展的意见。\n1）加强组织领导。', 'bracket-pair')).toEqual([['《', 'unclosed', null]]);
  });
  it.each(valid)('quiet: %s', (text) => {
    expect(flagged(text, 'bracket-pair')).toEqual([]);
  });
});
