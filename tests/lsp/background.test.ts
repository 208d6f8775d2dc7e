/**
 * A big draft is checked in the server's worker thread: while a ~5 MB draft's check runs
 * (seconds), hover, the outline and code actions are answered at once, and the result of a
 * version that a newer one superseded is never published.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bigDraft, DRAFT, makeWorkspace } from './drafts';
import { fileUri, LspClient } from './harness';

/** Answers must come well before the check ends (seconds); generous, so it catches blocking, not slowness. */
const ANSWER_MS = 3_000;

describe('language server on a big draft', () => {
  let client: LspClient;
  let workspace: string;
  const big = `${DRAFT}\n${bigDraft(5_000_000)}`;

  beforeAll(async () => {
    workspace = makeWorkspace();
    client = await LspClient.start({ pull: false, workspaceFolder: workspace });
  });
  afterAll(async () => {
    await client?.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  const timed = async <T>(p: Promise<T>): Promise<{ value: T; ms: number }> => {
    const t = performance.now();
    const value = await p;
    return { value, ms: performance.now() - t };
  };

  it('answers hover, symbols and code actions while the check runs, and publishes only the newest version', async () => {
    const uri = fileUri(path.join(workspace, 'big.speech.txt'));
    await client.open(uri, big);
    const opened = performance.now();
    // The title line of DRAFT: its outline is there at once, without the check.
    const symbols = await timed(client.request<Array<{ name: string }>>('textDocument/documentSymbol', { textDocument: { uri } }));
    expect(symbols.value.length).toBeGreaterThan(0);
    expect(symbols.value[0]!.name).toBe('一、坚定信心，稳中求进');
    const hover = await timed(client.request('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 3 } }));
    // Code actions wait for the check (they are its findings' fixes), without holding up the rest.
    const actions = client.request<Array<{ title: string }>>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 5, character: 0 }, end: { line: 5, character: 14 } },
      context: { diagnostics: [] },
    });
    const hoverAgain = await timed(client.request('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 3 } }));
    console.log(`answered while checking: symbols ${Math.round(symbols.ms)} ms, hover ${Math.round(hover.ms)} ms and ${Math.round(hoverAgain.ms)} ms`);
    for (const [what, t] of [['hover', hover], ['hover with a code action waiting', hoverAgain]] as const) {
      expect(t.ms, `${what} answered in ${Math.round(t.ms)} ms`).toBeLessThan(ANSWER_MS);
    }
    // The outline comes from the worker ahead of the check's result: before any diagnostics.
    expect(client.published.filter((p) => p.uri === uri)).toEqual([]);
    // A newer version while the first is being checked.
    await client.change(uri, 2, [{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, text: '今年' }]);
    const changedAt = performance.now();
    const answer = await timed(client.request('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 3 } }));
    expect(answer.ms).toBeLessThan(ANSWER_MS);
    const outline = await client.request<Array<{ name: string }>>('textDocument/documentSymbol', { textDocument: { uri } });
    expect(outline[0]!.name).toBe('一、坚定信心，稳中求进');
    // The check was still running: nothing had been published yet (else the test proves nothing).
    expect(client.published.filter((p) => p.uri === uri)).toEqual([]);
    const published = await client.until(() => client.published.find((p) => p.uri === uri && p.version === 2), 'diagnostics of version 2', 120_000);
    // The code action asked about version 1 was answered (empty: the document moved on, or the slot's fill).
    expect(Array.isArray(await actions)).toBe(true);
    expect(published.diagnostics.some((d) => d.code === 'placeholder')).toBe(true);
    // Version 1's result was dropped (or its check ended), never published after version 2 arrived.
    expect(client.published.filter((p) => p.uri === uri && p.version === 1 && p.at > changedAt)).toEqual([]);
    expect(published.at - opened).toBeGreaterThan(0);
    // Once checked, the outline and hover come from the check's own analyses.
    const after = await client.request<Array<{ name: string }>>('textDocument/documentSymbol', { textDocument: { uri } });
    expect(after[0]!.name).toBe('一、坚定信心，稳中求进');
    expect(client.logs.some((l) => l.includes('in the background'))).toBe(true);
    await client.close(uri);
  }, 180_000);

  it('a big draft\'s fix-all (asked for by kind) runs in the worker: a hover sent after it is answered first', async () => {
    const uri = fileUri(path.join(workspace, 'fixall.speech.txt'));
    const text = `${DRAFT}\n${bigDraft(2_100_000)}`; // past BACKGROUND_LIMIT
    await client.open(uri, text);
    await client.until(() => client.lastPublished(uri), 'diagnostics of the draft', 120_000);
    const order: string[] = [];
    const fixAll = client
      .request<Array<{ kind?: string; edit?: { documentChanges?: Array<{ edits: unknown[] }> } }>>('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll'] },
      })
      .then((r) => (order.push('fixAll'), r));
    const hover = client.request('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 3 } }).then(() => order.push('hover'));
    const [actions] = await Promise.all([fixAll, hover]);
    expect(order).toEqual(['hover', 'fixAll']);
    const edits = actions.find((a) => a.kind === 'source.fixAll.speechcheck')?.edit?.documentChanges?.[0]?.edits ?? [];
    expect(edits.length).toBeGreaterThan(100);
    await client.close(uri);
  }, 180_000);

  it('a closed draft\'s check is ended and publishes nothing but the clearing', async () => {
    const uri = fileUri(path.join(workspace, 'closed.speech.txt'));
    await client.open(uri, big);
    await client.close(uri);
    // The close clears the diagnostics; a small draft opened after it is checked at once.
    const small = fileUri(path.join(workspace, 'small.speech.txt'));
    await client.open(small, DRAFT);
    const t = performance.now();
    await client.until(() => client.lastPublished(small), 'diagnostics of the small draft');
    expect(performance.now() - t).toBeLessThan(5_000);
    expect(client.published.filter((p) => p.uri === uri).map((p) => p.diagnostics.length)).toEqual([0]);
    await client.close(small);
  }, 60_000);
});
