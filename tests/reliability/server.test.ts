/**
 * The language server under clients that are not VS Code (issue 8): no workspace-folder
 * capability, executeCommand naming a path outside the session, a wrong Content-Length, and
 * code actions without `only` (sent on each cursor move) that must not compute a fix-all.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureServerBuilt, fileUri, SERVER } from '../lsp/harness';

type Message = { id?: number; method?: string; params?: any; result?: any; error?: { code: number; message: string } };

/** A bare client: frames messages itself, so it can also send wrong frames. */
class RawClient {
  readonly received: Message[] = [];
  stderr = '';
  exit: Promise<number | null>;
  private buf = Buffer.alloc(0);
  private nextId = 1;

  constructor(readonly proc: ChildProcessWithoutNullStreams) {
    proc.stdout.on('data', (d: Buffer) => this.read(d));
    proc.stderr.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.exit = new Promise((resolve) => proc.once('exit', (code) => resolve(code)));
  }

  static start(cwd: string): RawClient {
    return new RawClient(spawn(process.execPath, [SERVER, '--stdio'], { cwd }));
  }

  private read(d: Buffer): void {
    this.buf = Buffer.concat([this.buf, d]);
    for (;;) {
      const end = this.buf.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buf.subarray(0, end).toString())?.[1]);
      if (this.buf.length < end + 4 + length) return;
      const body = this.buf.subarray(end + 4, end + 4 + length).toString();
      this.buf = this.buf.subarray(end + 4 + length);
      const m = JSON.parse(body) as Message;
      // Answer the server's own requests (configuration, registrations, message requests).
      if (m.method && m.id !== undefined) this.send({ id: m.id, result: m.method === 'workspace/configuration' ? m.params.items.map(() => null) : null });
      this.received.push(m);
    }
  }

  send(m: object, lengthDelta = 0): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...m }));
    this.proc.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length + lengthDelta}\r\n\r\n`), body]));
  }

  async request(method: string, params: unknown, timeoutMs = 20_000): Promise<Message> {
    const id = this.nextId++;
    this.send({ id, method, params });
    const t0 = Date.now();
    for (;;) {
      const reply = this.received.find((r) => r.id === id && r.method === undefined);
      if (reply) return reply;
      if (Date.now() - t0 > timeoutMs) throw new Error(`no answer to ${method}; stderr: ${this.stderr.slice(-1000)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  stop(): void {
    if (this.proc.exitCode === null) this.proc.kill();
  }
}

/** Capabilities of a minimal client: no workspace folders, no configuration, nothing dynamic. */
const MINIMAL = { textDocument: { codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } } } };

const clients: RawClient[] = [];
function start(cwd: string): RawClient {
  const c = RawClient.start(cwd);
  clients.push(c);
  return c;
}

async function initialize(c: RawClient, folder: string | null, capabilities: object = MINIMAL): Promise<Message> {
  const reply = await c.request('initialize', {
    processId: process.pid,
    rootUri: folder ? fileUri(folder) : null,
    ...(folder ? { workspaceFolders: [{ uri: fileUri(folder), name: 'ws' }] } : {}),
    capabilities,
  });
  c.notify('initialized', {});
  return reply;
}

