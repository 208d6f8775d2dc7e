/**
 * What a writer does in VS Code, through the real `vscode` API: the extension activates,
 * a 讲话 draft opens as `speech-draft` and gets speechcheck diagnostics, a clean draft gets
 * none, a quick fix changes exactly its range, fix-all applies only safe minimal edits, the
 * report panel opens, document symbols follow the outline, the slot and date-line commands
 * work. Fixtures: tests/e2e/fixtures (the workspace folder is a copy of it).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { strToU8, zipSync } from 'fflate';

const EXT_ID = 'speechcheck.speechcheck';
const DRAFT = '在全区城市更新工作推进会上的讲话.txt';
const CLEAN = '表彰大会致辞.speech.txt';
const COMMANDS = [
  'speechcheck.showReport',
  'speechcheck.checkDocx',
  'speechcheck.fixDocx',
  'speechcheck.nextSlot',
  'speechcheck.previousSlot',
  'speechcheck.fillSlot',
  'speechcheck.guidedFill',
  'speechcheck.insertDateLine',
  'speechcheck.fixAll',
  'speechcheck.exportReport',
];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor<T>(what: string, fn: () => T | undefined | null | false | Promise<T | undefined | null | false>, timeout = 30_000): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeout / 1000}s waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    }
    await sleep(200);
  }
}

function fixtureUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder: open a copy of tests/e2e/fixtures');
  return vscode.Uri.joinPath(folder.uri, name);
}

async function open(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(name));
  return vscode.window.showTextDocument(doc, { preview: false });
}

const codeOf = (d: vscode.Diagnostic): string =>
  d.code === undefined ? '' : typeof d.code === 'object' ? String(d.code.value) : String(d.code);
const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'speechcheck');

async function diagnosticsFor(uri: vscode.Uri, codes: string[]): Promise<vscode.Diagnostic[]> {
  return waitFor(`speechcheck diagnostics ${codes.join(', ')} on ${uri.path}`, () => {
    const list = ours(uri);
    return codes.every((c) => list.some((d) => codeOf(d) === c)) ? list : undefined;
  }, 30_000);
}

async function revert(editor: vscode.TextEditor, original: string): Promise<void> {
  await vscode.window.showTextDocument(editor.document, { preview: false });
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await waitFor('the draft to be reverted', () => editor.document.getText() === original, 10_000);
  await settled(editor.document);
}

/** Waits until the draft's diagnostics describe its current (original) text again. */
async function settled(doc: vscode.TextDocument): Promise<void> {
  await waitFor('diagnostics of the original draft (slots XX, X.X, XX; date-missing on the title)', () => {
    const list = ours(doc.uri);
    const slots = list.filter((d) => codeOf(d) === 'placeholder').map((d) => doc.getText(d.range));
    return slots.join(' ') === 'XX X.X XX' && list.some((d) => codeOf(d) === 'date-missing' && d.range.start.line === 0);
  }, 20_000);
}

type AnySymbol = vscode.DocumentSymbol | vscode.SymbolInformation;
function flatten(symbols: AnySymbol[], parents: string[] = []): { name: string; parents: string[]; symbol: AnySymbol }[] {
  const out: { name: string; parents: string[]; symbol: AnySymbol }[] = [];
  for (const s of symbols) {
    out.push({ name: s.name, parents, symbol: s });
    if ('children' in s && s.children) out.push(...flatten(s.children, [...parents, s.name]));
  }
  return out;
}

