/**
 * Slips of scanned and copied speeches on typo15's pages (/work/tmp/typo15): idioms jieba's
 * dictionary tags as personal names (顾名思义, 金碧辉煌, 车水马龙 are `nr` there) were never read
 * as targets, so their slips went unreported; a scan's 麦 for 表 (代麦); classic misspellings
 * the guesses cannot reach (凋蔽, 巍蛾: the right words are rare in jieba's dictionary). The
 * excerpts are in tests/corpus/typo15.json. Before: each was left alone.
 */
import { describe, expect, it } from 'vitest';
import { describeCorpusFile, findings, flagged } from '../helpers';

describeCorpusFile('typo15.json');

const typos = (text: string) => findings(text, 'typo').map((f) => [text.slice(f.start, f.end), f.message]);

describe('typo: a slip of an idiom jieba tags as a name', () => {
  it.each([
    ['顾名思议，就是要把工作抓实。', '顾名思议', '顾名思义'],
    ['整个会场金壁辉煌。', '金壁辉煌', '金碧辉煌'],
    ['每到节日，街头车水马笼，一派繁荣景象。', '车水马笼', '车水马龙'],
    ['这样的人才凤毛鳞角。', '凤毛鳞角', '凤毛麟角'],
    ['全区上下东张西忘的现象要杜绝。', '东张西忘', '东张西望'],
  ])('read: %s', (text, wrong, right) => {
    const found = typos(text);
    expect(found.map((f) => f[0])).toEqual([wrong]);
    expect(found[0]![1]).toContain(right);
  });

  it.each([
    '顾名思义，就是要把工作抓实。',
    '整个会场金碧辉煌。',
    '每到节日，街头车水马龙，一派繁荣景象。',
    '要紧抓机遇，乘势而上。',
    '这种变化真是不可思议。',
    '伊丽莎白女王访问了该市。',
  ])('quiet: %s', (text) => {
    expect(flagged(text, 'typo')).toEqual([]);
  });
});

describe('typo: a scan\'s 麦 for 表', () => {
  it('read: 代麦', () => {
    const found = typos('我代麦市委、市政府向大家表示感谢。');
    expect(found.map((f) => f[0])).toEqual(['代麦']);
    expect(found[0]![1]).toContain('代表');
  });
  it.each(['今年小麦喜获丰收，麦收进度过半。', '大麦、燕麦种植面积稳定。', '我代表市委、市政府向大家表示感谢。'])('quiet: %s', (text) => {
    expect(flagged(text, 'typo')).toEqual([]);
  });
});

describe('typo: classic misspellings the guesses cannot reach', () => {
  it.each([
    ['发挥龙头企业的幅射带动作用。', '幅射', '辐射'],
    ['这是毋容置疑的事实。', '毋容置疑', '毋庸置疑'],
    ['城乡面貌日新月益。', '日新月益', '日新月异'],
    ['落实联防连控机制。', '联防连控', '联防联控'],
  ])('read: %s', (text, wrong, right) => {
    const found = typos(text);
    expect(found.map((f) => f[0])).toEqual([wrong]);
    expect(found[0]![1]).toContain(right);
  });
  it.each(['发挥龙头企业的辐射带动作用。', '指针贬值的说法不对。', '大幅射程提升。', '落实联防联控机制。'])('quiet: %s', (text) => {
    expect(flagged(text, 'typo')).toEqual([]);
  });
});
