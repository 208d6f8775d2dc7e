/**
 * One server, two folders with their own .speechcheckrc.json: one folder's configuration
 * never changes the other's results (the words it adds stay with it).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorkspace } from './drafts';
import { ensureServerBuilt, fileUri, LspClient } from './harness';

describe('language server: configurations of two folders stay apart', () => {
  let client: LspClient;
  let workspace: string;

  beforeAll(async () => {
    await ensureServerBuilt();
    workspace = makeWorkspace({
      'a/.speechcheckrc.json': '{ "formulations": ["杜会"] }\n',
      'b/.speechcheckrc.json': '{ "requireDateLine": false }\n',
    });
    client = await LspClient.start({ pull: true, settings: {}, workspaceFolder: workspace });
  });
  afterAll(async () => {
    await client?.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  it("folder a's formulation 杜会 does not silence the typo in folder b", async () => {
    const a = fileUri(path.join(workspace, 'a', 'draft.txt'));
    const b = fileUri(path.join(workspace, 'b', 'draft.txt'));
    await client.open(a, '要推动杜会事业全面发展。\n');
    // The report waits for the segmenter, so the checks below are full checks.
    const report = await client.request<{ totals: { segmented: boolean } }>('speechcheck/report', { uri: a });
    expect(report.totals.segmented).toBe(true);
    expect((await client.pull(a)).items.filter((d) => d.code === 'typo')).toEqual([]);
    await client.open(b, '要推动杜会事业发展。\n');
    const typos = (await client.pull(b)).items.filter((d) => d.code === 'typo');
    expect(typos.map((d) => d.message).join()).toContain('杜会');
  });
});
