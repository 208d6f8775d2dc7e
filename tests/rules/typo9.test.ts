/**
 * Typo audit 9: slips on gathered personal reports, speeches and notes that a grammatical frame
 * shows wrong (即…又 for 既…又, 再此, 3各, 在加上, 咋一听), and guesses that took right text for a
 * slip (a name written again and again, a verb before a potential complement). The excerpts of
 * the real pages are in tests/corpus/typo9.json; each expectation failed before its change.
 */
import { describe, expect, it } from 'vitest';
import { describeCorpusFile, expectSuggestion, flagged } from '../helpers';

describeCorpusFile('typo9.json');

describe('typo: slips a frame shows wrong', () => {
  it.each([
    ['十分感谢你们今天为我举行这样一个即隆重又难忘的退休欢送会。', '即', '既'],
    ['我们再此表示衷心的感谢！', '再此', '在此'],
    ['再此，我代表学校向大家致以问候。', '再此', '在此'],
    ['当前主要存在3各方面的问题。', '3各', '3个'],
    ['全年分为4各阶段推进。', '4各', '4个'],
    ['沉重的看病用药压力，在加上无法获得稳定收入的担忧，让老朱的头发一天天斑白。', '在加上', '再加上'],
    ['“工作队”这个字眼，咋一听，气氛紧张。', '咋一', '乍一'],
    ['咋一看，这件事并不复杂。', '咋一', '乍一'],
  ])('%s', (text, wrong, right) => {
    // A suggestion, covering only the slip: fix-all leaves it to the writer.
    expectSuggestion(text, 'typo', wrong, right);
  });

  it.each([
    // 即 in a word, or naming what a colon announces.
    '即使又下雨，我们也要按时出发。',
    '他立即又投入到工作之中。',
    '任务有两项：即一项又一项地落实。',
    '既要抓发展，又要抓稳定。',
    // 再 closing a word before 此.
    '这种局面不再此消彼长。',
    '在此，我代表学校向大家致以问候。',
    // A list's number at a line's or a clause's start; a figure and 个.
    '3各单位要认真落实。',
    '运动会闭幕词1各位领导、老师，全体同学们：',
    '二、各部门要高度重视，3各乡镇要抓好落实。',
    '当前主要存在3个方面的问题。',
    // 在 opening a clause of time or place.
    '同时，在加上标点之后再读一遍。',
    '这样，在加上新设备的情况下，产量翻了一番。',
    '乍一看，这件事并不复杂。',
  ])('quiet: %s', (text) => {
    expect(flagged(text, 'typo')).toEqual([]);
  });
});

describe('typo: right text a guess took for a slip', () => {
  it('a name the draft writes three times and more is no slip', () => {
    const text = '一天汐然和暮裳买了一个水晶球。从此以后，汐然和暮裳就没有再和静芸玩了。汐然站起来说，友谊就像水晶球一样。';
    expect(flagged(text, 'typo')).toEqual([]);
  });

  it('a verb before a potential complement is written as meant', () => {
    expect(flagged('数不清的晨曦暮霭，他们奔忙在路上。', 'typo')).toEqual([]);
  });
});

describe('typo: 体 and 休, an OCR look-alike pair', () => {
  it.each([
    ['他已经退体三年了。', '退体', '退休'],
    ['周末要好好体息。', '体息', '休息'],
    ['进一步完善具休措施。', '具休', '具体'],
    ['建立健全工作休系。', '休系', '体系'],
  ])('%s', (text, wrong, right) => {
    // A suggestion, covering only the slip: fix-all leaves it to the writer.
    expectSuggestion(text, 'typo', wrong, right);
  });

  it('quiet: the words written right', () => {
    expect(flagged('退休干部要好好休息，个体户和集体经济都要发展，具体措施见附件。', 'typo')).toEqual([]);
  });
});

describe('cjk-space: a byline before the salutation', () => {
  it('a name ending the byline is not cut from the title that opens the salutation', () => {
    const text = '市人大农业农村工委主任 高峰\n主任、各位副主任、各位委员:\n根据市人大常委会工作安排，农业农村工委进行了专题调研。';
    expect(flagged(text, 'cjk-space')).toEqual([]);
  });
});

describe('typo: 博 and 搏, a hand-copy look-alike pair', () => {
  it('拼博 is suggested as 拼搏', () => {
    expectSuggestion('坚信只有拼博才能前进。', 'typo', '拼博', '拼搏');
  });

  it('quiet: the words written right', () => {
    expect(flagged('博士生导师有广博的知识，团结拼搏的斗志。', 'typo')).toEqual([]);
  });
});
