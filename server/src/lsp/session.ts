/**
 * What the handlers share: the connection, the open documents, their configuration, the
 * checker, and what was learnt at `initialize` (the client's support, its commands, the
 * workspace folders). Plus the two helpers every handler uses: `guard` and `requireUri`.
 */
import { ErrorCodes, ResponseError, TextDocuments, type CancellationToken, type Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SEGMENTER_NOTIFICATION } from '../protocol';
import { NO_SUPPORT, type ClientCommands, type ClientSupport } from './capabilities';
import { Checker, describe, type Logger } from './checker';
import { ConfigStore } from './config';

export class Session {
  readonly documents = new TextDocuments(TextDocument);
  readonly configs: ConfigStore;
  readonly logger: Logger;
  readonly checker: Checker;
  support: ClientSupport = NO_SUPPORT;
  clientCommands: ClientCommands = {};
  workspaceFolders: string[] = [];

  constructor(
    readonly connection: Connection,
    /** Called when results may differ now (nodejieba loaded): clients should fetch them again. */
    onSegmenterReady: () => void,
  ) {
    this.configs = new ConfigStore(connection);
    this.logger = { log: (m) => connection.console.log(m), error: (m) => connection.console.error(m) };
    this.checker = new Checker(this.logger, onSegmenterReady, (notice) => void connection.sendNotification(SEGMENTER_NOTIFICATION, notice));
  }

  /** Handler errors become LSP errors (and a log line); they never take the server down. */
  guard<P, R>(name: string, handler: (params: P, token: CancellationToken) => Promise<R>) {
    return async (params: P, token: CancellationToken): Promise<R> => {
      try {
        return await handler(params, token);
      } catch (e) {
        if (e instanceof ResponseError) throw e;
        this.logger.error(`${name} failed: ${describe(e, true)}`);
        throw new ResponseError(ErrorCodes.InternalError, `${name} failed: ${describe(e)}`);
      }
    };
  }
}

export function requireUri(params: unknown): string {
  const uri = (params as { textDocument?: { uri?: unknown } } | undefined)?.textDocument?.uri;
  if (typeof uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'textDocument.uri is missing');
  return uri;
}

export function isPosition(p: unknown): p is { line: number; character: number } {
  const q = p as { line?: unknown; character?: unknown } | undefined;
  return !!q && Number.isInteger(q.line) && Number.isInteger(q.character) && (q.line as number) >= 0 && (q.character as number) >= 0;
}

export function isRange(r: unknown): boolean {
  const q = r as { start?: unknown; end?: unknown } | undefined;
  return !!q && isPosition(q.start) && isPosition(q.end);
}
