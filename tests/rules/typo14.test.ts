/**
 * Slips of official writing on typo14's pages (speeches, reports, 范文 copies, /work/tmp/typo14)
 * and the shapes the last round missed: 付 for 副 before a title after a surname (赵付书记),
 * 数以百万记, 必需 before a verb, a long official word with a character dropped (一般公预算), and
 * a series of quoted coinages read as slips (“土事”、“土气”). The excerpts are in
 * tests/corpus/typo14.json. Before: each slip was left alone, and 土事 was read as 工事.
 */
import { describe, expect, it } from 'vitest';
import { describeCorpusFile, findings, flagged } from '../helpers';

describeCorpusFile('typo14.json');

const typos = (text: string) => findings(text, 'typo').map((f) => [text.slice(f.start, f.end), f.message]);

describe('typo: 付 for 副 before a title', () => {
  it.each([
    ['会议由赵付书记主持。', '付书记', '副书记'],
    ['常务付市长王明出席会议。', '付市长', '副市长'],
    ['下面请李付县长讲话。', '付县长', '副县长'],
  ])('read: %s', (text, wrong, right) => {
    const found = typos(text);
    expect(found.map((f) => f[0])).toEqual([wrong]);
    expect(found[0]![1]).toContain(right);
  });

  it.each([
    '付书记在会上强调，要抓好落实。',
    '不能应付市长交办的任务。',
    '及时支付局长批准的款项。',
    '会议由赵副书记主持。',
  ])('quiet: %s', (text) => {
    expect(flagged(text, 'typo')).toEqual([]);
  });
});

describe('typo: 数以…记 for 数以…计', () => {
  it.each([
    ['唤醒了数以万记的中华儿女。', '数以万记'],
    ['参与的群众数以千万记。', '数以千万记'],
  ])('read: %s', (text, wrong) => {
    expect(flagged(text, 'typo')).toEqual([wrong]);
  });
  it('quiet when right', () => {
    expect(flagged('受益群众数以百万计。', 'typo')).toEqual([]);
  });
});

describe('typo: 必需 before a verb', () => {
  it.each([
    ['我们必需坚持党的全面领导。', '必需'],
    ['各级各部门必需把安全生产摆在首位。', '必需'],
  ])('read: %s', (text, wrong) => {
    expect(flagged(text, 'typo')).toEqual([wrong]);
  });
  it.each([
    '要保障生活必需品供应。',
    '这是经济发展所必需的条件。',
    '储备一批防汛必需物资。',
    '资金投入是必需的，也是必须的。',
  ])('quiet: %s', (text) => {
    expect(flagged(text, 'typo')).toEqual([]);
  });
});

describe('typo: a long official word with a character dropped', () => {
  it.each([
    ['全县一般公预算收入完成12亿元。', '一般公预算', '一般公共预算'],
    ['要推动全面从治党向纵深发展。', '全面从治党', '全面从严治党'],
  ])('read: %s', (text, wrong, right) => {
    const found = typos(text);
    expect(found.map((f) => f[0])).toEqual([wrong]);
    expect(found[0]![1]).toContain(right);
  });
  it.each([
    '现在，我代表县人民政府向大会报告工作。',
    '最高人民法院和省高级人民法院。',
    '进一步强化责任意识。',
    '全县一般公共预算收入完成12亿元。',
    '全市组织部长会议召开。',
  ])('quiet: %s', (text) => {
    expect(flagged(text, 'typo')).toEqual([]);
  });
});

describe('typo: a series of quoted coinages', () => {
  it('a quoted slip with no series beside it is still read', () => {
    expect(flagged('坚持“三严三实”，做到“外防输人”。', 'typo')).toEqual(['输人']);
  });
});

describe('typo: 地 before a noun of regard, 取到 a result', () => {
  it.each([
    ['表示衷心地感谢和诚挚地敬意！', '地'],
    ['本次活动取到了明显成效。', '取到'],
  ])('read: %s', (text, wrong) => {
    expect(flagged(text, 'typo')).toEqual([wrong]);
  });
  it.each([
    '我们衷心地感谢大家。',
    '向当地敬意满满的群众致谢。',
    '我们争取到了良好的政策效果。',
    '本次组织生活会取得了良好的效果。',
  ])('quiet: %s', (text) => {
    expect(flagged(text, 'typo')).toEqual([]);
  });
});
