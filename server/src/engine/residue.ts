/**
 * Recognises boilerplate lines that document-sharing sites leave in copied drafts.
 * Shared by the document model (residue above the title is not the title) and the
 * `web-residue` rule.
 */
import { BoundedCache } from './bounded-cache';
import webResidue from './data/web-residue.json';

export interface ResiduePattern {
  pattern: string;
  examples: string[];
  counterexamples: string[];
  /** Bare numbers, sizes, dates, single widget words: residue only beside strong residue. */
  weak?: boolean;
}

export const WEB_RESIDUE_PATTERNS: readonly ResiduePattern[] = webResidue.patterns;

const COMPILED = WEB_RESIDUE_PATTERNS.map((p) => ({ re: new RegExp(p.pattern), weak: p.weak === true }));

/** Longer lines are prose, whatever words they contain. */
const MAX_RESIDUE_LINE = 120;

/** How many non-blank lines a weak residue line may sit from strong residue. */
const WEAK_REACH = 2;

/** A site's truncated summary of the text: `……我们...` between residue widgets. */
const TRUNCATED_SUMMARY_RE = /(\.{3,}|…+)\s*$/;

function normalize(line: string): string {
  return line.trim().replace(/\u00a0/g, ' ');
}

/** 'strong' when the line alone is boilerplate, 'weak' when only beside other boilerplate. */
export function webResidueStrength(line: string): 'strong' | 'weak' | undefined {
  const text = normalize(line);
  if (text === '' || text.length > MAX_RESIDUE_LINE) return undefined;
  // Several rules ask about the same lines, and editors re-check unchanged lines.
  const cached = STRENGTH_CACHE.get(text);
  if (cached !== undefined) return cached || undefined;
  let weak = false;
  let strength: 'strong' | 'weak' | '' = '';
  for (const p of COMPILED) {
    if (!p.re.test(text)) continue;
    if (!p.weak) {
      strength = 'strong';
      break;
    }
    weak = true;
  }
  if (strength === '' && weak) strength = 'weak';
  STRENGTH_CACHE.set(text, strength);
  return strength || undefined;
}

/** Short lines judged lately, by their normalised text ('' for no residue). */
const STRENGTH_CACHE = new BoundedCache<'strong' | 'weak' | ''>(5000, 500_000);

export function isWebResidueLine(line: string): boolean {
  return webResidueStrength(line) !== undefined;
}

/**
 * The indexes of the residue lines of a document, judged in context: strong lines, weak
 * lines in a run reaching a strong one (`VIP专免` / `999+` / `31KB` / `22 页`), and a
 * truncated summary (ending in `...`) enclosed by residue (`收起<<` … `评论(0)`).
 */
export function findWebResidueLines(lines: readonly string[]): Set<number> {
  const strength = lines.map((l) => webResidueStrength(l));
  const nonBlank: number[] = [];
  lines.forEach((l, i) => {
    if (l.trim() !== '') nonBlank.push(i);
  });
  const out = new Set<number>();
  nonBlank.forEach((i) => {
    if (strength[i] === 'strong') out.add(i);
  });
  // Weak lines join a residue block when a residue line lies within reach; repeat so
  // a run of weak lines next to one strong line is taken whole.
  let grew = true;
  while (grew) {
    grew = false;
    nonBlank.forEach((i, k) => {
      if (out.has(i) || strength[i] !== 'weak') return;
      for (let d = 1; d <= WEAK_REACH; d++) {
        const a = nonBlank[k - d];
        const b = nonBlank[k + d];
        if ((a !== undefined && out.has(a)) || (b !== undefined && out.has(b))) {
          out.add(i);
          grew = true;
          return;
        }
      }
    });
  }
  nonBlank.forEach((i, k) => {
    if (out.has(i) || !TRUNCATED_SUMMARY_RE.test(lines[i]!)) return;
    const a = nonBlank[k - 1];
    const b = nonBlank[k + 1];
    if (a !== undefined && b !== undefined && out.has(a) && out.has(b)) out.add(i);
  });
  return out;
}
