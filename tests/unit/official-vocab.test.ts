/**
 * isOfficialWord looks words up by halving in gongwen-words.txt as bundled (util/sorted-lines.ts):
 * the file must stay sorted by code unit, and every word in it must be found.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isOfficialWord } from '../../server/src/engine/analysis/official-vocab';
import { SortedLines } from '../../server/src/engine/util/sorted-lines';

const DATA = path.join(__dirname, '..', '..', 'server', 'src', 'engine', 'data');
const words = (f: string) =>
  fs
    .readFileSync(path.join(DATA, f), 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));

describe('official vocabulary lookup', () => {
  const gongwen = words('gongwen-words.txt');
  it('gongwen-words.txt is sorted by code unit, without repeats (the lookup halves it)', () => {
    const bad = gongwen.findIndex((w, i) => i > 0 && !(gongwen[i - 1]! < w));
    expect(bad === -1 ? undefined : `${gongwen[bad - 1]} / ${gongwen[bad]}`).toBeUndefined();
  });
  it('finds every word of both lists, and no prefix, extension or stranger', () => {
    expect([...gongwen, ...words('official-new-words.txt')].filter((w) => !isOfficialWord(w))).toEqual([]);
    const set = new Set(gongwen);
    const strangers = gongwen.flatMap((w) => [w.slice(0, -1), `${w}的`, `的${w}`]).filter((w) => w && !set.has(w) && isOfficialWord(w) && !words('official-new-words.txt').includes(w));
    expect(strangers).toEqual([]);
    expect(isOfficialWord('')).toBe(false);
    expect(isOfficialWord('#')).toBe(false);
  });
  it('SortedLines skips opening comments and CRs, and finds the first and last word', () => {
    const s = new SortedLines('# note\r\n# more\n一\r\n丁\r\n七\n万\n');
    expect(['一', '丁', '七', '万'].map((w) => s.has(w))).toEqual([true, true, true, true]);
    expect(['# note', '# more', '丁七', '三', '\r', '一\r', '万\n'].map((w) => s.has(w))).toEqual([false, false, false, false, false, false, false]);
    expect(new SortedLines('').has('')).toBe(false);
    expect(new SortedLines('# only').has('# only')).toBe(false);
  });
  it('SortedLines lists the words with a prefix, in order, and the same as a scan of the list', () => {
    const s = new SortedLines('# note\r\n一\r\n一二\r\n一二三\n一三\n丁\n七\n七七\n');
    expect(s.withPrefix('一')).toEqual(['一', '一二', '一二三', '一三']);
    expect(s.withPrefix('一二')).toEqual(['一二', '一二三']);
    expect(s.withPrefix('七')).toEqual(['七', '七七']);
    expect(s.withPrefix('万')).toEqual([]);
    expect(s.withPrefix('#')).toEqual([]);
    const list = new SortedLines(fs.readFileSync(path.join(DATA, 'gongwen-words.txt'), 'utf8'));
    for (const w of gongwen.filter((_, i) => i % 97 === 0)) {
      const head = w.slice(0, 2);
      expect(list.withPrefix(head)).toEqual(gongwen.filter((x) => x.startsWith(head)));
    }
  });
  it('SortedLines finds each of n words and none between them, for every n up to 40', () => {
    for (let n = 1; n <= 40; n++) {
      const ws = Array.from({ length: n }, (_, i) => String.fromCharCode(0x4e00 + 2 * i) + (i % 3 ? 'x' : ''));
      const s = new SortedLines(ws.join('\n'));
      expect(ws.filter((w) => !s.has(w))).toEqual([]);
      expect(ws.map((w) => w + '\u0001').concat(ws.map((w) => String.fromCharCode(w.charCodeAt(0) + 1))).filter((w) => s.has(w))).toEqual([]);
    }
  });
});
