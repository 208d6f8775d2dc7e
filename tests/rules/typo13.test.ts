/**
 * Wording slips on real pages gathered by typo13 (/work/tmp/typo13: 范文 sites, OCR'd and
 * carelessly typed drafts). 的 before a degree adverb and an adjective that close the clause
 * (`讲的很具体、`) failed before typo-frames.ts read that complement of degree.
 */
import { describe, expect, it } from 'vitest';
import { expectSuggestion, flagged } from '../helpers';

describe('typo: 的 before a complement of degree (得)', () => {
  it.each([
    // typo13/34 (wenke99.com p-5329441), rwg/005.
    ['刚才，X同志对2020年的项目建设工作进行了全面点评，讲的很具体、很到位，我完全同意。'],
    ['安排部署了今年的工作任务，讲的很全面，我都赞同。'],
    // typo13/26 (okb.net.cn): 走得太快了.
    ['但是荒友情意深再加走的太快了，叫人有点接受不了。'],
    ['我们一定要把这项工作做的更好。'],
  ])('%s', (text) => {
    expectSuggestion(text, 'typo', '的', '得');
  });

  it.each([
    '刚才，X同志讲得很具体、很到位，我完全同意。',
    // A thing done, not a manner: a quantity or a limit, a modal or 所, a result verb.
    '我们能做的非常有限，还要靠大家。',
    '今天要讲的很简单，就是抓落实。',
    '他所说的很对。',
    '我们看到的很美。',
    '来参加的很多，会场坐满了。',
    // The adjective runs on into a noun: 的 joins a phrase.
    '我们取得的很大成绩来之不易。',
    '反映的很多问题已经解决。',
    // 有的: some of them.
    '大家发言时，有的很精彩，有的很朴实。',
  ])('quiet: %s', (text) => {
    expect(flagged(text, 'typo')).toEqual([]);
  });
});

describe('typo: a set phrase with one slipped character jieba cannot place', () => {
  it.each([
    // typo13/11 (39.103.169.235 p/269b0c12041f), typo13/31 (xhxxfx.wjedu.net 梁保华).
    ['教师应关爱学生，全面贯彻党的教育方真。', '教育方真', '教育方针'],
    ['对建设教育强省提出了明确的要求，我们要认其贯彻落实。', '认其贯彻', '认真贯彻'],
  ])('%s', (text, wrong, right) => {
    expectSuggestion(text, 'typo', wrong, right);
  });

  it.each([
    // 关 of an abbreviation jieba knows (关工委/nt); 的, a particle; the phrases written right.
    '向中国关工委、教育部关工委长期以来的关心表示感谢。',
    '培养技能过硬、符合社会需要的高素质人才。',
    '全面贯彻党的教育方针，认真贯彻落实。',
    '全县上下奋力争先，勇争一流。',
    // 作 and 做 are both standard here (resid13/08, a 悼词 guide: 多作贡献 read as 多做贡献's slip).
    '希望大家再接再厉，为全县经济社会发展多作贡献。',
    '要以实际行动为家乡建设多作贡献、多出力。',
  ])('quiet: %s', (text) => {
    expect(flagged(text, 'typo')).toEqual([]);
  });
});

describe('typo: curated misspellings seen on typo13 pages', () => {
  it.each([
    // typo13/08 (fanwenq.com), typo13/26 (okb.net.cn): words that can read right, offered only.
    ['采取的措施是及时的，取得的成效也是显着的。', '显着', '显著'],
    ['谁然人生到老谁无死，但是走得太快了。', '谁然', '虽然'],
  ])('%s', (text, wrong, right) => {
    expectSuggestion(text, 'typo', wrong, right);
  });

  it.each([
    // 显 of 彰显/凸显 before the aspect mark 着; 谁 before 然后.
    '伟大建党精神彰显着中国共产党人的品格。',
    '各项指标凸显着发展的韧性。',
    '是谁然后又来了？',
  ])('quiet: %s', (text) => {
    expect(flagged(text, 'typo')).toEqual([]);
  });
});

describe('typo: 吕 read for 昌 (an OCR look-alike, typo13/39 `民族吕盛`)', () => {
  it('繁荣吕盛 is 繁荣昌盛', () => {
    expectSuggestion('祝愿祖国繁荣吕盛，人民幸福安康。', 'typo', '繁荣吕盛', '繁荣昌盛');
  });
  it.each(['吕书记出席会议并讲话。', '吕梁市委书记吕盛同志出席会议。', '祝愿祖国繁荣昌盛。'])('quiet: %s', (text) => {
    expect(flagged(text, 'typo')).toEqual([]);
  });
});
