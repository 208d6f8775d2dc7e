/**
 * Recognises what document-sharing sites, forums and PDF copies leave in a draft: whole
 * lines (navigation, paywall text, page counters, tables of contents) and spans glued into
 * a line of the draft. Shared by the document model (residue is never the title), the rule
 * runner (other rules do not check residue) and the `web-residue` rule.
 *
 * Every path is linear in the text: patterns are tested once per line (lines longer than
 * MAX_RESIDUE_LINE are prose), weak lines join residue blocks in two sweeps.
 */
import webResidue from './data/web-residue.json';
import { findResidueSpans, type ResidueSpan } from './residue-spans';

export type { ResidueSpan } from './residue-spans';

export interface ResiduePattern {
  pattern: string;
  examples: string[];
  counterexamples: string[];
  /** Bare numbers, sizes, dates, single widget words: residue only beside strong residue. */
  weak?: boolean;
  /** Fix-all may delete the line: the pattern spans the whole line and is site chrome. */
  safe?: boolean;
  kind?: string;
}

export const WEB_RESIDUE_PATTERNS: readonly ResiduePattern[] = webResidue.patterns;

const COMPILED = WEB_RESIDUE_PATTERNS.map((p) => ({ re: new RegExp(p.pattern), weak: p.weak === true, safe: p.safe === true, kind: p.kind ?? 'site' }));

/** Longer lines are prose, whatever words they contain. */
const MAX_RESIDUE_LINE = 120;

/** How many non-blank lines a weak residue line may sit from strong residue. */
const WEAK_REACH = 2;

/** A site's truncated summary of the text: `……我们...` between residue widgets. */
const TRUNCATED_SUMMARY_RE = /(\.{3,}|…+)\s*$/;

/** The heading of a table of contents copied with the page. */
const TOC_HEAD_RE = /^(目\s*录|提\s*纲|目\s*次|内容提要)\s*[:：]?$/;
/** A contents entry: a heading, a leader or spaces, a page number. */
const TOC_ENTRY_RE = /^[^。；！？]{2,60}?(?:\.{2,}|…+|·{2,}|—{2,}|-{3,}|[\s\u3000]+)\s*\d{1,3}$/;
/** An entry with a dot leader is a contents line even without a 目录 heading. */
const TOC_LEADER_RE = /^[^。；！？]{2,60}?(?:\.{4,}|…{2,}|·{4,}|\u2026\.{2,})\s*\d{1,3}$/;
const HAN_RE = /[\u4e00-\u9fff]/;

export interface LineResidue {
  /** Whether fix-all may delete the line. */
  safe: boolean;
  kind: string;
}

export interface ResidueAnalysis {
  /** Residue lines by index. */
  lines: ReadonlyMap<number, LineResidue>;
  /** Residue glued inside lines that are not residue themselves, by line then offset. */
  spans: readonly ResidueSpan[];
}

interface Verdict {
  strength: 'strong' | 'weak';
  safe: boolean;
  kind: string;
}

function normalize(line: string): string {
  return line.trim().replace(/\u00a0/g, ' ');
}

/** Short lines judged lately, by their normalised text (null for no residue). */
const VERDICT_CACHE = new Map<string, Verdict | null>();
const VERDICT_CACHE_SIZE = 5000;

function lineVerdict(line: string): Verdict | undefined {
  const text = normalize(line);
  if (text === '' || text.length > MAX_RESIDUE_LINE) return undefined;
  // Several rules ask about the same lines, and editors re-check unchanged lines.
  const cached = VERDICT_CACHE.get(text);
  if (cached !== undefined) return cached ?? undefined;
  let verdict: Verdict | null = null;
  for (const p of COMPILED) {
    if (!p.re.test(text)) continue;
    if (!p.weak) {
      verdict = { strength: 'strong', safe: p.safe, kind: p.kind };
      break;
    }
    verdict ??= { strength: 'weak', safe: p.safe, kind: p.kind };
  }
  if (!verdict && TOC_LEADER_RE.test(text) && HAN_RE.test(text)) verdict = { strength: 'strong', safe: false, kind: 'toc' };
  if (VERDICT_CACHE.size >= VERDICT_CACHE_SIZE) VERDICT_CACHE.clear();
  VERDICT_CACHE.set(text, verdict);
  return verdict ?? undefined;
}

