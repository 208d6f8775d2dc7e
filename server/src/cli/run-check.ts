/**
 * The check command: read each input in its own encoding, check (and fix) it with its own
 * configuration, print one report for all of them. A file that fails is named on stderr
 * and makes the exit code 2; the others are still checked and reported.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkSync } from '../engine/check';
import { summarizeFindings } from '../engine/summarize';
import type { SpeechCheckConfig } from '../engine/config';
import type { Finding, Locale } from '../engine/types';
import { ConfigResolver, SegmenterLoader } from './context';
import { decodeAs, encode, type Decoded } from './encoding';
import { fixText, unifiedDiff } from './fixing';
import { formatMarkdown } from './format-markdown';
import { formatSarif } from './format-sarif';
import { formatStylish } from './format-stylish';
import { expandInputs, readInput, type InputProblem } from './inputs';
import type { CliIO, OutputFormat } from './main';
import { msg } from './messages';
import { formatJson, hasProblems, toDiagnostics, type FileResult } from './results';

export interface CheckRunOptions {
  format: OutputFormat;
  fix: 'none' | 'write' | 'dry-run';
  quiet: boolean;
  color: boolean;
  configPath?: string;
  locale?: Locale;
  layer: SpeechCheckConfig;
  today: Date;
  debug?: boolean;
}

export async function checkFiles(args: readonly string[], options: CheckRunOptions, io: CliIO): Promise<number> {
  const { inputs, problems, notices } = expandInputs(args, io.cwd);
  for (const n of notices) io.stderr(`speechcheck: ${n}\n`);
  const failures: InputProblem[] = [...problems];
  const fail = (file: string, message: string): void => {
    failures.push({ file, message });
  };
  const resolver = new ConfigResolver(
    { ...(options.configPath ? { configPath: options.configPath } : {}), layer: options.layer, today: options.today },
    io.cwd,
  );
  const segmenters = new SegmenterLoader((s) => io.stderr(s), options.debug);
  const reportedRc = new Set<string>();
  const results: FileResult[] = [];
  const diffs: string[] = [];
  let locale = options.locale;
  let stdin: Promise<Buffer> | undefined;

  for (const input of inputs) {
    const read = await readInput(input, () => (stdin ??= io.readStdin()));
    if (!read.ok) {
      fail(input.file, read.message);
      continue;
    }
    const conf = resolver.forInput(input);
    if (!conf.ok) {
      // One message per broken rc file, then one line per file it kept from being checked.
      if (!reportedRc.has(conf.rcPath)) {
        reportedRc.add(conf.rcPath);
        fail(input.file, msg('badConfig', { reason: conf.message, file: input.file }));
      } else {
        fail(input.file, msg('configNotChecked', { file: input.file, rc: conf.rcPath }));
      }
      continue;
    }
    locale ??= conf.config.locale;
    const segmenter = segmenters.for(conf.config);
    try {
      let text = read.decoded.text;
      let fixedCount: number | undefined;
      if (options.fix !== 'none') {
        const outcome = fixText(text, conf.config, segmenter);
        fixedCount = outcome.applied;
        if (outcome.text !== text) {
          if (options.fix === 'dry-run') {
            diffs.push(unifiedDiff(text, outcome.text, input.file, 1, outcome.edits));
            text = outcome.text;
          } else {
            const written = writeFixed(input.absolute!, outcome.text, read.decoded, input.file);
            if (written !== true) {
              // The file keeps its old text: report what is on disk, not what was not written.
              fail(input.file, written);
              fixedCount = 0;
            } else {
              io.stderr(`speechcheck: ${msg('fixed', { file: input.file, count: outcome.applied })}\n`);
              text = outcome.text;
            }
          }
        }
      }
      const findings = checkSync(text, conf.config, segmenter);
      const shown = options.quiet ? findings.filter((f) => f.severity === 'error') : findings;
      results.push({
        file: input.file,
        diagnostics: toDiagnostics(text, summarizeFindings(shown, conf.config.locale)),
        fixable: shown.filter(isSafelyFixable).length,
        ...(fixedCount !== undefined ? { fixed: fixedCount } : {}),
      });
    } catch (e) {
      fail(input.file, `内部错误，未能检查 ${input.file} / internal error while checking ${input.file}: ${(e as Error).stack ?? e}`);
    }
  }

  for (const f of failures) {
    if (f.message) io.stderr(`speechcheck: ${f.message}\n`);
  }
  if (inputs.length === 0 && failures.length === 0) {
    io.stderr(`speechcheck: ${msg('noInputs')}\n`);
    return 2;
  }

  const displayLocale: Locale = locale ?? 'zh-CN';
  // After an error with nothing checked, no all-clear line: "nothing found in 0 files" reads as
  // success. (Files that were checked still get their line, beside the error.)
  const quietAfterError = failures.length > 0 && results.length === 0;
  if (options.fix === 'dry-run') {
    if (diffs.length) io.stdout(diffs.join(''));
    else if (failures.length === 0) io.stdout(`${msg('nothingToFix')}\n`);
  } else if (!(quietAfterError && options.format === 'stylish')) {
    io.stdout(render(results, options, displayLocale, failures));
  }
  if (failures.length > 0) return 2;
  return hasProblems(results) ? 1 : 0;
}

function render(results: FileResult[], options: CheckRunOptions, locale: Locale, failures: InputProblem[]): string {
  switch (options.format) {
    case 'json':
      return formatJson(results);
    case 'sarif':
      return formatSarif(results, { locale, failures });
    case 'markdown':
      return formatMarkdown(results, locale);
    default:
      return formatStylish(results, { color: options.color, locale });
  }
}

function isSafelyFixable(f: Finding): boolean {
  const fix = f.fixes[0];
  return !!fix && fix.safe && fix.edits.length > 0;
}

/** Writes the fixed text in the file's own encoding and BOM; refuses when the encoding cannot hold it. */
function writeFixed(absolute: string, text: string, decoded: Decoded, file: string): true | string {
  const bytes = encode(text, decoded);
  let roundTrip: string | undefined;
  try {
    roundTrip = decodeAs(bytes, decoded);
  } catch {
    roundTrip = undefined;
  }
  if (roundTrip !== text) return msg('unencodable', { file, encoding: decoded.encoding });
  try {
    writeAtomic(absolute, bytes);
    return true;
  } catch (e) {
    return msg('unwritable', { file, reason: (e as Error).message });
  }
}

