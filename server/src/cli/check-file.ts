/**
 * One input, start to finish: read it in its own encoding (or as a Word file), check it with
 * its configuration, fix it (`--fix` writes it, `--fix-dry-run` makes a diff) and return what
 * is to be reported about it. The same code runs in the command's own thread and in the
 * worker threads of a parallel run, so both report byte for byte the same.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describeError, Engine, type Segmentation } from '../engine/engine';
import { summarizeFindings } from '../engine/summarize';
import { editCount } from '../engine/util/lazy-edits';
import type { NormalizedConfig } from '../engine/model/config';
import type { Finding, Locale } from '../engine/model/types';
import { SegmenterLoader } from './context';
import { decodeAs, encode, type Decoded } from './encoding';
import { fixText, unifiedDiff } from './fixing';
import { sarifEntries } from './format-sarif';
import { readInput, type Input } from './inputs';
import { checkWord } from '../docx/cli';
import { isWordPath, readWordFile } from '../docx/input';
import type { CliIO } from './io';
import { msg } from './messages';
import { hasProblems, jsonBody, toDiagnostics, type FileResult } from './results';
import type { CheckRunOptions } from './run-check';

/** One input to check, as the command's thread hands it over (structured-clonable). */
export interface FileJob {
  index: number;
  input: Input;
  /** The input's configuration; absent when its rc file is broken (`configFailure`). */
  config?: NormalizedConfig;
  configFailure?: { rcPath: string; message: string };
}

/** What is reported about one input, in input order. */
export interface FileOutcome {
  result?: FileResult;
  /** Messages naming the file, printed after the report (exit 2). */
  failures: string[];
  /** Read, but its rc file is broken: the command's thread words the message (once per rc file). */
  configFailed?: { rcPath: string; message: string };
  /** The diff `--fix-dry-run` prints. */
  diff?: string;
  /** Lines for stderr as the file is reported (`已修复 …`). */
  notes: string[];
  /** The segmenter's notice (`--debug`, or that it failed to load): printed once per run. */
  segmenterNote?: string;
  /** The file's locale, once it has been read and configured (the report's language). */
  locale?: Locale;
  /**
   * `--format json` or `sarif`: the file's part of the report, made where it was checked;
   * `result` then comes without its diagnostics (a string crosses between threads at a
   * fraction of the objects' cost).
   */
  rendered?: { body: string; problems: boolean };
}

/** Checks inputs one at a time with one engine and one segmenter (per thread). */
export class FileChecker {
  private readonly segmenters: SegmenterLoader;
  private readonly engine: Engine;
  private current: FileOutcome | undefined;
  private currentFile = '';
  private readonly failedRules = new Set<string>();
  private segmenterNote: string | undefined;

  constructor(
    private readonly options: CheckRunOptions,
    private readonly env: NodeJS.ProcessEnv,
    /** Standard input, read once (only the command's own thread is handed `-`). */
    private readonly stdin: () => Promise<Buffer> = async () => Buffer.alloc(0),
  ) {
    this.segmenters = new SegmenterLoader((s) => void (this.segmenterNote = (this.segmenterNote ?? '') + s), options.debug);
    // A rule that throws loses only its own findings; the file's others are still reported.
    this.engine = new Engine({
      onRuleError: ({ rule, error }) => {
        if (!this.current || this.failedRules.has(rule)) return;
        this.failedRules.add(rule);
        this.current.failures.push(msg('ruleFailed', { rule, file: this.currentFile, reason: describeError(error) }));
      },
    });
  }

  async check(job: FileJob): Promise<FileOutcome> {
    const out: FileOutcome = { failures: [], notes: [] };
    this.current = out;
    this.currentFile = job.input.file;
    this.failedRules.clear();
    try {
      await this.run(job, out);
      const { format, fix } = this.options;
      if (out.result && (format === 'json' || format === 'sarif') && fix !== 'dry-run') {
        const body = format === 'json' ? jsonBody(out.result) : sarifEntries(out.result);
        out.rendered = { body, problems: hasProblems([out.result]) };
        out.result = { ...out.result, diagnostics: [] };
      }
    } catch (e) {
      out.failures.push(internalError(job.input.file, e));
    } finally {
      this.current = undefined;
      if (this.segmenterNote) out.segmenterNote = this.segmenterNote;
      this.segmenterNote = undefined;
    }
    return out;
  }

  private async run(job: FileJob, out: FileOutcome): Promise<void> {
    const { input } = job;
    // A Word file is read by the docx module (its body text), everything else as text.
    const word = input.absolute && isWordPath(input.absolute) ? readWordFile(input.absolute, input.file) : undefined;
    if (word && !word.ok) return void out.failures.push(word.message);
    const read = word ? undefined : await readInput(input, this.stdin);
    if (read && !read.ok) return void out.failures.push(read.message);
    if (!job.config) {
      if (job.configFailure) out.configFailed = job.configFailure;
      return;
    }
    const config = job.config;
    out.locale = config.locale;
    const segmentation = this.segmenters.for(config) ?? 'off';
    if (word?.ok) {
      const io = this.noteIO(out);
      const w = checkWord(word, input, config, this.engine, segmentation, this.options, io);
      if (w.result) out.result = w.result;
      if (w.failure) out.failures.push(w.failure);
      if (w.diff) out.diff = w.diff;
      return;
    }
    if (!read?.ok) return;
    this.checkText(input, read.decoded, config, segmentation, out);
  }

  private checkText(input: Input, decoded: Decoded, config: NormalizedConfig, segmentation: Segmentation, out: FileOutcome): void {
    const options = this.options;
    let text = decoded.text;
    let fixedCount: number | undefined;
    if (options.fix !== 'none') {
      const outcome = fixText(text, config, this.engine, segmentation);
      fixedCount = outcome.applied;
      if (outcome.text !== text) {
        if (options.fix === 'dry-run') {
          out.diff = unifiedDiff(text, outcome.text, input.file, 1, outcome.edits);
          text = outcome.text;
        } else {
          const written = writeFixed(input.absolute!, outcome.text, decoded, input.file);
          if (written !== true) {
            // The file keeps its old text: report what is on disk, not what was not written.
            out.failures.push(written);
            fixedCount = 0;
          } else {
            out.notes.push(`speechcheck: ${msg('fixed', { file: input.file, count: outcome.applied })}\n`);
            text = outcome.text;
          }
        }
      }
    }
    const { findings } = this.engine.checkSync(text, config, segmentation);
    const shown = options.quiet ? findings.filter((f) => f.severity === 'error') : findings;
    out.result = {
      file: input.file,
      diagnostics: toDiagnostics(text, summarizeFindings(shown, config.locale)),
      fixable: shown.filter(isSafelyFixable).length,
      ...(fixedCount !== undefined ? { fixed: fixedCount } : {}),
    };
  }

  /** What the docx module writes to stderr becomes the file's notes. */
  private noteIO(out: FileOutcome): CliIO {
    return {
      cwd: process.cwd(),
      env: this.env,
      stdout: () => undefined,
      stderr: (s) => void out.notes.push(s),
      readStdin: async () => Buffer.alloc(0),
      isTTY: false,
    };
  }
}

export function internalError(file: string, e: unknown): string {
  return `内部错误，未能检查 ${file} / internal error while checking ${file}: ${(e as Error)?.stack ?? e}`;
}

function isSafelyFixable(f: Finding): boolean {
  const fix = f.fixes[0];
  return !!fix && fix.safe && editCount(fix) > 0;
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
