/**
 * Runs the extension-host suite (tests/vscode/suite → out/test/suite/index.js) in a VS Code
 * downloaded by @vscode/test-electron, for machines that can reach VS Code's download
 * server: `npm run test:vscode`. Where that download is impossible (this project's CI),
 * tests/e2e/run.mjs runs the same suite inside code-server.
 *
 * The workspace is a fresh copy of tests/e2e/fixtures; VS Code's version can be chosen
 * with VSCODE_VERSION (default: stable).
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '../..');
  const extensionDevelopmentPath = root;
  const extensionTestsPath = path.join(root, 'out/test/suite/index.js');
  const tmp = mkdtempSync(path.join(tmpdir(), 'speechcheck-vscode-'));
  const workspace = path.join(tmp, 'workspace');
  cpSync(path.join(root, 'tests/e2e/fixtures'), workspace, { recursive: true });
  try {
    await runTests({
      version: process.env.VSCODE_VERSION || 'stable',
      extensionDevelopmentPath,
      extensionTestsPath,
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        `--user-data-dir=${path.join(tmp, 'user-data')}`,
        `--extensions-dir=${path.join(tmp, 'extensions')}`,
      ],
    });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error('extension tests failed:', err instanceof Error ? err.message : err);
  console.error('(no way to download VS Code here? `npm run test:e2e` runs the same suite inside code-server)');
  process.exit(1);
});
