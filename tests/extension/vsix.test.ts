/**
 * What each platform's VSIX ships (`vsce ls`, the list `npm run package` zips per target):
 * the bundles, the trimmed dictionaries, jieba-wasm's .wasm, the grammar, the icon, and on
 * linux-x64 only nodejieba's binding — no sources, maps or devDependencies. Then those files
 * alone, copied to a fresh folder, run the server with segmentation: jieba-js by default on
 * every platform, nodejieba (linux-x64) or jieba-wasm (the others) when asked; and the
 * command line that 生成带修订和批注的 Word 文件 runs writes the reviewed Word file.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATA_FILES, DICT_FILES, VENDOR_FILES } from '../dict-files';
import { draftToDocx } from '../docx/fixtures';

const root = path.resolve(__dirname, '../..');
const built = existsSync(path.join(root, 'dist/server.js')) && existsSync(path.join(root, 'dist/client.js'));

function packagedFiles(ignoreFile?: string): string[] {
  const args = [path.join(root, 'node_modules/@vscode/vsce/vsce'), 'ls', '--no-yarn', ...(ignoreFile ? ['--ignoreFile', ignoreFile] : [])];
  const r = spawnSync(process.execPath, args, {
    cwd: root,
    encoding: 'utf8',
  });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.split('\n').map((l) => l.trim()).filter(Boolean).sort();
}

/** A minimal LSP client over stdio: enough to initialize, open, pull and ask for the report. */
function lsp(serverJs: string, segmenter?: string) {
  const env = { ...process.env, SPEECHCHECK_SEGMENTER: segmenter ?? '' };
  const child = spawn(process.execPath, [serverJs, '--stdio'], { cwd: tmpdir(), env, stdio: ['pipe', 'pipe', 'ignore'] });
  let buf = Buffer.alloc(0);
  let nextId = 0;
  const pending = new Map<number, (m: any) => void>();
  let noticed: (n: { segmenter: string | null }) => void = () => undefined;
  const segmenterNotice = new Promise<{ segmenter: string | null }>((resolve) => (noticed = resolve));
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
      if (msg.method === 'speechcheck/segmenter') noticed({ segmenter: msg.params.name });
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
    segmenterNotice,
  };
}

const COMMON = [
  'CHANGELOG.md',
  'README.md',
  'dist/client.js',
  ...DICT_FILES,
  ...DATA_FILES,
  ...VENDOR_FILES,
  'dist/jieba_rs_wasm_bg.wasm',
  'dist/check-worker.js',
  'dist/cli.js',
  'dist/cli-main.js',
  'dist/server.js',
  'language-configuration.json',
  'LICENSE',
  'media/icon.png',
  'media/speechcheck.svg',
  'NOTICE',
  'package.json',
  'package.nls.json',
  'package.nls.zh-cn.json',
  'syntaxes/speech-draft.tmLanguage.json',
];
const NODEJIEBA = [
  'node_modules/nodejieba/LICENSE',
  'node_modules/nodejieba/build/Release/nodejieba.node',
  'node_modules/nodejieba/index.js',
  'node_modules/nodejieba/package.json',
];

/** Runs the server from `files` alone, with SPEECHCHECK_SEGMENTER=`segmenter` (unset: the default). */
async function runsFrom(files: string[], segmenter?: string): Promise<{ segmenter: string | null }> {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'speechcheck-vsix-')), 'extension');
  for (const f of files) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    copyFileSync(path.join(root, f), path.join(dir, f));
  }
  const server = lsp(path.join(dir, 'dist/server.js'), segmenter);
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
    const notice = await server.segmenterNotice;
    await server.request('shutdown', {});
    return notice;
  } finally {
    server.kill();
  }
}

/** `--fix` on a Word draft with the command line among `files` alone, as the extension runs it. */
async function fixesWordDraftFrom(files: string[]): Promise<{ status: number | null; stderr: string; written: boolean }> {
  const base = mkdtempSync(path.join(tmpdir(), 'speechcheck-vsix-cli-'));
  const dir = path.join(base, 'extension');
  for (const f of files) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    copyFileSync(path.join(root, f), path.join(dir, f));
  }
  const draft = path.join(base, '讲话稿.docx');
  writeFileSync(draft, await draftToDocx('在全市工作会议上的讲话\n\n同志们：\n今年完成投资XX亿元，抓好”放管服”改革。'));
  const r = spawnSync(process.execPath, [path.join(dir, 'dist/cli.js'), '--fix', '--format', 'json', draft], { cwd: base, encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr, written: existsSync(path.join(base, '讲话稿.speechcheck.docx')) };
}

describe.skipIf(!built)('VSIX contents per platform', () => {
  let native: string[] = [];
  let portable: string[] = [];
  beforeAll(async () => {
    // @ts-expect-error: a plain ES module without types
    const pkg = await import('../../tools/package.mjs');
    expect(pkg.NATIVE_TARGETS).toEqual(['linux-x64']);
    expect(pkg.PORTABLE_TARGETS).toEqual(['win32-x64', 'win32-arm64', 'darwin-x64', 'darwin-arm64', 'linux-arm64', 'alpine-x64']);
    expect(pkg.vsixName('darwin-arm64')).toMatch(/^speechcheck-darwin-arm64-\d+\.\d+\.\d+\.vsix$/);
    native = packagedFiles(pkg.ignoreFileFor('linux-x64'));
    portable = packagedFiles(pkg.ignoreFileFor('win32-x64'));
  }, 120_000);

  it('linux-x64: the bundles, dictionaries, jieba-wasm, grammar, icon and nodejieba binding, nothing else', () => {
    expect(native).toEqual([...COMMON, ...NODEJIEBA].sort());
  });

  it('every other platform: the same without nodejieba (no native code)', () => {
    expect(portable).toEqual([...COMMON].sort());
  });

  it('vsce packages a target (no .vscodeignore/"files" conflict, no hiding flags), named from the version', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'speechcheck-vsix-out-'));
    const r = spawnSync(process.execPath, [path.join(root, 'tools/package.mjs'), '--target', 'darwin-arm64', '--no-build', '--out-dir', out], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(readdirSync(out)).toEqual([`speechcheck-darwin-arm64-${version}.vsix`]);
    expect(r.stdout).not.toContain('nodejieba.node');
  }, 120_000);

  it('runs the server with jieba-js from each platform\'s files alone', async () => {
    expect((await runsFrom(native)).segmenter).toBe('jieba-js');
    expect((await runsFrom(portable)).segmenter).toBe('jieba-js');
  }, 60_000);

  it('writes the reviewed Word file with the command line of each platform\'s files alone (生成带修订和批注的 Word 文件)', async () => {
    for (const files of [native, portable]) {
      const r = await fixesWordDraftFrom(files);
      expect(r.stderr).toMatch(/已写入/);
      expect(r.status).toBe(1); // findings are left as comments
      expect(r.written).toBe(true);
    }
  }, 60_000);

  it('runs the server with nodejieba from the linux-x64 files alone when asked', async () => {
    expect((await runsFrom(native, 'nodejieba')).segmenter).toBe('nodejieba');
  }, 60_000);

  it('runs the server with jieba-wasm from the other platforms\' files alone when asked', async () => {
    expect((await runsFrom(portable, 'wasm')).segmenter).toBe('jieba-wasm');
  }, 60_000);
});
