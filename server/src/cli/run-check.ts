/**
 * The check command: read each input in its own encoding, check (and fix) it with its own
 * configuration, print one report for all of them. A file that fails is named on stderr
 * and makes the exit code 2; the others are still checked and reported.
 */
import * as fs from 'node:fs';
import { describeError, Engine } from '../engine/engine';
import type { SpeechCheckConfig } from '../engine/config';
import type { Finding, Locale } from '../engine/types';
import { ConfigResolver, SegmenterLoader } from './context';
import { decodeAs, encode, type Decoded } from './encoding';
import { fixText, unifiedDiff } from './fixing';
import { formatMarkdown } from './format-markdown';
import { formatSarif } from './format-sarif';
import { formatStylish } from './format-stylish';
import { expandInputs, readInput, type InputProblem } from './inputs';
import type { CliIO, OutputFormat } from './io';
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
  const { inputs, problems } = expandInputs(args, io.cwd);
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
    const segmentation = segmenters.for(conf.config) ?? 'off';
    checking = input.file;
    try {
      let text = read.decoded.text;
      let fixedCount: number | undefined;
      if (options.fix !== 'none') {
        const outcome = fixText(text, conf.config, engine, segmentation);
        fixedCount = outcome.applied;
        if (outcome.text !== text) {
          if (options.fix === 'dry-run') {
            diffs.push(unifiedDiff(text, outcome.text, input.file));
          } else {
            const written = writeFixed(input.absolute!, outcome.text, read.decoded, input.file);
            if (written !== true) {
              fail(input.file, written);
            } else {
              io.stderr(`speechcheck: ${msg('fixed', { file: input.file, count: outcome.applied })}\n`);
            }
          }
          text = outcome.text;
        }
      }
      const { findings } = engine.checkSync(text, conf.config, segmentation);
      const shown = options.quiet ? findings.filter((f) => f.severity === 'error') : findings;
      results.push({
        file: input.file,
        diagnostics: toDiagnostics(text, shown),
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
    fs.writeFileSync(absolute, bytes);
    return true;
  } catch (e) {
    return msg('unwritable', { file, reason: (e as Error).message });
  }
}
