/**
 * A rule that throws is the engine's business: it is recorded with its id and skipped, and
 * every other rule still reports — in the engine, the command line and the server.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Engine, type RuleFailure } from '../../server/src/engine/engine';
import { RULES } from '../../server/src/engine/rules';
import { run, type CliIO } from '../../server/src/cli/main';

const TODAY = new Date(2024, 2, 15);
const DRAFT = '在全市工作会议上的讲话\n（2024年3月9日）\n\n全年增长X%，于2024-03-09召开会议。\n';
const victim = RULES.find((r) => r.id === 'date-format')!;
const original = victim.check;
const breakVictim = () => {
  (victim as { check: typeof original }).check = (ctx) => {
    // Reported before throwing: not kept either.
    ctx.report({ start: 0, end: 1, messageId: 'nonstandard' });
    throw new Error('boom');
  };
};

afterEach(() => {
  (victim as { check: typeof original }).check = original;
});

describe('a rule that throws', () => {
  it('is recorded and skipped; the other rules report', () => {
    const told: RuleFailure[] = [];
    const engine = new Engine({ onRuleError: (f) => told.push(f) });
    const before = engine.checkSync(DRAFT, { today: TODAY }, 'off').findings;
    expect(before.some((f) => f.rule === 'date-format')).toBe(true);
    breakVictim();
    const result = engine.checkSync(DRAFT, { today: TODAY }, 'off');
    expect(result.failures.map((f) => f.rule)).toEqual(['date-format']);
    expect((result.failures[0]!.error as Error).message).toBe('boom');
    expect(told.map((f) => f.rule)).toEqual(['date-format']);
    expect(result.findings).toEqual(before.filter((f) => f.rule !== 'date-format'));
  });

  it('the command line keeps the file’s other findings and names the rule (exit 2)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speechcheck-fail-'));
    try {
      fs.writeFileSync(path.join(dir, 'draft.txt'), DRAFT);
      breakVictim();
      let out = '';
      let err = '';
      const io: CliIO = {
        cwd: dir,
        env: { SPEECHCHECK_TODAY: '2024-03-15' },
        stdout: (s) => void (out += s),
        stderr: (s) => void (err += s),
        readStdin: async () => Buffer.alloc(0),
        isTTY: false,
      };
      const code = await run(['--format', 'json', 'draft.txt'], io);
      expect(code).toBe(2);
      expect(err).toContain('date-format');
      expect(err).toContain('boom');
      const rules = (JSON.parse(out) as Array<{ diagnostics: Array<{ rule: string }> }>)[0]!.diagnostics.map((d) => d.rule);
      expect(rules).toContain('placeholder');
      expect(rules).not.toContain('date-format');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
