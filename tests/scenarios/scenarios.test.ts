/**
 * Realistic short drafts (written for these tests, not copied from the seeds): snapshots of
 * every finding and of the text after fix-all, and the fixed text checked again.
 * Snapshots are plain files beside the drafts so a reviewer can read them; update them with
 * `npx vitest run --config tests/vitest.config.ts tests/scenarios -u` after checking the diff.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SpeechDocument } from '../../server/src/engine/analysis/document';
import { fixAllSync, selectSafeEdits } from '../../server/src/engine/fix/fix';
import type { Finding } from '../../server/src/engine/model/types';
import { findings, TODAY } from '../helpers';
import { loadSegmenterSync } from '../../server/src/engine/analysis/segment';

const DRAFTS = join(__dirname, 'drafts');
const SNAPSHOTS = join(__dirname, '__snapshots__');

function render(text: string, list: Finding[]): string {
  const doc = new SpeechDocument(text);
  return (
    list
      .map((f) => {
        const p = doc.positionAt(f.start);
        const covered = JSON.stringify(text.slice(f.start, f.end));
        const fix = f.fixes[0] ? ` → ${JSON.stringify(f.fixes[0].edits.map((e) => e.newText).join('|'))}${f.fixes[0].safe ? '' : ' (unsafe)'}` : '';
        return `${p.line + 1}:${p.character + 1} ${f.severity} ${f.rule} ${covered}${fix}\n    ${f.message}`;
      })
      .join('\n') + '\n'
  );
}

const files = readdirSync(DRAFTS).filter((f) => f.endsWith('.txt')).sort();

describe('scenario drafts', () => {
  it('has drafts', () => expect(files.length).toBeGreaterThanOrEqual(4));

  for (const file of files) {
    describe(file, () => {
      const text = readFileSync(join(DRAFTS, file), 'utf8');
      const base = file.replace(/\.txt$/, '');

      it('findings match the snapshot', async () => {
        await expect(render(text, findings(text))).toMatchFileSnapshot(join(SNAPSHOTS, `${base}.findings.txt`));
      });

      it('fixed text matches the snapshot and has no safe fix left', async () => {
        const segmenter = loadSegmenterSync();
        const result = fixAllSync(text, { today: TODAY }, {}, segmenter);
        await expect(result.text).toMatchFileSnapshot(join(SNAPSHOTS, `${base}.fixed.txt`));
        expect(selectSafeEdits(findings(result.text))).toEqual([]);
      });
    });
  }

  it('a carefully edited speech gets no finding from any rule', () => {
    const text = readFileSync(join(DRAFTS, '02-clean-speech.txt'), 'utf8');
    expect(render(text, findings(text))).toBe('\n');
  });

  it('template leftovers are all reported', () => {
    const text = readFileSync(join(DRAFTS, '01-template-leftovers.txt'), 'utf8');
    const slots = findings(text, 'placeholder').map((f) => text.slice(f.start, f.end));
    expect(slots).toEqual(['XX', 'X.X', 'XX', 'X', 'x月xx日', 'XX']);
  });
});
