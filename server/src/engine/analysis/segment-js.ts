/**
 * The jieba-js segmenter: cppjieba's cut and tag ported to TypeScript (segment-js-cut.ts)
 * over tables prepared at build time (segment-js-table.ts, built by segment-js-build.ts into
 * jieba-js.bin beside the dictionary texts). Loading is one read and typed-array views, where
 * nodejieba parses the dictionary into tries at every start, in each process and worker.
 *
 * The table is checked before use: its format version, a CRC-32 of its contents and the
 * sizes of the dictionary texts beside it, which it must have been built from (their CRC-32s
 * too when it is built). A table that fails is rebuilt from those texts (and written back where
 * the folder allows), so an old or damaged file costs a rebuild, never a wrong cut.
 */
import * as fs from 'node:fs';
import type { DictionaryPaths, JiebaBackend } from './segment';
import { buildJiebaTables, type TableOptions } from './segment-js-build';
import { JiebaCutter } from './segment-js-cut';
import { TableError, decodeTables, encodeTables, sourceDigest, sourceSizes, type JiebaTables } from './segment-js-table';
import { PairFilter, writeAtomically } from './segment-table';

export { TableError } from './segment-js-table';

/** The digest of the dictionary texts the table is built from. */
function digestOf(paths: DictionaryPaths): Buffer {
  return sourceDigest(fs.readFileSync(paths.dict), fs.readFileSync(paths.userDict), fs.readFileSync(paths.hmmDict));
}

/** Builds the table file from the dictionary texts at `paths` (the build, and a rebuild). */
export function writeJiebaTable(paths: DictionaryPaths, options: TableOptions): Buffer {
  const read = (f: string): string => fs.readFileSync(f, 'utf8');
  const tables = buildJiebaTables(read(paths.dict), read(paths.userDict), read(paths.hmmDict), options);
  const bytes = encodeTables(tables, digestOf(paths));
  try {
    writeAtomically(paths.jsTable, bytes);
  } catch {
    // A read-only folder (an installed extension): use the rebuilt table without keeping it.
  }
  return bytes;
}

/** The checked tables of `paths.jsTable`; throws TableError when refused. */
export function readJiebaTable(paths: DictionaryPaths): JiebaTables {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(paths.jsTable);
  } catch (e) {
    throw new TableError(`jieba-js table: cannot read ${paths.jsTable}: ${(e as Error).message}`);
  }
  const size = (f: string): number => fs.statSync(f).size;
  return decodeTables(bytes, sourceSizes(size(paths.dict), size(paths.userDict), size(paths.hmmDict)));
}

/** `options` are asked for only when the table must be rebuilt. */
export function openJsJieba(paths: DictionaryPaths, options: () => TableOptions): JiebaBackend {
  let tables: JiebaTables;
  try {
    tables = readJiebaTable(paths);
  } catch (e) {
    if (!(e instanceof TableError)) throw e;
    tables = decodeTables(writeJiebaTable(paths, options()));
  }
  const cutter = new JiebaCutter(tables);
  const pairs = new PairFilter(tables.pairBits);
  return {
    name: 'jieba-js',
    cut: (text) => cutter.cut(text),
    tag: (text) => cutter.tag(text),
    joins: '',
    lexicon: {
      has: (word) => cutter.find(word) >= 0,
      freq: (word) => {
        const w = cutter.find(word);
        return w < 0 ? 0 : tables.wordFreq[w]!;
      },
      pairMayOccur: (a, b) => pairs.has(a, b),
      partnerWords: (c) => tables.partnerWords[c] ?? 0,
      breaks: tables.breaks,
    },
  };
}
