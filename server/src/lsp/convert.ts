/**
 * The one place where engine findings become LSP types. Engine offsets are UTF-16 code
 * units, which is what LSP positions count by default, so positions are made here by the
 * text document itself and nowhere else.
 */
import {
  DiagnosticSeverity,
  DiagnosticTag,
  type Diagnostic,
  type Range,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, RuleId, Severity, TextEdit } from '../engine/model/types';

export const DIAGNOSTIC_SOURCE = 'speechcheck';

/** Each rule has a `### <rule-id>` section in the README; GitHub turns that into `#<rule-id>`. */
export const RULE_DOCS_BASE = 'https://github.com/speechcheck/speechcheck/blob/main/README.md';

export function ruleDocsUrl(rule: string): string {
  return `${RULE_DOCS_BASE}#${rule}`;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Text that should simply go away is shown faded by editors that know the tag. */
const TAGS: Partial<Record<RuleId, DiagnosticTag[]>> = {
  'web-residue': [DiagnosticTag.Unnecessary],
};

/**
 * A fix with more edits than this (a document-level finding's fix-all: thousands of marks
 * on a big draft) travels in `Diagnostic.data` without them, with their count: they would be
 * most of every publish (4.8 MB of a 1 MB draft's 6.2 MB), resent on each keystroke for an
 * edit applied once. The code action for the diagnostic carries them.
 */
export const MAX_DATA_EDITS = 50;

/** A fix as it travels in `Diagnostic.data`: LSP ranges, ready for any client to apply. */
export interface DiagnosticFix {
  title: string;
  safe: boolean;
  /** Empty when the fix has more than `MAX_DATA_EDITS` (then `editCount` says how many). */
  edits: LspTextEdit[];
  /** Present when the edits were left out: ask the server's code action for them. */
  editCount?: number;
}

/** What `Diagnostic.data` carries, so code actions and other clients need no server state. */
export interface DiagnosticData {
  category: Finding['category'];
  /** The document version the ranges belong to. */
  version: number;
  fixes: DiagnosticFix[];
  /** The rule's own facts (slot kind, formulation key, …). */
  details?: Record<string, unknown>;
}

export function toRange(doc: TextDocument, start: number, end: number): Range {
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

export function toTextEdit(doc: TextDocument, edit: TextEdit): LspTextEdit {
  return { range: toRange(doc, edit.start, edit.end), newText: edit.newText };
}

export function toDiagnostic(doc: TextDocument, finding: Finding): Diagnostic {
  const data: DiagnosticData = {
    category: finding.category,
    version: doc.version,
    fixes: finding.fixes.map((f) =>
      f.edits.length > MAX_DATA_EDITS
        ? { title: f.title, safe: f.safe, edits: [], editCount: f.edits.length }
        : { title: f.title, safe: f.safe, edits: f.edits.map((e) => toTextEdit(doc, e)) },
    ),
    ...(finding.data ? { details: finding.data } : {}),
  };
  const tags = TAGS[finding.rule];
  return {
    range: toRange(doc, finding.start, finding.end),
    severity: SEVERITY[finding.severity],
    code: finding.rule,
    codeDescription: { href: ruleDocsUrl(finding.rule) },
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    ...(tags ? { tags } : {}),
    data,
  };
}

export function toDiagnostics(doc: TextDocument, findings: readonly Finding[]): Diagnostic[] {
  return findings.map((f) => toDiagnostic(doc, f));
}

/** Whether a diagnostic the client sent back stands for this finding (same rule, same range). */
export function diagnosticMatches(doc: TextDocument, diagnostic: Diagnostic, finding: Finding): boolean {
  if (diagnostic.code !== finding.rule) return false;
  return doc.offsetAt(diagnostic.range.start) === finding.start && doc.offsetAt(diagnostic.range.end) === finding.end;
}
