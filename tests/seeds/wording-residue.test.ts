/**
 * The real drafts: what a user would expect the wording and residue rules to find, and
 * nothing else. Skipped when the seed directory is absent.
 */
import { expect, it } from 'vitest';
import { describeSeeds, fixed } from '../helpers';
import type { Finding } from '../../server/src/engine/model/types';

const MINE = ['typo', 'char-repeat', 'traditional-char', 'web-residue', 'pinyin-residue', 'broken-line'];
const of = (s: { text: string; fs: Finding[] }, rule: string) =>
  s.fs.filter((f) => f.rule === rule).map((f) => s.text.slice(f.start, f.end));

describeSeeds('seeds: wording and residue', MINE, ({ files, seed }) => {

  it('000: the site residue around the text', () => {
    expect(of(seed('000'), 'web-residue').map((l) => l.slice(0, 7))).toEqual(['您好,欢迎访问', '当前位置:首页', '本文标题:安康', '链接地址:ht']);
    expect(of(seed('000'), 'typo')).toEqual([]);
  });

  it('001: PDF breaks joined, residue lines above the title and below the text', () => {
    const s = seed('001');
    const out = fixed(s.text, 'broken-line');
    expect(out).toContain('统筹推进疫情防控和经济社会发展工作。这既是一次大战');
    expect(out).toContain('经济社会发展目标“双胜利”');
    expect(out).not.toContain('经济社\n会发展');
    // The broken title block and headings that end a line are not joined.
    expect(out).toContain('在全市统筹推进疫情防控和\n经济社会发展工作视频会议上的讲话\n同志们:');
    expect(out).toContain('做好以下五个方面工作。\n第一,');
    const residue = of(s, 'web-residue');
    for (const l of ['VIP专免', '2024-03-19', '999+', '31KB', '22 页', '海报', '侵权投诉', '展开>>', '收起<<', '评论(0)', '登录/注册']) {
      expect(residue, l).toContain(l);
    }
    expect(residue.some((l) => l.endsWith('...'))).toBe(true);
    expect(residue).not.toContain('在全市推进重要政策重要决策落实工作视频会议上的讲话');
    expect(of(s, 'typo')).toEqual([]);
  });

  it('002: OCR typos 深人, 衣村, IO% and friends', () => {
    const typos = of(seed('002'), 'typo');
    for (const w of ['IO%', '深人', '衣村', '杜会', '收人', '输人', '纸漏', '洪滂', '糜续', '柳足劲', 'o.x']) expect(typos, w).toContain(w);
    const f = seed('002').fs.find((x) => x.rule === 'typo' && seed('002').text.slice(x.start, x.end) === '衣村')!;
    expect(f.fixes[0]!.edits[0]!.newText).toBe('农村');
    expect(of(seed('002'), 'web-residue')).toContain('市长在市政府全体经济会议上的讲话(精选6篇)');
  });

  it('003: pinyin residue and one document finding for traditional script', () => {
    const s = seed('003');
    // Hundreds of annotations: one finding (on the first), whose fix deletes every one.
    const pinyinFindings = s.fs.filter((f) => f.rule === 'pinyin-residue');
    expect(pinyinFindings).toHaveLength(1);
    const edits = pinyinFindings[0]!.fixes[0]!.edits;
    const pinyin = edits.map((e) => s.text.slice(e.start, e.end));
    expect(pinyin.length).toBeGreaterThan(250);
    expect(pinyin).toContain('(shè)');
    expect(pinyin.every((p) => /^[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]+[)）]$/.test(p))).toBe(true);
    expect(edits.every((e) => e.newText === '')).toBe(true);
    const trad = s.fs.filter((f) => f.rule === 'traditional-char');
    expect(trad).toHaveLength(1);
    expect(trad[0]!.fixes[0]!.edits.length).toBeGreaterThan(1000);
    const converted = fixed(fixed(s.text, 'pinyin-residue'), 'traditional-char');
    expect(converted.startsWith('在招商引资、项目建设暨脱贫攻坚月讲评活动会上的讲话')).toBe(true);
    expect(of(s, 'typo')).toEqual([]);
  });

  it('004: 避署 and 贏, the residue lines', () => {
    const s = seed('004');
    expect(of(s, 'typo')).toEqual(['避署', '大千快上']);
    expect(of(s, 'traditional-char')).toEqual(['贏']);
    const residue = of(s, 'web-residue');
    expect(residue[0]).toMatch(/^您当前的位置/);
    for (const l of ['文档为doc格式', '相关热搜', '文档下载', 'VIP免费下载文档', '浏览记录', '推荐度:']) expect(residue, l).toContain(l);
    expect(residue).not.toContain('在县政府2021年第一次全体会议上的讲话');
  });

  it('no doubled characters in the seeds', () => {
    for (const f of files) expect(of(seed(f.slice(0, 3)), 'char-repeat'), f).toEqual([]);
  });
});
