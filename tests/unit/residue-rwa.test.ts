/**
 * Branch rwa: site lines in the shapes gathered pages showed (counters, share and comment
 * widgets, preview notices, journal metadata, pinyin-glossed lines of traditional pages, escaped
 * line breaks), each between two sentences of a draft; and a draft's own words about the same
 * things (sharing, downloading, keywords, a journal issue, copyright) that stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { findings, fixed, flagged } from '../helpers';

const S = '同志们，今年以来全县经济运行总体平稳，各项工作取得新进展。';
const T = '下面，我就做好下一阶段工作讲三点意见。';

describe('rwa residue lines', () => {
  it.each([
    '剩余18页未读，查看更多内容需下载',
    '……………试读结束……………',
    '亲，该文档总共6页，全部预览完了，如果喜欢就下载吧！',
    '精选留言',
    '评论列表（3条）',
    '点赞(12)',
    '分享到：微信 微博 QQ空间',
    '阅读 2.1万次',
    '下载文档可编辑',
    '登录后可免费下载',
    '与在全县经济工作会议上的讲话相关范文：',
    '首页 | 新闻 | 公文 | 讲话 | 范文 | 联系我们',
    '中图分类号：D262.6 文献标识码：A',
    '党政研究 2023年4期',
  ])('%s', (line) => {
    expect(flagged(`${S}\n${line}\n${T}`, 'web-residue')).toEqual([line]);
  });

  it('a line of a traditional page is judged without its pinyin glosses', () => {
    const line = '版權(quán)說明:本文檔由用戶提供并上傳,若內(nèi)容存在侵權(quán),請進行舉報或認(rèn)領(lǐng)';
    expect(flagged(`${S}\n${line}\n${T}`, 'web-residue')).toEqual([line]);
  });

  it('a line whose glosses lost their marked vowels is judged without what is left of them', () => {
    const line = '字號():大 中 小';
    expect(flagged(`${S}\n${line}\n${T}`, 'web-residue')).toEqual([line]);
    const stripped = '版权(qun)说明(shum):本文档由用户提供并上传,若内容存在侵权,请进行举报或认领';
    expect(flagged(`${S}\n${stripped}\n${T}`, 'web-residue')).toEqual([stripped]);
    // A unit in brackets after a word is no gloss, and the sentence stays quiet.
    expect(findings(`${S}\n全市面积(km)达到一千平方公里，下载速率(mbps)提升一倍。\n${T}`, 'web-residue')).toEqual([]);
  });

  it('escaped line breaks glued between sentences are flagged, the sentences stay', () => {
    const text = `${S} x0dx0ax0dx0a${T}`;
    expect(flagged(text, 'web-residue')).toEqual(['x0dx0ax0dx0a']);
  });

  it('a share label and a home link are residue only beside other residue', () => {
    expect(flagged(`${S}\n分享：\n${T}`, 'web-residue')).toEqual([]);
    expect(flagged(`${S}\n首页\n${T}`, 'web-residue')).toEqual([]);
    expect(flagged(`${S}\n分享：\n微信扫一扫在手机阅读、分享本文\n${T}`, 'web-residue')).toEqual(['分享：', '微信扫一扫在手机阅读、分享本文']);
  });

  it('a timestamp glued to a name is residue beside a journal line, not alone (a timeline)', () => {
    expect(flagged(`${S}\n2023-06-12 09:41王建国\n党政研究 2023年4期\n${T}`, 'web-residue')).toEqual(['2023-06-12 09:41王建国', '党政研究 2023年4期']);
    expect(flagged(`${S}\n2023-05-01 10:30接到报警\n${T}`, 'web-residue')).toEqual([]);
  });

  it('the safe fix deletes a whole residue line and nothing of the draft', () => {
    expect(fixed(`${S}\n剩余18页未读，查看更多内容需下载\n${T}`, 'web-residue')).toBe(`${S}\n${T}`);
  });
});

describe('rwa look-alikes stay quiet', () => {
  it.each([
    '这次会议的关键词：担当作为、真抓实干。',
    '关键词：担当。我们要敢于担当、善于作为！',
    '请各单位登录平台后下载文件，认真组织学习。',
    '大家要认真学习《求是》2023年第5期刊发的重要文章。',
    '希望大家把好的经验分享给身边的同志，点赞先进、学习先进。',
    '我们要依法保护版权，严厉打击侵权盗版行为。',
    '这本书我还剩50页未读完，下周一定读完。',
    '本次展览的资源由各会员单位提供。',
    '全文共分三个部分，请大家会后认真研读。',
    '打印本文件后请各支部组织学习。',
  ])('%s', (line) => {
    expect(findings(`${S}\n${line}\n${T}`, 'web-residue')).toEqual([]);
  });
});
