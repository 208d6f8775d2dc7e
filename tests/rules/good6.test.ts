/**
 * Good-text audit 6: correct published speeches and reports (党课, 述职, 表彰, 典礼致辞, 年会,
 * 人大/政协会议, 纪委全会, 乡镇/县政府工作报告, 新年贺词, 座谈会, 动员大会) from government, school,
 * company and newspaper pages. Each case here failed before its change; the excerpts of the
 * real pages are in tests/corpus/good6.json.
 */
import { describe, expect, it } from 'vitest';
import { describeCorpusFile, findings, flagged } from '../helpers';

describe('web-residue: a government page\'s information-disclosure header', () => {
  it('is residue, one label a line or several', () => {
    expect(flagged('索 引 号:104/2016-00001\n\n发文机关:\n\n公开对象:\n\n政府工作报告\n各位代表:\n', 'web-residue')).toEqual(['索 引 号:104/2016-00001', '发文机关:', '公开对象:']);
    expect(flagged('[ 主题分类 ] | 综合政务 | [ 体裁分类 ] | 公文 |\n政府工作报告\n', 'web-residue')).toEqual(['[ 主题分类 ] | 综合政务 | [ 体裁分类 ] | 公文 |']);
  });
  it('leaves a sentence that names the labels alone', () => {
    expect(flagged('索引号要按档案管理规定编制。\n公开方式：主动公开，请各单位认真执行。\n', 'web-residue')).toEqual([]);
  });
});

describeCorpusFile('good6.json');

describe('web-residue: a timestamp and source run on into the text\'s first sentence', () => {
  it('is residue, but fix-all keeps the line (the sentence is the writer\'s)', () => {
    const text = '泉州市市委市政府举行新春团拜会\n2008-02-05 21:06 来源: 泉州市人民政府公众信息网昨日上午,泉州酒店多功能厅张灯结彩,锣鼓喧天,市委、市政府在这里举行2008年新春团拜会。\n';
    const f = findings(text, 'web-residue');
    expect(f.map((x) => x.fixes[0]?.safe)).toEqual([false]);
  });
  it('a line of labels alone is still deleted by fix-all', () => {
    const f = findings('更新时间:2008-09-17 00:00:00 来源:党政办公室 宣传部\n金秋九月，天朗气清。\n', 'web-residue');
    expect(f.map((x) => x.fixes[0]?.safe)).toEqual([true]);
  });
  it('a school paper\'s issue number and reads', () => {
    expect(flagged('期次:第851期    阅读:689\n本报讯 9月4日上午，开学典礼举行。\n', 'web-residue')).toEqual(['期次:第851期    阅读:689']);
  });
});

describe('cjk-space and broken-line: a news credit and fields set apart on purpose', () => {
  it('a credit ending in 报道 runs on into the text after a space', () => {
    expect(flagged('长江云报道 中华人民共和国第十三届全国人民代表大会第一次会议,在圆满完成各项议程后,20号上午在人民大会堂闭幕。\n', 'broken-line')).toEqual([]);
    expect(flagged('本报记者谭卫平 通讯员鲁来顺报道 北京市副市长张茅今年将向市人大常委会述职并接受评议。记者昨天获悉。\n', 'cjk-space')).toEqual([]);
  });
  it('one label\'s value, then the next label', () => {
    expect(flagged('要深化巡察成果运用，着力锻造巡察铁军。(来源:区委巡察办 审核:区委办)\n', 'cjk-space')).toEqual([]);
  });
  it('still marks a space inside a sentence', () => {
    expect(flagged('要深化巡察成果运用，着力锻造巡察 铁军。\n', 'cjk-space')).toEqual(['察 铁']);
  });
});

describe('date-missing: the draft\'s own title glued to its date line under a page\'s title', () => {
  it('dates the draft', () => {
    const text = '县政府工作报告\n\n栏目:工作报告发布:2006-08-23浏览:3023下载172次收藏\n\n政府工作报告——2006年2月20日在xx旗第十四届人民代表大会第三次会议上\n旗 长  **\n各位代表:\n  现在,我代表旗十四届人民政府向大会作工作报告,请予审议。\n';
    expect(flagged(text, 'date-missing')).toEqual([]);
  });
  it('a dash inside a sentence is no date line', () => {
    expect(flagged('县政府工作报告\n\n我们要看到——2006年2月20日以来，工作取得进展。\n各位代表:\n现在，我代表县人民政府向大会作工作报告。\n', 'date-missing')).toHaveLength(1);
  });
});
