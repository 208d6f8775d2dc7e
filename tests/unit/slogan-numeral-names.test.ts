/**
 * A formulation's name quoted in Arabic numerals is written in Chinese numerals
 * (GB/T 15835-2011), whether or not the dictionary knows the name: `“5个必须”` is the
 * 2023 Central Economic Work Conference's “五个必须” (新华社 writes it so).
 */
import { describe, expect, it } from 'vitest';
import { findings, fixed, flagged } from '../helpers';

describe('slogan-numeral: a quoted name in Arabic numerals', () => {
  it('is its Chinese form, with the fix', () => {
    expect(flagged('会议提出的这“5个必须”，总结规律，启迪未来。', 'slogan-numeral')).toEqual(['“5个必须”']);
    expect(fixed('会议提出的这“5个必须”，总结规律，启迪未来。', 'slogan-numeral')).toBe('会议提出的这“五个必须”，总结规律，启迪未来。');
    expect(findings('锚定“2大目标”不放松。', 'slogan-numeral')[0]?.message).toContain('“两大目标”');
  });
  it('leaves quantities, numbers and Chinese names alone', () => {
    for (const t of ['会议提出的这“五个必须”，总结规律。', '他说“2个小时”就到。', '增长“3个百分点”。', '“3个1亿人”的任务。', '乘坐地铁“2号线”。', '推进“5G”建设。', '聚焦“12个重点”。'])
      expect(flagged(t, 'slogan-numeral'), t).toEqual([]);
  });
});
