/**
 * `textDocument/codeAction` and `codeAction/resolve`. A diagnostic's own actions come from
 * the diagnostic alone (codeActions.ts); the open document's check is consulted only for
 * the fix-alls and for clients that send no diagnostics back.
 */
import { ErrorCodes, ResponseError, type CodeAction, type CodeActionParams, type Range } from 'vscode-languageserver';
import { lazyFixEdits } from '../convert';
import type { Locale, RuleId } from '../../engine/model/types';
import { buildCodeActions } from '../codeActions';
import { isFixAllData, resolveFixAll, type OpenDocument } from '../fixAll';
import { isRange, requireUri, type Session } from '../session';
import { FIX_ALL_KIND } from '../../protocol';
import { isCancelled } from '../checker';
import type { Diagnosis, DiagnosticsHandler } from './diagnostics';

export function registerCodeActions(session: Session, diagnostics: DiagnosticsHandler): void {
  const { connection, documents, checker, configs } = session;

  /**
   * The document open and checked here, at the version its check is for; and its configuration's
   * locale. A big draft's check runs in the worker: this waits for it, other requests do not.
   * `fixAllFor`: the fix-all (of these rules, or all: `null`) the request needs, computed in the
   * worker for a big draft rather than on this thread.
   */
  async function openDocument(uri: string, fixAllFor?: RuleId[] | null): Promise<{ open?: OpenDocument; locale: Locale }> {
    const { result, config, items } = await diagnostics.diagnose(uri).catch((e: unknown): Diagnosis => {
      if (isCancelled(e)) return { items: [] };
      throw e;
    });
    const locale = config?.config.locale ?? configs.noticeLocale;
    let doc = documents.get(uri);
    if (!result || !config || !doc || doc.version !== result.version) return { locale };
    const text = doc.getText();
    const ahead = fixAllFor !== undefined && checker.inBackground(text) ? await checker.fixAllResultAsync(text, config.config, fixAllFor ?? undefined) : undefined;
    doc = documents.get(uri);
    if (!doc || doc.version !== result.version) return { locale };
    const fixAll = (rules?: RuleId[]) => (ahead && sameRules(rules, fixAllFor) ? ahead : checker.fixAllResult(text, config.config, rules));
    const checked = doc;
    const lazyFix = (rule: RuleId, range: Range, i: number) => lazyFixEdits(checked, result.findings, rule, range, i);
    return { locale, open: { doc, diagnostics: items, safeFixes: diagnostics.safeFixes(result), fixAll, lazyFix } };
  }

  connection.onCodeAction(
    session.guard('textDocument/codeAction', async (params: CodeActionParams) => {
      const uri = requireUri(params);
      if (!isRange(params.range) || !Array.isArray(params.context?.diagnostics)) {
        throw new ResponseError(ErrorCodes.InvalidParams, 'codeAction needs range and context.diagnostics');
      }
      // The fix-all command asks for it by kind: a big draft's is computed in the worker.
      const fixAllKind = params.context.only?.some((k) => FIX_ALL_KIND === k || FIX_ALL_KIND.startsWith(`${k}.`)) === true;
      const { open, locale } = await openDocument(uri, fixAllKind ? null : undefined);
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
      const { open } = await openDocument(action.data.uri, action.data.rules ?? null);
      return open ? resolveFixAll(action, open, action.data, session.support.documentChanges) : action;
    }),
  );
}

/** Whether a fix-all of `rules` is the one computed for `wanted` (`null`, undefined: all rules). */
function sameRules(rules: readonly RuleId[] | undefined, wanted: readonly RuleId[] | null | undefined): boolean {
  const a = rules ?? null;
  const b = wanted ?? null;
  if (a === null || b === null) return a === b;
  return a.length === b.length && a.every((r, i) => r === b[i]);
}
