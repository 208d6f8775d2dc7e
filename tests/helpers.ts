/**
 * Helpers for rule tables: run the real engine (with nodejieba loaded) and look at one
 * rule's findings and at the text after its safe fixes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSync, type CheckOptions } from '../server/src/engine/check';
import { applyEdits, fixAllSync } from '../server/src/engine/fix/fix';
import { loadSegmenterSync } from '../server/src/engine/analysis/segment';
import type { Finding, RuleId } from '../server/src/engine/model/types';

/** One excerpt of a real page in tests/corpus/*.json: the findings it must give (none for a look-alike). */
export interface CorpusCase {
  source: string;
  text: string;
  rules: string[];
  /** `message`: a part the finding's message must hold (the correction it names). */
  expect: Array<{ rule: string; match: string; message?: string; occurrence?: number; at?: string }>;
  note?: string;
}

/** The excerpts of tests/corpus/<file>. */
export function corpusCases(file: string): CorpusCase[] {
  return JSON.parse(readFileSync(path.join(__dirname, 'corpus', file), 'utf8')) as CorpusCase[];
}

/**
 * The excerpts of tests/corpus/<file> as tests, one per excerpt: for each rule it names, the
 * findings cover exactly its expected matches, each at the place its `occurrence` says (the nth
 * time its words appear, the first by default) and naming its `message` when one is given.
 */
export function describeCorpusFile(file: string): void {
  describe(`tests/corpus/${file}`, () => {
    for (const c of corpusCases(file)) {
      it(`${c.rules.join(',')} ${c.source}`, () => {
        const fs = findings(c.text);
        for (const rule of c.rules) {
          const found = fs.filter((f) => f.rule === rule);
          const want = c.expect.filter((e) => e.rule === rule);
          expect(found.map((f) => c.text.slice(f.start, f.end)), `${rule} ${c.source}`).toEqual(want.map((e) => e.match));
          want.forEach((e, i) => {
            // `at` marks the place with `|` in the words around it (an empty match: a slot).
            const where = e.at === undefined ? nthIndex(c.text, e.match, e.occurrence ?? 1) : nthIndex(c.text, e.at.replace('|', ''), e.occurrence ?? 1) + e.at.indexOf('|');
            expect(found[i]!.start, `${rule} ${c.source}: where «${e.match}» is`).toBe(where);
            if (e.message) expect(found[i]!.message).toContain(e.message);
          });
        }
      });
    }
  });
}

/** Where `s` occurs the `n`th time in `text` (-1 if it does not). */
function nthIndex(text: string, s: string, n: number): number {
  let at = -1;
  for (let k = 0; k < n; k++) at = text.indexOf(s, at + 1);
  return at;
}

/** A fixed "today" so date fixes are deterministic. */
export const TODAY = new Date(2024, 2, 15);

export function findings(text: string, rule?: RuleId, options: CheckOptions = {}): Finding[] {
  const all = checkSync(text, { today: TODAY, ...options }, loadSegmenterSync());
  return rule ? all.filter((f) => f.rule === rule) : all;
}

/** The text each finding covers. */
export function flagged(text: string, rule: RuleId, options: CheckOptions = {}): string[] {
  return findings(text, rule, options).map((f) => text.slice(f.start, f.end));
}

/**
 * `rule` flags exactly `wrong` in `text` and offers `right` for it as a suggestion: a fix that
 * covers only `wrong` and that fix-all leaves to the writer.
 */
export function expectSuggestion(text: string, rule: RuleId, wrong: string, right: string): void {
  const f = findings(text, rule).find((x) => text.slice(x.start, x.end) === wrong);
  expect(f, `${wrong} in ${text}`).toBeDefined();
  const edit = f!.fixes[0]!.edits[0]!;
  expect(text.slice(edit.start, edit.end)).toBe(wrong);
  expect(edit.newText).toBe(right);
  expect(f!.fixes[0]!.safe).toBe(false);
}

/** The text after applying every safe fix of `rule` until stable. */
export function fixed(text: string, rule: RuleId, options: CheckOptions = {}): string {
  return fixAllSync(text, { today: TODAY, ...options }, { rules: [rule] }, loadSegmenterSync()).text;
}

/** The text after applying one finding's first fix. */
export function applyFirstFix(text: string, finding: Finding): string {
  const fix = finding.fixes[0];
  if (!fix) throw new Error(`finding ${finding.rule} "${finding.message}" has no fix`);
  return applyEdits(text, fix.edits);
}

/** ../shared/seeds beside the clone, or under SPEECHCHECK_SHARED_DIR (a worktree has no ../shared). */
export const SEEDS_DIR = process.env.SPEECHCHECK_SHARED_DIR
  ? `${process.env.SPEECHCHECK_SHARED_DIR.replace(/\/+$/, '')}/seeds/`
  : new URL('../../shared/seeds/', `file://${__dirname}/`).pathname;

/** A real draft and the findings of the rules under test on it. */
export interface Seed {
  text: string;
  fs: Finding[];
}

export interface Seeds {
  /** The drafts' file names (`.txt`), sorted; none when SEEDS_DIR is absent. */
  files: string[];
  /** The draft whose name starts with `prefix` (`'003'`), checked once. */
  seed(prefix: string): Seed;
}

/**
 * A suite over the real drafts in SEEDS_DIR, skipped when that folder is absent. Each draft
 * is checked once, its findings kept to `rules`; a first test logs the counts per rule per
 * draft (for reading while tuning rules).
 */
export function describeSeeds(title: string, rules: readonly string[], body: (seeds: Seeds) => void): void {
  const present = existsSync(SEEDS_DIR);
  const files = present ? readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort() : [];
  const cache = new Map<string, Seed>();
  const seed = (prefix: string): Seed => {
    const file = files.find((f) => f.startsWith(prefix));
    if (!file) throw new Error(`seed ${prefix} missing`);
    let s = cache.get(file);
    if (!s) {
      const text = readFileSync(SEEDS_DIR + file, 'utf8');
      s = { text, fs: findings(text).filter((f) => rules.includes(f.rule)) };
      cache.set(file, s);
    }
    return s;
  };
  if (!present) console.log(`${title}: skipped, the seed drafts are absent (${SEEDS_DIR}; the mission's ../shared beside the clone)`);
  describe.skipIf(!present)(title, () => {
    it('counts per rule per seed', () => {
      for (const f of files) {
        const counts: Record<string, number> = {};
        for (const x of seed(f.slice(0, 3)).fs) counts[x.rule] = (counts[x.rule] ?? 0) + 1;
        console.log(`${f}: ${JSON.stringify(counts)}`);
      }
    });
    body({ files, seed });
  });
}
