/**
 * Findings must not depend on which segmenter ran: nodejieba where its native module loads,
 * jieba-wasm everywhere else. Each text is checked with both and every finding (rule, range,
 * message, fixes) must agree. The texts: the scenario drafts, the real-world corpus excerpts,
 * and, when ../shared is beside the clone, the seed drafts and ECSpell's odw.train sentences.
 * (The rule tables run under jieba-wasm too: `npm run test:wasm`.)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSync } from '../../server/src/engine/check';
import { openSegmenter, type Segmenter } from '../../server/src/engine/segment';
import type { Finding } from '../../server/src/engine/types';

const root = path.resolve(__dirname, '../..');
const TODAY = new Date(2024, 2, 15);

function textsIn(dir: string, ext: string): Array<[string, string]> {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]);
}

function corpusTexts(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [file, json] of textsIn(path.join(root, 'tests/corpus'), '.json')) {
    const cases = JSON.parse(json) as Array<{ text?: string }>;
    cases.forEach((c, i) => c.text && out.push([`${file}#${i}`, c.text]));
  }
  return out;
}

function odwSentences(): Array<[string, string]> {
  const file = path.join(root, '../shared/data/ecspell/odw.train');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.split('\t')[1])
    .filter((s): s is string => !!s)
    .map((s, i) => [`odw.train:${i + 1}`, s]);
}

function key(f: Finding): string {
  return JSON.stringify([f.rule, f.start, f.end, f.message, f.fixes.map((x) => x.edits)]);
}

function differences(text: string, a: Segmenter, b: Segmenter): string[] {
  const fa = checkSync(text, { today: TODAY }, a).map(key);
  const fb = new Set(checkSync(text, { today: TODAY }, b).map(key));
  const sa = new Set(fa);
  return [...fa.filter((k) => !fb.has(k)).map((k) => `nodejieba only: ${k}`), ...[...fb].filter((k) => !sa.has(k)).map((k) => `jieba-wasm only: ${k}`)];
}

describe('nodejieba and jieba-wasm give the same findings', () => {
  const native = openSegmenter('nodejieba');
  const wasm = openSegmenter('jieba-wasm');
  const seedsDir = path.join(root, '../shared/seeds');
  const groups: Array<[string, Array<[string, string]>]> = [
    ['scenario drafts', textsIn(path.join(root, 'tests/scenarios/drafts'), '.txt')],
    ['corpus excerpts', corpusTexts()],
    ['seed drafts', textsIn(seedsDir, '.txt')],
    ['odw.train sentences', odwSentences()],
  ];
  for (const [name, texts] of groups) {
    it.skipIf(texts.length === 0)(`${name} (${texts.length})`, () => {
      const diffs = texts.flatMap(([file, text]) => differences(text, native, wasm).map((d) => `${file}: ${d}`));
      expect(diffs).toEqual([]);
    });
  }

  it('the two really are different segmenters (the comparison can fail)', () => {
    const text = '农村居民人均可支配收人增长8.1%';
    expect(native.cut(text).map((t) => t.word)).not.toEqual(wasm.cut(text).map((t) => t.word));
  });
});
