/**
 * The portable segmenter: jieba-rs compiled to WebAssembly (jieba-wasm), for every platform
 * where nodejieba's native module does not load. It is fed the trimmed dictionary nodejieba
 * loads, so both cut alike: jieba-wasm starts from jieba's full dictionary, so the words the
 * trimmed one leaves out are set to frequency 0 (jieba.dropped.utf8), the trimmed entries
 * overwrite theirs, and the user words get the median frequency, which is what cppjieba gives
 * a user word without one.
 *
 * The bundle carries jieba-wasm's JavaScript; its .wasm file is read from beside the bundle
 * (esbuild.mjs copies it into dist/).
 */
import * as fs from 'node:fs';
import type { DictionaryPaths, JiebaBackend } from './segment';
import { forEachDictionaryEntry } from './segment-table';

interface JiebaWasm {
  cut(text: string, hmm?: boolean | null): string[];
  tag(sentence: string, hmm?: boolean | null): Array<{ word: string; tag: string }>;
  add_word(word: string, freq?: number | null, tag?: string | null): number;
  with_dict(dict: string): void;
}

/**
 * jieba-rs keeps these ASCII marks inside a token (its Han-block pattern includes them),
 * where cppjieba cuts at them; text is never split at them for jieba-wasm.
 */
const WASM_JOINS = '#%&+-_';

export function openWasmJieba(paths: DictionaryPaths): JiebaBackend {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const jieba = require('jieba-wasm') as JiebaWasm;
  const dict = fs.readFileSync(paths.dict, 'utf8');
  const median = medianFrequency(dict);
  const userLines: string[] = [];
  for (const line of fs.readFileSync(paths.userDict, 'utf8').split('\n')) {
    const [word, tag] = line.trim().split(' ');
    if (word) userLines.push(`${word} ${median}${tag ? ` ${tag}` : ''}`);
  }
  jieba.with_dict(fs.readFileSync(paths.droppedDict, 'utf8') + dict + userLines.join('\n') + '\n');
  return {
    name: 'jieba-wasm',
    cut: (text) => jieba.cut(text, true),
    tag: (text) => jieba.tag(text, true),
    joins: WASM_JOINS,
  };
}

/** The median of the dictionary's frequencies (`word freq tag` lines). */
function medianFrequency(dict: string): number {
  const freqs: number[] = [];
  forEachDictionaryEntry(dict, (_start, _end, f) => {
    if (f > 0) freqs.push(f);
  });
  freqs.sort((a, b) => a - b);
  return freqs.length ? freqs[freqs.length >> 1]! : 1;
}
