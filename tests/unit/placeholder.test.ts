import { describe, expect, it } from 'vitest';
import { findings, flagged, applyFirstFix, fixed } from '../helpers';
import { SpeechDocument } from '../../server/src/engine/analysis/document';
import { findSlots, SLOT_WORD_EXCEPTIONS } from '../../server/src/engine/analysis/slots';
import type { Segmenter } from '../../server/src/engine/analysis/segment';

const slotsOf = (text: string, segmenter?: Segmenter) =>
  findSlots(new SpeechDocument(text), segmenter).map((s) => [s.text, s.kind]);

describe('placeholder: slots are found and named', () => {
  const cases: Array<[string, Array<[string, string]>]> = [
    ['全年完成投资XX亿元。', [['XX', 'number']]],
    ['同比增长X%，高于全省X.X个百分点。', [['X', 'number'], ['X.X', 'number']]],
    ['综合得分只有xx.xx分。', [['xx.xx', 'number']]],
    ['排名由第X位提升到第 X位。', [['X', 'number'], ['X', 'number']]],
    ['前XXX个月，增速回升。', [['XXX', 'number']]],
    ['由X县长牵头，XX同志配合，XX书记讲话。', [['X', 'name'], ['XX', 'name'], ['XX', 'name']]],
    ['认真学习《X省人民政府关于……的意见》。', [['X', 'place']]],
    ['召开省委xx届x次全会。', [['xx', 'number'], ['x', 'number']]],
    ['某某市第N届人民代表大会第N次会议近日召开。', [['某某', 'place'], ['N', 'number'], ['N', 'number']]],
    ['认真分析X-X月经济运行情况。', [['X-X月', 'date']]],
    ['省委经济工作会议指出，XXX。', [['XXX', 'sentence']]],
    ['市住建委以及XX公司要全力以赴。', [['XX', 'unit']]],
    ['完成ＸＸ亿元投资，××同志到会。', [['ＸＸ', 'number'], ['××', 'name']]],
    ['由201X年的第X位提升。', [['201X年', 'year'], ['X', 'number']]],
    ['从20xx 年考核结果来看，XX 等XX 项指标靠后。', [['20xx 年', 'year'], ['XX', 'other'], ['XX', 'number']]],
    ['预计x月xx日实现供热，确保X月底前开工。', [['x月xx日', 'date'], ['X月底', 'date']]],
    ['会议定于20XX年X月X日召开。', [['20XX年X月X日', 'date']]],
    ['贸易总收入达到 X 亿元。', [['X', 'number']]],
    ['请某某同志发言，○○县、□□乡参加。', [['某某', 'name'], ['○○', 'place'], ['□□', 'place']]],
    ['截至＿＿＿月底，【待补】，具体数据【此处补充全年数据】。', [['＿＿＿月底', 'date'], ['【待补】', 'other'], ['【此处补充全年数据】', 'number']]],
    ['其他工作（略）。', [['（略）', 'other']]],
    ['代表**县**万人民，增长**%，定于*月*日，****年完成。', [['**', 'place'], ['**', 'number'], ['**', 'number'], ['*月*日', 'date'], ['****年', 'year']]],
    ['从*年到*年，20**年，20__年，“**、**、**”战略。', [['*年', 'year'], ['*年', 'year'], ['20**年', 'year'], ['20__年', 'year'], ['**、**、**', 'other']]],
    ['☆☆县★★同志，△△乡◇◇村，Ｏ Ｏ公司，〇〇镇。', [['☆☆', 'place'], ['★★', 'name'], ['△△', 'place'], ['◇◇', 'place'], ['Ｏ Ｏ', 'unit'], ['〇〇', 'place']]],
    ['ⅩⅩ县ⅹⅹ亿元，xX同志。', [['ⅩⅩ', 'place'], ['ⅹⅹ', 'number'], ['xX', 'name']]],
    ['会议名称：[填写会议名称]，由【请填写单位名称】主办，〔单位名称〕承办，[姓名]主持。', [['[填写会议名称]', 'other'], ['【请填写单位名称】', 'unit'], ['〔单位名称〕', 'unit'], ['[姓名]', 'name']]],
    // Hash marks stand in like asterisks (rwx/x16, a template's `####书记`).
    ['下面请####书记讲话，今年完成投资##亿元。', [['####', 'name'], ['##', 'number']]],
    // Curly brackets, and the name of a kind in brackets (a template's fields: `[村名]`, `{单位名称}`).
    ['全县共有[填写数字]个村，[村名]村被评为示范村，由{单位名称}负责组织，｛公司名｝承办。', [['[填写数字]', 'number'], ['[村名]', 'place'], ['{单位名称}', 'unit'], ['｛公司名｝', 'other']]],
    ['（此处填写……）议程：[议程内容]，【XX】讲话。', [['（此处填写……）', 'other'], ['[议程内容]', 'other'], ['【XX】', 'name']]],
    ['全县共有…家企业，约……名群众参加。', [['…', 'number'], ['……', 'number']]],
    ['受* 市委 * 书记委托，我代表*市委、 * 市人民政府。', [['*', 'place'], ['*', 'name'], ['*', 'place'], ['*', 'place']]],
    ['上午XX:XX开始，电话：XXXX-XXXXXXX，请联系（联系人姓名）。', [['XX:XX', 'date'], ['XXXX-XXXXXXX', 'number'], ['（联系人姓名）', 'name']]],
    ['会议时间定于[具体时间]，请各[单位/部门]准时参加。', [['[具体时间]', 'date'], ['[单位/部门]', 'unit']]],
    ['二〇__年X月__日', [['二〇__年X月__日', 'date']]],
    // The zeros typed as figures (blind10/34).
    ['(二00*年*月*日)', [['二00*年*月*日', 'date']]],
    ['XX强调，要讲政治。XX在新年贺词中寄语我们。', [['XX', 'name'], ['XX', 'name']]],
    // How often someone said it is no count of the slot's (slots11/46, a fire-safety speech).
    ['******多次讲过，要把人民生命安全放在第一位。XX反复强调，要讲政治。', [['******', 'name'], ['XX', 'name']]],
    ['今天，***X亲临指导。其中***XX19个，***坚持以***为指导。', [['***X', 'name'], ['***XX', 'other'], ['***', 'other'], ['***', 'other']]],
    ['我代表_区四大班子致以问候。', [['_', 'place']]],
    ['现在请……同志致辞。请……讲话。', [['……', 'name'], ['……', 'name']]],
    ['一、时间：[具体时间]\n三、参会人员：[明确范围]', [['[具体时间]', 'date'], ['[明确范围]', 'other']]],
    ['希望**茶城按照市上“**、**、**、**”的要求。', [['**', 'other'], ['**、**、**、**', 'other']]],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(slotsOf(text)).toEqual(expected);
    // The rule reports the same slots, kind in data.
    const fs = findings(text, 'placeholder');
    expect(fs.map((f) => [f.data?.slot, f.data?.kind])).toEqual(expected);
  });

  it('names the kind in the message', () => {
    const [f] = findings('全年完成投资XX亿元。', 'placeholder');
    expect(f!.message).toBe('未填写的数字占位符“XX”：请填入实际内容');
    expect(findings('全年完成投资XX亿元。', 'placeholder', { locale: 'en' })[0]!.message).toContain('figure');
  });
});

