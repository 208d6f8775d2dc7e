/**
 * dist/engine.js, the bundle other programs load: `check(text, options?)` resolves to the
 * findings in the JSON contract of RULES.md (the shape of `speechcheck --format json`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const BUNDLE = join(ROOT, 'dist', 'engine.js');

describe('dist/engine.js', () => {
  beforeAll(() => {
    if (!existsSync(BUNDLE)) execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'ignore' });
  }, 120_000);

  it('check() resolves to contract-shaped diagnostics with UTF-16 ranges', async () => {
    const engine = require(BUNDLE);
    const text = '在全县工作会议上的讲话\n（2024年3月15日）\n\n𠮷同志们：今年完成XX亿元。';
    const diagnostics = await engine.check(text, { today: new Date(2024, 2, 15) });
    const slot = diagnostics.find((d: { rule: string }) => d.rule === 'placeholder');
    expect(slot).toBeDefined();
    expect(Object.keys(slot).sort()).toEqual(['category', 'fixes', 'message', 'range', 'rule', 'severity']);
    expect(slot.category).toBe('placeholder');
    expect(slot.severity).toBe('warning');
    // Line 3 (0-based); 𠮷 is two UTF-16 units, so XX starts at character 2 + 8 = 10.
    const line = text.split('\n')[3]!;
    expect(slot.range).toEqual({ start: { line: 3, character: line.indexOf('XX') }, end: { line: 3, character: line.indexOf('XX') + 2 } });
    expect(line.indexOf("XX")).toBe(10);
    for (const d of diagnostics) {
      for (const fix of d.fixes) {
        expect(typeof fix.title).toBe('string');
        for (const e of fix.edits) expect(Object.keys(e).sort()).toEqual(['newText', 'range']);
      }
    }
  });
});
