/**
 * The real drafts: what a user would expect the structure and typography rules to find.
 * Skipped when the seed directory is absent.
 */
import { expect, it } from 'vitest';
import { applyFirstFix, describeSeeds, findings } from '../helpers';
import { SpeechDocument } from '../../server/src/engine/analysis/document';
import { findAnnouncements } from '../../server/src/engine/analysis/enumerations';
import type { Finding, RuleId } from '../../server/src/engine/model/types';

const MINE: RuleId[] = ['enum-count', 'outline-sequence', 'punct-halfwidth', 'punct-stray', 'punct-repeat', 'cjk-space', 'range-dash'];
const of = (s: { fs: Finding[] }, rule: RuleId) => s.fs.filter((f) => f.rule === rule);
const texts = (s: { text: string; fs: Finding[] }, rule: RuleId) => of(s, rule).map((f) => s.text.slice(f.start, f.end));
const HALF_IN_CHINESE = /[\u4e00-\u9fff][,;:?!][\u4e00-\u9fff]/;

describeSeeds('seeds: structure and typography', MINE, ({ files, seed }) => {

  it('every seed is written in half-width punctuation: one document finding each, whose fix converts them all', () => {
    for (const f of files) {
      const s = seed(f.slice(0, 3));
      const half = of(s, 'punct-halfwidth');
      expect(half, f).toHaveLength(1);
      expect(half[0]!.data?.document, f).toBe(true);
      const title = new SpeechDocument(s.text).title!;
      expect(half[0]!.start, f).toBe(title.start);
      const after = applyFirstFix(s.text, half[0]!);
      expect(findings(after, 'punct-halfwidth'), f).toEqual([]);
    }
    // 000: the body's commas, colons, semicolons and brackets become full-width.
    const s = seed('000');
    const after = applyFirstFix(s.text, of(s, 'punct-halfwidth')[0]!);
    const body = after.split('\n')[2]!;
    expect(body).not.toMatch(HALF_IN_CHINESE);
    expect(body).toContain('全体（扩大）会议');
    expect(body).toContain('我讲四点意见：一、');
    // Residue lines are left to web-residue.
    expect(after.split('\n')[0]).toBe(s.text.split('\n')[0]);
  });

  it('004: 部.门, 困.难, 经济.社会 and 、.激活', () => {
    const s = seed('004');
    const around = of(s, 'punct-stray').map((f) => s.text.slice(f.start - 2, f.end + 2));
    expect(around).toEqual(expect.arrayContaining(['经济.社会', '等部.门具', '量、.激活', '强困.难群']));
    const safe = of(s, 'punct-stray').filter((f) => f.fixes[0]?.safe).map((f) => s.text.slice(f.start - 2, f.end + 2));
    expect(safe).toEqual(expect.arrayContaining(['等部.门具', '强困.难群', '量、.激活']));
  });

  it('001: the leader split from the title (an error), the date split over two lines, the lost range marks', () => {
    const s = seed('001');
    const leader = of(s, 'cjk-space').find((f) => s.text.slice(f.start, f.end) === '习近平 总书记');
    expect(leader?.severity).toBe('error');
    expect(texts(s, 'cjk-space')).toContain('3月\n18 日');
    expect(texts(s, 'range-dash')).toEqual(['20%30%', '20%30%']);
    expect(of(s, 'range-dash').map((f) => applyFirstFix(s.text, f).slice(f.start - 2, f.end + 1))).toEqual(['上浮20%—30%', '下浮20%—30%']);
  });

  it('003: 1-7月 (traditional script)', () => {
    expect(texts(seed('003'), 'range-dash')).toEqual(['1-7月']);
  });

  it('announcements and their counts', () => {
    const counts = (prefix: string) =>
      findAnnouncements(new SpeechDocument(seed(prefix).text)).map((a) => `${a.text}:${a.announced}/${a.counted}`);
    expect(counts('000')).toEqual(['四点意见:4/3']);
    expect(counts('001')).toEqual(['五个方面工作:5/2', '三个方面的问题:3/3']);
    expect(counts('002')).toEqual(
      expect.arrayContaining(['六个关系:6/6', '六个导向:6/6', '三个方面意见:3/3', '五个方面的成效和亮点:5/5', '四个方面的明显成效:4/4', '三点的意见:3/3', '三个严控:3/3']),
    );
    expect(counts('003')).toEqual(['三點意見:3/3', '四件事:4/4']);
    // 五点意见 closes with an aside (，请大家一并抓好贯彻落实。) before its five headings.
    expect(counts('004')).toEqual(['五点意见:5/5', '两句话:2/2', '三个方面:3/3', '三个维度:3/3']);
  });

  it('enum-count: the two excerpts that stop short say so, as notes; the others keep their counts', () => {
    const s0 = seed('000');
    expect(texts(s0, 'enum-count')).toEqual(['四点意见']);
    expect(of(s0, 'enum-count')[0]!.severity).toBe('info');
    expect(of(s0, 'enum-count')[0]!.message).toContain('正文似在此中断');
    const s1 = seed('001');
    expect(texts(s1, 'enum-count')).toEqual(['五个方面工作']);
    expect(of(s1, 'enum-count')[0]!.severity).toBe('info');
    for (const p of ['002', '003', '004']) expect(of(seed(p), 'enum-count'), p).toEqual([]);
  });

  it('outline-sequence: the seeds number their outlines correctly', () => {
    for (const f of files) expect(of(seed(f.slice(0, 3)), 'outline-sequence'), f).toEqual([]);
  });

  it('punct-repeat: none in the seeds', () => {
    for (const f of files) expect(of(seed(f.slice(0, 3)), 'punct-repeat'), f).toEqual([]);
  });
});
