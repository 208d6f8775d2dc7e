/**
 * The jieba-js table: it round-trips through its binary form, a damaged, old or stale file
 * is refused (TableError) and rebuilt, never read, and its logarithms are glibc's.
 */
import { appendFileSync, copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { correctlyRoundedLog } from '../../server/src/engine/analysis/cr-log';
import { findDictionaries, jsTableOptions, openBackend, type DictionaryPaths } from '../../server/src/engine/analysis/segment';
import { readJiebaTable } from '../../server/src/engine/analysis/segment-js';
import { buildJiebaTables } from '../../server/src/engine/analysis/segment-js-build';
import { JiebaCutter } from '../../server/src/engine/analysis/segment-js-cut';
import { TABLE_VERSION, TableError, decodeTables, encodeTables, sourceDigest, sourceSizes } from '../../server/src/engine/analysis/segment-js-table';

const paths = findDictionaries();
const read = (f: string): string => readFileSync(f, 'utf8');
const digest = sourceDigest(readFileSync(paths.dict), readFileSync(paths.userDict), readFileSync(paths.hmmDict));
const tables = buildJiebaTables(read(paths.dict), read(paths.userDict), read(paths.hmmDict), jsTableOptions());
const bytes = encodeTables(tables, digest);
const TEXT = '农村居民人均可支配收入增长8.1%，我们要坚持以人民为中心的发展思想。';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'speechcheck-jsjieba-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A copy of the dictionary texts in a folder of its own, with `table` as its jieba-js.bin. */
function folderWith(table: Uint8Array): DictionaryPaths {
  const dir = mkdtempSync(path.join(tmp, 'dict-'));
  const p = Object.fromEntries(Object.entries(paths).map(([k, f]) => [k, path.join(dir, path.basename(f))])) as unknown as DictionaryPaths;
  for (const k of ['dict', 'userDict', 'hmmDict'] as const) copyFileSync(paths[k], p[k]);
  writeFileSync(p.jsTable, table);
  return p;
}

function refusal(file: Uint8Array, d: Buffer | readonly [number, number] = digest): string {
  try {
    decodeTables(file, d);
    return 'accepted';
  } catch (e) {
    expect(e).toBeInstanceOf(TableError);
    return (e as Error).message;
  }
}

describe('jieba-js table', () => {
  it('round-trips: every section decodes to what was encoded', () => {
    const back = decodeTables(bytes, digest);
    const asBytes = (v: unknown): unknown => (ArrayBuffer.isView(v) ? [v.constructor.name, Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64')] : v);
    for (const [k, v] of Object.entries(tables)) expect([k, asBytes((back as unknown as Record<string, unknown>)[k])]).toEqual([k, asBytes(v)]);
    expect(tables.nodeWord.filter((w) => w >= 0).length).toBeGreaterThan(50_000);
  });

  it('the prepared file is the table of the dictionary texts beside it', () => {
    expect(new JiebaCutter(readJiebaTable(paths)).cut(TEXT)).toEqual(new JiebaCutter(tables).cut(TEXT));
  });

  it('refuses a damaged, old, foreign, truncated or stale file', () => {
    const flipped = Buffer.from(bytes);
    flipped[flipped.length - 100]! ^= 0x10;
    expect(refusal(flipped)).toMatch(/checksum/);
    const old = Buffer.from(bytes);
    old.writeUInt32LE(TABLE_VERSION - 1, 4);
    expect(refusal(old)).toMatch(/version/);
    const foreign = Buffer.from(bytes);
    foreign.write('GIF8', 0);
    expect(refusal(foreign)).toMatch(/magic/);
    expect(refusal(bytes.subarray(0, bytes.length - 8))).toMatch(/truncated/);
    expect(refusal(bytes.subarray(0, 10))).toMatch(/too short/);
    expect(refusal(bytes, sourceDigest(Buffer.from('x'), Buffer.from(''), Buffer.from('')))).toMatch(/stale/);
    expect(refusal(bytes)).toBe('accepted');
  });

  it('a run checks the sizes of the texts beside the table: a text that grew makes it stale', () => {
    const sizes = (p: DictionaryPaths) => sourceSizes(...(['dict', 'userDict', 'hmmDict'] as const).map((k) => readFileSync(p[k]).length) as [number, number, number]);
    expect(refusal(bytes, sizes(paths))).toBe('accepted');
    const p = folderWith(bytes);
    expect(() => readJiebaTable(p)).not.toThrow();
    appendFileSync(p.userDict, '新增词语 3 n\n');
    expect(refusal(bytes, sizes(p))).toMatch(/stale/);
    expect(() => readJiebaTable(p)).toThrow(/stale/);
  });

  it('a refused file is rebuilt from the texts beside it, and cuts as before', () => {
    const garbage = Buffer.from(bytes);
    garbage.fill(7, 200, 4000);
    const p = folderWith(garbage);
    expect(() => readJiebaTable(p)).toThrow(TableError);
    expect(openBackend('jieba-js', p).cut(TEXT)).toEqual(new JiebaCutter(tables).cut(TEXT));
    expect(readFileSync(p.jsTable).equals(bytes)).toBe(true);
  });

  it('a table with other weights cuts otherwise (the parity test can fail)', () => {
    const native = openBackend('nodejieba');
    expect(new JiebaCutter(tables).cut(TEXT)).toEqual(native.cut(TEXT));
    // 尚未 made rare: 结婚/的/和尚/未/结婚/的 instead of 结婚/的/和/尚未/结婚/的.
    const text = '结婚的和尚未结婚的';
    const w = new JiebaCutter(tables).find('尚未');
    expect(w).toBeGreaterThanOrEqual(0);
    const tampered = { ...tables, wordWeight: tables.wordWeight.map((x, i) => (i === w ? x - 10 : x)) };
    expect(new JiebaCutter(tables).cut(text)).toEqual(native.cut(text));
    expect(new JiebaCutter(tampered).cut(text)).not.toEqual(native.cut(text));
  });
});

describe('correctlyRoundedLog', () => {
  it("gives glibc's log where V8's Math.log is 1 ulp off", () => {
    // [x, log(x) by glibc (Python's math.log)], x where Math.log differs.
    const cases: Array<[number, number]> = [
      [0.03351528161764789, -3.395753776472985],
      [0.019662760815660357, -3.929028746062175],
      [0.02511193289928857, -3.6844121315036937],
      [0.0443089801795046, -3.116567909618887],
    ];
    for (const [x, y] of cases) expect([x, correctlyRoundedLog(x)]).toEqual([x, y]);
    expect(cases.some(([x, y]) => Math.log(x) !== y)).toBe(true);
  });

  it('is exact where the answer is simple and within an ulp of Math.log elsewhere', () => {
    expect(correctlyRoundedLog(1)).toBe(0);
    expect(correctlyRoundedLog(0)).toBe(-Infinity);
    expect(correctlyRoundedLog(2)).toBe(Math.LN2);
    expect(correctlyRoundedLog(10)).toBe(Math.LN10);
    for (const x of [1e-300, 5e-324, 0.5, 0.9999999, 1.0000001, 3, 1e300]) {
      expect(Math.abs(correctlyRoundedLog(x) - Math.log(x))).toBeLessThanOrEqual(Math.abs(Math.log(x)) * 2.3e-16);
    }
  });
});
