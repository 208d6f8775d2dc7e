import { describe, expect, it } from 'vitest';
import { SpeechDocument } from '../../server/src/engine/analysis/document';
import { applyEdits, minimalEdits, selectSafeEdits } from '../../server/src/engine/fix/fix';
import { normalizeConfig, ConfigError } from '../../server/src/engine/model/config';
import { loadSegmenterSync } from '../../server/src/engine/analysis/segment';
import type { Finding } from '../../server/src/engine/model/types';

describe('SpeechDocument', () => {
  it('splits lines keeping every line ending', () => {
    const doc = new SpeechDocument('一\r\n二\n三\r四');
    expect(doc.lines.map((l) => [l.text, l.eol])).toEqual([
      ['一', '\r\n'],
      ['二', '\n'],
      ['三', '\r'],
      ['四', ''],
    ]);
    expect(doc.positionAt(5)).toEqual({ line: 2, character: 0 });
    expect(doc.offsetAt({ line: 1, character: 1 })).toBe(4);
  });

  it('counts astral characters as two UTF-16 units', () => {
    const doc = new SpeechDocument('𠀀字\n下');
    expect(doc.positionAt(3)).toEqual({ line: 0, character: 3 });
    expect(doc.lines[1]!.start).toBe(4);
  });

  it('skips web residue above the title and finds the date line', () => {
    const doc = new SpeechDocument('您好,欢迎访问某某文档\n当前位置:首页 > 讲话\n在全市工作会议上的讲话\n（2019年2月18日）\n同志们：');
    expect(doc.title?.text).toBe('在全市工作会议上的讲话');
    expect(doc.dateLine?.text).toBe('2019年2月18日');
  });

  it('joins a title broken over two lines', () => {
    const doc = new SpeechDocument('在全市统筹推进疫情防控和\n经济社会发展工作会议上的讲话\n同志们：');
    expect(doc.title?.lastLine).toBe(1);
    expect(doc.dateLine).toBeUndefined();
  });
});

describe('fixes', () => {
  const finding = (start: number, end: number, newText: string, safe = true): Finding => ({
    rule: 'punct-repeat',
    category: 'typography',
    severity: 'warning',
    message: '',
    start,
    end,
    fixes: [{ title: 't', safe, edits: [{ start, end, newText }] }],
  });

  it('applies non-overlapping safe fixes back to front', () => {
    const edits = selectSafeEdits([finding(0, 1, 'A'), finding(0, 2, 'B'), finding(3, 4, 'C'), finding(5, 5, 'D', false)]);
    expect(applyEdits('abcdef', edits)).toBe('AbcCef');
  });

  it('refuses overlapping edits', () => {
    expect(() => applyEdits('abc', [{ start: 0, end: 2, newText: '' }, { start: 1, end: 3, newText: '' }])).toThrow(RangeError);
  });

  it('computes minimal edits', () => {
    const before = '今天,我们开会。。';
    const after = '今天，我们开会。';
    const edits = minimalEdits(before, after);
    expect(applyEdits(before, edits)).toBe(after);
    expect(edits.every((e) => e.end - e.start <= 1)).toBe(true);
  });
});

describe('config', () => {
  it('reports every problem in readable form', () => {
    try {
      normalizeConfig([{ rules: { nope: 'off', typo: 'loud' as never }, formulations: 'x' as never }], { knownRules: ['typo'] });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      expect((e as ConfigError).problems).toHaveLength(3);
    }
  });
});

describe('segmenter', () => {
  it('keeps formulations whole and reports offsets', () => {
    const seg = loadSegmenterSync();
    const text = '做好六稳六保，深化放管服改革';
    const tokens = seg.cut(text);
    expect(tokens.map((t) => t.word)).toContain('六稳');
    expect(tokens.map((t) => t.word)).toContain('放管服');
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.word);
    expect(seg.has('收入')).toBe(true);
    expect(seg.has('收人')).toBe(false);
  });
});
