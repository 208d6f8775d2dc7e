/**
 * The dry-run diff and the line breaks of inserted text.
 */
import { describe, expect, it } from 'vitest';
import { unifiedDiff, withEol } from '../../server/src/cli/fixing';

describe('unifiedDiff', () => {
  const before = ['一', '二', '三', '四', '五', '六', '七', '八'].join('\n');

  it('is empty when nothing changed', () => {
    expect(unifiedDiff(before, before, 'a.txt')).toBe('');
  });

  it('shows each change with a line of context, in separate hunks when far apart', () => {
    const after = before.replace('二', '贰').replace('七', '柒');
    expect(unifiedDiff(before, after, 'a.txt')).toBe(
      ['--- a.txt', '+++ a.txt', '@@ -1,3 +1,3 @@', ' 一', '-二', '+贰', ' 三', '@@ -6,3 +6,3 @@', ' 六', '-七', '+柒', ' 八', ''].join('\n'),
    );
  });

  it('merges near changes and counts inserted and joined lines', () => {
    const after = before.replace('二\n三', '二三').replace('四', '四\n（插入）');
    expect(unifiedDiff(before, after, 'a.txt')).toBe(
      ['--- a.txt', '+++ a.txt', '@@ -1,5 +1,5 @@', ' 一', '-二', '-三', '-四', '+二三', '+四', '+（插入）', ' 五', ''].join('\n'),
    );
  });

  it('keeps an empty line that ends a hunk on the new side too', () => {
    // Paragraphs between blank lines, a fix in each (a real page's half-width commas).
    const text = '标题\n\n甲,乙\n\n丙,丁\n\n戊\n';
    const out = unifiedDiff(text, text.replaceAll(',', '，'), 'c.txt');
    expect(out).toBe(['--- c.txt', '+++ c.txt', '@@ -2,5 +2,5 @@', ' ', '-甲,乙', '-', '-丙,丁', '+甲，乙', '+', '+丙，丁', ' ', ''].join('\n'));
  });

  it('numbers the new side after earlier hunks changed the line count', () => {
    const long = Array.from({ length: 20 }, (_, i) => `第${i + 1}行`).join('\n');
    const after = long.replace('第2行', '第2行\n新增').replace('第15行', '第十五行');
    const out = unifiedDiff(long, after, 'b.txt');
    expect(out).toContain('@@ -14,3 +15,3 @@');
  });
});

describe('withEol', () => {
  it('writes line breaks inside inserted text the way the file does, and nothing else', () => {
    const before = '标题\r\n正文\r\n';
    const after = '标题\n（2024年3月15日）\r\n正文\r\n';
    expect(withEol(before, after, '\r\n')).toBe('标题\r\n（2024年3月15日）\r\n正文\r\n');
  });

  it('leaves text without inserted breaks untouched', () => {
    expect(withEol('a\r\nb', 'a\r\nc', '\r\n')).toBe('a\r\nc');
  });
});
