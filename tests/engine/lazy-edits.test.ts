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

  it('traditional-char: a traditional draft and a traditional section in a simplified one, lazily as eagerly', () => {
    // A draft in traditional script (one finding for the whole draft), and a simplified draft
    // with a pasted traditional section (its runs: one finding from MASS_MIN on).
    const traditional = Array.from({ length: 12 }, (_, i) => `第${i + 1}項工作要加強組織領導，確保責任落實到位。`).join('\n');
    const section = `${'我们要加强组织领导，确保责任落实到位。\n'.repeat(200)}${Array.from({ length: 25 }, () => '这是总体设计：總體設計。').join('\n')}`;
    for (const [text, documentWide] of [[traditional, true], [section, false]] as const) {
      const found = (engine: Engine) => engine.checkSync(text, { today: TODAY }, 'off').findings.filter((f) => f.rule === 'traditional-char');
      const eager = found(new Engine());
      const lazy = found(new Engine({ lazyFixes: true }));
      expect(eager).toHaveLength(1);
      expect(eager[0]!.message).toContain(documentWide ? '全文用繁体字书写' : '共 ');
      expect(Object.getOwnPropertyDescriptor(lazy[0]!.fixes[0]!, 'edits')?.get).toBeTypeOf('function');
      expect(lazy).toEqual(eager);
      const fixed = fixAllSync(text, { today: TODAY }, { rules: ['traditional-char'] }, 'off').text;
      expect(fixed).not.toMatch(/[項強組織領導確責實總體設計]/);
      expect(fixed.length).toBe(text.length);
    }
  });
});
