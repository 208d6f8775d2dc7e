/**
 * Soak: the real server, launched with the client's flags, through 3,000 edits of a 100 KB
 * draft typed every 10 ms (the pacer checks it every ~120 ms plus the check's cost, so a few
 * hundred full checks run). Resident memory after the edits must stay within 15 MB of what
 * it was after the first 300: caches are bounded and hold no slices of earlier texts.
 * Linux only (reads /proc); bounded in time by the edit rate, not by the machine's speed.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileUri, LspClient, positionAt } from './harness';
import { bigDraft, makeWorkspace } from './drafts';

const EDITS = Number(process.env.SOAK_EDITS ?? 3_000);
const EVERY_MS = 10;
const onLinux = process.platform === 'linux' && fs.existsSync('/proc/self/status');

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

describe.runIf(onLinux)('language server soak (3,000 edits of a 100 KB draft)', () => {
  let client: LspClient;
  beforeAll(async () => {
    client = await LspClient.start({
      pull: false,
      workspaceFolder: makeWorkspace(),
      nodeArgs: ['--max-semi-space-size=2', '--max-old-space-size=256', ...(process.env.SOAK_GC ? ['--expose-gc', '-r', path.join(__dirname, 'gc-preload.cjs')] : [])],
      env: { MALLOC_ARENA_MAX: '2' },
    });
  });
  afterAll(async () => {
    await client?.stop();
  });

  it('resident memory does not grow after the first 300 edits', { timeout: 240_000 }, async () => {
    const uri = fileUri(`${makeWorkspace()}/soak.txt`);
    let text = bigDraft(100_000);
    await client.open(uri, text);
    await client.until(() => client.lastPublished(uri), 'diagnostics after open', 60_000);
    let version = 1;
    const settled = async () =>
      client.until(() => {
        const p = client.lastPublished(uri);
        return p && p.version === version ? p : undefined;
      }, `diagnostics for version ${version}`, 60_000);
    let after300 = NaN;
    const third = Math.floor(text.length / 3);
    for (let i = 0; i < EDITS; i++) {
      const at = third + ((i * 7919) % third);
      const pos = positionAt(text, at);
      if (i % 2 === 0) {
        await client.change(uri, ++version, [{ range: { start: pos, end: pos }, text: '的' }]);
        text = text.slice(0, at) + '的' + text.slice(at);
      } else {
        await client.change(uri, ++version, [{ range: { start: pos, end: positionAt(text, at + 1) }, text: '' }]);
        text = text.slice(0, at) + text.slice(at + 1);
      }
      await new Promise((r) => setTimeout(r, EVERY_MS));
      if (process.env.SOAK_VERBOSE && i % 300 === 299) {
        await settled();
        console.log(`soak: ${i + 1} edits, RSS ${rssMb(client.proc.pid!).toFixed(1)} MB`);
      }
      if (i === 299) {
        await settled();
        after300 = rssMb(client.proc.pid!);
      }
    }
    await settled();
    const after = rssMb(client.proc.pid!);
    const checks = new Set(client.published.filter((p) => p.uri === uri).map((p) => p.version)).size;
    console.log(`soak: RSS after 300 edits ${after300.toFixed(1)} MB, after ${EDITS} ${after.toFixed(1)} MB; ${checks} versions published`);
    expect(checks).toBeGreaterThan(20);
    expect(after - after300).toBeLessThanOrEqual(15);
  });
});
