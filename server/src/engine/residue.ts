/**
 * Recognises boilerplate lines that document-sharing sites leave in copied drafts.
 * Shared by the document model (residue above the title is not the title) and the
 * `web-residue` rule.
 */
import webResidue from './data/web-residue.json';

export interface ResiduePattern {
  pattern: string;
  examples: string[];
  counterexamples: string[];
}

export const WEB_RESIDUE_PATTERNS: readonly ResiduePattern[] = webResidue.patterns;

const COMPILED = WEB_RESIDUE_PATTERNS.map((p) => new RegExp(p.pattern));

/** Longer lines are prose, whatever words they contain. */
const MAX_RESIDUE_LINE = 120;

export function isWebResidueLine(line: string): boolean {
  const text = line.trim().replace(/\u00a0/g, ' ');
  if (text === '' || text.length > MAX_RESIDUE_LINE) return false;
  return COMPILED.some((re) => re.test(text));
}
