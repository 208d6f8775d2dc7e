/**
 * `initialize` and `initialized`, workspace folders, and the two events after which every
 * result may differ: the settings changed, or an rc file did.
 */
import { DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, type InitializeResult } from 'vscode-languageserver';
import { RC_FILE_NAME } from '../../rcfile';
import { readClientCommands, readClientSupport, serverCapabilities } from '../capabilities';
import type { Session } from '../session';
import { uriToPath } from '../settings';

export function registerLifecycle(session: Session, refreshAll: () => void): void {
  const { connection, configs, checker } = session;

  connection.onInitialize((params): InitializeResult => {
    session.support = readClientSupport(params.capabilities);
    configs.pullsConfiguration = session.support.configuration;
    configs.clientLocale = params.locale;
    configs.setInitializationOptions(params.initializationOptions);
    session.clientCommands = readClientCommands(params.initializationOptions);
    session.workspaceFolders = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
    if (session.workspaceFolders.length === 0 && params.rootUri) {
      const root = uriToPath(params.rootUri);
      if (root) session.workspaceFolders = [root];
    }
    return serverCapabilities(session.support);
  });

  connection.onInitialized(() => {
    // Idle until the first document opens: build the rules' tables now.
    setTimeout(() => checker.warmUp(), 0);
    const { support } = session;
    if (support.configurationRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'speechcheck' });
    }
    if (support.watchedFilesRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: `**/${RC_FILE_NAME}` }],
      });
    }
    // Only a client that declared workspace folders sends their changes (registering the
    // handler otherwise throws: Neovim with a minimal configuration, other editors).
    if (!support.workspaceFolders) return;
    connection.workspace.onDidChangeWorkspaceFolders((e) => {
      const removed = new Set(e.removed.map((f) => uriToPath(f.uri)));
      session.workspaceFolders = session.workspaceFolders.filter((f) => !removed.has(f));
      for (const f of e.added) {
        const p = uriToPath(f.uri);
        if (p) session.workspaceFolders.push(p);
      }
    });
  });

  connection.onDidChangeConfiguration((change) => {
    configs.settingsChanged(change?.settings);
    refreshAll();
  });

  connection.onDidChangeWatchedFiles((change) => {
    if (!change?.changes?.some((c) => c.uri.endsWith(RC_FILE_NAME))) return;
    configs.invalidate();
    refreshAll();
  });
}
