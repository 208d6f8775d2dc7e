/**
 * A diagnostic's code actions come from the diagnostic alone (its `Diagnostic.data`): the
 * same actions from a server that has since re-checked the document under another
 * configuration, closed it, or never saw it. Only "fix all of this rule", which needs the
 * document, is left out then; and fixes wait while the open text is newer than the diagnostic.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../server/src/engine/check';
import { Engine } from '../../server/src/engine/engine';
import { buildCodeActions } from '../../server/src/lsp/codeActions';
import { lazyFixEdits, toDiagnostics, toTextEdit } from '../../server/src/lsp/convert';
import { CLIENT_COMMANDS, MAX_DATA_FIX_EDITS, SERVER_COMMANDS } from '../../server/src/protocol';
import { makeWorkspace } from './drafts';
import { fileUri, LspClient, type CodeAction, type Diagnostic } from './harness';

/** A slot, a dash date (safe fix, a word), a reversed quote and no date line. */
const TEXT = '在全市经济工作会议上的讲话\n同志们：\n会议于2024-03-09召开，要做好”六稳”工作，完成XX亿元。\n会期为2024-3-20至2024-3-22。\n';
const OPTIONS = { clientCommands: { fillSlot: CLIENT_COMMANDS.fillSlot, select: CLIENT_COMMANDS.selectRange } };
const RULES = ['placeholder', 'date-format', 'date-missing', 'quote-pair'];

/** "Fix all of this rule in this file" is the one action that needs the document itself. */
const needsDocument = (a: CodeAction) => a.title.startsWith('本文件全部修复');

describe('code actions from Diagnostic.data alone', () => {
  let workspace: string;
  let uri: string;
  let first: LspClient;
  let fresh: LspClient;
  let diagnostics: Diagnostic[];
  const asked = new Map<Diagnostic, CodeAction[]>();

  const actionsFor = (client: LspClient, d: Diagnostic) =>
    client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });

  beforeAll(async () => {
    workspace = makeWorkspace({ 'draft.speech.txt': TEXT });
    uri = fileUri(path.join(workspace, 'draft.speech.txt'));
    [first, fresh] = await Promise.all([
      LspClient.start({ pull: true, workspaceFolder: workspace, initializationOptions: OPTIONS }),
      LspClient.start({ pull: true, workspaceFolder: workspace, initializationOptions: OPTIONS }),
    ]);
    await first.open(uri, TEXT);
    diagnostics = (await first.pull(uri)).items.filter((d) => RULES.includes(String(d.code)));
    for (const d of diagnostics) asked.set(d, await actionsFor(first, d));
  });
  afterAll(async () => {
    await Promise.all([first?.stop(), fresh?.stop()]);
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  it('the draft gives each kind of action: fixes, a slot fill, a date-line select, suppressions', () => {
    expect(new Set(diagnostics.map((d) => d.code))).toEqual(new Set(RULES));
    const all = [...asked.values()].flat();
    expect(all.some((a) => a.command?.command === CLIENT_COMMANDS.fillSlot)).toBe(true);
    expect(all.some((a) => a.command?.command === CLIENT_COMMANDS.selectRange && a.edit)).toBe(true);
    expect(all.some((a) => a.isPreferred && a.edit)).toBe(true);
    expect(all.some((a) => a.command?.command === SERVER_COMMANDS.ignoreWord)).toBe(true);
    expect(all.some((a) => a.command?.command === SERVER_COMMANDS.disableRuleForFile)).toBe(true);
    expect(all.some(needsDocument)).toBe(true);
  });

  it('a server that never saw the document offers the same actions', async () => {
    for (const [d, actions] of asked) expect(await actionsFor(fresh, d), String(d.code)).toEqual(actions.filter((a) => !needsDocument(a)));
  });

  it('after a re-check under another configuration, the old diagnostic keeps its actions', async () => {
    const refreshes = first.refreshes;
    await first.notify('workspace/didChangeConfiguration', { settings: { speechcheck: { rules: { 'date-format': 'error', placeholder: 'hint' } } } });
    await first.until(() => first.refreshes > refreshes, 'a diagnostic refresh');
    const renewed = (await first.pull(uri)).items;
    expect(renewed.find((d) => d.code === 'date-format')!.severity).toBe(1);
    for (const [d, actions] of asked) expect(await actionsFor(first, d), String(d.code)).toEqual(actions);
  });

  it('once the text has changed, its fixes wait for the renewed diagnostic (an editor may not check versions)', async () => {
    await first.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '关于' }]);
    for (const [d, actions] of asked) {
      const now = await actionsFor(first, d);
      expect(now.some((a) => a.edit && !needsDocument(a)), String(d.code)).toBe(false);
      expect(now.filter((a) => !a.edit), String(d.code)).toEqual(actions.filter((a) => !a.edit));
    }
    // The renewed diagnostics carry fixes for version 2.
    const renewed = (await first.pull(uri)).items.find((d) => d.code === 'date-format')!;
    const fix = (await actionsFor(first, renewed)).find((a) => a.isPreferred)!;
    expect(fix.edit!.documentChanges![0]!.textDocument.version).toBe(2);
  });

  it('after the document was closed, too', async () => {
    await first.close(uri);
    for (const [d, actions] of asked) expect(await actionsFor(first, d), String(d.code)).toEqual(actions.filter((a) => !needsDocument(a)));
  });
});

