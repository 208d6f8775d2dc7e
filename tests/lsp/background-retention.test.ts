/**
 * A job of the check worker keeps no hold on its draft once the worker has it or the job has
 * ended: while the writer types on, superseded jobs stay referenced until the checks that
 * replaced them settle, and each kept a copy of a 1 MB draft (the server ran out of heap).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { BackgroundChecks } from '../../server/src/lsp/background';
import type { NormalizedConfig } from '../../server/src/engine/model/config';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

describe('background jobs and their drafts', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-bg-'));
  // A worker that takes jobs and never answers: the first job stays running.
  const script = path.join(dir, 'idle-worker.js');
  fs.writeFileSync(script, "require('node:worker_threads').parentPort.on('message', () => {});\n");
  const bg = new BackgroundChecks(script, () => undefined);
  afterAll(() => {
    bg.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('neither a running job nor a cancelled queued one holds its request', async () => {
    // Made in a function of their own: an async test's frame may hold on to its last values.
    const start = (i: number) => {
      const config = { marker: i } as unknown as NormalizedConfig;
      const job = bg.run({ kind: 'check', text: `草稿${i}`.repeat(1000), config });
      job.promise.catch(() => undefined);
      return { job, ref: new WeakRef(config) };
    };
    const started = [start(0), start(1)];
    const refs = started.map((s) => s.ref);
    const jobs = started.map((s) => s.job);
    // The first was sent to the worker; the second waits in the queue until cancelled.
    jobs[1]!.cancel();
    for (let k = 0; k < 3; k++) {
      await new Promise((r) => setTimeout(r, 20));
      gc();
    }
    expect(jobs.length).toBe(2); // the jobs themselves are still referenced
    expect(refs.map((r) => r.deref() === undefined)).toEqual([true, true]);
  });
});
