/**
 * A guard against quadratic blow-up in residue detection (issue 8: many short page-counter
 * lines followed by one boilerplate line took 15 s at 100 KB and never finished at 1 MB).
 * Generous bounds: this is not a benchmark.
 */
import { describe, expect, it } from 'vitest';
import { analyzeResidue } from '../../server/src/engine/analysis/residue';
import { checkSync } from '../../server/src/engine/check';
import { loadSegmenterSync } from '../../server/src/engine/analysis/segment';

const MB = 1 << 20;

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length));
}

const SHAPES: Array<[string, string]> = [
  ['page-counter lines, then boilerplate', `${repeatTo('22 页\n', MB)}VIP专免\n`],
  ['boilerplate, then page-counter lines', `VIP专免\n${repeatTo('22 页\n', MB)}`],
  ['weak lines alternating with prose', repeatTo('999+\n今天召开会议。\n', MB)],
  ['one long line of forum junk', repeatTo('& J* D0 x: ', MB)],
  ['one long line of 小编 sentences', repeatTo('下面是小编为大家整理的讲话，', MB)],
  ['contents entries', `目录\n${repeatTo('一、总体要求……3\n', MB)}`],
];

describe('residue detection is linear', () => {
  it.each(SHAPES)('%s: 1 MB in under 5 s', (_name, text) => {
    const t0 = performance.now();
    analyzeResidue(text.split('\n'));
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('a full check of 100 KB of page-counter lines and boilerplate stays fast', () => {
    const text = `${repeatTo('第3页 共12页\n- 2 -\n', 100 * 1024)}此处隐藏1234字，下载后查看\n`;
    const t0 = performance.now();
    const found = checkSync(text, {}, loadSegmenterSync());
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(found.some((f) => f.rule === 'web-residue')).toBe(true);
  });
});
