/**
 * The report of a check run, written in input order whatever order the files finish in: each
 * outcome waits until those before it are written. JSON, SARIF and stylish output is written
 * file by file (only counts and names are kept); Markdown needs every result before it starts.
 */
import type { Locale } from '../engine/model/types';
import type { FileOutcome } from './check-file';
import { formatMarkdown } from './format-markdown';
import { SarifWriter } from './format-sarif';
import { formatStylish, StylishWriter } from './format-stylish';
import type { Input, InputProblem } from './inputs';
import type { CliIO } from './io';
import { msg } from './messages';
import { formatJson, hasProblems, JsonWriter, type FileResult } from './results';
import type { CheckRunOptions } from './run-check';

export class OrderedReport {
  private readonly waiting = new Map<number, FileOutcome>();
  /** Outcomes written so far: every input before this index is reported. */
  flushed = 0;
  private checked = 0;
  private anyProblem = false;
  private locale: Locale | undefined;
  private readonly kept: FileResult[] = [];
  private readonly diffs: string[] = [];
  private writer: JsonWriter | StylishWriter | SarifWriter | undefined;
  private readonly reportedRc = new Set<string>();
  private segmenterNoted = false;
  private readonly streaming: boolean;
  private readonly progress: Progress;

  constructor(
    private readonly options: CheckRunOptions,
    private readonly io: CliIO,
    private readonly inputs: readonly Input[],
    private readonly failures: InputProblem[],
  ) {
    this.locale = options.locale;
    this.streaming = options.fix !== 'dry-run' && options.format !== 'markdown';
    this.progress = new Progress(inputs.length, io);
    this.progress.show(0);
  }

  /** The outcome of input `index`; writes it, and those after it that were waiting, in order. */
  add(index: number, outcome: FileOutcome): void {
    this.waiting.set(index, outcome);
    const before = this.flushed;
    for (let o; (o = this.waiting.get(this.flushed)); this.flushed++) {
      this.waiting.delete(this.flushed);
      this.write(this.inputs[this.flushed]!.file, o);
    }
    if (this.flushed > before) this.progress.show(this.flushed);
  }

  private write(file: string, o: FileOutcome): void {
    if (o.segmenterNote && !this.segmenterNoted) {
      this.segmenterNoted = true;
      this.progress.around(() => this.io.stderr(o.segmenterNote!));
    }
    for (const n of o.notes) this.progress.around(() => this.io.stderr(n));
    if (o.configFailed) {
      // One message per broken rc file, then one line per file it kept from being checked.
      const { rcPath, message } = o.configFailed;
      const first = !this.reportedRc.has(rcPath);
      this.reportedRc.add(rcPath);
      this.fail(file, first ? msg('badConfig', { reason: message, file }) : msg('configNotChecked', { file, rc: rcPath }));
    }
    for (const f of o.failures) this.fail(file, f);
    if (o.locale) this.locale ??= o.locale;
    if (o.result) this.emit(o.result, o.rendered);
    if (o.diff) this.diffs.push(o.diff);
  }

  private fail(file: string, message: string): void {
    this.failures.push({ file, message });
  }

  private emit(r: FileResult, rendered: FileOutcome['rendered']): void {
    this.checked++;
    this.anyProblem ||= rendered ? rendered.problems : hasProblems([r]);
    if (!this.streaming) {
      this.kept.push(r);
      return;
    }
    const writer = (this.writer ??= this.newWriter());
    const parts: string[] =
      writer instanceof SarifWriter
        ? writer.file(r, rendered?.body)
        : writer instanceof JsonWriter && rendered
          ? [writer.separator(), rendered.body]
          : [writer.file(r)];
    if (parts.every((p) => p.length === 0)) return;
    this.progress.around(() => {
      for (const p of parts) if (p.length) this.io.stdout(p);
    });
  }

  private newWriter(): JsonWriter | StylishWriter | SarifWriter {
    const locale = this.locale ?? 'zh-CN';
    if (this.options.format === 'json') return new JsonWriter();
    if (this.options.format === 'sarif') return new SarifWriter(locale);
    return new StylishWriter({ color: this.options.color, locale });
  }

  /** Names the failures on stderr, closes the report; the exit code. */
  finish(): number {
    const { options, io, failures } = this;
    this.progress.done();
    for (const f of failures) {
      if (f.message) io.stderr(`speechcheck: ${f.message}\n`);
    }
    if (this.inputs.length === 0 && failures.length === 0) {
      io.stderr(`speechcheck: ${msg('noInputs')}\n`);
      return 2;
    }
    const displayLocale: Locale = this.locale ?? 'zh-CN';
    // After an error with nothing checked, no all-clear line: "nothing found in 0 files" reads as
    // success. (Files that were checked still get their line, beside the error.)
    const quietAfterError = failures.length > 0 && this.checked === 0;
    if (options.fix === 'dry-run') {
      if (this.diffs.length) io.stdout(this.diffs.join(''));
      else if (failures.length === 0) io.stdout(`${msg('nothingToFix')}\n`);
    } else if (this.streaming) {
      const writer = (this.writer ??= this.newWriter());
      if (writer instanceof JsonWriter) io.stdout(writer.close());
      else if (writer instanceof SarifWriter) io.stdout(writer.close(failures));
      else if (!quietAfterError) io.stdout(writer.summary());
    } else if (!(quietAfterError && options.format === 'stylish')) {
      io.stdout(render(this.kept, options, displayLocale));
    }
    if (failures.length > 0) return 2;
    return this.anyProblem ? 1 : 0;
  }
}

/**
 * `已检查 312/1000 个文件` on a terminal's stderr while a long run goes on (from 20 files,
 * at most ten times a second), cleared before anything else is written.
 */
class Progress {
  private shown = false;
  private last = 0;

  constructor(
    private readonly total: number,
    private readonly io: CliIO,
  ) {}

  private get on(): boolean {
    return !!this.io.stderrIsTTY && this.total >= 20;
  }

  show(done: number): void {
    if (!this.on || done >= this.total) return;
    const now = Date.now();
    if (now - this.last < 100) return;
    this.last = now;
    this.io.stderr(`\r${msg('progress', { done, total: this.total })}\u001b[K`);
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

function render(results: FileResult[], options: CheckRunOptions, locale: Locale): string {
  switch (options.format) {
    case 'json':
      return formatJson(results);
    case 'markdown':
      return formatMarkdown(results, locale);
    default:
      return formatStylish(results, { color: options.color, locale });
  }
}
