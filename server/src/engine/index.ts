/**
 * The engine's public API (bundled to dist/engine.js). Nothing here knows about editors.
 */
import { check as checkFindings } from './check';
import type { NormalizedConfig } from './model/config';
import { toDiagnostics, type JsonDiagnostic } from './diagnostics';
import { Engine, type CheckOptions } from './engine';

/** The engine behind `check()`: its word overlays and caches belong to this API alone. */
const engine = new Engine();

/**
 * Checks a draft and resolves to its findings in the JSON contract of RULES.md (the shape of
 * `speechcheck --format json`): LSP-style ranges (0-based line, UTF-16 character) and fixes.
 * Loads nodejieba on first use. Adapters that want UTF-16 offsets use `checkFindings` / `checkSync`.
 */
export async function check(text: string, options?: CheckOptions | NormalizedConfig): Promise<JsonDiagnostic[]> {
  return toDiagnostics(text, (await engine.check(text, options)).findings);
}

export { checkFindings };
export { checkSync, needsSegmenter, resolveConfig, RULE_IDS, type CheckOptions } from './check';
export { Engine, type CheckResult, type EngineOptions, type RuleFailure, type Segmentation, type SegmentationMode } from './engine';
export { Analyses } from './analyses';
export { toDiagnostics, type JsonDiagnostic, type JsonRange } from './diagnostics';
export { applyEdits, fixAll, fixAllSync, minimalEdits, selectSafeEdits, type FixAllResult } from './fix/fix';
export { normalizeConfig, ConfigError, type SpeechCheckConfig, type SpeechCheckOverride, type NormalizedConfig, type RuleSetting } from './model/config';
export { SpeechDocument, type Line, type Position } from './analysis/document';
export { buildOutline, type OutlineItem } from './analysis/outline';
export { RULES, ruleById } from './rules';
export { getLoadedSegmenter, getSegmenterInfo, loadSegmenter, loadSegmenterSync, prepareDictionaries } from './analysis/segment';
export type { SegmenterInfo } from './analysis/segment';
export type { Rule, RuleMeta } from './rule-api/rule';
export * from './model/types';
export * from './report/report';
export { renderReportHtml, renderReportMarkdown, escapeHtml, escapeMarkdown, type RenderOptions } from './report/render';
