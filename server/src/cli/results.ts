/**
 * One file's outcome, and its findings in the JSON contract of RULES.md: 0-based lines,
 * UTF-16 characters, fixes as titled edit lists.
 */
import { SpeechDocument, type Position } from '../engine/document';
import type { Category, Finding, RuleId, Severity } from '../engine/types';

export interface JsonRange {
  start: Position;
  end: Position;
}

export interface JsonDiagnostic {
  rule: RuleId;
  category: Category;
  severity: Severity;
  message: string;
  range: JsonRange;
  fixes: Array<{ title: string; edits: Array<{ range: JsonRange; newText: string }> }>;
}

export interface JsonFileResult {
  file: string;
  diagnostics: JsonDiagnostic[];
}

export interface FileResult {
  /** The path as given on the command line (or found under a directory / glob); `-` for stdin. */
  file: string;
  diagnostics: JsonDiagnostic[];
  /** Edits applied by `--fix` (or that `--fix-dry-run` would apply). */
  fixed?: number;
  /** Findings whose first fix is safe for `--fix`. */
  fixable?: number;
}

export function toDiagnostics(text: string, findings: readonly Finding[]): JsonDiagnostic[] {
  const doc = new SpeechDocument(text);
  const range = (start: number, end: number): JsonRange => ({ start: doc.positionAt(start), end: doc.positionAt(end) });
  return findings.map((f) => ({
    rule: f.rule,
    category: f.category,
    severity: f.severity,
    message: f.message,
    range: range(f.start, f.end),
    fixes: f.fixes.map((fix) => ({
      title: fix.title,
      edits: fix.edits.map((e) => ({ range: range(e.start, e.end), newText: e.newText })),
    })),
  }));
}

export function formatJson(results: readonly FileResult[]): string {
  const out: JsonFileResult[] = results.map((r) => ({ file: r.file, diagnostics: r.diagnostics }));
  return `${JSON.stringify(out, null, 2)}\n`;
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1, hint: 0 };

/** Exit 1 when anything at warning or above is left. */
export function hasProblems(results: readonly FileResult[]): boolean {
  return results.some((r) => r.diagnostics.some((d) => SEVERITY_RANK[d.severity] >= SEVERITY_RANK.warning));
}
