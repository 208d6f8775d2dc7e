/**
 * A client without pull diagnostics or workspace/configuration (as Neovim 0.7 or a simple
 * editor): diagnostics are published, settings come with initializationOptions and
 * didChangeConfiguration. Also measures the time from didOpen of the ~100 KB seed to its
 * first diagnostics.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bigDraft, DRAFT, makeWorkspace, seed100k } from './drafts';
import { fileUri, LspClient, positionAt } from './harness';

describe('language server with published diagnostics', () => {
  let client: LspClient;
  let workspace: string;

  beforeAll(async () => {
    workspace = makeWorkspace();
    client = await LspClient.start({
      pull: false,
      workspaceFolder: workspace,
      initializationOptions: { speechcheck: { rules: { placeholder: 'info' } }, clientCommands: { fillSlot: 'speechcheck.fillSlot', select: 'speechcheck.selectRange' } },
    });
  });
  afterAll(async () => {
    await client?.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  const uriOf = (name: string) => fileUri(path.join(workspace, name));

  it('offers to fill a slot first, with the client command it announced', async () => {
    const uri = uriOf('slot.speech.txt');
    const text = '在全市会议上的讲话\n（2024年3月9日）\n全市生产总值XX亿元。\n';
    await client.open(uri, text);
    const published = await client.until(() => client.lastPublished(uri), 'diagnostics after open');
    const slot = published.diagnostics.find((d) => d.code === 'placeholder')!;
    const actions = await client.request<Array<{ title: string; command?: { command: string; arguments: unknown[] } }>>('textDocument/codeAction', {
      textDocument: { uri },
      range: slot.range,
      context: { diagnostics: [slot], only: ['quickfix'] },
    });
    expect(actions[0]!.title).toBe('填写此处…');
    expect(actions[0]!.command).toEqual({
      title: '填写此处…',
      command: 'speechcheck.fillSlot',
      arguments: [{ uri, slot: 'XX', line: 2, character: text.split('\n')[2]!.indexOf('XX') }],
    });
    await client.close(uri);
  });

  it('inserts a date-line slot, never today\'s date, and has the client select it', async () => {
    const uri = uriOf('nodate.speech.txt');
    const text = '在全市会议上的讲话\n同志们：\n今天开会。\n';
    await client.open(uri, text);
    const published = await client.until(() => client.lastPublished(uri), 'diagnostics after open');
    const missing = published.diagnostics.find((d) => d.code === 'date-missing')!;
    const actions = await client.request<Array<{ title: string; edit?: { changes?: Record<string, Array<{ newText: string }>> }; command?: { command: string; arguments: unknown[] } }>>('textDocument/codeAction', {
      textDocument: { uri },
      range: missing.range,
      context: { diagnostics: [missing], only: ['quickfix'] },
    });
    const insert = actions.find((a) => a.command?.command === 'speechcheck.selectRange')!;
    const edits = insert.edit!.changes?.[uri] ?? (insert.edit as unknown as { documentChanges: Array<{ edits: Array<{ newText: string }> }> }).documentChanges[0]!.edits;
    expect(edits.map((e) => e.newText)).toEqual(['\n（    年  月  日）']);
    // Inside the brackets: typing the date keeps them.
    expect(insert.command!.arguments).toEqual([{ uri, start: { line: 1, character: 1 }, end: { line: 1, character: '（    年  月  日'.length } }]);
    await client.close(uri);
  });

  it('does not announce pull diagnostics', () => {
    expect(client.capabilities.diagnosticProvider).toBeUndefined();
  });

  it('publishes on open, after edits (paced, versioned) and clears on close', async () => {
    const uri = uriOf('push.speech.txt');
    await client.open(uri, DRAFT);
    const first = await client.until(() => client.lastPublished(uri), 'diagnostics after open');
    expect(first.version).toBe(1);
    const dates = first.diagnostics.filter((d) => d.code === 'date-format');
    expect(dates.map((d) => d.range.start)).toEqual([positionAt(DRAFT, DRAFT.indexOf('2024-03-09')), positionAt(DRAFT, DRAFT.indexOf('2024.3.10'))]);
    // initializationOptions apply: placeholders are information.
    expect(first.diagnostics.filter((d) => d.code === 'placeholder').every((d) => d.severity === 3)).toBe(true);

    // Nine quick edits: the first after a pause may be answered at once, the burst is
    // coalesced (not every version checked), and the last version is published.
    const at = positionAt(DRAFT, DRAFT.indexOf('2024-03-09'));
    const count = client.published.filter((p) => p.uri === uri).length;
    const line3 = (from: number, to: number, text: string) => [{ range: { start: { line: 3, character: from }, end: { line: 3, character: to } }, text }];
    const burst = [{ version: 2, contentChanges: [{ range: { start: at, end: { line: at.line, character: at.character + 10 } }, text: '2024年3月9日' }] }];
    // Typing a character and taking it back, four times: versions 3 to 10.
    for (let v = 3; v <= 10; v++) burst.push({ version: v, contentChanges: v % 2 === 1 ? line3(0, 0, '各') : line3(0, 1, '') });
    // Sent in one write: sent one by one (or only three), a loaded machine (the CI's, with
    // the other test files running) spaced them past the server's quiet spell, and the test
    // then measured the machine, not the pacing.
    client.changeBurst(uri, burst);
    const latest = await client.until(() => {
      const p = client.lastPublished(uri);
      return p && p.version === 10 ? p : undefined;
    }, 'diagnostics for version 10');
    const published = client.published.filter((p) => p.uri === uri).slice(count);
    expect(new Set(published.map((p) => p.version)).size).toBeLessThan(5);
    expect(latest.diagnostics.filter((d) => d.code === 'date-format')).toHaveLength(1);

    await client.close(uri);
    const cleared = await client.until(() => {
      const p = client.lastPublished(uri);
      return p && p.diagnostics.length === 0 ? p : undefined;
    }, 'cleared diagnostics');
    expect(cleared.diagnostics).toEqual([]);
  });

  it('completes results once the segmenter (jieba-js) has loaded, after the first ones went out', async () => {
    await client.until(() => client.logs.find((l) => l.includes('Segmenter: jieba-js')), 'the segmenter loaded');
  });

  it('takes settings pushed with didChangeConfiguration', async () => {
    const uri = uriOf('settings.speech.txt');
    await client.open(uri, DRAFT);
    await client.until(() => client.lastPublished(uri), 'diagnostics after open');
    const count = client.published.length;
    await client.notify('workspace/didChangeConfiguration', { settings: { speechcheck: { rules: { 'date-format': 'off' } } } });
    const next = await client.until(
      () => client.published.slice(count).find((p) => p.uri === uri),
      'diagnostics after the configuration change',
    );
    expect(next.diagnostics.filter((d) => d.code === 'date-format')).toEqual([]);
    expect(next.diagnostics.filter((d) => d.code === 'placeholder').length).toBeGreaterThan(0);
    await client.close(uri);
  });

  it('checks plain text only when it is mostly Chinese', async () => {
    const chinese = uriOf('notes.txt');
    const english = uriOf('english.txt');
    await client.open(english, 'Meeting on 2024-03-09 about XX and the budget for the year, all in English.\n', 'plaintext');
    await client.open(chinese, DRAFT, 'plaintext');
    const published = await client.until(() => client.lastPublished(chinese), 'diagnostics for Chinese plain text');
    expect(published.diagnostics.length).toBeGreaterThan(0);
    const en = await client.until(() => client.lastPublished(english), 'diagnostics for English plain text');
    expect(en.diagnostics).toEqual([]);
  });
});

describe('time to first diagnostics', () => {
  it('a ~100 KB draft gets its first diagnostics quickly, before the segmenter loads', async () => {
    // The ~100 KB seed when ../shared is beside the repository; else as much repeated draft text.
    let text = seed100k() ?? bigDraft(36_000);
    while (Buffer.byteLength(text) < 100_000) text = bigDraft(text.length + 4_000);
    const bytes = Buffer.byteLength(text);
    expect(bytes).toBeGreaterThan(90_000);
    const client = await LspClient.start({ pull: false });
    try {
      const uri = fileUri('/tmp/speechcheck-100k.speech.txt');
      const opened = performance.now();
      await client.open(uri, text);
      const { first, jiebaBefore } = await client.until(() => {
        const p = client.lastPublished(uri);
        // Messages arrive in order: what has been logged so far was sent before these diagnostics.
        return p && { first: p, jiebaBefore: client.logs.some((l) => l.includes('Segmenter: jieba-js')) };
      }, 'first diagnostics');
      const elapsed = first.at - opened;
      console.log(`time to first diagnostics: ${elapsed.toFixed(0)} ms for ${bytes} bytes (${first.diagnostics.length} diagnostics)`);
      expect(jiebaBefore).toBe(false);
      // A loose bound: CI machines are shared; the number above is the measurement.
      expect(elapsed).toBeLessThan(5_000);
      // The first answer did not wait for the segmenter: it loads afterwards and results are completed.
      await client.until(() => client.logs.find((l) => l.includes('Segmenter: jieba-js')), 'the segmenter loaded');
      const complete = await client.until(() => {
        const all = client.published.filter((p) => p.uri === uri);
        return all.length >= 2 ? all.at(-1) : undefined;
      }, 'the completed result');
      expect(complete.at).toBeGreaterThan(first.at);

      // Warm: the same draft opened again once everything has loaded (full check, with segmentation).
      const again = fileUri('/tmp/speechcheck-100k-again.speech.txt');
      const reopened = performance.now();
      await client.open(again, text);
      const warm = await client.until(() => client.lastPublished(again), 'diagnostics of the second open');
      console.log(`time to first diagnostics, warm and segmented: ${(warm.at - reopened).toFixed(0)} ms`);
      expect(warm.diagnostics.length).toBeGreaterThanOrEqual(complete.diagnostics.length - 5);
    } finally {
      await client.stop();
    }
  });
});
