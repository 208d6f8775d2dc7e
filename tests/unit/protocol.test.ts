import { describe, expect, it } from 'vitest';
import { diagnosticResultId, isCompleteResult } from '../../server/src/protocol';

describe('pull diagnostics resultId', () => {
  it('says whether the word-based rules ran, and is unique per version and configuration', () => {
    expect(isCompleteResult(diagnosticResultId(3, 'cfg|1', true))).toBe(true);
    expect(isCompleteResult(diagnosticResultId(3, 'cfg|1', false))).toBe(false);
    expect(isCompleteResult('off|3|x')).toBeUndefined();
    expect(isCompleteResult(undefined)).toBeUndefined();
    expect(diagnosticResultId(3, 'a', true)).not.toBe(diagnosticResultId(4, 'a', true));
    expect(diagnosticResultId(3, 'a', true)).not.toBe(diagnosticResultId(3, 'b', true));
  });
});
