/**
 * The language server over any connection (stdio, node IPC, in-memory streams): the shared
 * session, and the handlers for each part of the protocol, each in its own module under
 * handlers/:
 * - lifecycle.ts: initialize, workspace folders, settings and rc file changes;
 * - diagnostics.ts: checking documents, pushed or pulled diagnostics;
 * - codeActionRequests.ts: quick fixes (from `Diagnostic.data` alone) and fix-all;
 * - rcCommands.ts: "ignore this word", "turn this rule off for this file", with undo;
 * - views.ts: hover, outline, folding and the consistency report.
 */
import type { Connection } from 'vscode-languageserver';
import { registerCodeActions } from './handlers/codeActionRequests';
import { DiagnosticsHandler } from './handlers/diagnostics';
import { registerLifecycle } from './handlers/lifecycle';
import { registerRcCommands } from './handlers/rcCommands';
import { registerViews } from './handlers/views';
import { Session } from './session';
import { ageCaches } from '../engine/util/bounded-cache';

export function startServer(connection: Connection): void {
  // An editing session replaces lines for hours: the engine's caches drop what no recent check used.
  ageCaches();
  // Once nodejieba has loaded, results gain the word-based findings: clients fetch them again.
  const session = new Session(connection, () => diagnostics.refreshAll());
  const diagnostics = new DiagnosticsHandler(session);
  const refreshAll = () => diagnostics.refreshAll();
  registerLifecycle(session, refreshAll);
  diagnostics.register();
  registerCodeActions(session, diagnostics);
  registerRcCommands(session, refreshAll);
  registerViews(session);
  session.documents.listen(connection);
}
