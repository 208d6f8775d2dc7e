/**
 * splitLines finds lines with indexOf and a loop: the same lines, offsets and breaks as the
 * regular expression `\r\n|\r|\n` finds, on text of lone and paired CR and LF in any order.
 * A document that takes over its previous version's unchanged lines (line-reuse.ts) has the
 * lines splitLines finds, whatever the edit between the two.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SpeechDocument, splitLines } from '../../server/src/engine/analysis/document';
import { BoundedCache } from '../../server/src/engine/util/bounded-cache';

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

const piece = fc.array(fc.constantFrom('\r', '\n', '\r\n', '中', 'a', ' ', '中\n'), { maxLength: 30 }).map((a) => a.join(''));

describe('lines taken over from the previous version', () => {
  it('are the lines splitLines finds in the new text', () => {
    fc.assert(
      fc.property(piece, piece, piece, piece, (head, removed, inserted, tail) => {
        const keys = new BoundedCache<string>(1_000, 100_000);
        const before = new SpeechDocument(head + removed + tail, keys);
        before.lines.forEach((l) => before.ownText(l.index));
        const text = head + inserted + tail;
        const after = new SpeechDocument(text, keys, before);
        expect(after.lines).toEqual(splitLines(text));
        after.lines.forEach((l) => expect(after.ownText(l.index)).toBe(l.text));
      }),
      { numRuns: 2000 },
    );
  });

  it('through a chain of versions', () => {
    fc.assert(
      fc.property(piece, fc.array(fc.tuple(fc.nat(), fc.nat({ max: 6 }), piece), { minLength: 1, maxLength: 5 }), (start, edits) => {
        const keys = new BoundedCache<string>(1_000, 100_000);
        let doc = new SpeechDocument(start, keys);
        for (const [at, del, inserted] of edits) {
          const from = at % (doc.text.length + 1);
          const text = doc.text.slice(0, from) + inserted + doc.text.slice(from + del);
          doc.lines.forEach((l) => doc.ownText(l.index));
          doc = new SpeechDocument(text, keys, doc);
          expect(doc.lines).toEqual(splitLines(text));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('of an unrelated draft: every line split anew', () => {
    const keys = new BoundedCache<string>(1_000, 100_000);
    const before = new SpeechDocument('一\n二\n三', keys);
    const after = new SpeechDocument('甲\r\n二\r\n丙', keys, before);
    expect(after.lines).toEqual(splitLines('甲\r\n二\r\n丙'));
  });
});
