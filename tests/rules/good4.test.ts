/**
 * Good-text audit 4: correct published speeches and reports (government, party, university,
 * company and newspaper pages) whose right wording the checker read as a slip. Each case here
 * failed before its change; the excerpts of the real pages are in tests/corpus/good4.json.
 */
import { describe, expect, it } from 'vitest';
import { describeCorpusFile, findings, fixed, flagged } from '../helpers';

describe('placeholder: an ellipsis that breaks off parallel clauses', () => {
  it('is no slot, even before a noun or a measure word', () => {
    expect(flagged('大家有的献计出力，有的慷慨解囊，有的奔走呼号……家乡人民无不感动。\n', 'placeholder')).toEqual([]);
    expect(flagged('你们或为经济发展献计出力，或为基础建设慷慨解囊，或为形象提升奔走呼号……家乡人民无不点赞。\n', 'placeholder')).toEqual([]);
  });
  it('still marks a gap for a name or a figure', () => {
    expect(flagged('由民办……实验学校承办，分……赛区、……赛区进行。\n', 'placeholder')).toEqual(['……', '……', '……']);
    expect(flagged('全县共有……家企业参加。\n', 'placeholder')).toEqual(['……']);
  });
});

describe('cjk-space: spaces a newspaper sets on purpose', () => {
  it('leaves a padded two-character name in a byline, a paper before its reporters and a 日讯 dateline', () => {
    expect(flagged('本报讯（张 鑫）为全面了解今年以来反腐倡廉工作开展情况，市纪委开展了调研。\n', 'cjk-space')).toEqual([]);
    expect(flagged('（湖北日报 记者蔡朝阳、翟兴波）昨日上午，省人代会在武昌隆重开幕。\n', 'cjk-space')).toEqual([]);
    expect(flagged('1月20日讯 今天上午，区人大常委会召开会议，研究部署有关工作。\n', 'cjk-space')).toEqual([]);
  });
  it('leaves a quoted title of several phrases set apart by spaces', () => {
    expect(flagged('总经理作了题为“抓住市场新机遇 奋楫扬帆逐浪行 振奋精神 担当作为”的工作报告。\n', 'cjk-space')).toEqual([]);
  });
  it('still finds a word cut by a space', () => {
    expect(flagged('他还就加强队伍建 设、提升工作效能提出了要求。\n', 'cjk-space')).toEqual(['建 设']);
    expect(flagged('会议由（张 鑫同志主持。\n', 'cjk-space')).toEqual(['张 鑫']);
  });
});

describe('typo: characters written either way', () => {
  it('leaves 开幕辞 beside 开幕词', () => {
    expect(flagged('会上，总经理致开幕辞并作工作报告。\n', 'typo')).toEqual([]);
  });
});

describe('broken-line: headlines of who said what', () => {
  it('are lines of their own', () => {
    const text = '李源潮：沪市委领导调整是中央反复酝酿慎重决定的\n俞正声：要少犯错误，最好的办法是充分发扬民主\n昨天下午，本市召开党政负责干部大会。\n';
    expect(findings(text, 'broken-line')).toEqual([]);
  });
});

describe('web-residue: a page\'s paragraph tags', () => {
  it('leave the paragraph breaks they stood for', () => {
    const text = '<p class="ql-block">亲爱的全体员工及家属们：</p><p class="ql-block"> 你们好！</p><p class="ql-block"> 新年将至，祝大家新年快乐！</p>\n';
    expect(fixed(text, 'web-residue')).toBe('亲爱的全体员工及家属们：\n你们好！\n新年将至，祝大家新年快乐！\n');
  });
  it('join a phrase a tag cut', () => {
    expect(fixed('在全县工作会上</p>的讲话全文如下。\n', 'web-residue')).toBe('在全县工作会上的讲话全文如下。\n');
  });
});

describeCorpusFile('good4.json');