describe('placeholder: real words stay quiet', () => {
  const valid = [
    '每年组织一次X光检查，配备X射线探伤设备，沿X轴方向布设X线管。',
    '建成5G基站1200个，PM2.5平均浓度42微克，PM10环比下降3%。',
    '推进AI产业发展，CT设备全覆盖，A股上市企业新增3家。',
    '加快推进金米U型木耳产业带建设。',
    '引进Xbox游戏工作室，与SpaceX开展合作。',
    'Chapter XI and Chapter X describe the plan.',
    'XX世纪末以来，我市发展迅速。',
    '这已经是我第N次强调这个问题，N个部门要联动。',
    '分辨率1920x1080，参加4×100米接力，3×3篮球赛。',
    '函数y=x的图像，x+y=10。',
    '二○○八年举办奥运会，二○二四年三月九日。',
    '建設(shè)、持續(xù)、教訓(xùn)',
    'version 1.x 版本，iPhone X手机。',
    '详见www.xx.com网站，邮箱x@abc.cn，路径/x/y。',
    'X、Y两个方向，Y,X坐标，X.509证书，x86架构，X-Men电影，XL码。',
    '某地某部门开展工作，某些问题亟待解决。',
    '***',
    '☆ 工作目标',
    'Ⅻ、附则',
    'Ⅹ、其他事项',
    '长方形面积为5*8平方米。',
    '正如文献[1]所述，【新华社北京电】记者报道。',
    '要抓好**重点工作**，落实**工作责任**。',
    '* 第一项议程',
    '【致辞人】市人口计生委',
    '（稍候）（待宣读完毕）（掌声）',
    '本年度个人述职，月度考核亿元以上项目。',
    '同志们……同志们，我们要记住……',
    '积极申请……，邀请……。',
    '来源：新华社，作者：张三，用户名_id，snake_case。',
    '二〇〇〇年，二〇二四年。',
    '要把**“放管服”改革**抓实。',
    '面积按5*x计算，a*X为常数。',
    // Hash marks that are no slot: a Markdown heading, a topic tag, C#, a rank.
    '## 一、总体要求',
    '#两会#话题讨论热烈，用C#语言编程，排名#1。',
  ];
  it.each(valid)('%s', (text) => {
    expect(flagged(text, 'placeholder')).toEqual([]);
    expect(slotsOf(text)).toEqual([]);
  });
});

describe('placeholder: exception data', () => {
  for (const w of SLOT_WORD_EXCEPTIONS) {
    it(w.pattern, () => {
      for (const e of w.examples) expect(slotsOf(e), e).toEqual([]);
      for (const c of w.counterexamples) expect(slotsOf(c).length, c).toBeGreaterThan(0);
    });
  }
});

