/**
 * Slips and look-alikes on real pages gathered by typo12 (student and school speeches, 范文
 * copies, PDF-extracted reports, a translated report): the excerpts are in
 * tests/corpus/typo12.json. Before: 顾宪成 (东林党|人顾|宪成) was read as 建成; 预评 (a prefix
 * and a verb) as 预计; the space after `”,` between two English quotations as a stray in
 * Chinese text; 这这个 and 秸秆秆 were left alone.
 */
import { describe, expect, it } from 'vitest';
import { describeCorpusFile, expectSuggestion, findings, flagged } from '../helpers';

describeCorpusFile('typo12.json');

describe('typo: a name after a person noun jieba glued to the surname', () => {
  it.each([
    '我想以明代东林党人顾宪成的两句诗来表达我对高中生活的感受。',
    '正如东林党人顾宪成所写：风声雨声读书声，声声入耳。',
  ])('quiet: %s', (text) => {
    expect(flagged(text, 'typo')).toEqual([]);
  });

  it.each([
    ['农民人均纯收人高于全省平均水平。', '收人'],
    ['广大党员干部要深人学习。', '深人'],
  ])('still read: %s', (text, wrong) => {
    expect(flagged(text, 'typo')).toContain(wrong);
  });
});

describe('typo: a prefix and a verb is a term of its own', () => {
  it.each([
    '本次演讲比赛分为演讲稿预评、演讲比赛两个阶段。',
    '作品经初评、复评后确定获奖名单。',
  ])('quiet: %s', (text) => {
    expect(flagged(text, 'typo')).toEqual([]);
  });
});

describe('cjk-space: a mark between English quotations', () => {
  it.each([
    'Focusing on the implementation of the “Year of Work”, “Doing Well” and “Ten Major Events”, the party',
    '围绕“工作落实年”抓好“十件大事”。\nFocusing on the “Year of Work”, “Doing Well” and more.',
  ])('quiet: %s', (text) => {
    expect(flagged(text, 'cjk-space')).toEqual([]);
  });

  it('still reads a Chinese page: “引进来”, “走出去”', () => {
    expect(flagged('我们要坚持“引进来”, “走出去”相结合。', 'cjk-space')).toHaveLength(1);
  });
});

describe('char-repeat: a pronoun alone before its own word, a noun of two typed twice at its end', () => {
  it('这这个 → 这个 (safe)', () => {
    const f = findings('B:这这个传统的节日里,我们相聚于此。', 'char-repeat');
    expect(f).toHaveLength(1);
    expect(f[0]!.fixes[0]!.safe).not.toBe(false);
  });

  it.each(['我我们要坚持下去。', '他他们都来了。'])('%s', (text) => {
    expect(findings(text, 'char-repeat')).toHaveLength(1);
  });

  it('秸秆秆禁烧 → 秸秆禁烧 (a suggestion)', () => {
    const f = findings('会议宣读了《郸城县农作物秸秆秆禁烧责任追究暂行办法》。', 'char-repeat');
    expect(f).toHaveLength(1);
    expect(f[0]!.fixes[0]!.safe).toBe(false);
  });

  it.each([
    '我们的的确确做到了。',
    '自我我们都要反省。',
    '西部x萬畝優質花生生產區。',
    '每人人均收入达到一万元。',
    '这是花生生产基地。',
    '学生生活丰富多彩。',
  ])('quiet: %s', (text) => {
    expect(flagged(text, 'char-repeat')).toEqual([]);
  });
});

describe('typo: common misspellings of set phrases and words (curated list)', () => {
  it.each([
    ['它们可能是一次不尽人意的考试。', '不尽人意'],
    ['他们的到来，使我们的小学校蓬薜生辉。', '蓬薜生辉'],
    ['萃萃学子不在为一纸分数而奔波。', '萃萃学子'],
    ['明天，我们会倘佯于未名湖畔。', '倘佯'],
    ['马丁·路德金发表了这篇着名的演讲。', '着名'],
    ['个别干部工作态度消级。', '消级'],
    ['遇到问题互相推御。', '推御'],
    ['他颌首微笑。', '颌首'],
    ['洁白无暇的雪花飘落下来。', '洁白无暇'],
    ['寄托着人民的希翼。', '希翼'],
  ])('%s', (text, wrong) => {
    expect(flagged(text, 'typo')).toContain(wrong);
  });

  it.each([
    '结果还是那么不尽如人意。',
    '他穿着名牌衣服。',
    '随着名气越来越大。',
    '取消级别限制。',
    '下颌首先受伤。',
    '工作太忙，无暇顾及。',
    '莘莘学子，蓬荜生辉。',
  ])('quiet: %s', (text) => {
    expect(flagged(text, 'typo')).toEqual([]);
  });
});

describe('typo: 意思 after the awareness a speech asks for is 意识', () => {
  it.each([
    ['要进一步增强服务意思。', '意思', '意识'],
    ['牢固树立大局意思。', '意思', '意识'],
    ['个别同志责任意思不强。', '意思', '意识'],
  ])('%s', (text, wrong, right) => {
    expectSuggestion(text, 'typo', wrong, right);
  });

  it.each([
    '核心意思，就是一二三四五。',
    '我不明白服务的意思。',
    '这就是责任的意思。',
    '当事人的意思表示真实。',
    '要进一步增强服务意识。',
  ])('quiet: %s', (text) => {
    expect(flagged(text, 'typo')).toEqual([]);
  });
});

describe('typo: 只 counting a team is 支', () => {
  it.each([
    ['属于我们这只特别能战斗的集体秘书二科。', '只', '支'],
    ['建设一只高素质的干部队伍。', '只', '支'],
    ['打造一只过硬的队伍。', '只', '支'],
  ])('%s', (text, wrong, right) => {
    expectSuggestion(text, 'typo', wrong, right);
  });

  it.each(['这只是一支队伍。', '这只能依靠人民的力量。', '一只小鸟飞进了队伍。', '两只老虎跟着部队。', '建设一支过硬的队伍。'])('quiet: %s', (text) => {
    expect(flagged(text, 'typo')).toEqual([]);
  });
});

describe('typo: 确实可行 qualifying a measure is 切实可行', () => {
  it.each([
    ['要提出确实可行的措施。', '确实', '切实'],
    ['制定确实可行的方案，确保落实到位。', '确实', '切实'],
  ])('%s', (text, wrong, right) => {
    expectSuggestion(text, 'typo', wrong, right);
  });

  it.each(['这个办法确实可行。', '要提出切实可行的措施。', '经过论证，方案确实可行的话就实施。'])('quiet: %s', (text) => {
    expect(flagged(text, 'typo')).toEqual([]);
  });
});
