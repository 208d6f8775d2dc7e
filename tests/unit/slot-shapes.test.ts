/**
 * Slot shapes met in templates and digit-stripped drafts (gathered pages, tests/corpus/rwi.json):
 * the kind a measure word gives when it opens a longer noun, field labels, a time slot inside a
 * run of marks, lone underscores, a deleted month and day, `**` lines that are not Markdown, and
 * spaces a PDF left inside words.
 */
import { describe, expect, it } from 'vitest';
import { SpeechDocument } from '../../server/src/engine/analysis/document';
import { findSlots } from '../../server/src/engine/analysis/slots';
import { loadSegmenterSync } from '../../server/src/engine/analysis/segment';

const segmenter = loadSegmenterSync();
const slotsOf = (text: string) => findSlots(new SpeechDocument(text), segmenter).map((s) => [s.text, s.kind]);

describe('a measure word that opens a longer noun does not count the slot', () => {
  it.each([
    ['千百年来，**人民世世代代与茶为伴。', [['**', 'place']]],
    ['也是XX人民盼望已久的喜事。', [['XX', 'place']]],
    ['迎来了*项目开工奠基仪式。', [['*', 'other']]],
    ['xx度假村（投资8000万）落户我镇。', [['xx', 'other']]],
    ['由XX日报社主办。', [['XX', 'other']]],
    ['副镇长：xx人大副主席：xx', [['xx', 'name'], ['xx', 'name']]],
  ])('%s', (text, expected) => {
    expect(slotsOf(text)).toEqual(expected);
  });

  it('keeps measures that jieba joins to their noun, units of two characters and verbs', () => {
    expect(slotsOf('全镇辖x个村、x个居委会。')).toEqual([['x', 'number'], ['x', 'number']]);
    expect(slotsOf('完成高素质农民培训xx人次。')).toEqual([['xx', 'number']]);
    expect(slotsOf('XX以裸分XX分居全省第X名。')).toEqual([['XX', 'other'], ['XX', 'number'], ['X', 'number']]);
    expect(slotsOf('共有XX人参加，新增XX家企业。')).toEqual([['XX', 'number'], ['XX', 'number']]);
  });
});

describe('为 of 作为 and 成为 does not ask for a figure', () => {
  it('reads the slot after it by the words that follow', () => {
    expect(slotsOf('作为**公司提高产能、增强差异化竞争优势的重要体现。')).toEqual([['**', 'unit']]);
    expect(slotsOf('建设区域中心城市，成为x面向东南亚发展的前沿。')).toEqual([['x', 'other']]);
    expect(slotsOf('综合得分为XX。')).toEqual([['XX', 'number']]);
  });
});

describe('field labels and marks', () => {
  it('names the value of a contact label', () => {
    expect(slotsOf('联系人:×××,电话:××××××××,传真:××××××××。')).toEqual([
      ['×××', 'name'],
      ['××××××××', 'number'],
      ['××××××××', 'number'],
    ]);
  });

  it('reads no time slot inside a longer run of marks', () => {
    expect(slotsOf('××公司各分公司、×××:×××××××××。')).toEqual([['××', 'unit'], ['×××', 'other'], ['×××××××××', 'sentence']]);
    expect(slotsOf('会议时间：上午XX:XX。')).toEqual([['XX:XX', 'date']]);
  });

  it('finds a lone underscore after a clause mark or before a percent sign', () => {
    expect(slotsOf('全县共有_个村，_名干部参加。').map((s) => s[0])).toEqual(['_', '_']);
    expect(slotsOf('完成投资_亿元，增长_%。').map((s) => s[0])).toEqual(['_', '_']);
    expect(slotsOf('参加人员：_、_、_。').map((s) => s[0])).toEqual(['_', '_', '_']);
    expect(slotsOf('在以习近平同志为核心的党中央坚强领导、_新时代中国特色社会主义思想指引下').map((s) => s[0])).toEqual(['_']);
    expect(slotsOf('文件名为file_name，见snake_case。')).toEqual([]);
  });

  it('finds a date whose month and day were deleted', () => {
    expect(slotsOf('去年月日，县委、县政府还批转了意见。')).toEqual([['月日', 'date']]);
    expect(slotsOf('到月日我们已全部完成换届选举。')).toEqual([['月日', 'date']]);
    expect(slotsOf('今年月日')).toEqual([['月日', 'date']]);
    expect(slotsOf('请填写出生年月日。日月同辉，岁月日新。')).toEqual([]);
  });
});

