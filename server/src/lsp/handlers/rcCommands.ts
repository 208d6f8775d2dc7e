/**
 * `workspace/executeCommand`: "ignore this word" and "turn this rule off for this file" write
 * the rc file (rcFileEdits.ts), say which file they wrote, and offer 撤销.
 */
import * as path from 'node:path';
import { ErrorCodes, MessageType, ResponseError, ShowMessageNotification, type ExecuteCommandParams } from 'vscode-languageserver';
import { ConfigError } from '../../engine/model/config';
import type { Locale } from '../../engine/model/types';
import { SERVER_COMMANDS } from '../../protocol';
import { addIgnoredWord, disableRuleForFile, isKnownRule, rcPathFor, undoRcChange, type RcChange } from '../rcFileEdits';
import { message, quotedWord, ruleName } from '../messages';
import type { Session } from '../session';
import { uriToPath } from '../settings';

/** What a command changed, and how to say it. */
interface Done {
  change: RcChange;
  what: string;
}

export function registerRcCommands(session: Session, refreshAll: () => void): void {
  const { connection, configs } = session;
  connection.onExecuteCommand(
    session.guard('workspace/executeCommand', async (params: ExecuteCommandParams) => {
      const args: unknown[] = Array.isArray(params?.arguments) ? params.arguments : [];
      const locale = await localeOf(session, args.find((a): a is string => typeof a === 'string' && session.documents.get(a) !== undefined));
      let done: Done;
      try {
        if (params?.command === SERVER_COMMANDS.ignoreWord) done = ignoreWord(session, args, locale);
        else if (params?.command === SERVER_COMMANDS.disableRuleForFile) done = disableRule(session, args, locale);
        else throw new ResponseError(ErrorCodes.InvalidParams, `unknown command ${String(params?.command)}`);
      } catch (e) {
        if (e instanceof ConfigError) {
          void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message: e.message });
          throw new ResponseError(ErrorCodes.InvalidRequest, e.message);
        }
        throw e;
      }
      connection.console.log(`Updated ${done.change.rcPath}`);
      configs.invalidate();
      refreshAll();
      offerUndo(session, done, locale, refreshAll);
      return { rcPath: done.change.rcPath };
    }),
  );
}

function ignoreWord(session: Session, args: unknown[], locale: Locale): Done {
  const [word, uri] = args;
  if (typeof word !== 'string' || word.trim() === '') {
    throw new ResponseError(ErrorCodes.InvalidParams, `${SERVER_COMMANDS.ignoreWord} needs [word, uri?]`);
  }
  const rcPath = rcPathFor(typeof uri === 'string' ? uriToPath(uri) : undefined, session.workspaceFolders);
  if (!rcPath) throw new ResponseError(ErrorCodes.InvalidRequest, message('noWorkspace', locale));
  refuseOutside(session, rcPath, locale);
  return { change: addIgnoredWord(rcPath, word.trim()), what: message('rcIgnored', locale, { word: quotedWord(word.trim(), locale) }) };
}

function disableRule(session: Session, args: unknown[], locale: Locale): Done {
  const [uri, rule] = args;
  const filePath = typeof uri === 'string' ? uriToPath(uri) : undefined;
  if (!filePath || !isKnownRule(rule)) {
    throw new ResponseError(ErrorCodes.InvalidParams, `${SERVER_COMMANDS.disableRuleForFile} needs [file uri, rule id]`);
  }
  const rcPath = rcPathFor(filePath, session.workspaceFolders)!;
  refuseOutside(session, rcPath, locale);
  return { change: disableRuleForFile(rcPath, filePath, rule), what: message('rcRuleOff', locale, { rule: ruleName(rule, locale) }) };
}

/**
 * A command writes an rc file only inside a workspace folder of this session or in the
 * folder of an open document: a request naming any other path is refused.
 */
function refuseOutside(session: Session, rcPath: string, locale: Locale): void {
  const dir = path.resolve(path.dirname(rcPath));
  const inside = (folder: string) => {
    const rel = path.relative(path.resolve(folder), dir);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
  };
  if (session.workspaceFolders.some(inside)) return;
  for (const d of session.documents.all()) {
    const file = uriToPath(d.uri);
    if (file && path.resolve(path.dirname(file)) === dir) return;
  }
  throw new ResponseError(ErrorCodes.InvalidRequest, message('outsideWorkspace', locale, { file: rcPath }));
}

/** The message language of an open document's configuration (speechcheck.locale), else the client's. */
async function localeOf(session: Session, uri: string | undefined): Promise<Locale> {
  const doc = uri ? session.documents.get(uri) : undefined;
  return doc ? (await session.configs.forDocument(doc)).config.locale : session.configs.noticeLocale;
}

/** Says which file a command wrote, with 撤销 (any LSP client can show the choice). */
function offerUndo(session: Session, { change, what }: Done, locale: Locale, refreshAll: () => void): void {
  const { connection, configs } = session;
  const undo = message('undo', locale);
  connection.window
    .showInformationMessage(message('rcWritten', locale, { file: change.rcPath, what }), { title: undo })
    .then((choice) => {
      if (choice?.title !== undo || !undoRcChange(change)) return;
      connection.console.log(`Undid the change to ${change.rcPath}`);
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: message('undone', locale, { file: change.rcPath }) });
      configs.invalidate();
      refreshAll();
    })
    .catch(() => undefined);
}