/**
 * Replaces a file all at once: the bytes go to a temporary file in the same folder, are
 * flushed to disk, and the temporary file is renamed over the original with its mode. A
 * kill or a full disk at any point leaves either the old file or the new one, never a
 * partial one; on failure the temporary file is removed.
 */
export function writeAtomic(absolute: string, bytes: Uint8Array): void {
  const target = fs.realpathSync(absolute); // write through a symlink, keep the link
  const stat = fs.statSync(target);
  fs.accessSync(target, fs.constants.W_OK); // a read-only file stays as it is
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.speechcheck-${process.pid}-${Date.now().toString(36)}.tmp`);
  let fd: number | undefined;
  try {
    fd = fs.openSync(tmp, 'wx', stat.mode & 0o7777);
    for (let off = 0; off < bytes.length; ) off += fs.writeSync(fd, bytes, off, bytes.length - off);
    fs.fchmodSync(fd, stat.mode & 0o7777);
    try {
      fs.fchownSync(fd, stat.uid, stat.gid);
    } catch {
      // not permitted for another user's file: the owner becomes the writer, as with an editor's save
    }
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(tmp, target);
  } catch (e) {
    if (fd !== undefined) fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  try {
    const dir = fs.openSync(path.dirname(target), 'r');
    try {
      fs.fsyncSync(dir);
    } finally {
      fs.closeSync(dir);
    }
  } catch {
    // folders cannot be opened for fsync on every platform; the rename is done either way
  }
}
