/**
 * A draft-wide fix's edits are made when first read (util/lazy-edits.ts): the editor's
 * per-keystroke check never builds them. Whoever reads them — JSON, a worker's message,
 * fix-all — sees the same fix an eager one would be.
 */
import { describe, expect, it } from 'vitest';
import { Engine } from '../../server/src/engine/engine';
import { editCount, lazyFix } from '../../server/src/engine/util/lazy-edits';
import { fixAllSync } from '../../server/src/engine/fix/fix';

const TODAY = new Date(2024, 2, 15);
/** A draft typed with half-width punctuation throughout: one punct-halfwidth finding for all of it. */
const HALF = Array.from({ length: 30 }, (_, i) => `第${i + 1}项工作,我们要抓紧落实;同时,还要加强督查:确保按期完成`).join('\n');

describe('lazy edits', () => {
  it('are made on first read, once, and counted without being made', () => {
    let made = 0;
    const fix = lazyFix('全部改为全角标点', 2, () => {
      made++;
      return [
        { start: 1, end: 2, newText: '，' },
        { start: 5, end: 6, newText: '；' },
      ];
    }, true);
    expect(editCount(fix)).toBe(2);
    expect(made).toBe(0);
    expect(fix.edits).toHaveLength(2);
    expect(fix.edits).toBe(fix.edits);
    expect(made).toBe(1);
    expect(Object.keys(fix)).toEqual(['title', 'edits', 'safe']);
    expect(JSON.parse(JSON.stringify(fix))).toEqual({ title: '全部改为全角标点', edits: fix.edits, safe: true });
    expect(structuredClone(fix)).toEqual({ title: '全部改为全角标点', edits: fix.edits, safe: true });
  });

  it('an engine for the editor makes a draft-wide fix lazily; its edits are every mark, as an eager engine makes them', () => {
    const draftWide = (engine: Engine) => engine.checkSync(HALF, { today: TODAY }, 'off').findings.find((f) => f.rule === 'punct-halfwidth' && f.data?.document === true)!.fixes[0]!;
    const eager = draftWide(new Engine());
    // The command line's engine (the default) builds them at once: a plain array.
    expect(Object.getOwnPropertyDescriptor(eager, 'edits')?.get).toBeUndefined();
    const fix = draftWide(new Engine({ lazyFixes: true }));
    expect(Object.getOwnPropertyDescriptor(fix, 'edits')?.get).toBeTypeOf('function');
    expect(fix).toEqual(eager);
    expect(editCount(fix)).toBe(120);
    expect(fix.edits).toHaveLength(120);
    expect(fix.edits.every((e, i) => i === 0 || e.start >= fix.edits[i - 1]!.end)).toBe(true);
    expect(fix.edits.map((e) => HALF.slice(e.start, e.end)).join('')).toBe(',;,:'.repeat(30));
    const fixed = fixAllSync(HALF, { today: TODAY }, { rules: ['punct-halfwidth'] }, 'off').text;
    expect(fixed).toBe(HALF.replace(/,/g, '，').replace(/;/g, '；').replace(/:/g, '：'));
  });
});
