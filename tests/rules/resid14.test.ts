/**
 * Residue audit 14: 45 pages copied from document and news sites with their chrome (pages in
 * /work/tmp/resid14, excerpts in tests/corpus/resid14.json): e-paper navigation and failed
 * embeds, login boxes, numbered chunk headings with a word count, news copyright notices,
 * bylines and word counts glued into the text, labelled summaries, news datelines.
 */
import { describe, expect, it } from 'vitest';
import { describeCorpusFile, findings, flagged } from '../helpers';

describeCorpusFile('resid14.json');

describe('web-residue: chrome that must not take the writer’s words with it', () => {
  it('keeps a sentence that mentions an HTTP error or a login', () => {
    const text = '同志们：\n网站出现404 Not Found时，要及时处理。\n用户名和密码要妥善保管。\n';
    expect(flagged(text, 'web-residue')).toEqual([]);
  });
  it('deletes only the byline glued after the last sentence', () => {
    const text = '同志们：\n今天的会议开得很成功。 责任编辑：张三\n';
    const f = findings(text, 'web-residue');
    expect(f.map((x) => text.slice(x.start, x.end))).toEqual(['责任编辑：张三']);
    expect(f[0]!.fixes[0]!.safe).toBe(true);
  });
  it('keeps a title with its own word count (no chunk number): only the count is residue', () => {
    const text = '县长在2022年全县各界人士春节团拜会上的讲话(全文2584字)\n同志们：\n今天我们欢聚一堂。\n';
    expect(flagged(text, 'web-residue')).not.toContain('县长在2022年全县各界人士春节团拜会上的讲话(全文2584字)');
  });
  it('leaves an unlabelled first paragraph that the title does not repeat', () => {
    const text = '在全县工作会议上的讲话\n（2024年3月1日）\n同志们：\n今天召开全县工作会议，主要任务是总结去年工作、部署今年任务，动员全县上下奋力拼搏。\n';
    expect(flagged(text, 'web-residue')).toEqual([]);
  });
  it('leaves two years above the title (a cover may print them), unlike a row of counters', () => {
    expect(flagged('2023 2024\n在全县工作会议上的讲话\n同志们：\n今天召开会议。\n', 'web-residue')).toEqual([]);
    const f = findings('1580 1580 112638\n在全县工作会议上的讲话\n同志们：\n今天召开会议。\n', 'web-residue');
    expect(f.map((x) => x.fixes[0]!.safe)).toEqual([false]);
  });
});
