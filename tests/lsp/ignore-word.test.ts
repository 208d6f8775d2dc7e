/**
 * "Ignore this word" (Diagnostic.data.word) offers only text a writer could mean as a word:
 * never the two halves a stray space cut (`产 总`), a heading's lost line break (`。 一`), nor
 * the first line a whole-draft finding sits on (`【範例一】`, a traditional-script draft).
 * A plain word finding (a typo) still offers its word.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../server/src/engine/engine';
import { toDiagnostics } from '../../server/src/lsp/convert';
import { readDiagnosticData } from '../../server/src/protocol';
import type { Diagnostic } from 'vscode-languageserver';

const engine = new Engine();
async function diagnostics(text: string): Promise<Diagnostic[]> {
  const result = await engine.check(text, {});
  return toDiagnostics(TextDocument.create('file:///d.txt', 'speech-draft', 1, text), result.findings);
}
const wordOf = (d: Diagnostic) => readDiagnosticData(d.data)?.word;

describe('ignore this word', () => {
  beforeAll(async () => {
    await engine.loadSegmenter();
  });

  it('cjk-space: no word for a space that cuts words or a lost heading break', async () => {
    const text = '在全县经济工作会议上的讲话\n同志们：\n今年全县地区生产 总值增长百分之六，教育 事业稳步发展。\n下面讲两点意见。 一、要抓好项目建设。\n';
    const spaces = (await diagnostics(text)).filter((d) => d.code === 'cjk-space');
    expect(spaces.length).toBeGreaterThan(0);
    for (const d of spaces) expect(wordOf(d)).toBeUndefined();
  });

  it('traditional-char: no word for the whole-draft finding on a bracketed label', async () => {
    const body = '為了認真貫徹落實市委會議精神，經委黨組研究決定，召開這次動員大會。各單位要結合實際，認真組織學習討論，確保活動取得實效。';
    const text = `【範例一】\n同誌們：\n${body}\n${body}\n`;
    const trad = (await diagnostics(text)).filter((d) => d.code === 'traditional-char');
    expect(trad).toHaveLength(1);
    expect(trad[0]!.range.start.line).toBe(0);
    expect(wordOf(trad[0]!)).toBeUndefined();
  });

  it('a word finding still offers its word', async () => {
    const text = '同志们：\n我们要再接再励，把各项工作做好。\n';
    const typo = (await diagnostics(text)).find((d) => d.code === 'typo');
    expect(typo && wordOf(typo)).toBe('再接再励');
  });
});
