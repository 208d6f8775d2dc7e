/** The transport vscode-languageclient uses (TransportKind.ipc): `node dist/server.js --node-ipc`. */
import { fork } from 'node:child_process';
import { expect, it } from 'vitest';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-jsonrpc/node';
import { DRAFT } from './drafts';
import { ensureServerBuilt, SERVER, type Diagnostic } from './harness';

it('serves over node IPC', async () => {
  await ensureServerBuilt();
  const child = fork(SERVER, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  const conn = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
  conn.listen();
  try {
    const init = (await conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { textDocument: { diagnostic: {} } },
    })) as { capabilities: { diagnosticProvider?: unknown } };
    expect(init.capabilities.diagnosticProvider).toBeDefined();
    await conn.sendNotification('initialized', {});
    const uri = 'untitled:Untitled-1';
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'speech-draft', version: 1, text: DRAFT } });
    const report = (await conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diagnostic[] };
    expect(report.items.filter((d) => d.code === 'date-format')).toHaveLength(2);
    await conn.sendRequest('shutdown');
    const exited = new Promise((r) => child.once('exit', r));
    await conn.sendNotification('exit');
    await exited;
  } finally {
    conn.dispose();
    if (child.exitCode === null) child.kill();
  }
});
