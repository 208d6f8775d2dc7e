/**
 * Date lines written in forms a typist's input method or habit leaves: `元月` for January, full-width
 * digits (`２０１９年２月１８日`), full-width square brackets, an hour in Chinese numerals, and a date whose
 * month was lost (`（2019年38日）`). Each is the draft's date line: no date-missing finding (and no second
 * date line inserted above it); the non-standard form is the date line's own finding.
 */
import { describe, expect, it } from 'vitest';
import { findings } from '../helpers';
import { SpeechDocument } from '../../server/src/engine/analysis/document';
import { findDates } from '../../server/src/engine/analysis/dates';

const TITLE = '在全县经济工作会议上的讲话';
const draft = (dateLine: string, body = '今天我们召开会议。') => `${TITLE}\n${dateLine}\n同志们：\n${body}\n`;

describe('date lines in typed forms', () => {
  it.each([
    ['（2019年元月18日）', '2019年元月18日'],
    ['（二〇一九年元月十八日）', '二〇一九年元月十八日'],
    ['２０１９年２月１８日', '２０１９年２月１８日'],
    ['（2019年２月１８日）', '2019年２月１８日'],
    ['［2019年2月18日］', '2019年2月18日'],
    ['2019年2月18日上午九时', '2019年2月18日'],
    ['（2019年2月18日下午3点半）', '2019年2月18日'],
  ])('%s is the date line', (line, text) => {
    const src = draft(line);
    expect(new SpeechDocument(src).dateLine?.text).toBe(text);
    expect(findings(src, 'date-missing')).toEqual([]);
  });

  it('reads 元月 as January and full-width digits as digits, keeping the text as written', () => {
    const doc = new SpeechDocument(draft('（2019年元月18日）', '２０２０年３月５日，全县召开大会。元月份完成全年任务的一成。'));
    expect(findDates(doc).map((d) => [d.text, d.format, d.year, d.month, d.day, d.isDateLine])).toEqual([
      ['2019年元月18日', 'chinese-numerals', 2019, 1, 18, true],
      ['２０２０年３月５日', 'chinese', 2020, 3, 5, false],
    ]);
  });

  it('asks for 1月 in the date line, not in prose', () => {
    const src = draft('（2019年元月18日）', '2018年元月18日，全县召开大会。');
    const found = findings(src, 'date-format');
    expect(found.map((f) => src.slice(f.start, f.end))).toEqual(['2019年元月18日']);
  });

  it('a price before 月 is no January (3000元月1日起)', () => {
    const doc = new SpeechDocument(draft('（2019年2月18日）', '最低工资标准调整为3000元月1日起执行。'));
    expect(findDates(doc).map((d) => d.text)).toEqual(['2019年2月18日']);
  });

  it('a date line whose month was lost is reported there, not as a missing date line', () => {
    const src = draft('（2019年38日）');
    expect(findings(src, 'date-missing')).toEqual([]);
    const found = findings(src, 'date-invalid');
    expect(found.map((f) => src.slice(f.start, f.end))).toEqual(['2019年38日']);
  });

  it('checks a full-width date like any other (２０１９年２月３０日)', () => {
    const src = draft('（2019年2月18日）', '会议定于２０１９年２月３０日召开。');
    expect(findings(src, 'date-invalid').map((f) => src.slice(f.start, f.end))).toEqual(['２０１９年２月３０日']);
  });
});

describe('a date set beside, above or run on after the title block', () => {
  it.each([
    ['the date set apart on the title line', `${TITLE}    2019年2月18日\n同志们：\n今天我们召开会议。\n`],
    ['the date alone above the title', `2019年2月18日\n${TITLE}\n同志们：\n今天我们召开会议。\n`],
    ['the date, then the speaker set apart by spaces', draft('2019年2月18日    县委书记  张三')],
    ['the date line run on into the salutation', `${TITLE}\n(2006年8月30日) 同志们:\n今天我们召开会议。\n`],
    // …with its figures left as slots: the placeholder rule's, as on a line of its own.
    ['a date line to fill run on into the salutation', `${TITLE}\n(20*年8月30日) 同志们:\n今天我们召开会议。\n`],
    ['a blank date line run on into the salutation', `${TITLE}\n(    年  月  日) 同志们:\n今天我们召开会议。\n`],
  ])('%s dates the draft', (_name, src) => {
    expect(findings(src, 'date-missing')).toEqual([]);
  });

  it('a page stamp above the title (numeric) does not date the draft', () => {
    expect(findings(`2019-02-18\n${TITLE}\n同志们：\n今天我们召开会议。\n`, 'date-missing')).toHaveLength(1);
  });

  it('a sentence opening with a date under the title is no date line', () => {
    expect(findings(`${TITLE}\n2019年2月18日，县委召开全县经济工作会议。\n同志们：\n今天我们召开会议。\n`, 'date-missing')).toHaveLength(1);
  });
});

describe('date-invalid names February’s length in the date’s year', () => {
  it.each([
    ['会议于2019年2月30日召开。', '2月只有28天'],
    ['会议于2024年2月30日召开。', '2月只有29天'],
  ])('%s', (text, said) => {
    const found = findings(draft('（2019年2月18日）', text), 'date-invalid');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain(said);
  });
});
