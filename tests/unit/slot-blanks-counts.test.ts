/**
 * Counts and names deleted with nothing left but their frame (gathered pages, /work/tmp/pla):
 * a measure word alone before the end of its clause after a gap (`贫困人口 人，`) or right after
 * its noun (`水库座，`), a count after 共有/合计 (`共有人参加`), a place's type after 距离
 * (`距离 镇`), and a document number's empty year brackets (`〔〕12号`). Each beside the
 * look-alike that stays quiet.
 */
import { describe, expect, it } from 'vitest';
import { SpeechDocument } from '../../server/src/engine/analysis/document';
import { findSlots } from '../../server/src/engine/analysis/slots';
import { loadSegmenterSync } from '../../server/src/engine/analysis/segment';
import { findings } from '../helpers';

const segmenter = loadSegmenterSync();
/** Each slot as two characters before it, `|`, and the slot's text. */
const slotsOf = (text: string) => findSlots(new SpeechDocument(text), segmenter).map((s) => text.slice(Math.max(0, s.start - 2), s.start) + '|' + s.text);

describe('a measure word alone after a gap, ending its clause', () => {
  it('is the frame of a deleted count', () => {
    expect(slotsOf('全县还有贫困人口 人，贫困村 个。')).toEqual(['人口| ', '困村| ']);
    expect(slotsOf('今年新增城镇就业 人。')).toEqual(['就业| ']);
    expect(slotsOf('全镇共有 户 人，其中党员 名。')).toEqual(['共有| ', ' 户| ', '党员| ']);
  });
  it('is a PDF space after a numeral and its measure, or inside a word', () => {
    expect(slotsOf('关键在于每一个 人。')).toEqual([]);
    expect(slotsOf('要学会尊重他 人，帮助他 人。')).toEqual([]);
    expect(slotsOf('项目负责人 项目：道路改造。')).toEqual([]);
  });
});

describe('a measure word right after its noun, ending its clause', () => {
  it('lost the numeral between them', () => {
    expect(slotsOf('全乡有小(一)型水库座，骨干山塘口。')).toEqual(['水库|']);
    expect(slotsOf('今年新建办公楼栋，购置巡逻车辆。')).toEqual(['公楼|']);
  });
  it('is the end of a compound the segmenter splits', () => {
    expect(slotsOf('我来自区卫生监督所。')).toEqual([]);
    expect(slotsOf('打造电商直播间、农产品展销厅。')).toEqual([]);
    expect(slotsOf('对城区各出口处、街路进行清理。')).toEqual([]);
  });
});

describe('a count after 共有, 合计', () => {
  it('lost its figure before the measure word', () => {
    expect(slotsOf('本次培训共有人参加。')).toEqual(['共有|']);
    expect(slotsOf('合计名同志受到表彰，共有家企业参展。')).toEqual(['合计|', '共有|']);
  });
  it('keeps a figure that is there', () => {
    expect(slotsOf('本次培训共有120人参加，共有个人和单位捐款。')).toEqual([]);
  });
});

describe('a place type after 距离, 位于', () => {
  it('lost the place name before it', () => {
    expect(slotsOf('我村距离 镇约十公里，交通便利。')).toEqual(['距离| ']);
    expect(slotsOf('学校位于 县东部，占地五十亩。')).toEqual(['位于| ']);
  });
  it('is a word after a PDF space', () => {
    expect(slotsOf('我村距离 市场约十公里，交通便利。')).toEqual([]);
    expect(slotsOf('全 县上下，同心协力。')).toEqual([]);
  });
});

describe('brackets', () => {
  it('empty year brackets in a document number are a year slot', () => {
    expect(findSlots(new SpeechDocument('根据县政办发〔〕12号文件要求。'), segmenter).map((s) => [s.text, s.kind])).toEqual([['〔〕', 'year']]);
  });
  it('a note naming an alternative is no field to fill', () => {
    expect(findings('写明被邀请者的姓名和称谓（或单位名称），以示尊重。').filter((f) => f.rule === 'placeholder')).toEqual([]);
    expect(findings('请（单位名称）派员参加。').filter((f) => f.rule === 'placeholder')).toHaveLength(1);
  });
});

describe('an ellipsis before a noun', () => {
  it('stands for the name of what the noun heads', () => {
    expect(slotsOf('本次汇演由……县教育局主办，分……赛区进行。')).toEqual(['演由|……', '，分|……']);
  });
  it('breaks off a list before a name that starts the next clause', () => {
    expect(slotsOf('新旧动能转换、外部需求收缩……中国必须在更加不确定的世界中谋求发展。')).toEqual([]);
    expect(slotsOf('后面的兄弟继续冲向目标......美国报纸称之为最大的败绩。')).toEqual([]);
  });
});

describe('a figure deleted before 人次, %以上 and 元左右', () => {
  it('leaves its frame', () => {
    expect(slotsOf('全年共接待来访群众 人次，结案率达 %以上。')).toEqual(['群众| ', '率达| ']);
    expect(slotsOf('城镇居民人均可支配收入到达元左右，农民人均纯收入到达元以上。')).toEqual(['到达|', '到达|']);
  });
  it('keeps 亿元以上 that says "over a hundred million", and a real figure', () => {
    expect(slotsOf('引进投资 亿元以上的项目三个，人均收入达到3000元左右。')).toEqual([]);
  });
});

describe('余 ("more than") left without its figure', () => {
  it('after a word that is no numeral', () => {
    expect(slotsOf('走访乡镇、村组干部群众余次，累计投资余万元，发放资料余份。')).toEqual(['群众|', '投资|', '资料|']);
  });
  it('not in words with 余 or after a numeral', () => {
    expect(slotsOf('其余人员、剩余家庭和业余时间都要安排好，十余次会议，百余人参加，三十余家企业。')).toEqual([]);
  });
});

describe('an ordinal with its number deleted', () => {
  it('leaves 第 right before its measure word', () => {
    expect(slotsOf('再过几天，就是我国第个教师节了。欢迎参加第届运动会。')).toEqual(['国第|', '加第|']);
  });
  it('not in words ending in 第, nor with its number', () => {
    expect(slotsOf('桃李次第开放，书香门第，第1个，第十届，第二次。')).toEqual([]);
  });
  it('leaves 第 right before the school it numbers', () => {
    expect(slotsOf('他捐资助学，创办了市第中学和县第小学。')).toEqual(['市第|', '县第|']);
  });
  it('not in a word ending in 第 before 中学习, nor with its number', () => {
    expect(slotsOf('他出身书香门第中学习刻苦，成绩等第中等，全市第一中学、第3小学。')).toEqual([]);
  });
});
