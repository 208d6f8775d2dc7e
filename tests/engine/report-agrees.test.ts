/**
 * The report, hover and outline show the analyses the check used: never a formulation
 * listed as inconsistent while the same check found no slogan-variant.
 */
import { describe, expect, it } from 'vitest';
import { Engine } from '../../server/src/engine/engine';
import { SpeechDocument } from '../../server/src/engine/analysis/document';
import { analyzeFormulations } from '../../server/src/engine/analysis/formulations';
import { report } from '../../server/src/engine/report/report';
import { resolveConfig } from '../../server/src/engine/check';
import { loadSegmenterSync } from '../../server/src/engine/analysis/segment';

const TODAY = new Date(2024, 2, 15);
// Unquoted 六稳 counts as a form only where a segmenter shows it standing alone.
const TEXT = '同志们：\n要做好“六稳”工作，落实六稳要求。\n';

describe('report agrees with its check', () => {
  const segmenter = loadSegmenterSync();
  const config = resolveConfig({ today: TODAY });

  it('the premise: with a segmenter the draft has two forms of 六稳, without it one', () => {
    const doc = new SpeechDocument(TEXT);
    expect(analyzeFormulations(doc, config, segmenter).find((u) => u.term === '六稳')?.forms).toHaveLength(2);
    expect(analyzeFormulations(doc, config, null).find((u) => u.term === '六稳')?.forms).toHaveLength(1);
  });

  for (const segmentation of ['off', 'auto', null, undefined] as const) {
    it(`segmentation ${String(segmentation)}: every inconsistent formulation has its slogan-variant finding, and only those`, () => {
      // The segmenter is loaded in this process either way: 'off' must not use it anywhere.
      const data = report(TEXT, config, segmentation);
      const variants = data.totals.byRule.find((r) => r.rule === 'slogan-variant')?.count ?? 0;
      const inconsistent = data.formulations.filter((f) => !f.consistent);
      expect(inconsistent.length > 0).toBe(variants > 0);
      expect(data.totals.segmented).toBe(segmentation === 'auto' || segmentation === undefined);
    });
  }

  it('a report from a check result is built from that result', () => {
    const result = new Engine({ segmenter }).checkSync(TEXT, config, 'off');
    const data = report(result);
    expect(data.formulations.find((f) => f.term === '六稳')?.consistent).toBe(true);
    expect(data.totals.findings).toBe(result.findings.length);
    expect(report(new Engine({ segmenter }).checkSync(TEXT, config, 'auto')).formulations.find((f) => f.term === '六稳')?.consistent).toBe(false);
  });
});
