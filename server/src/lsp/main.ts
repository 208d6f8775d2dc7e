/**
 * Entry point (bundled to dist/server.js): `node dist/server.js --stdio` for any editor,
 * `--node-ipc` (or `--socket=N`, `--pipe=NAME`) as vscode-languageclient starts it.
 *
 * Over stdio a body that is not JSON, or not a JSON-RPC message, gets the JSON-RPC error
 * response (-32700 / -32600) instead of being dropped, and the server carries on.
 */
import { format } from 'node:util';
import {
  createConnection,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
  type Connection,
  type Message,
} from 'vscode-languageserver/node';
import { startServer } from './server';

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

function stdioConnection(): Connection {
  const reader = new StreamMessageReader(process.stdin, { charset: 'utf-8', contentTypeDecoder: tolerantJsonDecoder });
  const writer = new StreamMessageWriter(process.stdout);
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