describe('the language server with clients other than VS Code', () => {
  beforeAll(async () => ensureServerBuilt(), 120_000);
  afterEach(() => {
    for (const c of clients.splice(0)) c.stop();
  });

  it('initialized without the workspace-folder capability logs no error and keeps serving', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speechcheck-nofolders-'));
    const c = start(dir);
    const init = await initialize(c, dir);
    expect(init.error).toBeUndefined();
    const uri = fileUri(path.join(dir, 'd.txt'));
    c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'speech-draft', version: 1, text: '今天,我们开会，，研究工作。\n' } });
    const symbols = await c.request('textDocument/documentSymbol', { textDocument: { uri } });
    expect(symbols.error).toBeUndefined();
    const deadline = Date.now() + 15_000;
    while (!c.received.some((m) => m.method === 'textDocument/publishDiagnostics' && m.params.diagnostics.length > 0) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(c.received.some((m) => m.method === 'textDocument/publishDiagnostics' && m.params.diagnostics.length > 0)).toBe(true);
    const errors = c.received.filter((m) => m.method === 'window/logMessage' && m.params.type === 1).map((m) => m.params.message);
    expect(errors.join('\n')).not.toMatch(/workspace folder|Unhandled|Uncaught/i);
    expect(c.proc.exitCode).toBeNull();
  });

  it('executeCommand writes .speechcheckrc.json inside the workspace, never outside it', async () => {
    const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'speechcheck-ws-'));
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'speechcheck-outside-'));
    const c = start(ws);
    await initialize(c, ws, { ...MINIMAL, workspace: { workspaceFolders: true } });
    const refused = await c.request('workspace/executeCommand', { command: 'speechcheck.ignoreWord', arguments: ['张三', fileUri(path.join(outside, 'x.txt'))] });
    expect(refused.error?.message).toMatch(/only a workspace folder|只能写入/);
    const refusedRule = await c.request('workspace/executeCommand', { command: 'speechcheck.disableRuleForFile', arguments: [fileUri(path.join(outside, 'sub', 'x.txt')), 'typo'] });
    expect(refusedRule.error).toBeDefined();
    expect(fs.readdirSync(outside)).toEqual([]);
    expect(fs.existsSync(path.join(outside, 'sub'))).toBe(false);
    // Inside the workspace folder the same command writes.
    const ok = await c.request('workspace/executeCommand', { command: 'speechcheck.ignoreWord', arguments: ['张三', fileUri(path.join(ws, 'x.txt'))] });
    expect(ok.error).toBeUndefined();
    expect(JSON.parse(fs.readFileSync(path.join(ws, '.speechcheckrc.json'), 'utf8')).ignoreWords).toEqual(['张三']);
  });

  it('an open document outside any workspace folder may have its own folder written', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speechcheck-open-'));
    const c = start(dir);
    await initialize(c, null);
    const uri = fileUri(path.join(dir, 'd.txt'));
    c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'speech-draft', version: 1, text: '今天开会。\n' } });
    const ok = await c.request('workspace/executeCommand', { command: 'speechcheck.disableRuleForFile', arguments: [uri, 'typo'] });
    expect(ok.error).toBeUndefined();
    expect(fs.existsSync(path.join(dir, '.speechcheckrc.json'))).toBe(true);
  });

  it.each([
    ['longer', 40],
    ['shorter', -6],
  ])('a Content-Length %s than the body: logged, and the server exits', async (_what, delta) => {
    const c = start(os.tmpdir());
    await initialize(c, null);
    c.send({ id: 50, method: 'shutdown' }, delta);
    c.send({ id: 51, method: 'shutdown' });
    const code = await Promise.race([c.exit, new Promise((r) => setTimeout(() => r('still running'), 15_000))]);
    expect(code).toBe(1);
    expect(c.stderr).toMatch(/lost the message framing/);
  });

  it('a header without a usable Content-Length: logged, and the server exits', async () => {
    const c = start(os.tmpdir());
    await initialize(c, null);
    c.proc.stdin.write('Content-Length: many\r\n\r\n{}');
    const code = await Promise.race([c.exit, new Promise((r) => setTimeout(() => r('still running'), 15_000))]);
    expect(code).toBe(1);
    expect(c.stderr).toMatch(/without a valid Content-Length/);
  });

  it('code actions without `only` cost what the cursor findings cost; fix-all comes from codeAction/resolve', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speechcheck-actions-'));
    const c = start(dir);
    const caps = { textDocument: { codeAction: { ...MINIMAL.textDocument.codeAction, dataSupport: true, resolveSupport: { properties: ['edit'] } } } };
    const init = await initialize(c, dir, caps);
    expect(init.result.capabilities.codeActionProvider.resolveProvider).toBe(true);
    const uri = fileUri(path.join(dir, 'big.txt'));
    // ~600 KB with a safe fix on every line: a fix-all per request would take seconds.
    const text = '今天，，我们召开全市经济工作会议，主要任务是总结工作。。\n'.repeat(20_000);
    c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'speech-draft', version: 1, text } });
    const range = { start: { line: 10, character: 3 }, end: { line: 10, character: 3 } };
    await c.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } }, 120_000); // the first check
    const t0 = performance.now();
    for (let i = 0; i < 5; i++) {
      const r = await c.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } }, 60_000);
      expect(r.error).toBeUndefined();
      const fixAll = r.result.find((a: any) => a.kind === 'source.fixAll.speechcheck');
      expect(fixAll).toBeDefined();
      expect(fixAll.edit).toBeUndefined();
    }
    const perRequest = (performance.now() - t0) / 5;
    expect(perRequest).toBeLessThan(5_000);
    const actions = (await c.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } })).result;
    const resolved = await c.request('codeAction/resolve', actions.find((a: any) => a.kind === 'source.fixAll.speechcheck'), 120_000);
    expect(resolved.result.edit.changes[uri].length).toBe(40_000);
  }, 300_000);
});
