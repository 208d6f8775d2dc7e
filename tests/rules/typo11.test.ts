/**
 * Wording slips on real pages gathered by typo11 (school and village pages, 范文 copies, blogs,
 * and government pages read for false alarms): the excerpts are in tests/corpus/typo11.json.
 * 忠心的感谢, 带上大红花 and 报着…的态度 failed before typo-frames.ts read one-sound words the
 * next words show wrong; 悦己纳人 was read as 纳入 before typo-guards.ts read 人 set against 己;
 * 十分严竣 was left as a name before typo-marks.ts read a degree adverb before it.
 */
import { describe, expect, it } from 'vitest';
import { describeCorpusFile, expectSuggestion, flagged } from '../helpers';

describeCorpusFile('typo11.json');

describe('typo: one-sound words the next words show wrong (衷心, 戴, 抱着)', () => {
  it.each([
    ['对各位家长能在百忙之中参加家长会表示忠心的感谢！', '忠心', '衷心'],
    ['向全体教师致以忠心的祝贺和崇高的敬意。', '忠心', '衷心'],
    ['我们忠心祝愿大家新年快乐。', '忠心', '衷心'],
    ['由学生志愿者为他们带上大红花。', '带', '戴'],
    ['我是多么羡慕带红领巾的大哥哥大姐姐。', '带', '戴'],
    ['全体党员胸前带着党徽参加主题党日活动。', '带', '戴'],
    ['对以后的学习生活势必也会报着乐观的、向上的态度。', '报着', '抱着'],
    ['不能报着侥幸心理应付检查。', '报着', '抱着'],
  ])('%s', (text, wrong, right) => {
    expectSuggestion(text, 'typo', wrong, right);
  });

  it.each([
    // As written right; the written word inside a word of its own (赤胆忠心, 忠心耿耿, 佩带,
    // 携带, 地带, 汇报); a loyal heart that is no greeting; 带 before what is carried, not worn.
    '对各位家长表示衷心的感谢！',
    '一颗赤胆忠心，祝福伟大祖国。',
    '他忠心耿耿，问候战友从不间断。',
    '按规定佩带党徽、携带证件。',
    '沿海地带红领巾志愿服务队成立。',
    '他向组织汇报着自己的思想和态度。',
    '学生戴上红领巾走进校园。',
    '老师带着孩子们参观红领巾广场。',
    '她对党忠心，对人民负责。',
    '明天别忘了带红领巾。',
    '今天没带红领巾的同学请举手。',
    '请同学们带好红领巾和校徽。',
  ])('quiet: %s', (text) => {
    expect(flagged(text, 'typo')).toEqual([]);
  });
});

describe('typo: 人 set against 己 is no 入 misread', () => {
  it.each(['学会与人相处，悦己纳人，学会融入集体。', '做到推己及人、悦己纳人。', '培养纳人悦己的胸怀。'])('quiet: %s', (text) => {
    expect(flagged(text, 'typo')).toEqual([]);
  });

  it.each([
    // 自己 is a word of its own, no half of a contrast.
    ['要增加自己收人。', '收人', '收入'],
    ['要深人自己的内心。', '深人', '深入'],
  ])('%s', (text, wrong, right) => {
    expectSuggestion(text, 'typo', wrong, right);
  });
});

describe('typo: a surname-led pair after a degree adverb is no name (严竣 → 严峻)', () => {
  it.each([
    // miekuo.com (typo11/52) writes 严竣局面; after a degree adverb no name can stand.
    ['当前安全形势十分严竣。', '严竣', '严峻'],
    ['防汛形势日益严竣，不容乐观。', '严竣', '严峻'],
    ['今年的形势更加严竣。', '严竣', '严峻'],
  ])('%s', (text, wrong, right) => {
    expectSuggestion(text, 'typo', wrong, right);
  });

  it.each(['会议由严俊主持。', '感谢严俊对我们的帮助。', '工作十分严谨。'])('quiet: %s', (text) => {
    expect(flagged(text, 'typo')).toEqual([]);
  });
});