/** A minimal Word draft (three parts, zipped with fflate): a title, a slot split across runs, a reversed quote. */
function wordDraft(): Uint8Array {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const r = (t: string, bold = false): string => `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${t}</w:t></w:r>`;
  const body = [
    `<w:p>${r('在全县工作会议上的讲话')}</w:p>`,
    `<w:p>${r('（2024年3月15日）')}</w:p>`,
    `<w:p>${r('全年完成投资X')}${r('X', true)}${r('亿元，要落实')}${r('”三个一批”', true)}${r('要求。')}</w:p>`,
  ].join('');
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`),
  });
}

export function defineExtensionTests(): void {
  describe('speechcheck in a real VS Code', function () {
    this.timeout(60_000);
    let draft: vscode.TextEditor;
    let original: string;

    before(async () => {
      // Without the extension every test below would only wait for its timeout: fail here.
      const ext = vscode.extensions.getExtension(EXT_ID);
      assert.ok(ext, `extension ${EXT_ID} is not installed`);
      await ext.activate();
      draft = await open(DRAFT);
      original = draft.document.getText();
    });

    it('is installed and activates', async () => {
      const ext = vscode.extensions.getExtension(EXT_ID);
      assert.ok(ext, `extension ${EXT_ID} is not installed`);
      await ext.activate();
      assert.equal(ext.isActive, true);
      const languages: { id: string }[] = ext.packageJSON?.contributes?.languages ?? [];
      assert.ok(languages.some((l) => l.id === 'speech-draft'), 'package.json contributes no speech-draft language');
    });

    it('registers its commands', async () => {
      const all = new Set(await vscode.commands.getCommands(true));
      const missing = COMMANDS.filter((c) => !all.has(c));
      assert.deepEqual(missing, [], `commands not registered: ${missing.join(', ')}`);
    });

    it('opens a 讲话 file and a *.speech.txt file as speech-draft', async () => {
      assert.equal(draft.document.languageId, 'speech-draft', `${DRAFT} opened as ${draft.document.languageId}`);
      const clean = await open(CLEAN);
      assert.equal(clean.document.languageId, 'speech-draft', `${CLEAN} opened as ${clean.document.languageId}`);
      draft = await vscode.window.showTextDocument(draft.document, { preview: false });
    });

    it('reports placeholder, date-missing and date-format with the right ranges', async () => {
      const doc = draft.document;
      const list = await diagnosticsFor(doc.uri, ['placeholder', 'date-missing', 'date-format']);
      const slots = list.filter((d) => codeOf(d) === 'placeholder').map((d) => doc.getText(d.range));
      assert.deepEqual(slots, ['XX', 'X.X', 'XX'], `placeholder ranges cover ${JSON.stringify(slots)}`);
      for (const d of list.filter((x) => codeOf(x) === 'placeholder')) {
        assert.equal(d.severity, vscode.DiagnosticSeverity.Warning, 'a slot is a warning');
        assert.match(d.message, /占位|slot|placeholder/i);
      }
      const dateMissing = list.find((d) => codeOf(d) === 'date-missing')!;
      assert.equal(dateMissing.range.start.line, 0, 'date-missing sits on the title');
      const format = list.find((d) => codeOf(d) === 'date-format')!;
      assert.equal(doc.getText(format.range), '2024-03-29');
      const withLink = list.find((d) => typeof d.code === 'object');
      if (withLink && typeof withLink.code === 'object') {
        assert.match(String(withLink.code.target), /#/, 'codeDescription links to a rule section');
      }
    });

    it('gives a carefully edited draft no diagnostics', async () => {
      await diagnosticsFor(draft.document.uri, ['placeholder']); // the server is up and checking
      const clean = await open(CLEAN);
      // The draft's findings arrived, so the server is up; give the clean one time.
      await sleep(3000);
      assert.deepEqual(ours(clean.document.uri).map((d) => `${codeOf(d)}: ${clean.document.getText(d.range)}`), []);
      draft = await vscode.window.showTextDocument(draft.document, { preview: false });
    });

    it('applies a quick fix that changes exactly its range', async () => {
      const doc = draft.document;
      const list = await diagnosticsFor(doc.uri, ['date-format']);
      const diag = list.find((d) => codeOf(d) === 'date-format')!;
      const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
        'vscode.executeCodeActionProvider', doc.uri, diag.range, vscode.CodeActionKind.QuickFix.value, 20);
      const fixes = actions.filter((a): a is vscode.CodeAction => 'edit' in a && !!a.edit && !!a.kind && vscode.CodeActionKind.QuickFix.contains(a.kind));
      const fix = fixes.find((a) => a.diagnostics?.some((d) => codeOf(d) === 'date-format') && a.isPreferred)
        ?? fixes.find((a) => a.title.includes('2024年3月29日'));
      assert.ok(fix, `no quick fix for date-format among: ${actions.map((a) => a.title).join(' | ')}`);
      assert.equal(fix.isPreferred, true, 'the finding\'s own fix is the preferred action');
      const edits = fix.edit!.get(doc.uri);
      assert.equal(edits.length, 1, `expected one edit, got ${edits.length}`);
      const edit = edits[0]!;
      assert.ok(diag.range.contains(edit.range), `the edit ${JSON.stringify(edit.range)} leaves the finding's range`);
      const start = doc.offsetAt(edit.range.start);
      const end = doc.offsetAt(edit.range.end);
      const before = doc.getText();
      const expected = before.slice(0, start) + edit.newText + before.slice(end);
      assert.ok(await vscode.workspace.applyEdit(fix.edit!), 'applyEdit refused the fix');
      assert.equal(doc.getText(), expected);
      assert.ok(doc.getText().includes('2024年3月29日'), 'the date was not rewritten to 2024年3月29日');
      await waitFor('the date-format diagnostic to go', () => !ours(doc.uri).some((d) => codeOf(d) === 'date-format'), 20_000);
      await revert(draft, original);
    });

    it('fixes all safe findings with source.fixAll.speechcheck, in minimal edits', async () => {
      const doc = draft.document;
      await diagnosticsFor(doc.uri, ['date-format']);
      const whole = new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
      const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
        'vscode.executeCodeActionProvider', doc.uri, whole, 'source.fixAll.speechcheck', 20);
      const fixAll = actions.find((a): a is vscode.CodeAction => 'edit' in a && !!a.edit && a.kind?.value === 'source.fixAll.speechcheck');
      assert.ok(fixAll, `no source.fixAll.speechcheck action among: ${actions.map((a) => a.title).join(' | ')}`);
      const edits = fixAll.edit!.get(doc.uri);
      assert.ok(edits.length >= 1, 'fix-all has no edit');
      for (const e of edits) {
        const len = doc.offsetAt(e.range.end) - doc.offsetAt(e.range.start);
        assert.ok(len < 40, `fix-all replaces ${len} characters at once (not a minimal edit)`);
      }
      assert.ok(await vscode.workspace.applyEdit(fixAll.edit!));
      const text = doc.getText();
      assert.ok(text.includes('2024年3月29日'), 'fix-all did not fix the date format');
      assert.ok(text.includes('XX亿元') && text.includes('X.X%'), 'fix-all must not fill slots (no safe value)');
      await waitFor('no date-format diagnostic after fix-all', () => !ours(doc.uri).some((d) => codeOf(d) === 'date-format'), 20_000);
      await revert(draft, original);
    });

    it('gives document symbols that follow the outline', async () => {
      const doc = draft.document;
      const symbols = await waitFor('document symbols', async () => {
        const s = await vscode.commands.executeCommand<AnySymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
        return s && s.length ? s : undefined;
      }, 30_000);
      const flat = flatten(symbols);
      const find = (part: string) => flat.find((s) => s.name.includes(part));
      const one = find('充分肯定城市更新取得的成效');
      const two = find('扎实推进今年重点工作');
      assert.ok(one && two, `top headings missing from ${JSON.stringify(flat.map((s) => s.name))}`);
      const child = find('项目建设提速增效');
      assert.ok(child, `second-level heading missing from ${JSON.stringify(flat.map((s) => s.name))}`);
      assert.ok(child.parents.includes(one.name), `（一）项目建设提速增效 is not under 一、: parents ${JSON.stringify(child.parents)}`);
      const later = find('坚持规划引领');
      assert.ok(later && later.parents.includes(two.name), '（一）坚持规划引领 is not under 二、');
      const range = 'range' in one.symbol ? one.symbol.range : one.symbol.location.range;
      assert.equal(range.start.line, 4, '一、 starts on line 5');
    });

    it('moves to the next open slot', async () => {
      const editor = await vscode.window.showTextDocument(draft.document, { preview: false });
      editor.selection = new vscode.Selection(0, 0, 0, 0);
      const moved = await vscode.commands.executeCommand<{ index: number; total: number; wrapped: boolean }>('speechcheck.nextSlot');
      const first = editor.document.positionAt(editor.document.getText().indexOf('XX亿元'));
      await waitFor('the cursor on the first slot XX亿元', () => editor.selection.start.isEqual(first), 10_000);
      assert.deepEqual([moved.index, moved.total, moved.wrapped], [0, 3, false], 'slot 1 of 3, no wrap');
      // Back from the first slot wraps to the last, and says so.
      const back = await vscode.commands.executeCommand<{ index: number; total: number; wrapped: boolean }>('speechcheck.previousSlot');
      assert.deepEqual([back.index, back.total, back.wrapped], [2, 3, true], 'previous from slot 1 wraps to slot 3');
    });

    it('inserts the date line under the title', async () => {
      const editor = await vscode.window.showTextDocument(draft.document, { preview: false });
      await vscode.commands.executeCommand('speechcheck.insertDateLine');
      // A slot to fill, never today's date; selected, ready to be typed over.
      await waitFor('a date line slot as line 2', () => editor.document.lineAt(1).text === '（    年  月  日）', 10_000);
      assert.equal(editor.document.lineAt(0).text, '在全区城市更新工作推进会上的讲话', 'the title changed');
      assert.equal(editor.document.getText(editor.selection), '    年  月  日', 'the inside of the inserted date line is not selected');
      await waitFor('date-missing to go', () => !ours(editor.document.uri).some((d) => codeOf(d) === 'date-missing'), 20_000);
      // The slot is reported as a date slot to fill.
      await waitFor('the date line slot reported', () => ours(editor.document.uri).some((d) => codeOf(d) === 'placeholder' && d.range.start.line === 1), 20_000);
      await revert(editor, original);
    });

    it('fills a figure where it stands, never its twin (two XX are two figures)', async () => {
      const editor = await vscode.window.showTextDocument(draft.document, { preview: false });
      const doc = editor.document;
      await diagnosticsFor(doc.uri, ['placeholder']);
      editor.selection = new vscode.Selection(doc.positionAt(original.indexOf('XX个')), doc.positionAt(original.indexOf('XX个')));
      const count = await vscode.commands.executeCommand<number>('speechcheck.fillSlot', { slot: 'XX', value: '36' });
      assert.equal(count, 1, 'only the XX under the cursor is filled');
      assert.equal(doc.getText(), original.replace('XX个', '36个'), 'XX亿元 is left open');
      await revert(editor, original);
    });

    it('填写此处 on a name fills that one; its twin in the same sentence only when ticked', async () => {
      const file = vscode.Uri.joinPath(fixtureUri(DRAFT), '..', '人名占位符.speech.txt');
      const text = '在全县工作会议上的讲话\n（2024年3月15日）\n\n同志们：\n刚才XX同志和XX同志分别作了部署。\n';
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(text));
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file), { preview: false });
      const doc = editor.document;
      try {
        await waitFor('two name slots', () => ours(doc.uri).filter((d) => codeOf(d) === 'placeholder').length === 2, 30_000);
        const at = { line: 4, character: 2 };
        const one = await vscode.commands.executeCommand<number>('speechcheck.fillSlot', { ...at, value: '张三', fillIdentical: false });
        assert.equal(one, 1, 'only the slot asked for is filled');
        assert.equal(doc.getText(), text.replace('XX同志和', '张三同志和'));
        await vscode.commands.executeCommand('workbench.action.files.revert');
        await waitFor('the file reverted, two slots again', () => doc.getText() === text && ours(doc.uri).filter((d) => codeOf(d) === 'placeholder' && doc.getText(d.range) === 'XX').length === 2, 20_000);
        const both = await vscode.commands.executeCommand<number>('speechcheck.fillSlot', { ...at, value: '张三', fillIdentical: true });
        assert.equal(both, 2, 'ticked, the twin is filled too');
        await vscode.commands.executeCommand('workbench.action.files.revert');
      } finally {
        await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
        await vscode.workspace.fs.delete(file);
      }
    });

    it('guided fill: one slot at a time, two XX slots get two different figures', async () => {
      const editor = await vscode.window.showTextDocument(draft.document, { preview: false });
      const doc = editor.document;
      await diagnosticsFor(doc.uri, ['placeholder']);
      editor.selection = new vscode.Selection(0, 0, 0, 0);
      // Enter 12.5 for XX亿元, skip X.X%, enter 360 for XX个.
      const result = await vscode.commands.executeCommand<{ filled: number; skipped: number; total: number }>('speechcheck.guidedFill', {
        values: ['12.5', '', '360'],
      });
      assert.deepEqual([result.filled, result.skipped, result.total], [2, 1, 3]);
      assert.equal(doc.getText(), original.replace('XX亿元', '12.5亿元').replace('XX个', '360个'), 'each slot got its own figure');
      await waitFor('one open slot left', () => ours(doc.uri).filter((d) => codeOf(d) === 'placeholder').length === 1, 20_000);
      await revert(editor, original);
    });

    it('exports the report as Markdown and as HTML', async () => {
      await vscode.window.showTextDocument(draft.document, { preview: false });
      const dir = vscode.Uri.joinPath(fixtureUri(DRAFT), '..');
      for (const ext of ['md', 'html']) {
        const target = vscode.Uri.joinPath(dir, `report-export-test.${ext}`);
        await vscode.commands.executeCommand('speechcheck.exportReport', { target: target.fsPath });
        const text = Buffer.from(await vscode.workspace.fs.readFile(target)).toString('utf8');
        assert.match(text, /X\.X/, `the ${ext} report lists the X.X slot`);
        assert.match(text, /placeholder|占位/, `the ${ext} report names the placeholder findings`);
        if (ext === 'html') assert.match(text, /<table/i, 'the HTML report has tables');
        await vscode.workspace.fs.delete(target);
      }
    });

    it('checks a Word draft in a read-only view and writes it back with tracked changes and comments', async () => {
      const file = vscode.Uri.joinPath(fixtureUri(DRAFT), '..', 'Word讲话稿.docx');
      await vscode.workspace.fs.writeFile(file, wordDraft());
      const doc = (await vscode.commands.executeCommand('speechcheck.checkDocx', file)) as vscode.TextDocument;
      assert.ok(doc, 'the command returns the view');
      assert.equal(doc.uri.scheme, 'speechcheck-docx');
      assert.equal(doc.languageId, 'speech-draft');
      assert.equal(doc.lineAt(2).text, '全年完成投资XX亿元，要落实\u201d三个一批\u201d要求。', 'runs merged, one line per paragraph');
      const list = await diagnosticsFor(doc.uri, ['placeholder', 'quote-pair']);
      assert.equal(doc.getText(list.find((d) => codeOf(d) === 'placeholder')!.range), 'XX');
      const target = (await vscode.commands.executeCommand('speechcheck.fixDocx', file)) as string | undefined;
      assert.ok(target && target.endsWith('Word讲话稿.speechcheck.docx'), `fixDocx returns the written file (${target})`);
      const written = await vscode.workspace.fs.stat(vscode.Uri.file(target));
      assert.ok(written.size > 0);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(vscode.Uri.file(target));
      await vscode.workspace.fs.delete(file);
    });

    it('opens the consistency report in a panel', async () => {
      await vscode.window.showTextDocument(draft.document, { preview: false });
      await vscode.commands.executeCommand('speechcheck.showReport');
      // 一致性报告 in Chinese, "Consistency report" when the locale is English.
      const tab = await waitFor('a webview tab titled with 报告/一致性/report', () =>
        vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && /报告|一致性|report/i.test(t.label)), 20_000);
      await vscode.window.tabGroups.close(tab);
    });
  });
}
