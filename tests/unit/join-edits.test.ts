import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinNearEdits } from '../../server/src/engine/diagnostics';
import { applyEdits } from '../../server/src/engine/fix/fix';
import { toDiagnostics } from '../../server/src/engine/diagnostics';
import { findings } from '../helpers';
import type { TextEdit } from '../../server/src/engine/model/types';

describe('joinNearEdits (a fix written in the JSON contract)', () => {
  it('writes edits close together on a line as one, with the draft between them', () => {
    const text = '我们,要坚持,再坚持。\n第二行,也是。';
    const edits: TextEdit[] = [
      { start: 2, end: 3, newText: '，' },
      { start: 6, end: 7, newText: '，' },
      { start: 15, end: 16, newText: '，' },
    ];
    expect(joinNearEdits(text, edits)).toEqual([
      { start: 2, end: 7, newText: '，要坚持，' },
      { start: 15, end: 16, newText: '，' },
    ]);
  });

  it('leaves edits far apart, across a line break, out of order or overlapping as they are', () => {
    const far = 'a'.repeat(100);
    expect(joinNearEdits(far, [{ start: 0, end: 1, newText: 'b' }, { start: 90, end: 91, newText: 'b' }])).toHaveLength(2);
    expect(joinNearEdits('ab\ncd', [{ start: 1, end: 2, newText: 'x' }, { start: 3, end: 4, newText: 'y' }])).toHaveLength(2);
    expect(joinNearEdits('abcd', [{ start: 2, end: 3, newText: 'x' }, { start: 0, end: 1, newText: 'y' }])).toHaveLength(2);
    expect(joinNearEdits('abcd', [{ start: 0, end: 2, newText: 'x' }, { start: 1, end: 3, newText: 'y' }])).toHaveLength(2);
  });

  it('makes the same text as the edits it joins (any text, any sorted edits)', () => {
    const textArb = fc.string({ unit: fc.constantFrom('甲', '乙', ',', '\n', '\r', 'a', ' '), maxLength: 80 });
    fc.assert(
      fc.property(textArb, fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.string({ maxLength: 3 })), { maxLength: 12 }), (text, raw) => {
        // Sorted, non-overlapping edits inside the text (insertions included).
        const edits: TextEdit[] = [];
        let at = 0;
        for (const [skip, len, newText] of raw) {
          const start = Math.min(text.length, at + (skip % 10));
          const end = Math.min(text.length, start + len);
          // Two insertions at one place (or one at a replacement's start) do not make one change.
          if (edits.length > 0 && start === edits[edits.length - 1]!.end && (start === end || edits[edits.length - 1]!.start === start)) continue;
          edits.push({ start, end, newText });
          at = end;
        }
        const joined = joinNearEdits(text, edits);
        expect(joined.length).toBeLessThanOrEqual(edits.length);
        expect(applyEdits(text, joined)).toBe(applyEdits(text, edits));
      }),
      { numRuns: 500 },
    );
  });

  it('a whole-document fix in the JSON contract: fewer edits, the same fixed draft', () => {
    const text = Array.from({ length: 30 }, (_, i) => `第${i}段,我们要坚持,再坚持,一以贯之。`).join('\n');
    const mass = findings(text, 'punct-halfwidth').find((f) => f.rule === 'punct-halfwidth' && f.fixes[0]!.edits.length > 30)!;
    expect(mass).toBeDefined();
    const raw = mass.fixes[0]!.edits;
    const diag = toDiagnostics(text, [mass])[0]!;
    const written = diag.fixes[0]!.edits;
    expect(written.length).toBe(30);
    const lines = text.split('\n');
    const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
    const back = written.map((e) => ({ start: offset(e.range.start), end: offset(e.range.end), newText: e.newText }));
    expect(applyEdits(text, back)).toBe(applyEdits(text, raw));
  });
});
