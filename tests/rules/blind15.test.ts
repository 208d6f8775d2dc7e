/**
 * Shapes from blind15's broad mix of pages (/work/tmp/blind15): a draft copied from a PDF page
 * by page whose text layer spaced its figures (`部署 2026 年`) but cut no word with a space, and
 * a forum's anti-copy junk run into the list number after it (`~ 1.撰写…`). The real excerpts
 * are in tests/corpus/blind15.json. Before: such figure spaces were reported only beside spaces
 * that cut words, and the junk's safe fix deleted the writer's `1.` with it.
 */
import { describe, expect, it } from 'vitest';
import { describeCorpusFile, flagged } from '../helpers';

describeCorpusFile('blind15.json');

/** Lines of a PDF page, each cut at the page's width in mid-sentence. */
const WRAPPED = [
  '今天我们召开全县经济工作会议,主要任务是认真传达学习中央',
  '和省委、市委经济工作会议精神,总结回顾今年工作,研究部署',
  '明年任务。过去一年,全县地区生产总值完成 128.6 亿元,增长',
  '6.2%,连续 3 年保持全市前列。下面,我就做好 2025 年经济工作',
  '讲三点意见。',
].join('\n');

describe('cjk-space: figures spaced by a page-wrapped PDF copy', () => {
  it('reports the spaces around figures with their units', () => {
    expect(flagged(WRAPPED, 'cjk-space')).toEqual(['成 128.6', '128.6 亿', '续 3', '3 年', '好 2025', '2025 年']);
  });

  it('stays quiet on a draft whose paragraphs are lines of their own', () => {
    const text = [
      '一、2024年工作回顾',
      '过去一年,全县地区生产总值完成 128.6 亿元,增长 6.2%,连续 3 年保持全市前列。',
      '二、2025年主要任务',
      '做好 2025 年经济工作,要坚持稳中求进工作总基调,推动高质量发展取得新成效。',
    ].join('\n');
    expect(flagged(text, 'cjk-space')).toEqual([]);
  });

  it('stays quiet when long headings, not cut sentences, end the lines', () => {
    const text = [
      '一、坚持稳中求进工作总基调推动全县经济持续健康发展',
      '全县地区生产总值完成 128.6 亿元,增长 6.2%,连续 3 年保持全市前列。',
      '二、坚持以人民为中心的发展思想持续保障和改善民生',
      '全年新增城镇就业 3200 人,城乡居民收入稳步增长,民生福祉不断增进。',
      '三、坚持党建引领基层治理全面提升社会治理现代化水平',
      '全县 12 个乡镇全部完成网格化治理改革,社会大局和谐稳定。',
    ].join('\n');
    expect(flagged(text, 'cjk-space')).toEqual([]);
  });
});
