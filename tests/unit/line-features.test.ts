/**
 * The line sweeps' bits (rule-api/line-features.ts): a line has a feature's bit exactly when the
 * registered expression matches somewhere in its text, whatever a global expression's
 * `lastIndex` was left at, and a line edited between two checks is tested again while the
 * unchanged ones are answered from the cache.
 */
import { describe, expect, it } from 'vitest';
import { SpeechDocument } from '../../server/src/engine/analysis/document';
import { lineFeature, lineFeaturesOf, lineHas } from '../../server/src/engine/rule-api/line-features';
import type { AnalysisContext } from '../../server/src/engine/rule-api/rule';
import { BoundedCache } from '../../server/src/engine/util/bounded-cache';

const PAIR = /[，。](?=[，。])/g;
const PAIR_BIT = lineFeature(PAIR);
const DIGIT_BIT = lineFeature(/\d/);

function contextOf(text: string, caches?: Map<string, BoundedCache<unknown>>): AnalysisContext {
  const memos = new Map<string, unknown>();
  return {
    doc: new SpeechDocument(text),
    text,
    config: {} as AnalysisContext['config'],
    memo: <T>(key: string, compute: () => T): T => {
      if (!memos.has(key)) memos.set(key, compute());
      return memos.get(key) as T;
    },
    ...(caches
      ? {
          cache: <V>(name: string, entries: number, chars: number): BoundedCache<V> => {
            if (!caches.has(name)) caches.set(name, new BoundedCache<unknown>(entries, chars));
            return caches.get(name) as BoundedCache<V>;
          },
        }
      : {}),
  };
}

describe('line features', () => {
  it('sets a bit exactly where the expression matches in the line', () => {
    const text = '今天，。我们开会\n\n第2次会议。\n没有连用的标点。\n，，两个逗号';
    // A global expression left mid-string by a sweep does not change the answer.
    PAIR.lastIndex = 5;
    const f = lineFeaturesOf(contextOf(text));
    expect([0, 1, 2, 3, 4].map((i) => lineHas(f, i, PAIR_BIT))).toEqual([true, false, false, false, true]);
    expect([0, 1, 2, 3, 4].map((i) => lineHas(f, i, DIGIT_BIT))).toEqual([false, false, true, false, false]);
    expect(lineHas(f, 0, PAIR_BIT | DIGIT_BIT)).toBe(true);
  });

  it('answers an edited draft from its own text, not the previous version', () => {
    const caches = new Map<string, BoundedCache<unknown>>();
    const before = '第一行，没有。\n第二行有数字1。\n第三行。';
    const after = '第一行，。有了。\n第二行没有数字。\n第三行。';
    const f1 = lineFeaturesOf(contextOf(before, caches));
    expect([lineHas(f1, 0, PAIR_BIT), lineHas(f1, 1, DIGIT_BIT)]).toEqual([false, true]);
    const f2 = lineFeaturesOf(contextOf(after, caches));
    expect([lineHas(f2, 0, PAIR_BIT), lineHas(f2, 1, DIGIT_BIT), lineHas(f2, 2, PAIR_BIT | DIGIT_BIT)]).toEqual([true, false, false]);
    // The unchanged third line was found in the cache the first check filled.
    expect([...caches.values()].some((c) => c.get('第三行。') !== undefined)).toBe(true);
  });
});
