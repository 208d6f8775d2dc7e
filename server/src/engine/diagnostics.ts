/**
 * Findings in the JSON contract of RULES.md: 0-based lines, UTF-16 characters, fixes as
 * titled edit lists. The CLI's `--format json` and the public `check()` of dist/engine.js
 * both speak it.
 */
import { SpeechDocument, type Position } from './analysis/document';
import type { Category, Finding, RuleId, Severity } from './model/types';

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
