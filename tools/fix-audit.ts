/**
 * Reads every safe fix (the ones fix-all applies) on the drafts given and lists each edit that
 * removes, adds or changes a letter, digit or Han character, with its context, for a person
 * to read: a safe fix may change only its own mark. Deleting a residue line (web-residue),
 * a traditional character's simplified form and pinyin removed after its character are listed
 * only with --all; an edit reaching outside its finding's range is always listed, except for
 * the document-wide findings whose one fix changes every occurrence (their own marks).
 * Usage: npm run audit:fixes -- DIR_OR_FILE... [--all]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { checkSync } from '../server/src/engine/check';
import { loadSegmenterSync } from '../server/src/engine/analysis/segment';

const args = process.argv.slice(2);
const all = args.includes('--all');
const targets = args.filter((a) => !a.startsWith('--'));
const seg = loadSegmenterSync();
const options = { today: new Date(2024, 2, 15) };
const WORD = /[\p{L}\p{N}]/u;
const words = (s: string) => [...s].filter((c) => WORD.test(c)).join('');
/** Rules whose safe fix removes or swaps word characters by design, inside its own mark. */
const BY_DESIGN = new Set(['web-residue', 'traditional-char', 'pinyin-residue']);
/** Findings that stand for every occurrence in the draft: their edits lie elsewhere. */
const DOCUMENT_WIDE = new Set(['traditional-char', 'pinyin-residue', 'punct-halfwidth']);

const files = targets.flatMap((t) => (statSync(t).isDirectory() ? readdirSync(t).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(t, f)) : [t]));
const safeEdits = new Map<string, number>();
const listed: string[] = [];
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  for (const f of checkSync(text, options, seg)) {
    const fix = f.fixes[0];
    if (!fix?.safe) continue;
    for (const e of fix.edits) {
      safeEdits.set(f.rule, (safeEdits.get(f.rule) ?? 0) + 1);
      const old = text.slice(e.start, e.end);
      const outside = !DOCUMENT_WIDE.has(f.rule) && words(text.slice(e.start, Math.min(e.end, f.start)) + text.slice(Math.max(e.start, f.end), e.end)) !== '';
      const changed = words(old) !== words(e.newText);
      if (!outside && !(changed && (all || !BY_DESIGN.has(f.rule)))) continue;
      const context = `${text.slice(Math.max(0, e.start - 12), e.start)}【${old}→${e.newText}】${text.slice(e.end, e.end + 12)}`;
      listed.push(`${outside ? 'OUTSIDE' : 'WORDS'}\t${f.rule}\t${file}\t${JSON.stringify(context)}`);
    }
  }
}
console.log(`${files.length} drafts; safe edits by rule: ${JSON.stringify(Object.fromEntries(safeEdits))}`);
console.log(`${listed.length} edits change word characters${all ? '' : ` (not counting ${[...BY_DESIGN].join(', ')} inside their marks)`}:`);
for (const line of listed) console.log(line);
