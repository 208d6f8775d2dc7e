/**
 * A document site's uploader card copied with the page (rsd/07: `痛***` / `实名认证` / `店铺` /
 * `PPT` / `1.25MB`), its phone widget, and the site's second copy of the title: residue, and the
 * word-for-word copy of the title is deleted by fix-all (it loses nothing).
 */
import { describe, expect, it } from 'vitest';
import { findings, fixed, flagged } from '../helpers';

describe('a site widget block and a doubled title', () => {
  it('the uploader card words join the residue block around them', () => {
    const text = '文档详情\n实名认证\n店铺\nPPT\n1.25MB\n约195页\n在全县工作会议上的讲话\n同志们：\n今天召开全县工作会议。';
    expect(flagged(text, 'web-residue')).toEqual(['文档详情', '实名认证', '店铺', 'PPT', '1.25MB', '约195页']);
  });

  it('a phone number beside the residue is residue, a suggestion', () => {
    const text = '首页 > 范文 > 讲话稿\n13812345678\n在全县工作会议上的讲话\n同志们：\n今天召开全县工作会议。';
    expect(flagged(text, 'web-residue')).toEqual(['首页 > 范文 > 讲话稿', '13812345678']);
    expect(fixed(text, 'web-residue')).toBe('13812345678\n在全县工作会议上的讲话\n同志们：\n今天召开全县工作会议。');
  });

  it('the site copy of the title, word for word, is deleted by fix-all', () => {
    const text = '在全县工作会议上的讲话\n2024-05-20 10:30:12 来源：范文网\n在全县工作会议上的讲话\n同志们：\n今天召开全县工作会议。';
    expect(flagged(text, 'web-residue')).toEqual(['2024-05-20 10:30:12 来源：范文网', '在全县工作会议上的讲话']);
    expect(fixed(text, 'web-residue')).toBe('在全县工作会议上的讲话\n同志们：\n今天召开全县工作会议。');
  });

  it('a copy with other spacing stays a suggestion', () => {
    const text = '在2022年全市质量工作会议上的讲话\nVIP专免\n侵权投诉\n在2022 年全市质量工作会议上的讲话\n同志们：\n今天召开会议。';
    expect(flagged(text, 'web-residue')).toContain('在2022 年全市质量工作会议上的讲话');
    expect(fixed(text, 'web-residue')).toContain('在2022 年全市质量工作会议上的讲话');
  });

  it('a document site\'s info bar with labelled counters and its preview notice (baijiadoc.com)', () => {
    const text = '主题党课：共产党人的奉献精神\n党课 DOCX   21页   下载1   2024-02-26   浏览67   收藏0   点赞0   评分-   免费文档\n温馨提示:当前文档最多只能预览 2 页,若文档总页数超出了 2 页,请下载原文档以浏览全部内容。\n同志们：\n今天我们一起学习。';
    expect(flagged(text, 'web-residue')).toEqual([
      '党课 DOCX   21页   下载1   2024-02-26   浏览67   收藏0   点赞0   评分-   免费文档',
      '温馨提示:当前文档最多只能预览 2 页,若文档总页数超出了 2 页,请下载原文档以浏览全部内容。',
    ]);
  });

  it.each([
    '实名认证\n各乡镇要全面推进实名认证工作，确保应认尽认。',
    '下载 浏览 收藏\n各村要做好档案下载、浏览和收藏的管理工作。',
    '店铺\n全县新增店铺一千余家。',
    '请拨打13812345678联系王主任。',
  ])('stays: %s', (text) => {
    expect(findings(text, 'web-residue')).toEqual([]);
  });
});
