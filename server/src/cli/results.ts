/**
 * One file's outcome, and its findings in the JSON contract of RULES.md: 0-based lines,
 * UTF-16 characters, fixes as titled edit lists.
 */
import type { Severity } from '../engine/model/types';
import type { JsonDiagnostic } from '../engine/diagnostics';

export { toDiagnostics, type JsonDiagnostic, type JsonRange } from '../engine/diagnostics';

export interface JsonFileResult {
  file: string;
  /** `docx` for a Word file: lines are paragraphs, characters count within the paragraph's text. */
  source?: 'docx';
  diagnostics: JsonDiagnostic[];
}

export interface FileResult {
  /** The path as given on the command line (or found under a directory / glob); `-` for stdin. */
  file: string;
  diagnostics: JsonDiagnostic[];
  /** `docx` when the file is a Word draft (lines are paragraph indexes). */
  source?: 'docx';
  /** Edits applied by `--fix` (or that `--fix-dry-run` would apply). */
  fixed?: number;
  /** Findings whose first fix is safe for `--fix`. */
  fixable?: number;
}

export function formatJson(results: readonly FileResult[]): string {
  const w = new JsonWriter();
  return results.map((r) => w.file(r)).join('') + w.close();
}

function jsonFileResult(r: FileResult): JsonFileResult {
  return { file: r.file, ...(r.source ? { source: r.source } : {}), diagnostics: r.diagnostics };
}

/** One file's entry of the JSON array: compact, on one line. */
export function jsonBody(r: FileResult): string {
  return JSON.stringify(jsonFileResult(r));
}

/**
 * The JSON array written one file at a time: `[`, then each file's entry compact on a line
 * of its own, then `]`. One document, the same whatever order the files finish in, and a
 * run over a thousand drafts never holds all their findings at once. (Pretty-printed, a
 * finding with hundreds of edits took 64 KB: the report was 7× AutoCorrect's.)
 */
export class JsonWriter {
  private count = 0;

  file(r: FileResult): string {
    return `${this.separator()}${jsonBody(r)}`;
  }

  /** What goes before the next entry, when its `jsonBody` was made elsewhere (a worker thread). */
  separator(): string {
    return this.count++ === 0 ? '[\n' : ',\n';
  }

  close(): string {
    return this.count === 0 ? '[]\n' : '\n]\n';
  }
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1, hint: 0 };

/** Exit 1 when anything at warning or above is left. */
export function hasProblems(results: readonly FileResult[]): boolean {
  return results.some((r) => r.diagnostics.some((d) => SEVERITY_RANK[d.severity] >= SEVERITY_RANK.warning));
}
