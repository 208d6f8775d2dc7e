/**
 * One scratch folder per test run: every test's temporary files (os.tmpdir(), in the test
 * processes and in the CLI and server processes they start) go under it, and it is removed
 * when the run ends, so a run leaves nothing in the system's temporary folder.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speechcheck-tests-'));
  const previous = { TMPDIR: process.env.TMPDIR, TMP: process.env.TMP, TEMP: process.env.TEMP };
  // os.tmpdir() reads TMPDIR on POSIX and TEMP / TMP on Windows; the test workers and the
  // processes they spawn inherit them.
  process.env.TMPDIR = dir;
  process.env.TMP = dir;
  process.env.TEMP = dir;
  return () => {
    for (const [k, v] of Object.entries(previous)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  };
}
