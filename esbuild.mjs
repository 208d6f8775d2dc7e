// Bundles the engine, the CLI, the language server and the VS Code client into dist/,
// and writes the trimmed jieba dictionaries the engine loads (dist/dict/).
// nodejieba (native) and vscode (provided by the editor) stay external. jieba-wasm (the
// fallback segmenter) is bundled; its .wasm file, which it reads from beside its script,
// is copied next to the bundles.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, chmodSync, copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  external: ['nodejieba', 'vscode'],
  loader: { '.txt': 'text' },
  logLevel: 'warning',
  legalComments: 'linked',
};

/**
 * commander requires node:child_process when it loads, for subcommands run as separate
 * executables, which `speechcheck` has none of: it gets a stand-in that loads the module on
 * first use, and a cold `speechcheck` does not load child_process, net and dgram (~3 ms).
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy-builtin' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, () => ({
      contents: "let m; module.exports = new Proxy({}, { get: (_, key) => (m ??= require('node:child_process'))[key] });",
      loader: 'js',
    }));
  },
};

/**
 * The engine's data (server/src/engine/data/*.txt and *.json: the confusion table, 公文
 * vocabulary, web-residue patterns, 提法 canon…, 1.3 MB of text, most of it Chinese) is read
 * from dist/data/ when a bundle loads instead of being written into it. In the bundle it was
 * 2.3 MB of \uXXXX escapes (the bundles are ASCII) that every cold start read, scanned and
 * deserialized from the code cache. The files are written beside the bundles as esbuild meets
 * them (bundles and dist/data/ ship together: .vscodeignore, .npmignore), in UTF-16LE: V8 keeps
 * Chinese text as UTF-16, so reading them is a copy, where decoding their UTF-8 took two passes
 * over every byte (84 M of a cold command's 1.67 G instructions, cachegrind; 1.60-1.64 G now).
 * Chinese takes two bytes a character in UTF-16 against three in UTF-8: 1.26 MB became 1.13.
 */
const dataFiles = {
  name: 'data-files',
  setup(build) {
    build.onLoad({ filter: /[\\/]engine[\\/]data[\\/][^\\/]+\.(txt|json)$/ }, (args) => {
      const name = path.basename(args.path);
      mkdirSync('dist/data', { recursive: true });
      writeFileSync(path.join('dist/data', name), Buffer.from(readFileSync(args.path, 'utf8'), 'utf16le'));
      const read = `require('node:fs').readFileSync(require('node:path').join(__dirname, 'data', ${JSON.stringify(name)}), 'utf16le')`;
      return { contents: `module.exports = ${name.endsWith('.json') ? `JSON.parse(${read})` : read};`, loader: 'js' };
    });
  },
};

/**
 * Libraries a check of a UTF-8 text draft never loads: OpenCC's table (a line with a convertible
 * character), the encodings (a file that is not UTF-8), the Word packages' zip and XML (a .docx),
 * the globs (a pattern on the command line or in an rc file). The code requires each where it is
 * first needed; in the bundle it was still 1.3 of cli-main.js's 2.3 MB, which every cold command
 * read, checked as ASCII and copied into a string (about 9 ms of CPU on this machine). Each is
 * bundled on its own into dist/vendor/ and required from there on first use.
 */
const VENDOR = {
  'opencc-js/t2cn': 'opencc-t2cn',
  'iconv-lite': 'iconv-lite',
  chardet: 'chardet',
  '@xmldom/xmldom': 'xmldom',
  fflate: 'fflate',
  picomatch: 'picomatch',
  tinyglobby: 'tinyglobby',
};
const vendorChunks = {
  name: 'vendor-chunks',
  setup(build) {
    const filter = new RegExp(`^(?:${Object.keys(VENDOR).map((k) => k.replace(/[/.]/g, '\\$&')).join('|')})$`);
    build.onResolve({ filter }, (args) =>
      /[\\/]node_modules[\\/]/.test(args.importer) ? undefined : { path: `./vendor/${VENDOR[args.path]}.js`, external: true },
    );
  },
};

