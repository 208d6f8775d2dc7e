/**
 * data/confusions.txt, which the typo rule reads, is confusions.json merged: for each
 * character, our OCR look-alikes, then the public look-alikes (either way round), then the
 * sound-alikes, each in source order, once, and without those before, then (a fourth column)
 * the glyph look-alikes none of those gives, then (a fifth) the look-alikes that make only
 * words jieba rates low. Rerun tools/prepare-confusions.mjs when this fails.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const DATA = path.resolve(__dirname, '..', '..', 'server', 'src', 'engine', 'data');
const SHAPE = ['ecspellShape', 'pycorrectorStroke', 'ecspellShapeReverse'];
const SOUND = ['pycorrectorPinyin', 'ecspellSound'];

describe('confusions.txt', () => {
  it('is confusions.json merged, line for line', () => {
    const data = JSON.parse(readFileSync(path.join(DATA, 'confusions.json'), 'utf8')) as Record<string, Record<string, string>>;
    const expected = new Map<string, string>();
    const curated = data.curatedShape!;
    const keys = new Set([...Object.keys(curated), ...[...SHAPE, ...SOUND].flatMap((s) => Object.keys(data[s]!)), ...Object.keys(data.glyphShape ?? {}), ...Object.keys(data.rareShape ?? {})]);
    for (const k of keys) {
      const own = curated[k] ?? '';
      let looks = '';
      for (const s of SHAPE) for (const c of data[s]![k] ?? '') if (!own.includes(c) && !looks.includes(c)) looks += c;
      let sounds = '';
      for (const s of SOUND) for (const c of data[s]![k] ?? '') if (!own.includes(c) && !looks.includes(c) && !sounds.includes(c)) sounds += c;
      let glyphs = '';
      for (const c of data.glyphShape?.[k] ?? '') if (!own.includes(c) && !looks.includes(c) && !sounds.includes(c) && !glyphs.includes(c)) glyphs += c;
      let rares = '';
      for (const c of data.rareShape?.[k] ?? '') if (!`${own}${looks}${sounds}${glyphs}${rares}`.includes(c)) rares += c;
      expected.set(k, `${own}\t${looks}\t${sounds}${glyphs || rares ? `\t${glyphs}` : ''}${rares ? `\t${rares}` : ''}`);
    }
    const lines = readFileSync(path.join(DATA, 'confusions.txt'), 'utf8').split('\n');
    expect(lines[0]).toMatch(/^# /);
    expect(lines.at(-1)).toBe('');
    const actual = new Map(lines.slice(1, -1).map((l) => [l[0]!, l.slice(1)]));
    expect(actual.size).toBe(lines.length - 2);
    // Every line has its first three columns, empty or not (掼: no sound-alikes).
    for (const v of actual.values()) expect(v.split('\t').length).toBeGreaterThanOrEqual(3);
    expect(actual).toEqual(expected);
    // The rule's own OCR pairs are there (人 for 入…).
    expect(actual.get('人')!.split('\t')[0]).toContain('入');
    // ECSpell lists 砚 under 规 only: read the other way round, 砚 may stand for 规.
    expect(data.ecspellShape!['规']).toContain('砚');
    expect(actual.get('砚')!.split('\t')[1]).toContain('规');
    // Look-alikes on the glyphs that no list gives (仪/仅, one dot apart) come last, in a fourth column.
    expect(actual.get('仅')!.split('\t')[3]).toContain('仪');
    // Look-alikes that make only words jieba rates low (烊 for 佯: 打烊) come fifth.
    expect(actual.get('佯')!.split('\t')[4]).toContain('烊');
  });
});
