/**
 * Audit struct14: title blocks, date lines and announced counts in 31 copied speeches (pages in
 * /work/tmp/struct14, excerpts in tests/corpus/struct14.json). A date line under the title that is
 * there but mistyped is reported as what it is (date-invalid, no fix), never as a missing date line.
 */
import { describe, expect, it } from 'vitest';
import { describeCorpusFile, findings, flagged } from '../helpers';

describeCorpusFile('struct14.json');

const TITLE = '在全市工作会议上的讲话';
const draft = (dateLine: string, body = '今天我们召开会议。') => `${TITLE}\n${dateLine}\n同志们：\n${body}\n`;

describe('a mistyped date line is the date line', () => {
  it.each([
    // Month and day run together, the 月 lost (as `20221118日` lost 年 and 月 on a real page).
    ['（2022年1118日）', '2022年1118日', '11月18日'],
    // A year's figures doubled in the copy (`〔202022年8月16日〕` on a real page), a figure too many, a space inside.
    ['（202022年8月16日）', '202022年8月16日', '写法有误'],
    ['（2022年111月18日）', '2022年111月18日', '写法有误'],
    ['（2022年11月188日）', '2022年11月188日', '写法有误'],
    ['（2022年11月1 8日）', '2022年11月1 8日', '写法有误'],
  ])('%s: one date-invalid finding, no fix, no date line asked for', (line, text, words) => {
    const src = draft(line);
    expect(findings(src, 'date-missing')).toEqual([]);
    const found = findings(src, 'date-invalid');
    expect(found.map((f) => src.slice(f.start, f.end))).toEqual([text]);
    expect(found[0]!.message).toContain(words);
    expect(found[0]!.fixes ?? []).toEqual([]);
  });

  it.each(['（2022年11月18日）', '（2022年11月18日，根据录音整理）', '（2022年11月18日，来源：新华网）', '2022年11月18日，根据录音整理）'])(
    '%s stays a correct date line',
    (line) => {
      const src = draft(line);
      expect(findings(src, 'date-missing')).toEqual([]);
      expect(findings(src, 'date-invalid')).toEqual([]);
    },
  );

  it('a blank day is a slot, not a mistyped date', () => {
    const src = draft('（2022年11月  日）');
    expect(findings(src, 'date-invalid')).toEqual([]);
    expect(findings(src, 'date-missing')).toEqual([]);
  });
});

describe('month and day run together after a year, in a sentence', () => {
  it('reads four figures as the month and day (2022年1118日下午)', () => {
    const src = draft('（2022年11月18日）', '2022年1118日下午，王永昌先生作了专题报告。');
    expect(flagged(src, 'date-invalid')).toEqual(['1118日']);
    expect(findings(src, 'date-invalid')[0]!.message).toContain('11月18日');
  });
  it.each(['2023年120日内完成整改。', '全年365日坚守岗位。', '2024年1000日攻坚行动启动。'])('%s is no date', (body) => {
    expect(flagged(draft('（2022年11月18日）', body), 'date-invalid')).toEqual([]);
  });
});
