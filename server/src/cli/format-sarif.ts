/**
 * SARIF 2.1.0, for code-scanning dashboards: the rule catalogue in tool.driver.rules (with
 * a help link to the rule's README section), one result per finding, fixes as SARIF fixes.
 * Columns are UTF-16 code units, 1-based, as SARIF counts them.
 */
import type * as Sarif from 'sarif';
import { pick } from '../engine/model/l10n';
import { RULES } from '../engine/rules';
import type { Locale, Severity } from '../engine/model/types';
import type { FileResult, JsonRange } from './results';
import { homepage, version as packageVersion } from '../../../package.json';

export interface SarifOptions {
  locale: Locale;
  /** Files that could not be checked, reported as tool notifications. */
  failures: ReadonlyArray<{ file: string; message: string }>;
}

const LEVEL: Record<Severity, Sarif.Result.level> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** The README section of a rule; absolute when package.json names a homepage. */
export function ruleHelpUri(ruleId: string): string {
  const home: string | undefined = homepage;
  return home ? `${home.replace(/#.*$/, '')}#${ruleId}` : `README.md#${ruleId}`;
}

function artifactUri(file: string): string {
  return encodeURI(file.split('\\').join('/'));
}

function region(r: JsonRange): Sarif.Region {
  return {
    startLine: r.start.line + 1,
    startColumn: r.start.character + 1,
    endLine: r.end.line + 1,
    endColumn: r.end.character + 1,
  };
}

/** The SARIF results of one file's findings. */
function fileResults(file: FileResult, ruleIndex: ReadonlyMap<string, number>): Sarif.Result[] {
  return file.diagnostics.map((d): Sarif.Result => {
    const artifactLocation = { uri: artifactUri(file.file) };
    return {
      ruleId: d.rule,
      ruleIndex: ruleIndex.get(d.rule) ?? -1,
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [{ physicalLocation: { artifactLocation, region: region(d.range) } }],
      properties: { category: d.category, severity: d.severity },
      ...(d.fixes.length
        ? {
            fixes: d.fixes.map((fix) => ({
              description: { text: fix.title },
              artifactChanges: [
                {
                  artifactLocation,
                  replacements: fix.edits.map((e) => ({
                    deletedRegion: region(e.range),
                    insertedContent: { text: e.newText },
                  })),
                },
              ],
            })),
          }
        : {}),
    };
  });
}

let RULE_INDEX: Map<string, number> | undefined;

/**
 * One file's results as they stand inside the log's `results` array, each compact on a line
 * of its own (indented, joined with commas; '' when it has none): made where the file was
 * checked, written by SarifWriter.
 */
export function sarifEntries(file: FileResult): string {
  RULE_INDEX ??= new Map(RULES.map((r, i) => [r.id as string, i]));
  return fileResults(file, RULE_INDEX)
    .map((r) => `${INDENT}${JSON.stringify(r)}`)
    .join(',\n');
}

const INDENT = '        ';
const PLACEHOLDER = '\u0000results\u0000';

/**
 * The log written file by file: everything before the results at the first file, the results
 * as each file comes, and the artifacts and the notifications (known at the end) after them.
 * The log is laid out as `JSON.stringify(log, null, 2)` lays it out, but for its results,
 * compact, one a line: a run over a thousand drafts never holds all their findings at once,
 * and a finding with hundreds of edits stays one line.
 */
export class SarifWriter {
  private any = false;
  private started = false;
  private readonly artifacts: Sarif.Artifact[] = [];

  constructor(private readonly locale: Locale) {}

  /** What goes before a file's `sarifEntries` (those made elsewhere, or of `file`). */
  separator(entries: { length: number }): string {
    const head = this.started ? '' : this.head();
    this.started = true;
    if (entries.length === 0) return head;
    const sep = this.any ? ',\n' : '[\n';
    this.any = true;
    return head + sep;
  }

  /** A file's results, and its artifact; `entries` when they were made elsewhere. */
  file(r: FileResult, entries: string = sarifEntries(r)): [string, string] {
    // A Word draft's regions count paragraphs as lines; say so on its artifact.
    this.artifacts.push({ location: { uri: artifactUri(r.file) }, ...(r.source === 'docx' ? { properties: { source: 'docx' } } : {}) });
    return [this.separator(entries), entries];
  }

  close(failures: SarifOptions['failures']): string {
    const head = this.started ? '' : this.head();
    const results = this.any ? `\n      ]` : '[]';
    return `${head}${results}${this.parts(failures)[1]}`;
  }

  private head(): string {
    return this.parts([])[0];
  }

  /** The log around its results: [before, after]. */
  private parts(failures: SarifOptions['failures']): [string, string] {
    const rules: Sarif.ReportingDescriptor[] = RULES.map((r) => ({
      id: r.id,
      name: r.id,
      shortDescription: { text: pick(r.description, this.locale) },
      helpUri: ruleHelpUri(r.id),
      defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
      properties: { category: r.category, fixable: r.fixable },
    }));
    const home: string | undefined = homepage;
    const log = {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'speechcheck', version: packageVersion, semanticVersion: packageVersion, ...(home ? { informationUri: home } : {}), rules } },
          columnKind: 'utf16CodeUnits',
          results: PLACEHOLDER,
          artifacts: this.artifacts,
          invocations: [
            {
              executionSuccessful: failures.length === 0,
              toolExecutionNotifications: failures.map((f) => ({
                level: 'error' as const,
                message: { text: f.message },
                locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(f.file) } } }],
              })),
            },
          ],
        },
      ],
    } satisfies Omit<Sarif.Log, 'runs'> & { runs: unknown[] };
    const text = `${JSON.stringify(log, null, 2)}\n`;
    const at = text.indexOf(JSON.stringify(PLACEHOLDER));
    return [text.slice(0, at), text.slice(at + JSON.stringify(PLACEHOLDER).length)];
  }
}

/** The whole log at once (results first, then the artifacts and notifications). */
export function formatSarif(results: readonly FileResult[], options: SarifOptions): string {
  const w = new SarifWriter(options.locale);
  let out = '';
  for (const r of results) out += w.file(r).join('');
  return out + w.close(options.failures);
}
