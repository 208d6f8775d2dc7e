/**
 * Breaks inside a sentence that inject15's measure (real pages, one fault each) missed: the
 * first line read as the draft's title although it is running text (`……十九大以来的五年，党中央统筹中华民` /
 * `族伟大复兴……`) or stops inside a word the next line's prose finishes (`中国电信董事` / `长柯瑞文指出，……`),
 * a title read across two lines that a wrap cut inside a word (`在第29届奥林匹克运` / `动会开幕式上的致辞`) or
 * read from the wrapped rest alone (`秋季运动会闭` / `幕式上的致辞`),
 * and a line of running text that stops on 在, 于 or 是. Titles and headings set on two lines between
 * words (tests/corpus/inject15.json: real pages) stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { describeCorpusFile, flagged } from '../helpers';

describeCorpusFile('inject15.json');

const broken = (text: string) => flagged(text, 'broken-line');

describe('broken-line: a first line read as the title', () => {
  it.each([
    ['习近平在报告中指出，十九大以来的五年，党中央统筹中华民\n族伟大复兴战略全局和世界百年未有之大变局，就党和国家事业发展作出重大战略部署。', '民\n族'],
    ['中国电信董事\n长柯瑞文指出，今年是“十四五”规划的开局之年。', '事\n长'],
    ['201*年以来，富康路社区在区委、区政府的领导下，紧紧围绕创建全国文明城市这一中心工作，以和谐社区创建为载\n体，努力提高居民的思想道德素质。', '载\n体'],
  ])('read: %s', (text, cut) => {
    expect(broken(text)).toEqual([cut]);
  });
  it.each([
    '在全市经济工作会议上的讲话\n同志们，今天我们召开全市经济工作会议。',
    '凝心聚力，奋力谱写新篇章\n——在市委全会上的讲话\n同志们：\n今天的会议很重要。',
    '关于进一步加强安全生产工作的\n通知\n各单位：\n现将有关事项通知如下。',
    '政府工作报告\n各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。',
  ])('quiet: %s', (text) => {
    expect(broken(text)).toEqual([]);
  });
});

describe('broken-line: a title read across a break inside a word', () => {
  it('read as a suggestion', () => {
    expect(broken('在第29届奥林匹克运\n动会开幕式上的致辞\n\n同志们：\n今天，我们在这里隆重集会。')).toEqual(['运\n动']);
  });
  it('read where the title was taken from the wrapped rest alone', () => {
    expect(broken('秋季运动会闭\n幕式上的致辞\n尊敬的老师们，亲爱的同学们：\n今天我们在这里隆重集会。')).toEqual(['闭\n幕']);
  });
  it.each([
    '在全市经济工作会议\n上的讲话\n同志们：\n今天会议很重要。',
    '中共某某县委\n关于加强基层党建工作的意见\n各乡镇党委：\n现提出如下意见。',
    '关于印发全市安全生产\n工作要点的通知\n各县区：\n现印发给你们。',
  ])('quiet between words: %s', (text) => {
    expect(broken(text)).toEqual([]);
  });
});

describe('broken-line: running text that stops on 在, 于 or 是', () => {
  it.each([
    ['我们以这种方式纪念党的生日，大家都觉得，这样的安排是\n一个非常好的做法。', '是\n一'],
    ['全国政协十四届一次会议今天下午，在北京隆重开幕，会议在\n人民大会堂举行。', '在\n人'],
  ])('read: %s', (text, cut) => {
    expect(broken(text)).toEqual([cut]);
  });
  it.each([
    '这正是我们的优势所在，也是发展的潜力所在\n下一步，我们要继续努力，把优势转化为胜势。',
  ])('quiet: %s', (text) => {
    expect(broken(text)).toEqual([]);
  });
});

describe('broken-line: a title above a line that opens on a figure', () => {
  it('quiet: a headline ending on a word a figure may follow (突破), the report starting with the year', () => {
    const text = '德都县农林牧副渔都有新突破\n1985年，德都县粮豆总产量、向国家交售商品粮都突破了历史最高水平，被评为全省粮食生产先进县。\n';
    expect(flagged(text, 'broken-line')).toEqual([]);
  });
});
