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
import pkg from '../../../package.json';

export interface SarifOptions {
  locale: Locale;
  /** Files that could not be checked, reported as tool notifications. */
  failures: ReadonlyArray<{ file: string; message: string }>;
}

const LEVEL: Record<Severity, Sarif.Result.level> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** The README section of a rule; absolute when package.json names a homepage. */
export function ruleHelpUri(ruleId: string): string {
  const home = (pkg as { homepage?: string }).homepage;
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

export function formatSarif(results: readonly FileResult[], options: SarifOptions): string {
    const rules: Sarif.ReportingDescriptor[] = RULES.map((r) => ({
    id: r.id,
    name: r.id,
    shortDescription: { text: pick(r.description, options.locale) },
    helpUri: ruleHelpUri(r.id),
    defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
    properties: { category: r.category, fixable: r.fixable },
  }));
  const ruleIndex = new Map(RULES.map((r, i) => [r.id as string, i]));

  const sarifResults: Sarif.Result[] = results.flatMap((file) =>
    file.diagnostics.map((d): Sarif.Result => {
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
    }),
  );

  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'speechcheck',
            version: pkg.version,
            semanticVersion: pkg.version,
            ...(pkg as { homepage?: string }).homepage ? { informationUri: (pkg as { homepage?: string }).homepage } : {},
            rules,
          },
        },
        columnKind: 'utf16CodeUnits',
        // A Word draft's regions count paragraphs as lines; say so on its artifact.
        artifacts: results.map((r) => ({ location: { uri: artifactUri(r.file) }, ...(r.source === 'docx' ? { properties: { source: 'docx' } } : {}) })),
        invocations: [
          {
            executionSuccessful: options.failures.length === 0,
            toolExecutionNotifications: options.failures.map((f) => ({
              level: 'error' as const,
              message: { text: f.message },
              locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(f.file) } } }],
            })),
          },
        ],
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