const entries = [
  { in: 'server/src/engine/index.ts', out: 'dist/engine.js', plugins: [dataFiles, vendorChunks] },
  // The command: a small loader (dist/cli.js) that runs the bundle with V8's code cache.
  { in: 'server/src/cli-loader.ts', out: 'dist/cli.js', banner: '#!/usr/bin/env node' },
  { in: 'server/src/cli.ts', out: 'dist/cli-main.js', plugins: [lazyChildProcess, dataFiles, vendorChunks] },
  { in: 'server/src/lsp/main.ts', out: 'dist/server.js', plugins: [dataFiles, vendorChunks] },
  // The server's worker thread for big drafts (background.ts looks for it beside server.js).
  { in: 'server/src/lsp/check-worker.ts', out: 'dist/check-worker.js', plugins: [dataFiles, vendorChunks] },
  { in: 'client/src/extension.ts', out: 'dist/client.js', plugins: [dataFiles, vendorChunks] },
  // The extension-host test suite, run by @vscode/test-electron or inside code-server.
  { in: 'tests/vscode/suite/index.ts', out: 'out/test/suite/index.js', external: ['mocha'] },
];

const contexts = [];
for (const e of entries) {
  if (!existsSync(e.in)) continue;
  const options = {
    ...common,
    entryPoints: [e.in],
    outfile: e.out,
    ...(e.banner ? { banner: { js: e.banner } } : {}),
    ...(e.external ? { external: [...common.external, ...e.external] } : {}),
    ...(e.plugins ? { plugins: e.plugins } : {}),
  };
  if (watch) {
    const ctx = await esbuild.context(options);
    await ctx.watch();
    contexts.push(ctx);
  } else {
    await esbuild.build(options);
  }
}
// The libraries left out of the bundles above, each a bundle of its own (see VENDOR).
for (const [spec, name] of Object.entries(VENDOR)) {
  await esbuild.build({
    ...common,
    stdin: { contents: `module.exports = require(${JSON.stringify(spec)});`, resolveDir: '.', loader: 'js' },
    outfile: `dist/vendor/${name}.js`,
  });
}
if (existsSync('dist/cli.js')) chmodSync('dist/cli.js', 0o755);
if (existsSync('dist/cli-main.js')) finishCliBundle('dist/cli-main.js');

/**
 * What non-ASCII characters esbuild leaves (in regular expressions and in comments copied from
 * dependencies) written as `\uXXXX` escapes, which mean the same in either: the bundle is
 * ASCII, Node reads it on its fast path and V8 keeps it as a one-byte string (half the
 * memory, in the command's thread and in every worker). Then its stamp for the code cache.
 */
function finishCliBundle(file) {
  const text = readFileSync(file, 'utf8');
  // After a backslash the escape would read differently (`\\一` would become `\\\\u4e00`): refuse.
  if (/\\[^\x00-\x7f]/.test(text)) throw new Error(`${file}: a backslash before a non-ASCII character`);
  const ascii = text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  // Its SHA-256 at the end: the code cache is used only with the source it was made from.
  const stamp = createHash('sha256').update(ascii).digest('hex');
  writeFileSync(file, `${ascii}//# speechcheck-build=${stamp}\n`);
}

// The dictionaries go beside the bundles, where segment.ts looks first.
const require = createRequire(import.meta.url);
const engine = require(path.resolve('dist/engine.js'));
engine.prepareDictionaries(path.resolve('dist/dict'));
const wasm = path.join(path.dirname(require.resolve('jieba-wasm')), 'jieba_rs_wasm_bg.wasm');
mkdirSync('dist', { recursive: true });
copyFileSync(wasm, 'dist/jieba_rs_wasm_bg.wasm');

// The command's code cache (server/src/cli-loader.ts): the bytecode of a check, made by running one.
rmSync('dist/cli-main.cache', { force: true });
const sample = 'tests/scenarios/drafts/01-template-leftovers.txt';
if (!watch && existsSync('dist/cli-main.js') && existsSync(sample)) {
  spawnSync(process.execPath, ['dist/cli.js', '--format', 'json', sample], { env: { ...process.env, SPEECHCHECK_CODE_CACHE: 'write' }, stdio: 'ignore' });
}

if (watch) console.log('esbuild: watching…');
