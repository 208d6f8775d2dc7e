/**
 * `check(text, options) → findings`: the engine's calls in their first, functional form,
 * over one engine shared by their callers (tests, tools, the bundled API). Adapters that
 * keep state between checks hold an `Engine` of their own (engine.ts).
 */
import { Engine, resolveConfig, type CheckOptions, type Segmentation } from './engine';
import type { NormalizedConfig } from './model/config';
import type { Finding } from './model/types';

export { needsSegmenter, resolveConfig, RULE_IDS, type CheckOptions, type SegmentationMode } from './engine';

/** The engine behind these functions. */
export const sharedEngine = new Engine();

/** Full check: waits for the segmenter (loading it on first use) so every rule runs. */
export async function check(text: string, options?: CheckOptions | NormalizedConfig): Promise<Finding[]> {
  return (await sharedEngine.check(text, options)).findings;
}

/**
 * Runs the rules now. Without a segmenter, rules that require one are skipped and rules
 * that can use one run without it. 'auto' (or `undefined`): whatever segmenter is loaded
 * now; 'off' (or `null`): no segmentation; a `Segmenter`: that one.
 */
export function checkSync(text: string, options?: CheckOptions | NormalizedConfig, segmentation?: Segmentation): Finding[] {
  return sharedEngine.checkSync(text, resolveConfig(options), segmentation).findings;
}
