/**
 * What a web page's markup leaves in a copied draft: tags around and inside sentences
 * (rw2/p13, a 2000s government site: `<P>各位领导、同志们:<BR>全市…</P>`), character entities
 * for the writer's own marks (`&ldquo;六稳&rdquo;`, rwm/15's `hellip;`), and a site header's
 * weather and clock lines.
 */
import { describe, expect, it } from 'vitest';
import { findings, fixed, flagged } from '../helpers';
import { isWeatherOrClockLine } from '../../server/src/engine/analysis/residue-shapes';

const S = '同志们，今年以来全县经济运行总体平稳。';

describe('markup left in a copied draft', () => {
  it('tags go, the sentences stay', () => {
    const text = `${S}\n<P>今天召开会议，主要任务是部署工作。</P>\n<p style="text-indent:2em">要加强领导。<span>要</span>抓好落实。\n`;
    expect(flagged(text, 'web-residue')).toEqual(['<P>', '</P>', '<p style="text-indent:2em">', '<span>', '</span>']);
    expect(fixed(text, 'web-residue')).toBe(`${S}\n今天召开会议，主要任务是部署工作。\n要加强领导。要抓好落实。\n`);
  });

  it('a <BR> after a colon or a sentence is the draft\'s line break; inside a phrase it goes', () => {
    const text = '<P>在全市农村工程现场会上<BR>的表态发言</P>\n<P>各位领导、同志们:<BR>全市村村通公路工程是一项重要举措。</P>\n';
    expect(fixed(text, 'web-residue')).toBe('在全市农村工程现场会上的表态发言\n各位领导、同志们:\n全市村村通公路工程是一项重要举措。\n');
  });

  it('an entity standing for a mark is put back as the mark', () => {
    const text = `${S}\n今天&ldquo;六稳&rdquo;工作取得成效hellip;hellip;\n`;
    expect(findings(text, 'web-residue').map((f) => f.message)).toEqual([
      '网页残留的 HTML 字符实体“&ldquo;”：原是““”，请改回',
      '网页残留的 HTML 字符实体“&rdquo;”：原是“””，请改回',
      '网页残留的 HTML 字符实体“hellip;”：原是“…”，请改回',
      '网页残留的 HTML 字符实体“hellip;”：原是“…”，请改回',
    ]);
    expect(fixed(text, 'web-residue')).toBe(`${S}\n今天“六稳”工作取得成效……\n`);
  });

  it.each(['当x<5且y>3时成立。', '比例为<1%的企业要重点帮扶。', '《关于加强基层治理的意见》已经印发。'])('a draft\'s own < and >: %s', (line) => {
    expect(findings(`${S}\n${line}\n${S}`, 'web-residue')).toEqual([]);
  });
});

describe("a site header's weather and clock", () => {
  it.each(['2024年3月1日 星期五 晴 12℃~20℃', '北京时间 10:32:15', '今天是：2024年3月1日 星期五', '多云转晴 8~15℃'])('%s', (line) => {
    expect(isWeatherOrClockLine(line)).toBe(true);
    expect(flagged(`${S}\n${line}\n${S}`, 'web-residue')).toEqual([line]);
  });
  it.each(['今天天气晴朗，气温20℃，适合户外活动。', '2024年3月1日', '会议时间 2024年3月1日 9:30', '阴雨天气要做好防汛准备'])('stays: %s', (line) => {
    expect(isWeatherOrClockLine(line)).toBe(false);
  });
});
