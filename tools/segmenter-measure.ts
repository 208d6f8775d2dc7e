/**
 * Load time, memory and speed of the segmenters, each in fresh processes, alternating:
 *   node segmenter-measure.cjs [runs] [seedsDir]
 * (bundle it with esbuild, nodejieba external, and run it with SPEECHCHECK_DICT_DIR=dist/dict).
 * For each run and each segmenter (nodejieba, jieba-js): the time and RSS growth (after a GC)
 * of the first openSegmenter, as the engine loads it (library + word lookups), the time of
 * opening the library again, then cut + tag of all the seed drafts and of a ~100 KB draft
 * (the seeds repeated), medians of 5 passes after one warm-up. Prints medians over the runs.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { openBackend, openSegmenter, type SegmenterName } from '../server/src/engine/analysis/segment';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

function child(name: SegmenterName, seedsDir: string): void {
  const seeds = readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(path.join(seedsDir, f), 'utf8'));
  let big = '';
  while (big.length < 100_000) big += seeds.join('\n');
  gc();
  const rss0 = process.memoryUsage().rss;
  const t0 = performance.now();
  openSegmenter(name);
  const loadMs = performance.now() - t0;
  gc();
  const loadRssMb = (process.memoryUsage().rss - rss0) / 2 ** 20;
  // The library alone, opened again, for timing cut and tag without the Segmenter's caches.
  const t1 = performance.now();
  const backend = openBackend(name);
  const reopenMs = performance.now() - t1;
  const time = (texts: string[]): number => {
    const runs: number[] = [];
    for (let i = 0; i < 6; i++) {
      const t = performance.now();
      for (const s of texts) {
        backend.cut(s);
        backend.tag(s);
      }
      runs.push(performance.now() - t);
    }
    return median(runs.slice(1));
  };
  const seedsMs = time(seeds);
  const bigMs = time([big]);
  console.log(JSON.stringify({ loadMs, loadRssMb, reopenMs, seedsMs, bigMs, bigChars: big.length }));
}

function main(): void {
  const [mode, a, b] = process.argv.slice(2);
  if (mode === 'child') return child(a as SegmenterName, b!);
  const runs = Number(mode ?? 7);
  const seedsDir = a ?? path.resolve(__dirname, '../../shared/seeds');
  const results: Record<string, Array<Record<string, number>>> = { nodejieba: [], 'jieba-js': [] };
  for (let i = 0; i < runs; i++) {
    for (const name of Object.keys(results)) {
      const r = spawnSync(process.execPath, ['--expose-gc', process.argv[1]!, 'child', name, seedsDir], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(r.stderr);
      results[name]!.push(JSON.parse(r.stdout.trim().split('\n').pop()!));
    }
  }
  for (const [name, rs] of Object.entries(results)) {
    const m = Object.fromEntries(Object.keys(rs[0]!).map((k) => [k, Math.round(median(rs.map((r) => r[k]!)) * 10) / 10]));
    console.log(name.padEnd(10), JSON.stringify(m));
  }
}

main();