describe('a surname before 某某', () => {
  it('is a name withheld on purpose in a case report, not a slot', () => {
    expect(slotsOf('“经查,李某某利用职务上的便利违规享受低保、非法侵吞公款。希望李某某正确对待组织的处理决定!”')).toEqual([]);
    expect(slotsOf('调查组随即找到村支部书记聂某某。面对确凿的证据,聂某某交代了虚报支出的事实。')).toEqual([]);
  });

  it('keeps 某某 after a preposition or a verb', () => {
    expect(slotsOf('向某某同志表示感谢，请某某同志讲话。')).toEqual([['某某', 'name'], ['某某', 'name']]);
    expect(slotsOf('在某某省某某市召开。').map((s) => s[1])).toEqual(['place', 'place']);
  });
});

describe('star ratings', () => {
  // Lines of Chinese documentation on GitHub (found with the search tool's find_string: `推荐指数：★★★★`, `★★★★★级`).
  it('reads stars that rate as words, not slots', () => {
    expect(slotsOf('方案二：Arduino + ADS1299 扩展板 ($150-$200) —— 入门级，推荐指数：★★★★☆')).toEqual([]);
    expect(slotsOf('推荐指数：★★★★（仅仅多消耗了一点内存）')).toEqual([]);
    expect(slotsOf('**推荐指数：★★★★★**')).toEqual([]);
    expect(slotsOf('98个活跃事件里51个(52%)完全没有mapping行，包括十几个★★★★★级别的(MLCC-2026-002/003/004、PKG-2026-001等)。')).toEqual([]);
  });

  it('keeps stars that stand for a name or a place', () => {
    expect(slotsOf('受★★书记、★★县长委托，我谨代表★★县四大班子对文婷副局长一行的到来表示热烈的欢迎！').map((s) => s[1])).toEqual(['name', 'name', 'place']);
    expect(slotsOf('联系人：★★★').map((s) => s[1])).toEqual(['name']);
  });
});

describe('asterisks', () => {
  it('a line with an odd number of ** uses them as slots, not as Markdown bold', () => {
    const line = '希望**茶城做出贡献。衷心希望一如既往地关心支持**茶城的建设，关心支持**茶产业的发展。';
    expect(slotsOf(line).map((s) => s[0])).toEqual(['**', '**', '**']);
    expect(slotsOf('我们要**坚持稳中求进，推动高质量发展**。')).toEqual([]);
  });
});

describe('周年 after a gap', () => {
  it('is the measure of a deleted figure, though jieba tags it as a time word', () => {
    expect(slotsOf('我们将以建院 周年为新的起点。')).toEqual([[' ', 'blank']]);
    expect(slotsOf('庆祝新中国成立 75 周年。')).toEqual([]);
  });
});

describe('PDF line breaks kept as spaces', () => {
  it('a space after 对 or 为 in a paragraph whose other spaces split words is a break, not a deleted name', () => {
    const wrapped = '在此，我代表区总工会对 会议的成功召开表示热烈的祝贺，向出席会议的各位代表致以 亲切的问候！X成立8个月就迅速完成工作，创 新高效完成了任务，发挥着党联系职 工群众的桥梁纽带作用。';
    expect(slotsOf(wrapped).filter((s) => s[1] === 'blank')).toEqual([]);
    expect(slotsOf('我们要为 经济发展注入活力，按照 总体布署推进。').filter((s) => s[1] === 'blank').length).toBe(2);
  });
});

