/**
 * Document structure on struct15's pages (/work/tmp/struct15: speeches with and without date lines,
 * historical 文集 texts, titles glued to their text, announced counts; excerpts in tests/corpus/struct15.json).
 * Two shapes: a date line in Chinese numerals is the writer's style (its Arabic form is a suggestion, not a
 * safe fix), and a transcript's note under the title that carries the speech's date
 * (`（根据录音整理截至2026年2月14日）`) is the date line.
 */
import { describe, expect, it } from 'vitest';
import { describeCorpusFile, findings, fixed, flagged } from '../helpers';

describeCorpusFile('struct15.json');

const speech = (line: string) => `在全县文明创建工作推进会上的讲话\n${line}\n同志们：\n今天召开这次会议。\n`;

describe('date-format: a date line in Chinese numerals', () => {
  it.each(['（一九二七年一月四日）', '（二〇二三年五月八日）', '（二○二三年十二月三十一日）', '二〇二三年五月八日', '（二〇二三年五月八日，根据录音整理）'])(
    '%s is reported, with its Arabic form as a suggestion fix-all leaves alone',
    (line) => {
      const text = speech(line);
      const found = findings(text, 'date-format');
      expect(found).toHaveLength(1);
      expect(found[0]!.fixes[0]!.safe).toBe(false);
      expect(fixed(text, 'date-format')).toBe(text);
    },
  );
  it.each([
    ['（二O二三年五月八日）', '（2023年5月8日）'],
    ['（二0二三年五月八日）', '（2023年5月8日）'],
  ])('%s, a year typed with a look-alike zero, is still fixed', (line, right) => {
    expect(fixed(speech(line), 'date-format')).toBe(speech(right));
  });
  it('an Arabic date in another format keeps its safe fix', () => {
    expect(fixed('会议于2024-03-09召开。', 'date-format')).toBe('会议于2024年3月9日召开。');
  });
});

describe("date-missing: a transcript's note carrying the date", () => {
  it.each(['（根据录音整理截至2026年2月14日）', '（根据2023年5月8日讲话录音整理）', '（2023年5月8日根据录音整理）', '（据记录整理于2023年5月8日）'])(
    '%s is the date line',
    (line) => {
      expect(flagged(speech(line), 'date-missing')).toEqual([]);
    },
  );
  it('the date inside it is still checked', () => {
    expect(flagged(speech('（根据录音整理截至2026年2月30日）'), 'date-invalid')).toEqual(['2026年2月30日']);
  });
  it.each(['（根据录音整理）', '（根据录音整理，有删节）', '（根据录音整理，2023年）'])('%s has no date: still missing', (line) => {
    expect(flagged(speech(line), 'date-missing')).toEqual(['在全县文明创建工作推进会上的讲话']);
  });
});

describe("date-missing: a news report's lead with a site's or paper's dateline", () => {
  it.each(['人民网讯：3月5日，全县经济工作会议召开，县长张三出席并讲话。', '本报讯 3月5日，全县经济工作会议召开，县长张三出席并讲话。', '掌上新闻客户端讯（通讯员 李四）全县经济工作会议召开，县长张三出席。'])(
    '%s: no date line asked for',
    (lead) => {
      expect(flagged(`县长在全县经济工作会议上的讲话\n${lead}\n他强调，要抓好落实。\n`, 'date-missing')).toEqual([]);
    },
  );
  it('a speech that quotes a report in its first paragraph still needs its date line', () => {
    const text = '在全县经济工作会议上的讲话\n同志们：\n据人民网讯，我县入选全国百强县。我们要再接再厉。\n';
    expect(flagged(text, 'date-missing')).toEqual(['在全县经济工作会议上的讲话']);
  });
});
