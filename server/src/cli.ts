/**
 * The `speechcheck` command (bundled to dist/cli.js with a shebang; `bin` in package.json).
 */
import { run } from './cli/main';
import { readStream } from './cli/inputs';
import { isCheckWorker, runWorker } from './cli/pool';

if (isCheckWorker()) runWorker();
else main();

function main(): void {
  // Output piped into a reader that stops early (`speechcheck … | head`): stop quietly, as
  // other command-line tools do, instead of an unhandled EPIPE with a stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });

  run(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readStdin: () => readStream(process.stdin),
    // A reader slower than the report (`| jq`, a CI log): wait for it rather than buffer the report.
    drain: () => (process.stdout.writableNeedDrain ? new Promise<void>((resolve) => process.stdout.once('drain', resolve)) : undefined),
    isTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
  }).then(
    (code) => exitWhenWritten(code),
    (err: unknown) => {
      process.stderr.write(`speechcheck: 内部错误 / internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      exitWhenWritten(2);
    },
  );
}

/**
 * Exits once everything written to stdout and stderr has been handed over (a write's callback
 * runs after the writes before it). Left to end by itself, the process first waited for V8's
 * background jobs (optimising compilations queued while it checked) to finish: ~10 ms of a cold
 * command's ~180, idle, after its report was out (one seed: 183 -> 170 ms).
 */
function exitWhenWritten(code: number): void {
  process.exitCode = code;
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}
