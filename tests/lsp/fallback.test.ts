/**
 * The segmenters a user can end up with: jieba-js by default (pure TypeScript, every
 * platform), nodejieba or jieba-wasm when SPEECHCHECK_SEGMENTER names them. The language
 * server started with nodejieba made unloadable and jieba-wasm asked for runs on jieba-wasm,
 * says so to the client (`speechcheck/segmenter`), and gives the same findings as nodejieba on
 * the scenario drafts and, when ../shared is beside the repository, the seeds. With no
 * segmenter, the client is told (it warns the user once).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEEDS_DIR } from './drafts';
import { fileUri, LspClient, ROOT } from './harness';

const PRELOAD = path.join(ROOT, 'tests/cli/fixtures/no-nodejieba.cjs');
const SCENARIOS = path.join(ROOT, 'tests/scenarios/drafts');

function drafts(): Array<{ name: string; text: string }> {
  const read = (dir: string) =>
    fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ name: f, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
  const out = read(SCENARIOS);
  if (fs.existsSync(SEEDS_DIR)) out.push(...read(SEEDS_DIR));
  else console.log(`fallback.test: ${SEEDS_DIR} absent; comparing the scenario drafts only`);
  return out;
}

/** Every finding of a document once the word-based rules have run: `rule line:col-line:col`. */
async function completeFindings(client: LspClient, name: string, text: string): Promise<string[]> {
  const uri = fileUri(path.join(ROOT, 'fallback-check', `讲话-${name}`));
  await client.open(uri, text);
  let result = await client.pull(uri);
  if (result.resultId?.endsWith('|partial')) {
    await client.until(() => client.segmenterNotices.length > 0, 'the segmenter choice', 60_000);
    result = await client.pull(uri);
  }
  expect(result.resultId, name).toMatch(/\|complete$/);
  await client.close(uri);
  return result.items
    .map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`)
    .sort();
}

describe('language server without nodejieba', () => {
  let native: LspClient;
  let fallback: LspClient;
  beforeAll(async () => {
    native = await LspClient.start({ settings: {}, env: { SPEECHCHECK_SEGMENTER: 'nodejieba' } });
    fallback = await LspClient.start({ settings: {}, nodeArgs: ['-r', PRELOAD], env: { SPEECHCHECK_SEGMENTER: 'wasm' } });
  }, 60_000);
  afterAll(async () => {
    await native?.stop();
    await fallback?.stop();
  });

  it('runs on jieba-wasm when asked, tells the client which segmenter and why, and finds what nodejieba finds', async () => {
    const all = drafts();
    let compared = 0;
    for (const d of all) {
      const a = await completeFindings(native, d.name, d.text);
      const b = await completeFindings(fallback, d.name, d.text);
      expect(b, d.name).toEqual(a);
      compared += a.length;
    }
    expect(compared).toBeGreaterThan(10); // the drafts have findings to compare
    expect(native.segmenterNotices).toEqual([expect.objectContaining({ name: 'nodejieba', fallbackReason: 'SPEECHCHECK_SEGMENTER=nodejieba' })]);
    expect(fallback.segmenterNotices).toEqual([expect.objectContaining({ name: 'jieba-wasm', fallbackReason: 'SPEECHCHECK_SEGMENTER=wasm' })]);
    expect(fallback.logs.join('\n')).toContain('Segmenter: jieba-wasm');
    expect(fallback.shownMessages).toEqual([]);
  }, 240_000);
});

describe('language server with no segmenter at all', () => {
  it('tells the client once that none loaded; the other rules still run', async () => {
    const client = await LspClient.start({ settings: {}, nodeArgs: ['-r', PRELOAD], env: { SPEECHCHECK_SEGMENTER: 'nodejieba' } });
    try {
      const uri = fileUri(path.join(ROOT, 'fallback-check', '讲话.txt'));
      await client.open(uri, '在全市工作会议上的讲话\n（2024年3月15日）\n\n今年完成投资XX亿元。\n');
      const first = await client.pull(uri);
      await client.until(() => client.segmenterNotices.length > 0, 'the segmenter notice', 30_000);
      expect(client.segmenterNotices).toEqual([expect.objectContaining({ name: null, error: expect.stringContaining('nodejieba') })]);
      expect(first.items.map((d) => d.code)).toContain('placeholder');
      expect(client.logs.join('\n')).toContain('No segmenter loaded');
    } finally {
      await client.stop();
    }
  }, 60_000);
});