describe('buildCodeActions in-process', () => {
  const text = '会议于2024-03-09召开，完成XX亿元。\n';
  const uri = 'file:///w/d.speech.txt';
  const doc = TextDocument.create(uri, 'speech-draft', 3, text);
  const diagnostics = toDiagnostics(doc, new Engine().checkSync(text, resolveConfig({ today: new Date(2024, 2, 15) }), 'off').findings);
  const date = diagnostics.find((d) => d.code === 'date-format')!;
  const base = { uri, locale: 'zh-CN' as const };
  const params = (d: typeof date) => ({ textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });

  it('needs no document: the fix comes from data, versioned', () => {
    const actions = buildCodeActions({ ...base, params: params(date), documentChanges: true });
    const fix = actions.find((a) => a.isPreferred)!;
    expect(fix.edit).toEqual({ documentChanges: [{ textDocument: { uri, version: 3 }, edits: [{ range: date.range, newText: '2024年3月9日' }] }] });
  });

  it('no fix made for another version of the text open here', () => {
    for (const documentChanges of [true, false]) {
      expect(buildCodeActions({ ...base, params: params(date), documentChanges, openVersion: 3 }).some((a) => a.edit)).toBe(true);
      const stale = buildCodeActions({ ...base, params: params(date), documentChanges, openVersion: 4 });
      expect(stale.some((a) => a.edit)).toBe(false);
      expect(stale.map((a) => a.command?.command)).toContain(SERVER_COMMANDS.disableRuleForFile);
    }
  });

  it('malformed data from a client is ignored, not trusted', () => {
    const forged = { ...date, data: { version: 3, fixes: [{ title: 'x', safe: 'yes', edits: [[0, 0, 'no']] }, { title: 'y', edits: 'z' }], word: 7 } };
    const actions = buildCodeActions({ ...base, params: params(forged), documentChanges: true });
    expect(actions.some((a) => a.edit)).toBe(false);
    expect(actions.some((a) => a.command?.command === SERVER_COMMANDS.ignoreWord)).toBe(false);
    const unknownRule = { ...date, code: 'no-such-rule' };
    expect(buildCodeActions({ ...base, params: params(unknownRule), documentChanges: true })).toEqual([]);
  });
});

describe('a document-wide fix travels without its edits', () => {
  // A draft written in half-width punctuation: one finding whose fix widens every mark.
  const text = `关于工作的讲话\n${'今天,我们开会:讨论工作;大家发言!\n'.repeat(40)}`;
  const uri = 'file:///w/half.speech.txt';
  const doc = TextDocument.create(uri, 'speech-draft', 5, text);
  const findings = new Engine().checkSync(text, resolveConfig({ today: new Date(2024, 2, 15) }), 'off').findings;
  const finding = findings.find((f) => f.rule === 'punct-halfwidth')!;
  const diagnostic = toDiagnostics(doc, findings).find((d) => d.code === 'punct-halfwidth')!;
  const params = { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: ['quickfix'] } };
  const base = { uri, locale: 'zh-CN' as const, params, documentChanges: false };
  const open = (version: number) => ({
    doc: TextDocument.create(uri, 'speech-draft', version, text),
    diagnostics: [diagnostic],
    safeFixes: new Map<string, number>(),
    fixAll: () => text,
    lazyFix: (rule: string, range: typeof diagnostic.range, i: number) => lazyFixEdits(doc, findings, rule, range, i),
  });

  it('the diagnostic says so, and is small', () => {
    expect(finding.fixes[0]!.edits.length).toBeGreaterThan(MAX_DATA_FIX_EDITS);
    expect(diagnostic.data).toMatchObject({ version: 5, fixes: [{ edits: [], lazy: true, safe: true }] });
    expect(JSON.stringify(diagnostic).length).toBeLessThan(1000);
  });

  it('the server that has the document open at that version computes the edits', () => {
    const fix = buildCodeActions({ ...base, openVersion: 5, open: open(5) }).find((a) => a.isPreferred)!;
    expect(fix.edit).toEqual({ changes: { [uri]: finding.fixes[0]!.edits.map((e) => toTextEdit(doc, e)) } });
  });

  it('none elsewhere: another version open, or not open', () => {
    expect(buildCodeActions({ ...base, openVersion: 6, open: open(6) }).some((a) => a.edit)).toBe(false);
    expect(buildCodeActions(base).some((a) => a.edit)).toBe(false);
  });
});
