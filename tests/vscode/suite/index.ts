/**
 * The extension-host test suite. Bundled by esbuild.mjs to out/test/suite/index.js (mocha
 * stays external) and run either by @vscode/test-electron (tests/vscode/runTest.ts, for
 * machines that can download VS Code) or inside code-server through the workbench's
 * `payload` URL parameter (tests/e2e/run.mjs). The workspace folder is a copy of
 * tests/e2e/fixtures.
 */
import Mocha from 'mocha';
import { defineExtensionTests } from './extension.test';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  // The test file is bundled into this one: give it mocha's globals, then let it declare.
  mocha.suite.emit('pre-require', globalThis, 'extension.test', mocha);
  defineExtensionTests();
  if (process.env.SPEECHCHECK_SUITE_MUST_FAIL === '1') {
    // tests/e2e/run.mjs --self-test: proves a failing suite fails the run.
    it('fails on purpose (SPEECHCHECK_SUITE_MUST_FAIL=1)', () => {
      throw new Error('deliberate failure');
    });
  }
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
    } catch (err) {
      reject(err);
    }
  });
}
