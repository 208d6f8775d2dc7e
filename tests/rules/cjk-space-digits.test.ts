/**
 * cjk-space on the spaces a PDF's text layer leaves around figures (`212.8 亿元`, `连续 30 年`),
 * in a draft whose Chinese has such spaces inside words too. Lines from real copies:
 * jinchutou.com (the 2013 沂源 government work report), ggwy.jlju.edu.cn 12951 (a xinhua
 * report), taowenge.com p-93338050.
 */
import { describe, expect, it } from 'vitest';
import { findings, fixed, flagged } from '../helpers';

describe('figures set apart by a PDF copy', () => {
  it('are reported beside spaces cutting words, and removed by the safe fix', () => {
    const text = '中共中央总书记、国家 主席习近平出席招待会并发表重要讲话。他强调, 中华人民共和国成立 75 年来,我们党团结带领全国各族人民不 懈奋斗。';
    expect(flagged(text, 'cjk-space')).toEqual(['家 主', ', 中', '立 75', '75 年', '不 懈']);
    // 国家 主席 is only a suggestion (its own fix is not certain); the figures' spaces go, and
    // the space after the comma (the copy's line end: tests/rules/cjk-space-marks.test.ts).
    expect(fixed(text, 'cjk-space')).toBe('中共中央总书记、国家 主席习近平出席招待会并发表重要讲话。他强调,中华人民共和国成立75年来,我们党团结带领全国各族人民不懈奋斗。');
  });

  it('from MASS_MIN on, are one finding whose fix removes them all', () => {
    const para = '全年实现生 产总值 212.8 亿元,同比增长 10.5 %;固定资产投资 117.2 亿元,增长 23.2 %;财政收入 22.3 亿元,增长 10.5 %。';
    const text = `${para}\n${para}\n${para}`;
    const found = findings(text, 'cjk-space');
    const mass = found.filter((f) => f.data?.document === true);
    expect(mass).toHaveLength(1);
    expect(mass[0]!.message).toContain('共 36 处');
    expect(fixed(text, 'cjk-space')).toBe(text.replace(/ /g, ''));
  });

  it.each([
    // A writer's spacing of figures, with no space cutting a word: a style, left alone.
    'GDP 增长 5%。全年完成投资 117.2 亿元,增长 23.2 %。',
    // A list number at a line's start, a model or version beside a Latin letter.
    '1 加强组织领导,做好研 究部署。\n全面推广 5G 网络和 V2.0 版本,提高覆盖率。',
    // A blank where a figure was deleted is placeholder's.
    '会议要求, 共 人参加培训,研 究部署。',
  ])('stay quiet: %s', (text) => {
    expect(flagged(text, 'cjk-space').filter((s) => /\d/.test(s))).toEqual([]);
  });
});
