/**
 * The typo rule's per-document counts (DocCounts in rules/typo.ts): each string counted once per
 * document, up to the cap its questions need, the same as a scan of the text would say.
 */
import { describe, expect, it } from 'vitest';
import { DocCounts } from '../../server/src/engine/rules/typo';

const scan = (text: string, s: string, cap: number): number => {
  let n = 0;
  for (let i = text.indexOf(s); i >= 0 && n < cap; i = text.indexOf(s, i + s.length)) n++;
  return n;
};

describe('DocCounts', () => {
  it('counts characters and words as a scan would, up to the cap', () => {
    const text = '要深入推进人居环境整治。优化营商环境，改善人居环境。环镜整治要抓实。';
    const counts = new DocCounts(text);
    for (const s of ['环', '境', '镜', '治', '抓', '无', '环境', '环镜', '人居环境', '营商', '没有'])
      for (const cap of [1, 2]) expect(counts.count(s, cap), `${s} ${cap}`).toBe(scan(text, s, cap));
  });

  it('answers a repeated question from what it counted', () => {
    const counts = new DocCounts('工作、工作、工做');
    expect(counts.count('工作', 2)).toBe(2);
    expect(counts.count('工作', 1)).toBe(1);
    expect(counts.count('工做', 2)).toBe(1);
    expect(counts.count('做', 2)).toBe(1);
  });
});
