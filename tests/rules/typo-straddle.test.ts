/**
 * A listed misspelling (pycorrector's 公作→工作, 发掌→发展) that a word of its neighbours
 * reaches into (有关公作: 关公; 蓬勃发掌: 勃发; “六稳”公作对于: 作对) was read apart and left
 * alone. Faults of this kind injected into real reports (npm run eval:inject, typo-word) were
 * missed at 63 of 284 places before. Now read where the correction is a very common word that
 * makes its clause far likelier, as a suggestion; a real reading across the form stays quiet.
 */
import { describe, expect, it } from 'vitest';
import { findings, flagged } from '../helpers';

describe('typo: a listed form a neighbouring word reaches into', () => {
  it.each([
    ['会议研究部署有关公作。', '公作', '工作'],
    ['中国数字经济蓬勃发掌，前景广阔。', '发掌', '发展'],
    ['做好“六稳”公作对于保持经济运行在合理区间至关重要。', '公作', '工作'],
  ])('read: %s', (text, wrong, right) => {
    const found = findings(text, 'typo');
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual([wrong]);
    expect(found[0]!.message).toContain(right);
    // Read past a neighbouring word: a suggestion, never applied unasked.
    expect(found[0]!.fixes.every((f) => f.safe === false)).toBe(true);
  });

  it.each(['关公作为忠义的化身，受到世人敬仰。', '该村仅管护林地就有三千亩。', '今天天公作美，阳光明媚。', '会议研究部署有关工作。'])('quiet: %s', (text) => {
    expect(flagged(text, 'typo')).toEqual([]);
  });
});
