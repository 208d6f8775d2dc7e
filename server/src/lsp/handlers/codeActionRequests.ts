/**
 * `textDocument/codeAction` and `codeAction/resolve`. A diagnostic's own actions come from
 * the diagnostic alone (codeActions.ts); the open document's check is consulted only for
 * the fix-alls and for clients that send no diagnostics back.
 */
import { ErrorCodes, ResponseError, type CodeAction, type CodeActionParams } from 'vscode-languageserver';
import type { Locale, RuleId } from '../../engine/model/types';
import { buildCodeActions } from '../codeActions';
import { isFixAllData, resolveFixAll, type OpenDocument } from '../fixAll';
import { isRange, requireUri, type Session } from '../session';
import type { DiagnosticsHandler } from './diagnostics';

export function registerCodeActions(session: Session, diagnostics: DiagnosticsHandler): void {
  const { connection, documents, checker, configs } = session;

  /** The document open and checked here, at the version its check is for; and its configuration's locale. */
  async function openDocument(uri: string): Promise<{ open?: OpenDocument; locale: Locale }> {
    const { result, config, items } = await diagnostics.diagnose(uri);
    const locale = config?.config.locale ?? configs.noticeLocale;
    const doc = documents.get(uri);
    if (!result || !config || !doc || doc.version !== result.version) return { locale };
    const fixAll = (rules?: RuleId[]) => checker.fixAllResult(doc.getText(), config.config, rules);
    return { locale, open: { doc, diagnostics: items, safeFixes: diagnostics.safeFixes(result), fixAll } };
  }

  connection.onCodeAction(
    session.guard('textDocument/codeAction', async (params: CodeActionParams) => {
      const uri = requireUri(params);
      if (!isRange(params.range) || !Array.isArray(params.context?.diagnostics)) {
        throw new ResponseError(ErrorCodes.InvalidParams, 'codeAction needs range and context.diagnostics');
      }
      const { open, locale } = await openDocument(uri);
      const openVersion = documents.get(uri)?.version;
      const { fillSlot, select } = session.clientCommands;
      return buildCodeActions({
        uri,
        params,
        locale,
        documentChanges: session.support.documentChanges,
        resolvesEdits: session.support.resolvesEdits,
        ...(fillSlot ? { fillSlotCommand: fillSlot } : {}),
        ...(select ? { selectCommand: select } : {}),
        ...(openVersion !== undefined ? { openVersion } : {}),
        ...(open ? { open } : {}),
      });
    }),
  );

  connection.onCodeActionResolve(
    session.guard('codeAction/resolve', async (action: CodeAction) => {
      if (!isFixAllData(action?.data)) return action;
      const { open } = await openDocument(action.data.uri);
      return open ? resolveFixAll(action, open, action.data, session.support.documentChanges) : action;
    }),
  );
}
