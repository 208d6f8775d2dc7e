/**
 * What the VSIX ships (`vsce ls`, the list `npm run package` zips): the bundles, the trimmed
 * dictionaries, the grammar and nodejieba's binding — no sources, maps or devDependencies.
 * Then those files alone, copied to a fresh folder, run the server with segmentation: the
 * proof that nodejieba and dist/dict are found in the installed layout.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const built = existsSync(path.join(root, 'dist/server.js')) && existsSync(path.join(root, 'dist/client.js'));

function packagedFiles(): string[] {
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules/@vscode/vsce/vsce'), 'ls', '--no-yarn'], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.split('\n').map((l) => l.trim()).filter(Boolean).sort();
}

/** A minimal LSP client over stdio: enough to initialize, open, pull and ask for the report. */
function lsp(serverJs: string) {
  const child = spawn(process.execPath, [serverJs, '--stdio'], { cwd: tmpdir(), stdio: ['pipe', 'pipe', 'ignore'] });
  let buf = Buffer.alloc(0);
  let nextId = 0;
  const pending = new Map<number, (m: any) => void>();
  const send = (m: object): void => {
    const s = JSON.stringify({ jsonrpc: '2.0', ...m });
    child.stdin.write(`Content-Length: ${Buffer.byteLength(s)}\r\n\r\n${s}`);
  };
  child.stdout.on('data', (d: Buffer) => {
    buf = Buffer.concat([buf, d]);
    for (;;) {
      const head = buf.indexOf('\r\n\r\n');
      if (head < 0) return;
      const len = Number(/Content-Length: (\d+)/i.exec(buf.subarray(0, head).toString())![1]);
      if (buf.length < head + 4 + len) return;
      const msg = JSON.parse(buf.subarray(head + 4, head + 4 + len).toString());
      buf = buf.subarray(head + 4 + len);
      if (msg.id !== undefined && !msg.method) pending.get(msg.id)?.(msg);
      else if (msg.id !== undefined) send({ id: msg.id, result: msg.method === 'workspace/configuration' ? msg.params.items.map(() => null) : null });
    }
  });
  return {
    notify: (method: string, params: object) => send({ method, params }),
    request: (method: string, params: object): Promise<any> =>
      new Promise((resolve) => {
        const id = ++nextId;
        pending.set(id, resolve);
        send({ id, method, params });
      }),
    kill: () => child.kill(),
  };
}

describe.skipIf(!built)('VSIX contents', () => {
  let files: string[] = [];
  beforeAll(() => {
    files = packagedFiles();
  }, 60_000);

  it('ships the bundles, dictionaries, grammar and nodejieba binding, nothing else', () => {
    // A LICENSE file, once the repository has one, ships too.
    expect(files.filter((f) => !/^(LICENSE|NOTICE)/.test(f))).toEqual(
      [
        'README.md',
        'dist/client.js',
        'dist/dict/hmm_model.utf8',
        'dist/dict/idf.utf8',
        'dist/dict/jieba.dict.utf8',
        'dist/dict/jieba.dropped.utf8',
        'dist/dict/stop_words.utf8',
        'dist/dict/user.dict.utf8',
        'dist/jieba_rs_wasm_bg.wasm',
        'dist/server.js',
        'language-configuration.json',
        'media/speechcheck.svg',
        'node_modules/nodejieba/LICENSE',
        'node_modules/nodejieba/build/Release/nodejieba.node',
        'node_modules/nodejieba/index.js',
        'node_modules/nodejieba/package.json',
        'package.json',
        'package.nls.json',
        'package.nls.zh-cn.json',
        'syntaxes/speech-draft.tmLanguage.json',
      ].sort(),
    );
  });

  it('runs the server with segmentation from the packaged files alone', async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'speechcheck-vsix-')), 'extension');
    for (const f of files) {
      mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      copyFileSync(path.join(root, f), path.join(dir, f));
    }
    const server = lsp(path.join(dir, 'dist/server.js'));
    try {
      const init = await server.request('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
      expect(init.result.capabilities).toBeTruthy();
      server.notify('initialized', {});
      const uri = 'file:///tmp/在全市工作会议上的讲话.speech.txt';
      const text = '在全市工作会议上的讲话\n（2024年3月15日）\n\n同志们：\n今年完成投资XX亿元，抓好“放管服”改革。\n';
      server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'speech-draft', version: 1, text } });
      const report = await server.request('speechcheck/report', { uri });
      expect(report.error).toBeUndefined();
      expect(report.result.totals.segmented).toBe(true);
      expect(report.result.slots.total).toBe(1);
      await server.request('shutdown', {});
    } finally {
      server.kill();
    }
  });
});
