/**
 * The check command: read each input in its own encoding, check (and fix) it with its own
 * configuration, print one report for all of them. A file that fails is named on stderr
 * and makes the exit code 2; the others are still checked and reported.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describeError, Engine } from '../engine/engine';
import { summarizeFindings } from '../engine/summarize';
import type { SpeechCheckConfig } from '../engine/model/config';
import type { Finding, Locale } from '../engine/model/types';
import { ConfigResolver, SegmenterLoader } from './context';
import { decodeAs, encode, type Decoded } from './encoding';
import { fixText, unifiedDiff } from './fixing';
import { formatMarkdown } from './format-markdown';
import { formatSarif } from './format-sarif';
import { formatStylish, StylishWriter } from './format-stylish';
import { expandInputs, readInput, type InputProblem } from './inputs';
import { checkWord } from '../docx/cli';
import { isWordPath, readWordFile } from '../docx/input';
import type { CliIO, OutputFormat } from './io';
import { msg } from './messages';
import { formatJson, hasProblems, JsonWriter, toDiagnostics, type FileResult } from './results';

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
  /** Word files: what `--fix` writes (tracked changes, comments) and where (beside, or `--in-place`). */
  docx?: { changes: boolean; comments: boolean; inPlace: boolean; commentsOnly?: boolean };
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
  let checking = '';
  const failedRules = new Set<string>();
  // A rule that throws loses only its own findings; the file's others are still reported.
  const engine = new Engine({
    onRuleError: ({ rule, error }) => {
      if (failedRules.has(`${checking}\u0000${rule}`)) return;
      failedRules.add(`${checking}\u0000${rule}`);
      fail(checking, msg('ruleFailed', { rule, file: checking, reason: describeError(error) }));
    },
  });
  const reportedRc = new Set<string>();
  const diffs: string[] = [];
  let locale = options.locale;
  let stdin: Promise<Buffer> | undefined;
  // JSON and stylish output is written file by file as they are checked (only counts are
  // kept); SARIF and Markdown need every result before they start.
  const streaming = options.fix !== 'dry-run' && (options.format === 'json' || options.format === 'stylish');
  const kept: FileResult[] = [];
  let checked = 0;
  let anyProblem = false;
  let writer: JsonWriter | StylishWriter | undefined;
  const newWriter = (): JsonWriter | StylishWriter =>
    options.format === 'json' ? new JsonWriter() : new StylishWriter({ color: options.color, locale: locale ?? 'zh-CN' });
  const progress = new Progress(inputs.length, io);
  const emit = (r: FileResult): void => {
    checked++;
    anyProblem ||= hasProblems([r]);
    if (!streaming) {
      kept.push(r);
      return;
    }
    const s = (writer ??= newWriter()).file(r);
    if (s) progress.around(() => io.stdout(s));
  };

  for (const input of inputs) {
    progress.next();
    // A Word file is read by the docx module (its body text), everything else as text.
    const word = input.absolute && isWordPath(input.absolute) ? readWordFile(input.absolute, input.file) : undefined;
    if (word && !word.ok) {
      fail(input.file, word.message);
      continue;
    }
    const read = word ? undefined : await readInput(input, () => (stdin ??= io.readStdin()));
    if (read && !read.ok) {
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
    const segmentation = segmenters.for(conf.config) ?? 'off';
    checking = input.file;
    if (word?.ok) {
      const out = checkWord(word, input, conf.config, engine, segmentation, options, io);
      if (out.result) emit(out.result);
      if (out.failure) fail(input.file, out.failure);
      if (out.diff) diffs.push(out.diff);
      continue;
    }
    if (!read?.ok) continue;
    try {
      let text = read.decoded.text;
      let fixedCount: number | undefined;
      if (options.fix !== 'none') {
        const outcome = fixText(text, conf.config, engine, segmentation);
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
      const { findings } = engine.checkSync(text, conf.config, segmentation);
      const shown = options.quiet ? findings.filter((f) => f.severity === 'error') : findings;
      emit({
        file: input.file,
        diagnostics: toDiagnostics(text, summarizeFindings(shown, conf.config.locale)),
        fixable: shown.filter(isSafelyFixable).length,
        ...(fixedCount !== undefined ? { fixed: fixedCount } : {}),
      });
    } catch (e) {
      fail(input.file, `内部错误，未能检查 ${input.file} / internal error while checking ${input.file}: ${(e as Error).stack ?? e}`);
    }
  }

  progress.done();
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
  const quietAfterError = failures.length > 0 && checked === 0;
  if (options.fix === 'dry-run') {
    if (diffs.length) io.stdout(diffs.join(''));
    else if (failures.length === 0) io.stdout(`${msg('nothingToFix')}\n`);
  } else if (streaming) {
    writer ??= newWriter();
    if (writer instanceof JsonWriter) io.stdout(writer.close());
    else if (!quietAfterError) io.stdout(writer.summary());
  } else if (!(quietAfterError && options.format === 'stylish')) {
    io.stdout(render(kept, options, displayLocale, failures));
  }
  if (failures.length > 0) return 2;
  return anyProblem ? 1 : 0;
}

/**
 * `已检查 312/1000 个文件` on a terminal's stderr while a long run goes on (from 20 files,
 * at most ten times a second), cleared before anything else is written.
 */
class Progress {
  private shown = false;
  private last = 0;
  private k = 0;

  constructor(
    private readonly total: number,
    private readonly io: CliIO,
  ) {}

  private get on(): boolean {
    return !!this.io.stderrIsTTY && this.total >= 20;
  }

  next(): void {
    this.k++;
    if (!this.on) return;
    const now = Date.now();
    if (now - this.last < 100) return;
    this.last = now;
    this.io.stderr(`\r${msg('progress', { done: this.k - 1, total: this.total })}\u001b[K`);
    this.shown = true;
  }

  /** Writes `write`'s output with the progress line out of its way. */
  around(write: () => void): void {
    this.clear();
    write();
  }

  done(): void {
    this.clear();
  }

  private clear(): void {
    if (!this.shown) return;
    this.io.stderr('\r\u001b[K');
    this.shown = false;
    this.last = 0;
  }
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
