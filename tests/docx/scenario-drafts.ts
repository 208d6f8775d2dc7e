/**
 * The scenario drafts written as text and as generated Word files, for the docx tests. Kept
 * apart from fixtures.ts, which the E2E stage bundles on its own (this module reads the
 * scenario folder when it loads).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { draftToDocx } from './fixtures';

/** The scenario drafts, by file name (`01-template-leftovers.txt`, …). */
export const SCENARIO_DRAFTS = path.join(__dirname, '..', 'scenarios', 'drafts');
export const SCENARIO_NAMES = fs.readdirSync(SCENARIO_DRAFTS).filter((f) => f.endsWith('.txt')).sort();

/** `name.txt` → `name.docx`. */
export const docxName = (name: string): string => name.replace(/\.txt$/, '.docx');

/** Writes each scenario draft into `dir` as it is and as a generated Word file beside it. */
export async function writeScenarioDrafts(dir: string): Promise<void> {
  for (const name of SCENARIO_NAMES) {
    const text = fs.readFileSync(path.join(SCENARIO_DRAFTS, name), 'utf8');
    fs.writeFileSync(path.join(dir, name), text);
    fs.writeFileSync(path.join(dir, docxName(name)), await draftToDocx(text));
  }
}
