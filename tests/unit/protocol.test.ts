import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CLIENT_COMMANDS,
  decodeEdit,
  diagnosticResultId,
  encodeDiagnosticData,
  fixesOfData,
  isCompleteResult,
  isUncheckedResult,
  readDiagnosticData,
  uncheckedResultId,
  type TextEdit,
} from '../../server/src/protocol';

describe('pull diagnostics resultId', () => {
  it('says whether the word-based rules ran, and is unique per version and configuration', () => {
    expect(isCompleteResult(diagnosticResultId(3, 'cfg|1', true))).toBe(true);
    expect(isCompleteResult(diagnosticResultId(3, 'cfg|1', false))).toBe(false);
    expect(isCompleteResult('off|3|x')).toBeUndefined();
    expect(isCompleteResult(undefined)).toBeUndefined();
    expect(diagnosticResultId(3, 'a', true)).not.toBe(diagnosticResultId(4, 'a', true));
    expect(diagnosticResultId(3, 'a', true)).not.toBe(diagnosticResultId(3, 'b', true));
  });
  it('tells a document the server does not check from a checked one', () => {
    expect(isUncheckedResult(uncheckedResultId(3, 'x'))).toBe(true);
    expect(isCompleteResult(uncheckedResultId(3, 'x'))).toBeUndefined();
    expect(isUncheckedResult(diagnosticResultId(3, 'cfg|1', true))).toBe(false);
    expect(isUncheckedResult(diagnosticResultId(3, 'cfg|1', false))).toBe(false);
    expect(isUncheckedResult(undefined)).toBe(false);
  });
});

describe('Diagnostic.data', () => {
  const range = { start: { line: 2, character: 4 }, end: { line: 2, character: 9 } };
  const edit = (sl: number, sc: number, el: number, ec: number, newText: string): TextEdit => ({
    range: { start: { line: sl, character: sc }, end: { line: el, character: ec } },
    newText,
  });
  const fixes = [
    { title: 'own range', safe: true, edits: [edit(2, 4, 2, 9, '甲')] },
    { title: 'elsewhere', safe: false, edits: [edit(0, 1, 0, 1, '\n（    年  月  日）'), edit(3, 5, 4, 0, ''), edit(7, 0, 7, 2, '，')] },
  ];

  it('encodes edits short and decodes them back to the same LSP edits', () => {
    const data = encodeDiagnosticData(range, { version: 5, fixes, details: { slot: 'XX' }, word: '甲乙' });
    expect(data.fixes![0]!.edits).toEqual([['甲']]);
    expect(data.fixes![1]!.edits).toEqual([[0, 1, 1, '\n（    年  月  日）'], [3, 5, 4, 0, ''], [7, 0, 2, '，']]);
    expect(data.fixes![1]!.safe).toBeUndefined();
    // Through JSON, as it travels.
    const back = JSON.parse(JSON.stringify(data));
    expect(fixesOfData(range, back)).toEqual(fixes);
    expect(readDiagnosticData(back)).toEqual(data);
  });

  it('stays small for a fix of the whole draft (one edit per punctuation mark)', () => {
    const edits = Array.from({ length: 2000 }, (_, i) => edit(Math.floor(i / 8), 37 + (i % 8) * 11, Math.floor(i / 8), 38 + (i % 8) * 11, '，'));
    const data = encodeDiagnosticData(range, { version: 12, fixes: [{ title: '全部改为全角标点（2000 处）', safe: true, edits }] });
    // As LSP edits these take ~75 bytes each; short tuples take under 20.
    expect(JSON.stringify(data).length / edits.length).toBeLessThan(20);
    expect(fixesOfData(range, JSON.parse(JSON.stringify(data)))[0]!.edits).toEqual(edits);
  });

  it('carries no version without fixes, and nothing it was not given', () => {
    expect(encodeDiagnosticData(range, { version: 5, fixes: [] })).toEqual({});
    expect(encodeDiagnosticData(range, { version: 5, fixes: [], details: { kind: 'figure' } })).toEqual({ details: { kind: 'figure' } });
  });

  it('an edit on the diagnostic range is a copy, never the range object itself', () => {
    const e = decodeEdit(range, ['x']);
    expect(e.range).toEqual(range);
    expect(e.range.start).not.toBe(range.start);
  });

  it('reads what a client sends back defensively: malformed fixes and fields are dropped', () => {
    expect(readDiagnosticData(null)).toBeUndefined();
    expect(readDiagnosticData([1])).toBeUndefined();
    const read = readDiagnosticData({
      version: 2,
      fixes: [
        { title: 'ok', safe: true, edits: [['a'], [1, 2, 3, 'b']] },
        { title: 'negative', edits: [[-1, 0, 1, 'x']] },
        { title: 'two numbers', edits: [[1, 2, 'x']] },
        { title: 'unsafe flag', safe: false, edits: [['x']] },
        { edits: [['x']] },
      ],
      details: [1],
      word: 3,
    });
    expect(read).toEqual({ version: 2, fixes: [{ title: 'ok', safe: true, edits: [['a'], [1, 2, 3, 'b']] }] });
    expect(readDiagnosticData({ fixes: [{ title: 'no version', edits: [['a']] }] })).toEqual({});
  });
});

describe('command ids', () => {
  it('the client commands are the ones package.json contributes, plus the select the server runs', () => {
    const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8'));
    const contributed = pkg.contributes.commands.map((c: { command: string }) => c.command).sort();
    const ours = Object.values(CLIENT_COMMANDS).filter((id) => id !== CLIENT_COMMANDS.selectRange).sort();
    expect(ours).toEqual(contributed);
  });

  it('no command id or custom method is spelled out in client or server code outside protocol.ts', () => {
    const ids = new Set<string>(Object.values(CLIENT_COMMANDS));
    const roots = ['client/src', 'server/src/lsp'].map((d) => path.resolve(__dirname, '../..', d));
    const walk = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
    const files = roots.flatMap(walk);
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/'(speechcheck[./][\w./]+)'/g)) {
        expect(ids.has(m[1]!) || /^speechcheck\/|ignoreWord|disableRuleForFile/.test(m[1]!), `${path.basename(file)}: ${m[1]}`).toBe(false);
      }
    }
  });
});
