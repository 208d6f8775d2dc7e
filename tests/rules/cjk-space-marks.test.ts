/**
 * cjk-space after a Chinese mark (rule-api/mark-spaces.ts): a space after `，、；` is a copy's
 * line end (deleted, safely); after `。！？` most likely a paragraph's lost line break (a
 * suggestion restoring it, or deleting the space); after a salutation's colon its lost line
 * break (restored, safely). Lines from real copies: m.zixin.com.cn doc/6629445 (rw3/r04),
 * m.wenke99.com p-4901444 (rwk/01), www.gaozipu.com jianghuafanwen/12013 (rwf/21),
 * jxxfw.com a40258036719a205358a67554c5a6d30 (rwn/06), m.wenke99.com p-5530274 (rwn/04).
 */
import { describe, expect, it } from 'vitest';
import { findings, fixed } from '../helpers';

const flagged = (text: string): string[] => findings(text, 'cjk-space').map((f) => text.slice(f.start, f.end));

describe('a space after a Chinese mark', () => {
  it('after a clause mark: the copy\'s line end, removed by the safe fix', () => {
    const text = '看成一次加快发展的机遇,一如既往的关心、 支持集聚区建设。特别是砚台、杠家、 沙河、高安等8个乡镇。';
    expect(flagged(text)).toEqual(['、 支', '、 沙']);
    expect(findings(text, 'cjk-space').every((f) => f.fixes.length === 1 && f.fixes[0]!.safe)).toBe(true);
    expect(fixed(text, 'cjk-space')).toBe(text.replace(/ /g, ''));
  });

  it('after a sentence\'s end: a lost line break, restored first, or the space deleted; fix-all leaves it', () => {
    const text = '向我国的工人阶級,致以最热烈的祝賀! 同志們,当我們在这里集会的时候,我們的国家正处在新的时期。';
    const [f, ...rest] = findings(text, 'cjk-space');
    expect(rest).toEqual([]);
    expect(text.slice(f!.start, f!.end)).toBe('! 同');
    expect(f!.message).toContain('“祝賀! 同志們”');
    expect(f!.fixes.map((x) => [x.edits.map((e) => e.newText), x.safe])).toEqual([
      [['\n'], false],
      [[''], false],
    ]);
    expect(fixed(text, 'cjk-space')).toBe(text);
  });

  it('after a salutation: its lost line break, restored by the safe fix', () => {
    const text = '在县第十七届人民代表大会上的政府工作报告 各位代表: 现在,我代表县人民政府向大会作工作报告,请予审议。';
    expect(flagged(text)).toEqual([': 现']);
    expect(fixed(text, 'cjk-space')).toBe('在县第十七届人民代表大会上的政府工作报告 各位代表:\n现在,我代表县人民政府向大会作工作报告,请予审议。');
  });

  it('before a heading run into the text: one finding for the space, whose fix restores the break', () => {
    const text = '请县政协委员和其他列席人员提出意见。 一、2019年工作回顾 即将过去的一年,全县经济稳中有进。';
    const found = findings(text, 'cjk-space');
    // The space before the heading once, and the heading's own line break after it.
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['。 一', '顾 即']);
    expect(found.every((f) => f.fixes[0]!.edits[0]!.newText === '\n')).toBe(true);
  });

  it('from MASS_MIN on, the clause marks\' spaces are one finding whose fix removes them all', () => {
    // Eight different paragraphs (a paragraph repeated word for word is residue of its own).
    const para = (i: number) => `第${i + 1}季度实现生产总值21${i}.8亿元, 同比增长10.${i}%, 财政收入22.${i}亿元、 增长1${i}.5%;`;
    const text = Array.from({ length: 8 }, (_, i) => para(i)).join('\n');
    const found = findings(text, 'cjk-space');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('共 24 处');
    expect(fixed(text, 'cjk-space')).toBe(text.replace(/ /g, ''));
  });

  it.each([
    // A label and its value: a form's layout.
    '作者: 佚名 来源: 作者原创',
    '主持人: 张三同志,会议时间: 上午九时。',
    // A list number's mark.
    '1、 全区优化营商环境暨项目建设推进会议召开。',
    // Residue glued after the sentence goes with its space (web-residue's).
    '市委、市政府感谢你们,全市人民感谢你们! 稿子汇,范文学习文库',
    // Not after Chinese text: English punctuation in an English phrase.
    '主题是 Hello, World 计划,今天启动。',
    // No space: nothing to do.
    '同志们:今天我们召开会议。',
  ])('stays quiet: %s', (text) => {
    expect(flagged(text).filter((s) => /^[，、；。！？,;!?：:]/.test(s))).toEqual([]);
  });
});

describe('a space before a Chinese mark', () => {
  it('after Chinese text, before a clause or sentence mark: a copy\'s, removed by the safe fix', () => {
    const text = '今年以来，全镇经济运行总体平稳 。工业生产稳中有升 ，服务业持续恢复 。';
    expect(flagged(text)).toEqual(['稳 。', '升 ，', '复 。']);
    const found = findings(text, 'cjk-space');
    expect(found[0]!.message).toBe('标点前多了空格：“体平稳 。工业”应为“体平稳。工业”');
    expect(found.every((f) => f.fixes.length === 1 && f.fixes[0]!.safe)).toBe(true);
    expect(fixed(text, 'cjk-space')).toBe(text.replace(/ /g, ''));
  });

  it('before a half-width comma with Chinese after it (a page in half-width marks); in traditional script too', () => {
    expect(flagged('受市场需求不足影响 ,企业订单有所减少,但总体可控。')).toEqual(['响 ,']);
    expect(flagged('希望全體運動員賽出風格,賽出水平 。希望裁判員公正執法。')).toEqual(['平 。']);
  });

  it('from MASS_MIN on, one finding whose fix removes them all', () => {
    const para = (i: number) => `第${i + 1}项工作进展顺利 ，完成全年任务的${60 + i}% 。各部门要继续努力 。`;
    const text = Array.from({ length: 10 }, (_, i) => para(i)).join('\n');
    const found = findings(text, 'cjk-space');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('全文标点前多了空格（共 20 处');
    // After a figure's `%` the space is not this check's.
    expect(fixed(text, 'cjk-space')).toBe(text.replace(/(?<=[^%]) (?=[，。])/g, ''));
  });

  it.each([
    // A colon after a label: a form's layout.
    '姓名 ：张三　　职务 ：办公室主任',
    // Not after Chinese text: an English phrase's comma.
    '活动口号是 Hello world , 大家一起来。',
    // A slot's blank before the mark is placeholder's.
    '本次比赛1号选手最终得分为 。有请2号选手上场。',
  ])('stays quiet: %s', (text) => {
    expect(findings(text, 'cjk-space').filter((f) => f.message.startsWith('标点前'))).toEqual([]);
  });
});
