/**
 * The engine's public API (bundled to dist/engine.js). Nothing here knows about editors.
 */
export { check, checkSync, needsSegmenter, resolveConfig, RULE_IDS, type CheckOptions } from './check';
export { applyEdits, fixAll, fixAllSync, minimalEdits, selectSafeEdits, type FixAllResult } from './fix';
export { normalizeConfig, ConfigError, type SpeechCheckConfig, type SpeechCheckOverride, type NormalizedConfig, type RuleSetting } from './config';
export { SpeechDocument, type Line, type Position } from './document';
export { buildOutline, type OutlineItem } from './outline';
export { RULES, ruleById } from './rules';
export { getLoadedSegmenter, loadSegmenter, loadSegmenterSync, prepareDictionaries } from './segment';
export type { Rule, RuleMeta } from './rule';
export * from './types';
export * from './report';
