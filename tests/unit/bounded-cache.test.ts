import { describe, expect, it } from 'vitest';
import { BoundedCache, ownString } from '../../server/src/engine/util/bounded-cache';

describe('BoundedCache', () => {
  it('keeps at most maxEntries, oldest out first', () => {
    const c = new BoundedCache<number>(3, 1000);
    for (const k of ['a', 'b', 'c', 'd']) c.set(k, k.charCodeAt(0));
    expect(c.size).toBe(3);
    expect(c.get('a')).toBeUndefined();
    expect(c.get('d')).toBe(100);
  });
  it('keeps the characters of its keys under maxChars, and refuses a key longer than that', () => {
    const c = new BoundedCache<number>(100, 10);
    c.set('12345', 1);
    c.set('67890', 2);
    c.set('abc', 3);
    expect(c.heldChars).toBeLessThanOrEqual(10);
    expect(c.get('12345')).toBeUndefined();
    expect(c.get('abc')).toBe(3);
    c.set('x'.repeat(11), 4);
    expect(c.get('x'.repeat(11))).toBeUndefined();
  });
  it('re-setting a key does not count its characters twice', () => {
    const c = new BoundedCache<number>(100, 10);
    for (let i = 0; i < 20; i++) c.set('abcde', i);
    expect(c.heldChars).toBe(5);
    expect(c.get('abcde')).toBe(19);
  });
});

describe('ownString', () => {
  it('copies every code unit, lone surrogates included', () => {
    const s = `前缀\ud800中间\udc00后缀${'长'.repeat(20)}`;
    expect(ownString(s)).toBe(s);
    expect(ownString(s.slice(1, 30))).toBe(s.slice(1, 30));
  });
});
