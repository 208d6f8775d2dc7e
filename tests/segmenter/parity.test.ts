/**
 * Findings must not depend on which segmenter ran: nodejieba where its native module loads,
 * jieba-wasm everywhere else, jieba-js (the TypeScript port) when chosen. Each text is checked
 * with nodejieba and with the other and every finding (rule, range, message, fixes) must
 * agree. The texts (texts.ts): the scenario drafts, the real-world corpus excerpts, and, when
 * ../shared is beside the clone (or SPEECHCHECK_SHARED_DIR names it), the seed drafts and
 * ECSpell's odw.train sentences. (The rule tables run under jieba-wasm too: `npm run test:wasm`.)
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSync } from '../../server/src/engine/check';
import { openSegmenter, type Segmenter, type SegmenterName } from '../../server/src/engine/analysis/segment';
import type { Finding } from '../../server/src/engine/model/types';
import { root, textGroups } from './texts';

const TODAY = new Date(2024, 2, 15);

function key(f: Finding): string {
  return JSON.stringify([f.rule, f.start, f.end, f.message, f.fixes.map((x) => x.edits)]);
}

/**
 * Words of jieba's full dictionary that the trimmed one leaves out (frequency under 50).
 * jieba-wasm must keep them, at frequency 0, and then never hands such a word to its HMM
 * when it stands alone between known words, while nodejieba (which never saw it) does: the
 * HMM's unknown word (评介) is what the typo search examines. A known difference of the two
 * libraries, limited to these words; every other finding must agree. (Until the engine had
 * one typo cache per segmenter, a clause checked with nodejieba answered for jieba-wasm too,
 * which hid this.)
 */
const droppedWords = (() => {
  const file = path.join(root, 'node_modules/nodejieba/submodules/cppjieba/dict/jieba.dict.utf8');
  const words = new Set<string>();
  if (!existsSync(file)) return words;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [word, freq] = line.split(' ');
    if (word && word.length > 1 && Number(freq) < 50) words.add(word);
  }
  return words;
})();

/** Findings of `a` and `b` that differ; `excused` drops a finding of `a` from the comparison. */
function differences(text: string, a: Segmenter, b: Segmenter, names: [SegmenterName, SegmenterName], excused?: (f: Finding) => boolean): string[] {
  const native = checkSync(text, { today: TODAY }, a);
  const fa = native.filter((f) => !excused?.(f)).map(key);
  const fb = new Set(checkSync(text, { today: TODAY }, b).map(key));
  const sa = new Set(native.map(key));
  return [...fa.filter((k) => !fb.has(k)).map((k) => `${names[0]} only: ${k}`), ...[...fb].filter((k) => !sa.has(k)).map((k) => `${names[1]} only: ${k}`)];
}

const droppedTypo = (text: string) => (f: Finding) => f.rule === 'typo' && droppedWords.has(text.slice(f.start, f.end));

describe('nodejieba and jieba-wasm give the same findings', () => {
  const native = openSegmenter('nodejieba');
  const wasm = openSegmenter('jieba-wasm');
  for (const [name, texts] of textGroups()) {
    it.skipIf(texts.length === 0)(`${name} (${texts.length})`, () => {
      const diffs = texts.flatMap(([file, text]) => differences(text, native, wasm, ['nodejieba', 'jieba-wasm'], droppedTypo(text)).map((d) => `${file}: ${d}`));
      expect(diffs).toEqual([]);
    });
  }

  it('the two really are different segmenters (the comparison can fail)', () => {
    const text = '农村居民人均可支配收人增长8.1%';
    expect(native.cut(text).map((t) => t.word)).not.toEqual(wasm.cut(text).map((t) => t.word));
  });
});

/** jieba-js cuts as nodejieba (jieba-js-parity.test.ts): every finding must agree, none excused. */
describe('nodejieba and jieba-js give the same findings', () => {
  const native = openSegmenter('nodejieba');
  const js = openSegmenter('jieba-js');
  for (const [name, texts] of textGroups()) {
    it.skipIf(texts.length === 0)(`${name} (${texts.length})`, () => {
      let findings = 0;
      const diffs = texts.flatMap(([file, text]) => {
        findings += checkSync(text, { today: TODAY }, js).length;
        return differences(text, native, js, ['nodejieba', 'jieba-js']).map((d) => `${file}: ${d}`);
      });
      console.log(`findings parity nodejieba / jieba-js, ${name}: ${texts.length} texts, ${findings} findings, ${diffs.length} differences`);
      expect(diffs).toEqual([]);
    });
  }

  it('their word lookups agree (has, freq, pairs, separators)', () => {
    expect(js.separators).toBe(native.separators);
    for (const w of ['发展', '人民', '两学一做', '四个意识', '的', '评介', 'x', '', '中华人民共和国', '𠀀']) {
      expect([w, js.has(w), js.freq(w)]).toEqual([w, native.has(w), native.freq(w)]);
    }
    const s = '坚持以人民为中心的发展思想，两不愁三保障';
    for (let i = 1; i < s.length; i++) expect(js.pairMayOccur!(s.charCodeAt(i - 1), s.charCodeAt(i))).toBe(native.pairMayOccur!(s.charCodeAt(i - 1), s.charCodeAt(i)));
  });
});