/** 'strong' when the line alone is boilerplate, 'weak' when only beside other boilerplate. */
export function webResidueStrength(line: string): 'strong' | 'weak' | undefined {
  return lineVerdict(line)?.strength;
}

/** Whether the line alone looks like residue (strong or weak), without its context. */
export function isWebResidueLine(line: string): boolean {
  return lineVerdict(line) !== undefined;
}

/** Whether `text` without the spans is only punctuation and spaces. */
function coveredBySpans(text: string, spans: readonly ResidueSpan[]): boolean {
  let rest = '';
  let at = 0;
  for (const s of spans) {
    rest += text.slice(at, s.start);
    at = Math.max(at, s.end);
  }
  rest += text.slice(at);
  return !/[\p{L}\p{N}]/u.test(rest);
}

/**
 * The residue of a document, judged in context: strong lines; weak lines in a run reaching
 * a strong one (`VIP专免` / `999+` / `31KB` / `22 页`); a truncated summary (ending in
 * `...`) enclosed by residue; a table of contents under `目录`; lines made only of residue
 * spans; and the spans glued into the other lines.
 */
export function analyzeResidue(lines: readonly string[]): ResidueAnalysis {
  const verdicts = lines.map((l) => lineVerdict(l));
  const nonBlank: number[] = [];
  lines.forEach((l, i) => {
    if (l.trim() !== '') nonBlank.push(i);
  });
  const out = new Map<number, LineResidue>();
  for (const i of nonBlank) {
    const v = verdicts[i];
    if (v?.strength === 'strong') out.set(i, { safe: v.safe, kind: v.kind });
  }
  markContents(lines, nonBlank, out);
  const spans: ResidueSpan[] = [];
  for (const i of nonBlank) {
    if (out.has(i)) continue;
    const found = findResidueSpans(lines[i]!, i);
    if (found.length === 0) continue;
    if (coveredBySpans(lines[i]!, found)) out.set(i, { safe: found.every((s) => s.safe), kind: found[0]!.kind });
    else for (const s of found) spans.push(s);
  }
  joinWeakLines(verdicts, nonBlank, out);
  nonBlank.forEach((i, k) => {
    if (out.has(i) || !TRUNCATED_SUMMARY_RE.test(lines[i]!)) return;
    const a = nonBlank[k - 1];
    const b = nonBlank[k + 1];
    if (a !== undefined && b !== undefined && out.has(a) && out.has(b)) out.set(i, { safe: false, kind: 'summary' });
  });
  return { lines: out, spans: spans.filter((s) => !out.has(s.line)) };
}

/**
 * Weak lines join a residue block when a residue line lies within reach. A chain of weak
 * lines reaching a strong one is monotone, so one sweep each way finds every chain in
 * linear time (re-scanning until nothing grows was quadratic on long runs).
 */
function joinWeakLines(verdicts: ReadonlyArray<Verdict | undefined>, nonBlank: readonly number[], out: Map<number, LineResidue>): void {
  const sweep = (order: readonly number[]) => {
    let lastResidue = -Infinity;
    order.forEach((i, k) => {
      const v = verdicts[i];
      if (!out.has(i) && v?.strength === 'weak' && k - lastResidue <= WEAK_REACH) out.set(i, { safe: v.safe, kind: v.kind });
      if (out.has(i)) lastResidue = k;
    });
  };
  sweep(nonBlank);
  sweep([...nonBlank].reverse());
}

/** `目录` followed by at least two contents entries: the heading and the entries. */
function markContents(lines: readonly string[], nonBlank: readonly number[], out: Map<number, LineResidue>): void {
  for (let k = 0; k < nonBlank.length; k++) {
    if (!TOC_HEAD_RE.test(normalize(lines[nonBlank[k]!]!))) continue;
    let end = k + 1;
    while (end < nonBlank.length && TOC_ENTRY_RE.test(normalize(lines[nonBlank[end]!]!))) end++;
    if (end - k - 1 < 2) continue;
    for (let j = k; j < end; j++) out.set(nonBlank[j]!, { safe: false, kind: 'toc' });
    k = end - 1;
  }
}

/** The indexes of the residue lines of a document (see analyzeResidue). */
export function findWebResidueLines(lines: readonly string[]): Set<number> {
  return new Set(analyzeResidue(lines).lines.keys());
}
