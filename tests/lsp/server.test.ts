/**
 * The real bundled server over stdio, as a pull-diagnostics client (VS Code) sees it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixesOfData, isUncheckedResult } from '../../server/src/protocol';
import { bigDraft, DRAFT, makeWorkspace } from './drafts';
import {
  applyTextEdits,
  editsOf,
  fileUri,
  LspClient,
  positionAt,
  type CodeAction,
  type Diagnostic,
  type TextEdit,
} from './harness';

const FIX_ALL_KIND = 'source.fixAll.speechcheck';

function hasSafeFix(d: Diagnostic): boolean {
  return d.data?.fixes?.[0]?.safe === true;
}

describe('language server over stdio (pull diagnostics)', () => {
  let client: LspClient;
  let workspace: string;
  const settings: Record<string, unknown> = {};

  beforeAll(async () => {
    workspace = makeWorkspace({ 'draft.speech.txt': DRAFT });
    client = await LspClient.start({ pull: true, settings, workspaceFolder: workspace });
  });
  afterAll(async () => {
    await client?.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  const uriOf = (name: string) => fileUri(path.join(workspace, name));

  it('announces incremental sync, pull diagnostics and its code action kinds', () => {
    const caps = client.capabilities;
    expect(caps.textDocumentSync.change).toBe(2);
    expect(caps.diagnosticProvider).toMatchObject({ interFileDependencies: false });
    expect(caps.codeActionProvider.codeActionKinds).toEqual(expect.arrayContaining(['quickfix', FIX_ALL_KIND]));
    expect(caps.executeCommandProvider.commands).toEqual(['speechcheck.ignoreWord', 'speechcheck.disableRuleForFile']);
    expect(caps.hoverProvider).toBe(true);
  });

  it('registers a watcher for .speechcheckrc.json', async () => {
    const watcher = await client.until(
      () => client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles'),
      'file watcher registration',
    );
    expect(JSON.stringify(watcher.registerOptions)).toContain('.speechcheckrc.json');
  });

  it('reports findings with rule codes, UTF-16 ranges, links and fixes in data', async () => {
    const uri = uriOf('draft.speech.txt');
    await client.open(uri, DRAFT);
    const report = await client.pull(uri);
    expect(report.kind).toBe('full');
    const dates = report.items.filter((d) => d.code === 'date-format');
    expect(dates).toHaveLength(2);
    const second = DRAFT.indexOf('2024.3.10');
    // The line holds 𠮷 (two UTF-16 units) before this date.
    expect(dates[1]!.range).toEqual({ start: positionAt(DRAFT, second), end: positionAt(DRAFT, second + '2024.3.10'.length) });
    expect(dates[1]!.range.start.character).toBe('会议于2024-03-09召开，𠮷祥物于'.length);
    expect(dates[1]).toMatchObject({
      source: 'speechcheck',
      severity: 2,
      codeDescription: { href: expect.stringMatching(/#date-format$/) },
      data: { version: 1, fixes: [{ safe: true, edits: [['2024年3月10日']] }], word: '2024.3.10' },
    });
    // The fix's edits, decoded against the diagnostic's range, are plain LSP edits.
    expect(fixesOfData(dates[1]!.range, dates[1]!.data)[0]!.edits).toEqual([{ range: dates[1]!.range, newText: '2024年3月10日' }]);
    const slots = report.items.filter((d) => d.code === 'placeholder').map((d) => d.range.start);
    expect(slots).toContainEqual(positionAt(DRAFT, DRAFT.indexOf('XX')));
    // Asked again with the same result id: nothing changed. (When nodejieba finished loading
    // between the two pulls, the second answer is the completed result; the third is unchanged.)
    let again = await client.pull(uri, report.resultId);
    if (again.kind === 'full') again = await client.pull(uri, again.resultId);
    expect(again.kind).toBe('unchanged');
  });

  it('says in the result id which documents it does not check, so no client reads their empty list as a clean draft', async () => {
    const english = uriOf('notes-english.txt');
    await client.open(english, 'Meeting notes\n\nWe discussed XX items and the 2024-03-29 deadline.\n', 'plaintext');
    const quiet = await client.pull(english);
    expect(quiet.items).toEqual([]);
    expect(isUncheckedResult(quiet.resultId)).toBe(true);
    const chinese = uriOf('笔记.txt');
    await client.open(chinese, '今天召开全市工作会议，部署今年的重点任务，各部门要抓好落实。\n', 'plaintext');
    const checked = await client.pull(chinese);
    expect(isUncheckedResult(checked.resultId)).toBe(false);
    expect(checked.resultId).toMatch(/\|(complete|partial)$/);
  });

  it('offers "ignore this word" only where the finding is a word', async () => {
    const uri = uriOf('quotes.speech.txt');
    await client.open(uri, '在全市经济工作会议上的讲话\n（2024年3月9日）\n\n要做好”六稳”工作，完成XX亿元。\n');
    const { items } = await client.pull(uri);
    const titlesFor = async (code: string) => {
      const diagnostic = items.find((d) => d.code === code)!;
      expect(diagnostic, code).toBeDefined();
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic], only: ['quickfix'] },
      });
      return actions.map((a) => a.title);
    };
    const quoteTitles = await titlesFor('quote-pair');
    expect(quoteTitles.some((t) => t.startsWith('在工作区忽略'))).toBe(false);
    expect(quoteTitles).toContain('在本文件中关闭检查：引号不成对或方向颠倒');
    // A slot mark is not a word: ignoring XX would hide every slot in the folder.
    const slotTitles = await titlesFor('placeholder');
    expect(slotTitles.some((t) => t.startsWith('在工作区忽略'))).toBe(false);
    // No rule id and no nested quotes in any title.
    for (const t of [...quoteTitles, ...slotTitles]) {
      expect(t).not.toMatch(/[a-z]+-[a-z]+/);
      expect(t).not.toMatch(/“["'“]/);
    }
  });

  it('offers the preferred quick fix that changes exactly its range', async () => {
    const uri = uriOf('draft.speech.txt');
    const { items } = await client.pull(uri);
    const diagnostic = items.find((d) => d.code === 'date-format')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    });
    const preferred = actions.find((a) => a.isPreferred)!;
    expect(preferred.title).toBe('改为“2024年3月9日”');
    const edits = editsOf(preferred, uri);
    expect(edits).toEqual([{ range: diagnostic.range, newText: '2024年3月9日' }]);
    expect(preferred.edit?.documentChanges?.[0]?.textDocument.version).toBe(1);
    expect(applyTextEdits(DRAFT, edits)).toBe(DRAFT.replace('2024-03-09', '2024年3月9日'));

    const titles = actions.map((a) => a.title);
    expect(titles).toContain('本文件全部修复：日期格式不统一或不规范（2 处）');
    expect(titles).toContain('在工作区忽略“2024-03-09”（写入 .speechcheckrc.json）');
    expect(titles).toContain('在本文件中关闭检查：日期格式不统一或不规范');
    // "Fix all of this rule" is minimal: one edit per date, nothing else touched.
    const ruleFix = actions.find((a) => a.title.startsWith('本文件全部修复'))!;
    const ruleEdits = editsOf(ruleFix, uri);
    expect(applyTextEdits(DRAFT, ruleEdits)).toBe(DRAFT.replace('2024-03-09', '2024年3月9日').replace('2024.3.10', '2024年3月10日'));
    for (const e of ruleEdits) expect(e.range.start.line).toBe(6);
  });

  it('says how many findings a rule\'s fix-all leaves when some have no safe fix', async () => {
    // A real page's paragraph (gongwk.com/doc/557024, a town's speech) with spaces left by a PDF copy.
    const uri = uriOf('spaces.speech.txt');
    const text = '在全镇乡村振兴工作推进会上的表态发言\n（2024年7月9日）\n\n同志们：\n既是贯彻落实中央和 省市县关于“三农”工作决策部署的“动员令”，更是直面我镇 发展短板、吹响攻坚冲锋号的“集结哨”。这些数据和案例，像一面“镜 子”，照出了我们工作中的“虚高”“洼地”和“硬骨头”；更像 一把“标尺”，量出了干部作风的“松紧度”、群众期盼的“迫切 感”。我深知“书记抓、抓书记”不是一句口 号，而是沉甸甸的责任。\n';
    await client.open(uri, text);
    // Which spaces are safe to delete depends on the words around them: wait for the complete check.
    let report = await client.pull(uri);
    for (let i = 0; i < 50 && !report.resultId?.endsWith('|complete'); i++) {
      await new Promise((r) => setTimeout(r, 100));
      report = await client.pull(uri);
    }
    const spaces = report.items.filter((d) => d.code === 'cjk-space');
    const safe = spaces.filter(hasSafeFix).length;
    expect(safe).toBeGreaterThanOrEqual(2);
    expect(spaces.length).toBeGreaterThan(safe);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: spaces[0]!.range,
      context: { diagnostics: [spaces[0]], only: ['quickfix'] },
    });
    expect(actions.map((a) => a.title)).toContain(`本文件全部修复：中文内部多余的空格或断行（可自动修复的 ${safe} 处，共 ${spaces.length} 处）`);
  });

  it('source.fixAll returns minimal edits that leave no safe fix', async () => {
    const uri = uriOf('fixall.speech.txt');
    const text = `${DRAFT}会期为2024-3-20至2024-3-22。\n`;
    await client.open(uri, text);
    const before = await client.pull(uri);
    expect(before.items.filter(hasSafeFix).length).toBeGreaterThanOrEqual(4);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    expect(actions.map((a) => a.kind)).toEqual([FIX_ALL_KIND]);
    const edits = editsOf(actions[0]!, uri);
    const lines = text.split('\n');
    const wholeDocument = (e: TextEdit) => e.range.start.line === 0 && e.range.end.line >= lines.length - 1;
    expect(edits.some(wholeDocument)).toBe(false);
    expect(edits.every((e) => e.newText.length < 20)).toBe(true);
    // Apply them as an incremental change, back to front, as an editor would.
    const sorted = [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character);
    await client.change(uri, 2, sorted.map((e) => ({ range: e.range, text: e.newText })));
    const after = await client.pull(uri);
    expect(after.items.filter(hasSafeFix)).toEqual([]);
    expect(after.items.filter((d) => d.code === 'placeholder').length).toBeGreaterThan(0);
    const report = await client.request<{ charCount: number }>('speechcheck/report', { uri });
    expect(report.charCount).toBe(applyTextEdits(text, edits).length);
  });

  it('a configuration change re-checks: a rule turned off, another made an error', async () => {
    const uri = uriOf('draft.speech.txt');
    const refreshes = client.refreshes;
    settings.rules = { 'date-format': 'off', placeholder: 'error' };
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.until(() => client.refreshes > refreshes, 'a diagnostic refresh');
    const { items } = await client.pull(uri);
    expect(items.filter((d) => d.code === 'date-format')).toEqual([]);
    const slots = items.filter((d) => d.code === 'placeholder');
    expect(slots.length).toBeGreaterThan(0);
    expect(slots.every((d) => d.severity === 1)).toBe(true);
    delete settings.rules;
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    expect((await client.pull(uri)).items.filter((d) => d.code === 'date-format')).toHaveLength(2);
  });

  it('invalid settings are named and skipped, the rest still applies', async () => {
    const uri = uriOf('draft.speech.txt');
    settings.rules = { 'date-format': 'loud', placeholder: 'off' };
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    const { items } = await client.pull(uri);
    expect(items.filter((d) => d.code === 'placeholder')).toEqual([]);
    expect(items.filter((d) => d.code === 'date-format')).toHaveLength(2);
    const warning = await client.until(() => client.shownMessages.find((m) => m.message.includes('date-format')), 'a settings warning');
    expect(warning.type).toBe(2);
    delete settings.rules;
    await client.notify('workspace/didChangeConfiguration', { settings: null });
  });

  it('reads .speechcheckrc.json, re-checks when it changes, and survives an invalid one', async () => {
    const uri = uriOf('draft.speech.txt');
    const rc = path.join(workspace, '.speechcheckrc.json');
    fs.writeFileSync(rc, JSON.stringify({ rules: { placeholder: 'off' } }));
    let refreshes = client.refreshes;
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(rc), type: 1 }] });
    await client.until(() => client.refreshes > refreshes, 'a refresh after the rc file changed');
    expect((await client.pull(uri)).items.filter((d) => d.code === 'placeholder')).toEqual([]);

    fs.writeFileSync(rc, '{ "rules": { "placeholder": "off" ');
    refreshes = client.refreshes;
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(rc), type: 2 }] });
    await client.until(() => client.refreshes > refreshes, 'a refresh after the rc file broke');
    const { items } = await client.pull(uri);
    expect(items.filter((d) => d.code === 'placeholder').length).toBeGreaterThan(0);
    const error = await client.until(() => client.shownMessages.find((m) => m.type === 1 && m.message.includes(rc)), 'an error naming the rc file');
    expect(error.message).toContain('JSON');
    fs.rmSync(rc);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(rc), type: 3 }] });
  });

  it('commands write the workspace .speechcheckrc.json and re-check', async () => {
    const uri = uriOf('draft.speech.txt');
    const rc = path.join(workspace, '.speechcheckrc.json');
    const refreshes = client.refreshes;
    const result = await client.request('workspace/executeCommand', {
      command: 'speechcheck.disableRuleForFile',
      arguments: [uri, 'date-format'],
    });
    expect(result).toEqual({ rcPath: rc });
    expect(JSON.parse(fs.readFileSync(rc, 'utf8'))).toEqual({
      overrides: [{ files: ['draft.speech.txt'], rules: { 'date-format': 'off' } }],
    });
    await client.until(() => client.refreshes > refreshes, 'a refresh after the command');
    let { items } = await client.pull(uri);
    expect(items.filter((d) => d.code === 'date-format')).toEqual([]);
    // Other files keep the rule.
    expect((await client.pull(uriOf('fixall.speech.txt'))).items.length).toBeGreaterThan(0);

    await client.request('workspace/executeCommand', { command: 'speechcheck.ignoreWord', arguments: ['XX', uri] });
    expect(JSON.parse(fs.readFileSync(rc, 'utf8')).ignoreWords).toEqual(['XX']);
    // Each write says which file it changed and offers 撤销.
    const said = await client.until(() => client.messageRequests.find((m) => m.message.includes('忽略“XX”')), 'a notice naming the rc file');
    expect(said.message).toBe(`已写入 ${rc}：忽略“XX”`);
    expect(said.actions).toEqual([{ title: '撤销' }]);
    ({ items } = await client.pull(uri));
    const slots = items.filter((d) => d.code === 'placeholder').map((d) => d.range.start);
    expect(slots).not.toContainEqual(positionAt(DRAFT, DRAFT.indexOf('XX')));
    expect(slots).toContainEqual(positionAt(DRAFT, DRAFT.indexOf('X%')));
    fs.rmSync(rc);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(rc), type: 3 }] });
  });

  it('撤销 puts the rc file back as it was, and removes one the command created', async () => {
    const uri = uriOf('draft.speech.txt');
    const rc = path.join(workspace, '.speechcheckrc.json');
    client.answerMessageWith = '撤销';
    try {
      await client.request('workspace/executeCommand', { command: 'speechcheck.disableRuleForFile', arguments: [uri, 'typo'] });
      await client.until(() => !fs.existsSync(rc) || undefined, 'the created rc file removed again');
      fs.writeFileSync(rc, '{ "ignoreWords": ["某某"] }\n');
      await client.request('workspace/executeCommand', { command: 'speechcheck.ignoreWord', arguments: ['张三', uri] });
      await client.until(() => fs.readFileSync(rc, 'utf8') === '{ "ignoreWords": ["某某"] }\n' || undefined, 'the rc file restored byte for byte');
    } finally {
      client.answerMessageWith = null;
      fs.rmSync(rc, { force: true });
      await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(rc), type: 3 }] });
    }
  });

  it('document symbols follow the outline, each covering its section; folding by section', async () => {
    const uri = uriOf('draft.speech.txt');
    const symbols = await client.request<any[]>('textDocument/documentSymbol', { textDocument: { uri } });
    expect(symbols.map((s) => s.name)).toEqual(['一、坚定信心，稳中求进', '二、统筹发展和安全']);
    const first = symbols[0];
    expect(first.children.map((s: any) => s.name)).toEqual(['（一）抓好项目建设', '（二）优化营商环境']);
    expect(first.children[0].children.map((s: any) => s.name)).toEqual(['1.加快重大项目落地']);
    // 一、 runs from its heading to the end of 持续深化改革。 (line 16), not into 二、.
    expect(first.range).toEqual({ start: { line: 8, character: 0 }, end: { line: 16, character: '持续深化改革。'.length } });
    expect(first.selectionRange).toEqual({ start: { line: 8, character: 0 }, end: { line: 8, character: '一、坚定信心，稳中求进'.length } });
    const folds = await client.request<any[]>('textDocument/foldingRange', { textDocument: { uri } });
    expect(folds).toContainEqual({ startLine: 8, endLine: 16, kind: 'region' });
    expect(folds).toContainEqual({ startLine: 14, endLine: 16, kind: 'region' });
  });

  it('returns the consistency report for a document', async () => {
    const uri = uriOf('draft.speech.txt');
    const report = await client.request<any>('speechcheck/report', { uri });
    expect(report.title.text).toBe('在全市经济工作会议上的讲话');
    expect(report.dateLine.text).toBe('2024年3月9日');
    expect(report.slots.total).toBe(2);
    expect(report.dates.mentions.map((d: any) => d.text)).toEqual(expect.arrayContaining(['2024-03-09', '2024.3.10']));
    expect(report.outline.map((o: any) => o.marker)).toEqual(['一、', '二、']);
    expect(report.totals.segmented).toBe(true);
  });

  it('answers malformed requests with errors and keeps serving', async () => {
    const uri = uriOf('draft.speech.txt');
    await expect(client.request('speechcheck/noSuchMethod', {})).rejects.toMatchObject({ code: -32601 });
    await expect(client.request('textDocument/hover', {})).rejects.toMatchObject({ code: -32602 });
    await expect(client.request('textDocument/hover', { textDocument: { uri }, position: { line: 'x' } })).rejects.toMatchObject({ code: -32602 });
    await expect(client.request('textDocument/codeAction', { textDocument: { uri } })).rejects.toMatchObject({ code: -32602 });
    await expect(client.request('speechcheck/report', { uri: 42 })).rejects.toMatchObject({ code: -32602 });
    await expect(client.request('speechcheck/report', { uri: 'file:///no/such/draft.txt' })).rejects.toMatchObject({ code: -32602 });
    await expect(client.request('workspace/executeCommand', { command: 'speechcheck.disableRuleForFile', arguments: [uri, 'no-such-rule'] })).rejects.toMatchObject({ code: -32602 });
    await expect(client.request('workspace/executeCommand', { command: 'rm -rf' })).rejects.toMatchObject({ code: -32602 });

    const garbage = '{"jsonrpc":"2.0","id":99,"method":';
    client.writeRaw(`Content-Length: ${Buffer.byteLength(garbage)}\r\n\r\n${garbage}`);
    await client.until(() => client.protocolErrors.find((e) => e.includes('-32700')), 'a parse error response');
    const notRpc = '[1,2,3]';
    client.writeRaw(`Content-Length: ${notRpc.length}\r\n\r\n${notRpc}`);
    await client.until(() => client.protocolErrors.find((e) => e.includes('-32600')), 'an invalid request response');

    const symbols = await client.request<any[]>('textDocument/documentSymbol', { textDocument: { uri } });
    expect(symbols).toHaveLength(2);
    expect((await client.pull(uri)).items.length).toBeGreaterThan(0);
    expect(client.proc.exitCode).toBeNull();
  });

  it('still answers on a 1 MB draft', async () => {
    const uri = uriOf('big.speech.txt');
    const big = `${DRAFT}\n${bigDraft(1_000_000)}`;
    await client.open(uri, big);
    const started = Date.now();
    const { items } = await client.pull(uri);
    expect(items.filter((d) => d.code === 'date-format').length).toBeGreaterThan(0);
    const symbols = await client.request<any[]>('textDocument/documentSymbol', { textDocument: { uri } });
    expect(symbols.length).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(20_000);
    await client.until(() => client.logs.find((l) => l.includes('big.speech.txt') && l.includes('skipped')), 'a log line saying segmentation was skipped');
    await client.close(uri);
  });
});
