/**
 * Good-text audit 6: correct published speeches and reports (党课, 述职, 表彰, 典礼致辞, 年会,
 * 人大/政协会议, 纪委全会, 乡镇/县政府工作报告, 新年贺词, 座谈会, 动员大会) from government, school,
 * company and newspaper pages. Each case here failed before its change; the excerpts of the
 * real pages are in tests/corpus/good6.json.
 */
import { describe, expect, it } from 'vitest';
import { corpusCases, findings, flagged } from '../helpers';

describe('web-residue: a government page\'s information-disclosure header', () => {
  it('is residue, one label a line or several', () => {
    expect(flagged('索 引 号:104/2016-00001\n\n发文机关:\n\n公开对象:\n\n政府工作报告\n各位代表:\n', 'web-residue')).toEqual(['索 引 号:104/2016-00001', '发文机关:', '公开对象:']);
    expect(flagged('[ 主题分类 ] | 综合政务 | [ 体裁分类 ] | 公文 |\n政府工作报告\n', 'web-residue')).toEqual(['[ 主题分类 ] | 综合政务 | [ 体裁分类 ] | 公文 |']);
  });
  it('leaves a sentence that names the labels alone', () => {
    expect(flagged('索引号要按档案管理规定编制。\n公开方式：主动公开，请各单位认真执行。\n', 'web-residue')).toEqual([]);
  });
});

describe('tests/corpus/good6.json', () => {
  for (const c of corpusCases('good6.json')) {
    it(`${c.rules.join(',')} ${c.source}`, () => {
      const fs = findings(c.text);
      for (const rule of c.rules) {
        const got = fs.filter((f) => f.rule === rule).map((f) => c.text.slice(f.start, f.end));
        const want = c.expect.filter((e) => e.rule === rule).map((e) => e.match);
        expect(got, `${rule} ${c.source}`).toEqual(want);
      }
    });
  }
});