// Real pages (/work/tmp/rwx): x01 alatiku.com/fanwen/yanjiang/6yrwr5.html,
// x11 dawenge.com/document/detail.html?id=725065, x22 8686.com.cn/doc/31867.html, x26 wydbw.com/info/5/348493.html.
describe('a verb that often takes a figure does not make a number of a slot that runs on into a noun', () => {
  it.each([
    ['坚持实现XX高质量发展。', [['XX', 'other']]],
    ['连续十多年来,我们看到X家乡的变化。', [['X', 'other']]],
    ['关系到X和政府公信力。', [['X', 'other']]],
    ['为X的十八大和省第十次X代会胜利召开创造良好环境。', [['X', 'other'], ['X', 'other']]],
    ['为 XX 及其周边地区的人民群众健康做出了卓越贡献。', [['XX', 'other']]],
  ])('%s', (text, expected) => {
    expect(slotsOf(text)).toEqual(expected);
  });

  it('still counts a figure after the same verbs, before a unit, a stop or an ordinal', () => {
    expect(slotsOf('实现XX亿元，增长XX%。')).toEqual([['XX', 'number'], ['XX', 'number']]);
    expect(slotsOf('全年完成XX，达到XX。')).toEqual([['XX', 'number'], ['XX', 'number']]);
    expect(slotsOf('力争全市第 X;确保前X名。')).toEqual([['X', 'number'], ['X', 'number']]);
    expect(slotsOf('上半年位列第XX位,离目标足足差了XX位。')).toEqual([['XX', 'number'], ['XX', 'number']]);
    // rwf/38, rwi/26: a unit jieba reads as a measure word, not listed among the units after a slot.
    expect(slotsOf('我县累计降雨量已达xxx毫米,小麦平均亩产达xxxx斤以上。')).toEqual([['xxx', 'number'], ['xxxx', 'number']]);
  });
});

// x25 guanshanwenku.com/lingdaojianghua/2023/01/44637.html (and rwj/30, the same site's header); rwg/10 for the star.
describe('a lone diamond between words is an ornament, a lone star a slot', () => {
  it('leaves the site header alone', () => {
    expect(slotsOf('文似观山不喜平 — — 观山文库◆记住我,来上我~')).toEqual([]);
  });

  it('keeps a lone diamond where the words call for a slot, and a lone star', () => {
    expect(slotsOf('在◆县召开现场会。')).toEqual([['◆', 'place']]);
    expect(slotsOf('开启建设壮美☆、共圆复兴梦想新征程')).toEqual([['☆', 'other']]);
  });
});

describe('a year written in all four places before 以来', () => {
  it('is a year slot, whatever mark stands in it', () => {
    expect(slotsOf('201*年以来，社区狠抓创建工作；20XX年以来，全县面貌一新。')).toEqual([['201*年', 'year'], ['20XX年', 'year']]);
  });
  it('leaves counts of years alone', () => {
    expect(slotsOf('20多年来，我们坚持不懈；2019年以来成效明显。')).toEqual([]);
  });
});

describe('a date left in underscores', () => {
  it('is one date slot, however long the month and day lines are', () => {
    expect(slotsOf('落款日期：____年____月____日')).toEqual([['____年____月____日', 'date']]);
    expect(slotsOf('会议定于＿＿＿＿年＿＿＿＿月＿＿＿＿日召开。')).toEqual([['＿＿＿＿年＿＿＿＿月＿＿＿＿日', 'date']]);
  });
});

describe('one box or circle where a figure goes', () => {
  it('is a slot before what counts it', () => {
    expect(slotsOf('全县共有□家规上企业，同比增长○%。')).toEqual([['□', 'number'], ['○', 'number']]);
  });
  it('leaves year digits, check boxes and bullets alone', () => {
    expect(slotsOf('二○一九年，全县新增一○五家企业。\n申请类型：□个人 □单位\n○ 工作目标')).toEqual([]);
  });
});

describe('an acting title names a person', () => {
  it('reads the slot before 代市长 or 代县长 as a name', () => {
    expect(slotsOf('第二项由xxx代市长作重要讲话，请XX代县长主持。')).toEqual([['xxx', 'name'], ['XX', 'name']]);
  });
});