describe('placeholder: segmentation refines', () => {
  it('reads an ellipsis before a noun as the name that noun needs', () => {
    expect(flagged('由民办……实验学校承办，分……赛区、……赛区进行。', 'placeholder')).toEqual(['……', '……', '……']);
    expect(flagged('曾有张三、李四……等多位烈士，发挥了……的作用，经过………艰苦奋战。同志们……同志们！', 'placeholder')).toEqual([]);
    expect(flagged('他说……群众的事无小事。总书记强调……人民群众是真正的英雄。', 'placeholder')).toEqual([]);
  });

  it('keeps a dictionary word that starts with X when a segmenter knows it', () => {
    const fake: Segmenter = {
      cut: () => [],
      tag: (t) => [{ word: t, start: 0, end: t.length, tag: 'x' }],
      has: (w) => w === 'X战略',
      freq: () => 0,
    };
    expect(slotsOf('实施X战略，投资X亿元。')).toEqual([['X', 'other'], ['X', 'number']]);
    expect(slotsOf('实施X战略，投资X亿元。', fake)).toEqual([['X', 'number']]);
  });
});

describe('placeholder: fixes', () => {
  const dated = '在全市工作会议上的讲话\n（2019年2月18日）\n同志们：\n由201X年的第X位提升，20xx年目标。';
  it('fills a year slot with the date line year, unsafely', () => {
    const fs = findings(dated, 'placeholder');
    const year = fs.find((f) => f.data?.kind === 'year')!;
    expect(year.fixes[0]!.safe).toBe(false);
    expect(applyFirstFix(dated, year)).toContain('由2019年的第X位');
    expect(fs.find((f) => f.data?.kind === 'number')!.fixes).toEqual([]);
    // Unsafe fixes are never applied by fix-all.
    expect(fixed(dated, 'placeholder')).toBe(dated);
  });
  it('never fills a year the slot cannot be', () => {
    const text = '在全市工作会议上的讲话\n（2024年2月18日）\n同志们：\n由201X年的第X位提升。';
    expect(findings(text, 'placeholder').find((f) => f.data?.kind === 'year')!.fixes).toEqual([]);
  });
  it('offers a year for 20__年 and 20**年, never for a bare *年', () => {
    const text = '在全市工作会议上的讲话\n（2024年2月18日）\n同志们：\n20__年、20**年目标，从*年到*年。';
    const years = findings(text, 'placeholder').filter((f) => f.data?.kind === 'year');
    expect(years.map((f) => [f.data?.slot, f.fixes.length])).toEqual([['20__年', 1], ['20**年', 1], ['*年', 0], ['*年', 0]]);
    expect(applyFirstFix(text, years[0]!)).toContain('2024年、20**年');
  });
  it('offers no year without a date line', () => {
    expect(findings('由201X年的第X位提升。', 'placeholder')[0]!.fixes).toEqual([]);
  });
  it("fills a date slot with today's date", () => {
    const text = '会议定于20XX年X月X日召开，x月xx日前完成，X月底开工。';
    const fs = findings(text, 'placeholder');
    expect(applyFirstFix(text, fs[0]!)).toBe('会议定于2024年3月15日召开，x月xx日前完成，X月底开工。');
    expect(applyFirstFix(text, fs[1]!)).toBe('会议定于20XX年X月X日召开，3月15日前完成，X月底开工。');
    expect(fs[2]!.fixes).toEqual([]);
  });
});

describe('a clean draft', () => {
  const draft = [
    '在全市2024年经济工作会议上的讲话',
    '（2024年3月15日）',
    '',
    '同志们：',
    '',
    '今天召开全市经济工作会议，主要任务是总结2023年工作，部署2024年任务。今年是新中国成立75周年，也是实现“十四五”规划目标任务的关键一年。',
    '',
    '一、2023年工作回顾',
    '',
    '过去一年，全市地区生产总值完成2856.3亿元，增长5.6%；一般公共预算收入182.4亿元，增长7.1%。新建5G基站1200个，PM2.5平均浓度降至32微克/立方米，PM10浓度同比下降4.2%。新增A股上市企业3家，引进AI、集成电路等项目28个。市人民医院新购CT设备和X光机，完成U型渠改造36公里。',
    '',
    '3月18日（星期一），市政府召开常务会议，研究部署一季度重点工作。1—2月，全市规上工业增加值增长6.3%。2月29日前，各县区已全部上报项目清单。',
    '',
    '二、2024年重点任务',
    '',
    '（一）稳住经济大盘。全年地区生产总值增长5.5%左右，固定资产投资增长6%以上，二〇二四年为“项目攻坚年”。某些领域的风险仍需警惕，某地的经验值得推广。',
    '',
    '同志们，让我们以更加昂扬的斗志，奋力谱写高质量发展新篇章！',
  ].join('\n');
  it('gives no placeholder or date finding', () => {
    const mine = ['placeholder', 'date-missing', 'date-invalid', 'date-weekday', 'date-format', 'date-year'];
    expect(findings(draft).filter((f) => mine.includes(f.rule)).map((f) => [f.rule, draft.slice(f.start, f.end)])).toEqual([]);
  });
});
