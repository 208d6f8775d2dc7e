/**
 * A Word file on the command line: check its body text with the engine, and with `--fix` (or
 * `--comments-only`) write `NAME.speechcheck.docx` beside it — safe fixes as tracked changes,
 * the other findings as comments. The original is only replaced with `--in-place`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { NormalizedConfig } from '../engine/model/config';
import { applyEdits, minimalEdits } from '../engine/fix/fix';
import type { Engine, Segmentation } from '../engine/engine';
import type { Finding } from '../engine/model/types';
import { fixText, unifiedDiff } from '../cli/fixing';
import type { Input } from '../cli/inputs';
import type { CliIO } from '../cli/io';
import { toDiagnostics, type FileResult } from '../cli/results';
import type { CheckRunOptions } from '../cli/run-check';
import { DocxError } from './errors';
import type { WordRead } from './input';
import { fixedPath } from './paths';

export { fixedPath };
import { untrackable, writeRevisions, type DocxComment } from './write';

export interface WordOutcome {
  result?: FileResult;
  failure?: string;
  diff?: string;
}

export function checkWord(
  word: Extract<WordRead, { ok: true }>,
  input: Input,
  config: NormalizedConfig,
  engine: Engine,
  segmentation: Segmentation,
  options: CheckRunOptions,
  io: CliIO,
): WordOutcome {
  const text = word.docx.text;
  const docx = options.docx ?? { changes: true, comments: true, inPlace: false };
  const writing = options.fix === 'write' || docx.commentsOnly === true;
  try {
    const { findings } = engine.checkSync(text, config, segmentation);
    let shownText = text;
    let shownFindings = findings;
    let fixed: number | undefined;
    let diffText: string | undefined;
    if (options.fix === 'dry-run' || writing) {
      const changes = writing && docx.commentsOnly ? false : docx.changes;
      const outcome = changes ? fixText(text, config, engine, segmentation) : { text, applied: 0 };
      fixed = outcome.applied;
      if (options.fix === 'dry-run') {
        // What --fix would track: the edits that touch Word's own numbers are left out there, so here too.
        const edits = minimalEdits(text, outcome.text);
        const notTracked = new Set(untrackable(word.docx.lines, edits));
        const tracked = notTracked.size > 0 ? applyEdits(text, edits.filter((e) => !notTracked.has(e))) : outcome.text;
        if (notTracked.size > 0) fixed = Math.max(0, outcome.applied - notTracked.size);
        if (tracked !== text) diffText = unifiedDiff(text, tracked, input.file);
      } else {
        const comments = docx.comments || docx.commentsOnly ? commentsFor(findings) : [];
        const edits = minimalEdits(text, outcome.text);
        if (edits.length === 0 && comments.length === 0) {
          io.stderr(`speechcheck: ${input.file}：没有可写入的修订或批注，未生成文件 / nothing to write, no file written\n`);
          return { result: resultFor(input.file, text, findings, options, 0) };
        }
        const out = writeRevisions(
          word.bytes,
          edits,
          comments,
          { author: '讲话稿校对', date: io.env.SPEECHCHECK_TODAY ? options.today : new Date() },
          { refusedAsComments: docx.comments || docx.commentsOnly === true },
        );
        const target = docx.inPlace ? input.absolute! : fixedPath(input.absolute!);
        writeAtomically(target, out.bytes);
        const shown = docx.inPlace ? input.file : path.join(path.dirname(input.file), path.basename(target));
        const refused = out.refused.length;
        io.stderr(
          `speechcheck: 已写入 ${shown}：修订 ${out.changes} 处，批注 ${out.comments} 条${refused ? `（${refused} 处修改涉及 Word 自动编号，未写成修订）` : ''} / wrote ${shown}: ${out.changes} tracked change(s), ${out.comments} comment(s)${refused ? ` (${refused} change(s) touch Word's automatic numbering, not tracked)` : ''}\n`,
        );
        // What is left once the changes are accepted, as for a text file after --fix.
        const notTracked = new Set(out.refused);
        shownText = refused ? applyEdits(text, edits.filter((e) => !notTracked.has(e))) : outcome.text;
        if (refused) fixed = Math.max(0, outcome.applied - refused);
        shownFindings = shownText === text ? findings : engine.checkSync(shownText, config, segmentation).findings;
      }
    }
    return { result: resultFor(input.file, shownText, shownFindings, options, fixed), ...(diffText ? { diff: diffText } : {}) };
  } catch (e) {
    if (e instanceof DocxError) return { failure: e.messageFor(input.file) };
    return { failure: `内部错误，未能检查 ${input.file} / internal error while checking ${input.file}: ${(e as Error).stack ?? e}` };
  }
}

function resultFor(file: string, text: string, findings: readonly Finding[], options: CheckRunOptions, fixed: number | undefined): FileResult {
  const shown = options.quiet ? findings.filter((f) => f.severity === 'error') : findings;
  return {
    file,
    source: 'docx',
    diagnostics: toDiagnostics(text, shown),
    fixable: shown.filter(isSafelyFixable).length,
    ...(fixed !== undefined && options.fix !== 'none' ? { fixed } : {}),
  };
}

function isSafelyFixable(f: Finding): boolean {
  const fix = f.fixes[0];
  return !!fix && fix.safe && fix.edits.length > 0;
}

/** Findings without a safe fix become comments: the writer reviews them by hand. */
export function commentsFor(findings: readonly Finding[]): DocxComment[] {
  return findings
    .filter((f) => !isSafelyFixable(f))
    .map((f) => ({ start: f.start, end: f.end, text: `【${f.rule}】${f.message}${f.fixes[0] ? `\n建议 / suggestion：${f.fixes[0].title}` : ''}` }));
}

function writeAtomically(target: string, bytes: Uint8Array): void {
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, bytes);
    fs.renameSync(tmp, target);
  } catch (e) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // nothing to clean
    }
    throw new DocxError('unwritable', { reason: (e as Error).message });
  }
}
