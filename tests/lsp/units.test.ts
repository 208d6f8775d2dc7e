/**
 * The server's modules in-process: conversion to LSP types, a throwing rule isolated by the
 * checker, settings sanitising, rc-file commands, hover Markdown and symbols.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../server/src/engine/check';
import { SpeechDocument } from '../../server/src/engine/analysis/document';
import { Engine } from '../../server/src/engine/engine';
import { analyzeFormulations } from '../../server/src/engine/analysis/formulations';
import { RULES } from '../../server/src/engine/rules';
import type { Finding } from '../../server/src/engine/model/types';
import { Checker } from '../../server/src/lsp/checker';
import { addIgnoredWord, disableRuleForFile, rcPathFor } from '../../server/src/lsp/rcFileEdits';
import { ruleDocsUrl, toDiagnostic } from '../../server/src/lsp/convert';
import { formulationHover } from '../../server/src/lsp/hover';
import { isCheckedLanguage, isMostlyChinese, sanitizeSettings, DEFAULT_SETTINGS } from '../../server/src/lsp/settings';
import { documentSymbols, foldingRanges } from '../../server/src/lsp/symbols';
import { report } from '../../server/src/engine/report/report';
import { renderReportMarkdown } from '../../server/src/engine/report/render';
import { DRAFT, makeWorkspace } from './drafts';

const TODAY = new Date(2024, 2, 15);

describe('convert', () => {
  it('maps offsets after astral characters and CRLF to UTF-16 positions', () => {
    const text = '𠮷𠮷字\r\n第二行𠮷2024-03-09';
    const doc = TextDocument.create('file:///a.txt', 'speech-draft', 7, text);
    const start = text.indexOf('2024');
    const finding: Finding = {
      rule: 'date-format',
      category: 'date',
      severity: 'info',
      message: 'm',
      start,
      end: start + 10,
      fixes: [{ title: 't', safe: true, edits: [{ start, end: start + 10, newText: '2024年3月9日' }] }],
      data: { format: 'iso' },
    };
    const d = toDiagnostic(doc, finding);
    expect(d.range).toEqual({ start: { line: 1, character: 5 }, end: { line: 1, character: 15 } });
    expect(d).toMatchObject({
      severity: 3,
      code: 'date-format',
      source: 'speechcheck',
      codeDescription: { href: ruleDocsUrl('date-format') },
      data: { version: 7, details: { format: 'iso' }, fixes: [{ title: 't', safe: true, edits: [['2024年3月9日']] }], word: '2024-03-09' },
    });
    expect(ruleDocsUrl('typo')).toMatch(/README\.md#typo$/);
  });
});

describe('checker', () => {
  const victim = RULES.find((r) => r.id === 'date-format')!;
  const original = victim.check;
  afterEach(() => {
    (victim as { check: typeof original }).check = original;
  });

  it('a rule that throws is skipped and logged; the other rules still report', () => {
    const errors: string[] = [];
    const checker = new Checker({ log: () => undefined, error: (m) => errors.push(m) }, () => undefined);
    (victim as { check: typeof original }).check = () => {
      throw new Error('boom');
    };
    const doc = TextDocument.create('file:///d.txt', 'speech-draft', 1, DRAFT);
    const result = checker.check(doc, resolveConfig({ today: TODAY }), 'k');
    expect(result.findings.some((f) => f.rule === 'placeholder')).toBe(true);
    expect(result.findings.some((f) => f.rule === 'date-format')).toBe(false);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('date-format');
    expect(errors[0]).toContain('boom');
    // Fix-all works around it too.
    expect(checker.fixAll(DRAFT, resolveConfig({ today: TODAY }))).toContain('2024-03-09');
  });

  it('caches one result per version and configuration', () => {
    const checker = new Checker({ log: () => undefined, error: () => undefined }, () => undefined);
    const config = resolveConfig({ today: TODAY });
    const v1 = TextDocument.create('file:///d.txt', 'speech-draft', 1, DRAFT);
    const a = checker.check(v1, config, 'k');
    expect(checker.check(v1, config, 'k')).toBe(a);
    expect(checker.check(v1, config, 'other')).not.toBe(a);
    const v2 = TextDocument.update(v1, [{ text: '' }], 2);
    expect(checker.check(v2, config, 'other').findings).toEqual([]);
  });
});

describe('settings', () => {
  it('keeps valid keys and names the bad ones', () => {
    const { settings, problems } = sanitizeSettings({
      enable: 'yes',
      languages: ['speech-draft', 'plaintext'],
      rules: { typo: 'off', 'date-format': 'loud', nope: 'error' },
      ignoreWords: ['张三'],
      locale: 'auto',
    });
    expect(settings.enable).toBe(true);
    expect(settings.languages).toEqual(['speech-draft', 'plaintext']);
    expect(settings.rules).toEqual({ typo: 'off' });
    expect(settings.ignoreWords).toEqual(['张三']);
    expect(settings.locale).toBeUndefined();
    expect(problems.join('\n')).toMatch(/enable[\s\S]*date-format[\s\S]*nope/);
  });

  it('checks speech drafts always, prose only when mostly Chinese', () => {
    expect(isMostlyChinese(DRAFT)).toBe(true);
    expect(isMostlyChinese('The meeting (会议) discussed the budget for next year at length.')).toBe(false);
    expect(isCheckedLanguage(DEFAULT_SETTINGS, 'speech-draft', 'hello')).toBe(true);
    expect(isCheckedLanguage(DEFAULT_SETTINGS, 'markdown', DRAFT)).toBe(true);
    expect(isCheckedLanguage(DEFAULT_SETTINGS, 'typescript', DRAFT)).toBe(false);
    expect(isCheckedLanguage({ ...DEFAULT_SETTINGS, checkMostlyChinese: false }, 'plaintext', DRAFT)).toBe(false);
    expect(isCheckedLanguage({ ...DEFAULT_SETTINGS, enable: false }, 'speech-draft', DRAFT)).toBe(false);
  });

  it('leaves the consistency report it exported alone (<draft>.report.md opens as 讲话稿 and is Chinese)', () => {
    const r = report(DRAFT, { today: TODAY }, null);
    for (const locale of ['zh-CN', 'en'] as const) {
      const md = renderReportMarkdown(r, { locale, file: '2022年政府工作报告.speech.txt' });
      expect(isCheckedLanguage(DEFAULT_SETTINGS, 'speech-draft', md)).toBe(false);
      expect(isCheckedLanguage(DEFAULT_SETTINGS, 'markdown', `\uFEFF${renderReportMarkdown(r, { locale })}`)).toBe(false);
    }
    // A draft that merely speaks of a report is checked.
    expect(isCheckedLanguage(DEFAULT_SETTINGS, 'speech-draft', '# 一致性报告的编写要求\n同志们：今天我们研究报告工作。')).toBe(true);
    expect(isCheckedLanguage(DEFAULT_SETTINGS, 'markdown', `${DRAFT}\n# 一致性报告：附件\n`)).toBe(true);
  });
});

describe('rc-file commands', () => {
  it('write ignoreWords and per-file overrides into the nearest rc file, keeping other keys', () => {
    const ws = makeWorkspace({ 'a/b/draft.txt': DRAFT, '.speechcheckrc.json': '{"requireDateLine": false}' });
    const file = path.join(ws, 'a/b/draft.txt');
    const rc = rcPathFor(file, [ws])!;
    expect(rc).toBe(path.join(ws, '.speechcheckrc.json'));
    addIgnoredWord(rc, '张三');
    addIgnoredWord(rc, '张三');
    disableRuleForFile(rc, file, 'typo');
    disableRuleForFile(rc, file, 'placeholder');
    expect(JSON.parse(fs.readFileSync(rc, 'utf8'))).toEqual({
      requireDateLine: false,
      ignoreWords: ['张三'],
      overrides: [{ files: ['a/b/draft.txt'], rules: { typo: 'off', placeholder: 'off' } }],
    });
    fs.writeFileSync(rc, '{"rules": ');
    expect(() => addIgnoredWord(rc, 'x')).toThrow(/JSON/);
    expect(fs.readFileSync(rc, 'utf8')).toBe('{"rules": ');
  });

  it('creates the rc file at the workspace folder root when there is none', () => {
    const ws = makeWorkspace({ 'sub/draft.txt': DRAFT });
    expect(rcPathFor(path.join(ws, 'sub/draft.txt'), [ws])).toBe(path.join(ws, '.speechcheckrc.json'));
    expect(rcPathFor(undefined, [])).toBeUndefined();
  });
});

describe('hover', () => {
  const text = '同志们：\n我们要做好“六稳”工作，落实"六稳"要求。\n“六稳”是基础。\n';
  const doc = TextDocument.create('file:///h.txt', 'speech-draft', 1, text);
  const config = resolveConfig({ today: TODAY });
  const analysed = analyzeFormulations(new SpeechDocument(text), config);
  const uses = new Engine().checkSync(text, config, 'off').analyses.formulations;

  it.skipIf(analysed.length === 0)('shows the forms of a formulation in this draft and their counts', () => {
    const hover = formulationHover(doc, text.indexOf('六稳'), config, uses)!;
    expect(hover).not.toBeNull();
    const md = (hover.contents as { value: string }).value;
    expect(md).toContain('六稳');
    expect(md).toContain('| `“六稳”` ✓ | 2 | 2, 3 |');
    expect(md).toContain('| `"六稳"` | 1 | 2 |');
    expect(formulationHover(doc, text.indexOf('同志'), config, uses)).toBeNull();
  });
});

describe('hover on a canonical formulation', () => {
  const text = '同志们：\n要增强“四个意识”，坚持以经济建设为中心。\n';
  const doc = TextDocument.create('file:///c.txt', 'speech-draft', 1, text);
  const config = resolveConfig({ today: TODAY });
  const uses = new Engine().checkSync(text, config, 'off').analyses.formulations;
  it('shows its canonical wording, members and source', () => {
    const md = (formulationHover(doc, text.indexOf('四个意识') + 1, config, uses)!.contents as { value: string }).value;
    expect(md).toContain('政治意识、大局意识、核心意识、看齐意识');
    expect(md).toContain('http://keywords.china.org.cn/');
    const md2 = (formulationHover(doc, text.indexOf('经济建设') + 1, config, uses)!.contents as { value: string }).value;
    expect(md2).toContain('`坚持以经济建设为中心`');
    expect(md2).toMatch(/出处|Source/);
  });
});

describe('symbols', () => {
  it('nest headings and keep each child inside its parent', () => {
    const doc = TextDocument.create('file:///s.txt', 'speech-draft', 1, DRAFT);
    const symbols = documentSymbols(doc);
    const inside = (outer: { start: { line: number } ; end: { line: number } }, inner: typeof outer) =>
      inner.start.line >= outer.start.line && inner.end.line <= outer.end.line;
    const walk = (list: typeof symbols) => {
      for (const s of list) {
        expect(inside(s.range, s.selectionRange)).toBe(true);
        for (const c of s.children ?? []) expect(inside(s.range, c.range)).toBe(true);
        walk(s.children ?? []);
      }
    };
    walk(symbols);
    expect(symbols).toHaveLength(2);
    expect(foldingRanges(doc).map((f) => [f.startLine, f.endLine])).toEqual([
      [8, 16],
      [10, 12],
      [14, 16],
      [18, 20],
    ]);
  });

  it('name each heading as written: 第一 keeps its comma, 一、 and 一是 their own marks', () => {
    const text = [
      '在全市推进会上的讲话',
      '同志们：',
      '当前我们要做好以下两个方面工作。',
      '第一，着力推动实体经济发展。就是要帮助实体经济攻坚克难。',
      '一要切实提高认识。认识问题是首要问题。',
      '二要及时兑现政策。',
      '第二：着力推动产业园区发展。',
      '一、总结成绩',
      '（一）项目建设提速增效。',
    ].join('\n');
    const names: string[] = [];
    const walk = (list: ReturnType<typeof documentSymbols>) => list.forEach((s) => (names.push(s.name), walk(s.children ?? [])));
    walk(documentSymbols(TextDocument.create('file:///o.txt', 'speech-draft', 1, text)));
    expect(names).toEqual(expect.arrayContaining(['第一，着力推动实体经济发展', '第二：着力推动产业园区发展', '一要切实提高认识', '一、总结成绩']));
    expect(names.some((n) => n.startsWith('（一）项目建设提速增效'))).toBe(true);
  });
});
