/**
 * The Word files --fix writes, opened by another office suite: LibreOffice (headless, Debian's
 * libreoffice-writer-nogui, installed by setup.sh) converts the generated draft and its
 * reviewed copy to PDF without error, the PDF of the copy shows each tracked change (deleted
 * and inserted text both on the page) and carries each comment as a PDF note, and page 1 of
 * each is rendered with pdftoppm to tests/e2e/screenshots/docx-before.png / docx-after.png.
 * Saved again as .docx by LibreOffice, the copy keeps every change and comment, and
 * accepting them gives the same text as accepting ours.
 *
 * `node tests/e2e/docx-proof.mjs` on its own, or as the `docx` step of run.mjs. Needs a build
 * (dist/cli.js). Exits 0 with one "skipped" line when soffice or pdftoppm is missing.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SHOTS = path.join(ROOT, 'tests/e2e/screenshots');
const DRAFT = path.join(ROOT, 'tests/scenarios/drafts/01-template-leftovers.txt');
const require = createRequire(import.meta.url);

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 240_000, ...options });
  if (r.error) throw r.error;
  return r;
}

function check(cond, message) {
  if (!cond) throw new Error(message);
}

/** Converts `file` to PDF in its folder (comments exported as PDF notes) and renders page 1 to `png`. */
function toPdfAndPng(file, png, profile) {
  const dir = path.dirname(file);
  const filter = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"},"ExportNotesInMargin":{"type":"boolean","value":"true"}}';
  const r = run('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', filter, '--outdir', dir, file]);
  const pdf = file.replace(/\.docx$/, '.pdf');
  check(r.status === 0 && existsSync(pdf), `LibreOffice could not convert ${path.basename(file)} (exit ${r.status}): ${r.stderr}${r.stdout}`);
  const stem = png.replace(/\.png$/, '');
  const p = run('pdftoppm', ['-r', '110', '-png', '-singlefile', '-f', '1', '-l', '1', pdf, stem]);
  check(p.status === 0 && existsSync(png), `pdftoppm failed on ${pdf}: ${p.stderr}`);
  return pdf;
}

export async function runDocxProof({ log = console.log } = {}) {
  if (!has('soffice') || !has('pdftoppm')) {
    log('docx proof: skipped, needs soffice (libreoffice-writer-nogui) and pdftoppm (poppler-utils)');
    return { skipped: true };
  }
  check(existsSync(path.join(ROOT, 'dist/cli.js')), 'dist/cli.js missing: build first (node esbuild.mjs)');
  const tmp = mkdtempSync(path.join(tmpdir(), 'speechcheck-docx-proof-'));
  try {
    // The fixture generator is TypeScript (the `docx` package): bundle it for this script.
    const esbuild = require('esbuild');
    const bundle = path.join(tmp, 'fixtures.cjs');
    await esbuild.build({ entryPoints: [path.join(ROOT, 'tests/docx/fixtures.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: bundle, logLevel: 'warning' });
    const { draftToDocx } = require(bundle);
    const reader = path.join(tmp, 'read.cjs');
    await esbuild.build({ entryPoints: [path.join(ROOT, 'server/src/docx/read.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: reader, logLevel: 'warning' });
    const { readDocx } = require(reader);
    const draft = path.join(tmp, '讲话稿.docx');
    writeFileSync(draft, await draftToDocx(readFileSync(DRAFT, 'utf8')));

    const fix = run(process.execPath, [path.join(ROOT, 'dist/cli.js'), '--fix', '--format', 'json', draft], { env: { ...process.env, SPEECHCHECK_TODAY: '2024-04-10' } });
    const written = path.join(tmp, '讲话稿.speechcheck.docx');
    check(fix.status === 1 && existsSync(written), `speechcheck --fix did not write the reviewed copy (exit ${fix.status}): ${fix.stderr}`);
    const summary = /修订 (\d+) 处，批注 (\d+) 条/.exec(fix.stderr);
    check(summary, `no summary line from --fix: ${fix.stderr}`);
    const [changes, comments] = [Number(summary[1]), Number(summary[2])];
    check(changes > 0 && comments > 0, `expected tracked changes and comments, got ${changes} and ${comments}`);

    mkdirSync(SHOTS, { recursive: true });
    const profile = path.join(tmp, 'lo-profile');
    const before = toPdfAndPng(draft, path.join(SHOTS, 'docx-before.png'), profile);
    const after = toPdfAndPng(written, path.join(SHOTS, 'docx-after.png'), profile);

    // Comments: one PDF note each (plus the one the fixture already had).
    const notes = (pdf) => (readFileSync(pdf).toString('latin1').match(/\/Subtype\s*\/Text\b/g) ?? []).length;
    check(notes(after) === notes(before) + comments, `the reviewed PDF has ${notes(after)} notes, expected ${notes(before)} + ${comments}`);
    // Tracked changes are shown, not applied: the deleted "六稳" and the inserted “六稳” are both on the page.
    const text = run('pdftotext', ['-layout', after, '-']).stdout;
    check(text.includes('"六稳"') || text.includes('"“六稳"”') || /"“六稳"”|"“六稳”"/.test(text), `the deleted "六稳" is not shown:\n${text.slice(0, 800)}`);
    check(/“六稳|六稳”/.test(text), 'the inserted “六稳” is not shown');
    // LibreOffice understood the revisions as they were meant: saved again as .docx by
    // LibreOffice, the file still holds every change and comment, and accepting them gives
    // the same text as accepting ours.
    const resaved = path.join(tmp, 'resaved');
    mkdirSync(resaved);
    const rs = run('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', resaved, written]);
    const again = path.join(resaved, path.basename(written));
    check(rs.status === 0 && existsSync(again), `LibreOffice could not save the reviewed copy again as .docx: ${rs.stderr}`);
    check(readDocx(readFileSync(again)).text === readDocx(readFileSync(written)).text, 'accepting the revisions in LibreOffice\'s copy gives another text');
    const { unzipSync, strFromU8 } = require('fflate');
    const countIn = (file, re) => {
      const parts = unzipSync(readFileSync(file), { filter: (f) => f.name === 'word/document.xml' || f.name === 'word/comments.xml' });
      return Object.values(parts).reduce((n, data) => n + (strFromU8(data).match(re) ?? []).length, 0);
    };
    check(countIn(again, /<w:comment /g) === countIn(written, /<w:comment /g), 'LibreOffice dropped comments');
    check(countIn(again, /<w:(ins|del) /g) === countIn(written, /<w:(ins|del) /g), 'LibreOffice dropped or merged tracked changes');

    // The upper part of the page at 200 dpi, where the struck-through and inserted text can be read.
    const detail = run('pdftoppm', ['-r', '200', '-png', '-singlefile', '-f', '1', '-l', '1', '-x', '0', '-y', '200', '-W', '1654', '-H', '1000', after, path.join(SHOTS, 'docx-after-detail')]);
    check(detail.status === 0, `pdftoppm (detail) failed: ${detail.stderr}`);
    copyFileSync(written, path.join(SHOTS, 'docx-after.docx'));
    log(`docx proof: LibreOffice opened the reviewed copy (${changes} tracked changes, ${comments} comments); screenshots docx-before.png, docx-after.png, docx-after-detail.png`);
    return { skipped: false, changes, comments };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runDocxProof().then(
    () => {},
    (err) => {
      console.error(`docx proof failed: ${err && err.stack ? err.stack : err}`);
      process.exitCode = 1;
    },
  );
}
