/**
 * Issue #9's limits, kept: no source file over 400 lines and no function over 80 in
 * server/src and client/src (tools/size-report.mjs lists any that are).
 */
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { expect, it } from 'vitest';

it('no source file over 400 lines, no function over 80', () => {
  const root = path.resolve(__dirname, '../..');
  const out = execFileSync(process.execPath, [path.join(root, 'tools/size-report.mjs')], { cwd: root, encoding: 'utf8' });
  expect(out.trim()).toBe('');
});
