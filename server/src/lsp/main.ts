/**
 * Entry point (bundled to dist/server.js): `node dist/server.js --stdio` for any editor,
 * `--node-ipc` (or `--socket=N`, `--pipe=NAME`) as vscode-languageclient starts it.
 *
 * Over stdio a body that is not JSON, or not a JSON-RPC message, gets the JSON-RPC error
 * response (-32700 / -32600) instead of being dropped, and the server carries on.
 */
import { Transform } from 'node:stream';
import { format } from 'node:util';
import {
  createConnection,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
  type Connection,
  type Message,
} from 'vscode-languageserver/node';
import { compileRegexpsOnce } from '../regexp-tier';
import { startServer } from './server';
import { utf8JsonEncoder } from './json-encoder';

compileRegexpsOnce();

const INVALID_MESSAGE = '$/speechcheck/invalidMessage';

interface InvalidMessage {
  code: number;
  message: string;
  id: string | number | null;
}

/** Parses a body; anything unusable becomes a notification the server answers with an error. */
const tolerantJsonDecoder = {
  name: 'application/json',
  decode(buffer: Uint8Array, options: { charset: string }): Promise<Message> {
    const text = new TextDecoder(options.charset).decode(buffer);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      return Promise.resolve(invalid({ code: -32700, message: `Parse error: ${(e as Error).message}`, id: null }));
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      return Promise.resolve(invalid({ code: -32600, message: 'Invalid Request: a message must be a JSON object', id: null }));
    }
    const m = parsed as Record<string, unknown>;
    const hasId = typeof m.id === 'string' || typeof m.id === 'number';
    if ('method' in m && typeof m.method !== 'string') {
      const id = hasId ? (m.id as string | number) : null;
      return Promise.resolve(invalid({ code: -32600, message: 'Invalid Request: "method" must be a string', id }));
    }
    if (!('method' in m) && !hasId) {
      return Promise.resolve(invalid({ code: -32600, message: 'Invalid Request: neither a request, a notification nor a response', id: null }));
    }
    return Promise.resolve(parsed as Message);
  },
};

function invalid(params: InvalidMessage): Message {
  return { jsonrpc: '2.0', method: INVALID_MESSAGE, params } as Message;
}

/** How long a message may stay incomplete with nothing more arriving before the framing counts as lost. */
const STALLED_BODY_MS = 30_000;

/**
 * Follows the `Content-Length` framing of what the client sends, beside the real reader. A
 * wrong length leaves the reader waiting for bytes that never come or reading a body into
 * the next header: the server would stay alive but deaf. When the bytes after a body are
 * not a header, a header has no usable length, or a body stalls half-sent, the server logs
 * it and exits, so the client can start it again.
 */
export class FramingWatch extends Transform {
  private header = '';
  private remaining = -1; // bytes of body still expected; -1 while reading a header
  private stall: NodeJS.Timeout | undefined;

  constructor(private readonly lost: (reason: string) => void) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: (e?: Error | null, data?: Buffer) => void): void {
    try {
      this.follow(chunk);
    } catch (e) {
      clearTimeout(this.stall);
      this.lost((e as Error).message);
    }
    done(null, chunk);
  }

  private follow(chunk: Buffer): void {
    let at = 0;
    while (at < chunk.length) {
      if (this.remaining > 0) {
        const take = Math.min(this.remaining, chunk.length - at);
        this.remaining -= take;
        at += take;
        if (this.remaining === 0) this.remaining = -1;
        continue;
      }
      // Reading a header: up to the blank line.
      const end = chunk.indexOf('\r\n\r\n', at, 'latin1');
      const piece = chunk.toString('latin1', at, end < 0 ? chunk.length : end);
      this.header += piece;
      if (!/^(?:\r?\n)*[\w-]*(?::|$)/.test(this.header) || this.header.length > 8192) {
        throw new Error(`not a message header: ${JSON.stringify(this.header.slice(0, 60))}`);
      }
      if (end < 0) {
        // A header split across chunks; a trailing "\r\n\r" waits for its last byte.
        break;
      }
      const length = /(?:^|\r\n)content-length:[ \t]*(\d+)[ \t]*(?:\r\n|$)/i.exec(this.header.replace(/^(?:\r?\n)+/, ''));
      if (!length) throw new Error(`a header without a valid Content-Length: ${JSON.stringify(this.header.slice(0, 60))}`);
      this.header = '';
      this.remaining = Number(length[1]);
      if (this.remaining === 0) this.remaining = -1;
      at = end + 4;
    }
    clearTimeout(this.stall);
    if (this.remaining > 0) {
      this.stall = setTimeout(() => this.lost(`a message stopped ${this.remaining} bytes short of its Content-Length`), STALLED_BODY_MS);
      this.stall.unref();
    }
  }
}

function stdioConnection(): Connection {
  const watch = new FramingWatch((reason) => {
    const line = `speechcheck: lost the message framing on standard input (${reason}); exiting so the client can restart the server`;
    process.stderr.write(`${line}\n`);
    try {
      connection.console.error(line);
    } catch {
      // the connection may be unusable by now
    }
    setTimeout(() => process.exit(1), 50);
  });
  process.stdin.pipe(watch);
  const reader = new StreamMessageReader(watch, { charset: 'utf-8', contentTypeDecoder: tolerantJsonDecoder });
  const writer = new StreamMessageWriter(process.stdout, { charset: 'utf-8', contentTypeEncoder: utf8JsonEncoder });
  const connection = createConnection(ProposedFeatures.all, reader, writer);
  connection.onNotification(INVALID_MESSAGE, (p: InvalidMessage) => {
    void writer.write({ jsonrpc: '2.0', id: p.id, error: { code: p.code, message: p.message } } as Message);
  });
  // The client went away: nothing left to serve.
  process.stdin.on('end', () => process.exit(0));
  return connection;
}

const connection = process.argv.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all);

// stdout may be the protocol channel: anything a dependency prints goes to the client's log.
console.log = (...args: unknown[]) => connection.console.log(format(...args));
console.info = (...args: unknown[]) => connection.console.info(format(...args));
console.warn = (...args: unknown[]) => connection.console.warn(format(...args));
console.error = (...args: unknown[]) => connection.console.error(format(...args));
console.debug = (...args: unknown[]) => connection.console.log(format(...args));

process.on('uncaughtException', (e) => connection.console.error(`Uncaught: ${e.stack ?? e.message}`));
process.on('unhandledRejection', (e) => connection.console.error(`Unhandled rejection: ${format(e)}`));

startServer(connection);
connection.listen();
