/**
 * splitLines finds lines with indexOf and a loop: the same lines, offsets and breaks as the
 * regular expression `\r\n|\r|\n` finds, on text of lone and paired CR and LF in any order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitLines } from '../../server/src/engine/analysis/document';

function byRegex(text: string) {
  const lines = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lines.push({ index: lines.length, start, end: m.index, text: text.slice(start, m.index), eol: m[0] });
    start = m.index + m[0].length;
  }
  lines.push({ index: lines.length, start, end: text.length, text: text.slice(start), eol: '' });
  return lines;
}

describe('splitLines', () => {
  it('splits as the regular expression does', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('\r', '\n', '\r\n', '中', 'a', ' '), { maxLength: 40 }).map((a) => a.join('')), (text) => {
        expect(splitLines(text)).toEqual(byRegex(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps each line break as written', () => {
    expect(splitLines('一\r\n二\r三\n').map((l) => [l.text, l.eol])).toEqual([['一', '\r\n'], ['二', '\r'], ['三', '\n'], ['', '']]);
    expect(splitLines('')).toEqual([{ index: 0, start: 0, end: 0, text: '', eol: '' }]);
  });
});
