/**
 * Typo audit 8: real slips on gathered personal reports, notes and blogs (one-sound words that
 * the next word shows wrong: 心理/心里, 一直/一致, 只身/自身, 颗/棵) and what is right as
 * written (故步自封, a word of jieba's dictionary under another tag). The excerpts of the real
 * pages are in tests/corpus/typo8.json; each expected finding failed before its change.
 */
import { describe, expect, it } from 'vitest';
import { describeCorpusFile, expectSuggestion, flagged } from '../helpers';

describeCorpusFile('typo8.json');

describe('typo: one-sound words the next word shows wrong', () => {
  it.each([
    ['即使自己心理认为应该努力学习的，也会保持沉默。', '心理', '心里'],
    ['对这件事，我心理有数。', '心理', '心里'],
    ['他对我说出了心理话。', '心理', '心里'],
    ['深得学生家长、学校领导和社会的一直认可。', '一直', '一致'],
    ['这一做法得到了群众的一直好评。', '一直', '一致'],
    ['方案赢得了一直赞誉。', '一直', '一致'],
    ['经济发展要有新路子，发挥只身优势，做好生态文章。', '只身', '自身'],
    ['院里有一颗大树。', '一颗', '一棵'],
    ['就如同长在我们心中的一颗不断生枝长叶的树。', '一颗', '一棵'],
  ])('%s', (text, wrong, right) => {
    // A suggestion, covering only the slip: fix-all leaves it to the writer.
    expectSuggestion(text, 'typo', wrong, right);
  });

  it.each([
    // 心理 after a noun is a compound's (社会心理); 心理 before a noun is psychology.
    '社会心理认为，从众是常见现象。',
    '要关注学生的心理健康，做好心理疏导。',
    // 一直 as an adverb of the writer's own doing: no 的, nothing received.
    '我一直认可他的观点。',
    '大家一直好评不断。',
    '我们追求的一直是卓越。',
    // 只身 says how one goes.
    '他只身前往灾区，只身一人在外打拼。',
    // 颗 counts the seed, the heart, the star.
    '一颗种子长成参天大树。',
    '一颗红心向着党，一颗颗星星挂在树梢。',
  ])('quiet: %s', (text) => {
    expect(flagged(text, 'typo')).toEqual([]);
  });
});
