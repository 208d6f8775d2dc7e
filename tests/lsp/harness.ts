/**
 * A minimal LSP client for tests: spawns the real bundled server (`node dist/server.js
 * --stdio`), speaks JSON-RPC through vscode-jsonrpc, answers the server's own requests
 * (configuration, registrations, refresh) and lets tests wait on what arrives — never on
 * fixed sleeps.
 */
import type { Position, Range, TextEdit } from '../../server/src/protocol';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { EventEmitter } from 'node:events';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';

export const ROOT = path.resolve(__dirname, '../..');
export const SERVER = path.join(ROOT, 'dist/server.js');
/** The server's worker thread for big drafts, beside it. */
export const WORKER = path.join(ROOT, 'dist/check-worker.js');

/** Builds dist/server.js when it is missing or older than the sources (one builder at a time). */
export async function ensureServerBuilt(): Promise<void> {
  if (!isStale()) return;
  const lock = path.join(ROOT, 'dist', '.server-build.lock');
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 120_000) fs.rmSync(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    if (!isStale()) return;
    // Only the server's entries, with the options esbuild.mjs uses: others' entries may be mid-edit.
    const esbuild = await import('esbuild');
    for (const [entry, outfile] of [
      ['server/src/lsp/check-worker.ts', WORKER],
      ['server/src/lsp/main.ts', SERVER],
    ] as const) {
      await esbuild.build({
        entryPoints: [path.join(ROOT, entry)],
        outfile,
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'cjs',
        sourcemap: true,
        external: ['nodejieba', 'vscode'],
        loader: { '.txt': 'text' },
        logLevel: 'error',
      });
    }
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

function isStale(): boolean {
  const server = fs.statSync(SERVER, { throwIfNoEntry: false })?.mtimeMs;
  const worker = fs.statSync(WORKER, { throwIfNoEntry: false })?.mtimeMs;
  if (server === undefined || worker === undefined) return true;
  const built = Math.min(server, worker);
  return newestMtime(path.join(ROOT, 'server/src')) > built;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

export interface ClientOptions {
  /** Advertise pull diagnostics (textDocument/diagnostic) and refresh support. */
  pull?: boolean;
  /** Answers to workspace/configuration for section `speechcheck`; omit to not advertise it. */
  settings?: Record<string, unknown>;
  initializationOptions?: unknown;
  workspaceFolder?: string;
  locale?: string;
  /** Extra `node` arguments before the server script (e.g. `-r preload.cjs`). */
  nodeArgs?: string[];
  /** Extra environment for the server process. */
  env?: Record<string, string>;
}

export interface Published {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
  at: number;
}

/** The parts of LSP types the tests look at (Position, Range, TextEdit as protocol.ts has them). */
export type { Position, Range, TextEdit } from '../../server/src/protocol';
export interface Diagnostic {
  range: Range;
  severity?: number;
  code?: string | number;
  codeDescription?: { href: string };
  source?: string;
  message: string;
  tags?: number[];
  /** protocol.ts `DiagnosticData`: edits encoded short (`fixesOfData` decodes them). */
  data?: { version?: number; fixes?: Array<{ title: string; safe?: true; edits: unknown[] }>; details?: Record<string, unknown>; word?: string };
}
export interface CodeAction {
  title: string;
  kind?: string;
  isPreferred?: boolean;
  diagnostics?: Diagnostic[];
  edit?: { changes?: Record<string, TextEdit[]>; documentChanges?: Array<{ textDocument: { uri: string; version: number }; edits: TextEdit[] }> };
  command?: { title: string; command: string; arguments?: unknown[] };
}

export class LspClient {
  readonly events = new EventEmitter();
  readonly published: Published[] = [];
  readonly shownMessages: Array<{ type: number; message: string }> = [];
  readonly logs: string[] = [];
  /** `speechcheck/segmenter` notifications: which segmenter the server chose. */
  readonly segmenterNotices: Array<{ name: string | null; loadMs?: number; fallbackReason?: string; error?: string }> = [];
  /** Errors the JSON-RPC layer logged, e.g. responses without an id (parse errors). */
  readonly protocolErrors: string[] = [];
  readonly registrations: Array<{ method: string; registerOptions?: unknown }> = [];
  refreshes = 0;
  /** `window/showMessageRequest`s received, and the action title to answer with (null: dismiss). */
  readonly messageRequests: Array<{ type: number; message: string; actions?: Array<{ title: string }> }> = [];
  answerMessageWith: string | null = null;
  settings: Record<string, unknown> | undefined;
  capabilities: Record<string, any> = {};

  private constructor(
    readonly proc: ChildProcessWithoutNullStreams,
    readonly conn: MessageConnection,
    readonly stderr: string[],
  ) {}

  static async start(options: ClientOptions = {}): Promise<LspClient> {
    await ensureServerBuilt();
    const proc = spawn(process.execPath, [...(options.nodeArgs ?? []), SERVER, '--stdio'], {
      cwd: options.workspaceFolder ?? ROOT,
      env: { ...process.env, ...options.env },
    });
    const stderr: string[] = [];
    proc.stderr.on('data', (d: Buffer) => stderr.push(d.toString()));
    const client: { current?: LspClient } = {};
    const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin), {
      error: (m: string) => client.current?.protocolError(m),
      warn: () => undefined,
      info: () => undefined,
      log: () => undefined,
    });
    const c = new LspClient(proc, conn, stderr);
    client.current = c;
    c.settings = options.settings;
    c.listen();
    conn.listen();
    const pull = options.pull ?? true;
    const folder = options.workspaceFolder;
    const result = (await conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folder ? fileUri(folder) : null,
      workspaceFolders: folder ? [{ uri: fileUri(folder), name: path.basename(folder) }] : null,
      locale: options.locale ?? 'zh-cn',
      initializationOptions: options.initializationOptions,
      capabilities: {
        workspace: {
          configuration: options.settings !== undefined,
          didChangeConfiguration: { dynamicRegistration: true },
          didChangeWatchedFiles: { dynamicRegistration: true },
          workspaceEdit: { documentChanges: true },
          workspaceFolders: true,
          ...(pull ? { diagnostics: { refreshSupport: true } } : {}),
        },
        textDocument: {
          synchronization: { dynamicRegistration: false },
          publishDiagnostics: { relatedInformation: false, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          codeAction: {
            codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
            isPreferredSupport: true,
            dataSupport: true,
          },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          foldingRange: {},
          ...(pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
        },
      },
    })) as { capabilities: Record<string, any> };
    c.capabilities = result.capabilities;
    await conn.sendNotification('initialized', {});
    return c;
  }

  private listen(): void {
    const changed = () => this.events.emit('update');
    this.conn.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) =>
      params.items.map((i) => (i.section === 'speechcheck' ? (this.settings ?? null) : null)),
    );
    this.conn.onRequest('client/registerCapability', (params: { registrations: Array<{ method: string; registerOptions?: unknown }> }) => {
      this.registrations.push(...params.registrations);
      changed();
      return null;
    });
    this.conn.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshes++;
      changed();
      return null;
    });
    this.conn.onRequest('window/workDoneProgress/create', () => null);
    this.conn.onRequest('window/showMessageRequest', (p: { type: number; message: string; actions?: Array<{ title: string }> }) => {
      this.messageRequests.push(p);
      changed();
      return p.actions?.find((a) => a.title === this.answerMessageWith) ?? null;
    });
    this.conn.onNotification('textDocument/publishDiagnostics', (p: Omit<Published, 'at'>) => {
      this.published.push({ ...p, at: performance.now() });
      changed();
    });
    this.conn.onNotification('window/showMessage', (p: { type: number; message: string }) => {
      this.shownMessages.push(p);
      changed();
    });
    this.conn.onNotification('speechcheck/segmenter', (p: LspClient['segmenterNotices'][number]) => {
      this.segmenterNotices.push(p);
      changed();
    });
    this.conn.onNotification('window/logMessage', (p: { message: string }) => {
      this.logs.push(p.message);
      changed();
    });
  }

  private protocolError(message: string): void {
    this.protocolErrors.push(message);
    this.events.emit('update');
  }

  /** Resolves with `check()`'s first defined value, re-checking whenever something arrives. */
  until<T>(check: () => T | undefined | false, what: string, timeoutMs = 15_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const attempt = () => {
        const value = check();
        if (value !== undefined && value !== false) {
          cleanup();
          resolve(value);
        }
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out waiting for ${what}; server stderr: ${this.stderr.join('').slice(-2000)}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.events.off('update', attempt);
      };
      this.events.on('update', attempt);
      attempt();
    });
  }

  request<T = any>(method: string, params?: unknown): Promise<T> {
    return this.conn.sendRequest(method, params) as Promise<T>;
  }

  notify(method: string, params?: unknown): Promise<void> {
    return this.conn.sendNotification(method, params);
  }

  open(uri: string, text: string, languageId = 'speech-draft', version = 1): Promise<void> {
    return this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  close(uri: string): Promise<void> {
    return this.notify('textDocument/didClose', { textDocument: { uri } });
  }

  change(uri: string, version: number, contentChanges: Array<{ range?: Range; text: string }>): Promise<void> {
    return this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  pull(uri: string, previousResultId?: string): Promise<{ kind: string; resultId?: string; items: Diagnostic[] }> {
    return this.request('textDocument/diagnostic', { textDocument: { uri }, ...(previousResultId ? { previousResultId } : {}) });
  }

  lastPublished(uri: string): Published | undefined {
    return this.published.filter((p) => p.uri === uri).at(-1);
  }

  /**
   * Sends several didChange notifications in one write to the server's stdin, so they arrive
   * together however loaded the machine is (sent one by one, each waits for the last write).
   */
  changeBurst(uri: string, changes: Array<{ version: number; contentChanges: Array<{ range?: Range; text: string }> }>): void {
    const frames = changes.map(({ version, contentChanges }) => {
      const body = JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri, version }, contentChanges } });
      return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    });
    this.writeRaw(frames.join(''));
  }

  /** Writes raw bytes to the server's stdin (for malformed-message tests). */
  writeRaw(data: string): void {
    this.proc.stdin.write(data);
  }

  async stop(): Promise<void> {
    if (this.proc.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => this.proc.once('exit', () => resolve()));
    try {
      await Promise.race([this.request('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.notify('exit');
    } catch {
      // Already gone.
    }
    const timer = setTimeout(() => this.proc.kill(), 3000);
    await exited;
    clearTimeout(timer);
    this.conn.dispose();
  }
}

export function fileUri(p: string): string {
  return new URL(`file://${path.resolve(p)}`).href;
}

/** LSP position (UTF-16) of `offset` in `text`. */
export function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

export function offsetAt(text: string, pos: Position): number {
  const lines = text.split('\n');
  let offset = 0;
  for (let i = 0; i < pos.line; i++) offset += lines[i]!.length + 1;
  return offset + pos.character;
}

/** Applies LSP edits (non-overlapping) to `text`. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = edits
    .map((e) => ({ start: offsetAt(text, e.range.start), end: offsetAt(text, e.range.end), newText: e.newText }))
    .sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

export function editsOf(action: CodeAction, uri: string): TextEdit[] {
  const dc = action.edit?.documentChanges?.find((d) => d.textDocument.uri === uri);
  return dc?.edits ?? action.edit?.changes?.[uri] ?? [];
}
