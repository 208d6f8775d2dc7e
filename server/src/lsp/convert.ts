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
import { ruleById } from '../engine/rules';
import type { Finding, RuleId, Severity, TextEdit } from '../engine/model/types';
import { editCount } from '../engine/util/lazy-edits';
import { DIAGNOSTIC_SOURCE, encodeDiagnosticData, MAX_DATA_FIX_EDITS } from '../protocol';

/** Words longer than this are sentences, not something to put on an ignore list. */
const MAX_IGNORED_WORD = 30;

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

export function toRange(doc: TextDocument, start: number, end: number): Range {
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

export function toTextEdit(doc: TextDocument, edit: TextEdit): LspTextEdit {
  return { range: toRange(doc, edit.start, edit.end), newText: edit.newText };
}

export function toDiagnostic(doc: TextDocument, finding: Finding): Diagnostic {
  const range = toRange(doc, finding.start, finding.end);
  const word = ignorableWord(doc, finding);
  const data = encodeDiagnosticData(range, {
    version: doc.version,
    fixes: finding.fixes
      .filter((f) => editCount(f) > 0)
      .map((f) => (editCount(f) > MAX_DATA_FIX_EDITS ? { title: f.title, safe: f.safe, edits: [], lazy: true } : { title: f.title, safe: f.safe, edits: f.edits.map((e) => toTextEdit(doc, e)) })),
    ...(finding.data ? { details: finding.data } : {}),
    ...(word !== undefined ? { word } : {}),
  });
  const tags = TAGS[finding.rule];
  return {
    range,
    severity: SEVERITY[finding.severity],
    code: finding.rule,
    codeDescription: { href: ruleDocsUrl(finding.rule) },
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    ...(tags ? { tags } : {}),
    data,
  };
}

/**
 * The edits of a finding's fix that its diagnostic carries lazily (`DataFix.lazy`): the
 * finding of `rule` whose range is `range`, among the findings of the document's check.
 */
export function lazyFixEdits(doc: TextDocument, findings: readonly Finding[], rule: string, range: Range, fixIndex: number): LspTextEdit[] | undefined {
  const start = doc.offsetAt(range.start);
  const end = doc.offsetAt(range.end);
  const finding = findings.find((f) => f.rule === rule && f.start === start && f.end === end);
  const fix = finding?.fixes.filter((f) => editCount(f) > 0)[fixIndex];
  return fix?.edits.map((e) => toTextEdit(doc, e));
}

export function toDiagnostics(doc: TextDocument, findings: readonly Finding[]): Diagnostic[] {
  return findings.map((f) => toDiagnostic(doc, f));
}

/**
 * What "ignore this word" would add for this finding: its text, when the rule's findings
 * are words (not a slot mark, a quote or a line) and it is short and on one line.
 */
function ignorableWord(doc: TextDocument, finding: Finding): string | undefined {
  if (ruleById(finding.rule)?.wordFindings === false || finding.end - finding.start > 2 * MAX_IGNORED_WORD) return undefined;
  // A finding for the whole draft sits on its first line only to be seen: that line is no word.
  if (finding.data?.document === true) return undefined;
  const word = doc.getText().slice(finding.start, finding.end).trim();
  return word !== '' && word.length <= MAX_IGNORED_WORD && !NOT_A_WORD_RE.test(word) ? word : undefined;
}

/**
 * Text that is no word a writer could mean to keep: a space inside (`产 总`, the two halves of
 * words a stray space cut), a line break, brackets, quotes or sentence marks (`【範例一】`, `。 一`).
 */
const NOT_A_WORD_RE = /[\s\p{Ps}\p{Pe}\p{Pi}\p{Pf}"'，。、；：？！,;:?!]/u;
