/**
 * A check's result depends on its text and configuration only, never on the checks before
 * it: the words a configuration adds are scoped to it, and caches are keyed by what they
 * depend on.
 */
import { describe, expect, it } from 'vitest';
import { checkSync } from '../../server/src/engine/check';
import { Engine } from '../../server/src/engine/engine';
import { loadSegmenterSync } from '../../server/src/engine/analysis/segment';
import { withWords } from '../../server/src/engine/analysis/segment-overlay';

const TODAY = new Date(2024, 2, 15);
const WITH_WORD = '要推动杜会事业全面发展。';
const WITHOUT = '要推动杜会事业发展。';
const typos = (findings: Array<{ rule: string; message: string }>) => findings.filter((f) => f.rule === 'typo');

describe('engine: no state leaks between checks', () => {
  const segmenter = loadSegmenterSync();

  it('a configuration’s formulations do not change a later check without them (杜会)', () => {
    const fresh = typos(new Engine({ segmenter }).checkSync(WITHOUT, { today: TODAY }).findings);
    expect(fresh.map((f) => f.message).join()).toContain('杜会');

    const engine = new Engine({ segmenter });
    // The user's word is the user's: no typo there.
    expect(typos(engine.checkSync(WITH_WORD, { today: TODAY, formulations: ['杜会'] }).findings)).toEqual([]);
    expect(typos(engine.checkSync(WITHOUT, { today: TODAY }).findings)).toEqual(fresh);
    // And back again: the scope of the configuration with the word still knows it.
    expect(typos(engine.checkSync(WITHOUT, { today: TODAY, formulations: ['杜会'] }).findings)).toEqual([]);
  });

  it('the shared functions behave the same (checkSync over the shared engine and jieba)', () => {
    checkSync(WITH_WORD, { today: TODAY, formulations: ['杜会'] }, segmenter);
    expect(typos(checkSync(WITHOUT, { today: TODAY }, segmenter)).length).toBe(1);
    // Another engine over the same jieba is not affected either.
    expect(typos(new Engine({ segmenter }).checkSync(WITHOUT, { today: TODAY }).findings).length).toBe(1);
  });

  it('keeps a bounded number of configurations', () => {
    const engine = new Engine({ segmenter, maxScopes: 2 });
    for (let i = 0; i < 5; i++) engine.checkSync(WITHOUT, { today: TODAY, formulations: [`词${i}号`] });
    expect((engine as unknown as { scopes: Map<string, unknown> }).scopes.size).toBe(2);
  });

  it("segmentation is an explicit mode: 'off' skips the rules that require a segmenter", () => {
    const engine = new Engine({ segmenter });
    expect(engine.checkSync(WITHOUT, { today: TODAY }, 'off').segmented).toBe(false);
    expect(typos(engine.checkSync(WITHOUT, { today: TODAY }, 'off').findings)).toEqual([]);
    expect(engine.checkSync(WITHOUT, { today: TODAY }, 'auto').segmented).toBe(true);
    // The older spellings still work: null for off, undefined for auto.
    expect(engine.checkSync(WITHOUT, { today: TODAY }, null).segmented).toBe(false);
    expect(engine.checkSync(WITHOUT, { today: TODAY }, undefined).segmented).toBe(true);
  });
});

describe('segmenter overlay', () => {
  const base = loadSegmenterSync();

  it('cuts an added word as one token and knows it, without touching the shared segmenter', () => {
    const seg = withWords(base, ['杜会事业']);
    expect(seg.cut('要推动杜会事业发展').map((t) => t.word)).toContain('杜会事业');
    expect(seg.has('杜会事业')).toBe(true);
    expect(seg.freq('杜会事业')).toBeGreaterThan(0);
    expect(base.has('杜会事业')).toBe(false);
    expect(base.cut('要推动杜会事业发展').map((t) => t.word)).not.toContain('杜会事业');
  });

  it('keeps offsets and the words between the added ones', () => {
    const seg = withWords(base, ['杜会']);
    const text = '杜会和杜会事业，推动发展';
    const tokens = seg.tag(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(tokens.map((t) => t.word));
    expect(tokens.map((t) => t.word).join('')).toBe(text);
    expect(tokens.filter((t) => t.word === '杜会')).toHaveLength(2);
  });

  it('is the base segmenter itself when every word is known', () => {
    expect(withWords(base, ['社会', ''])).toBe(base);
  });
});
