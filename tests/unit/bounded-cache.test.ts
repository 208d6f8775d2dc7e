import { describe, expect, it } from 'vitest';
import { BoundedCache, ageCaches, countCheck, ownString } from '../../server/src/engine/util/bounded-cache';

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
  it('over a bound, the entries neither stored nor used since the last sweep go at once', () => {
    const c = new BoundedCache<number>(3, 1000);
    for (const k of ['a', 'b', 'c', 'd']) c.set(k, 1);
    // All four were new: the oldest went, the others start over as unused.
    expect(c.get('a')).toBeUndefined();
    expect(c.get('b')).toBe(1);
    c.set('e', 1);
    // c and d were not used since the sweep; b was, and e is new.
    expect(c.get('c')).toBeUndefined();
    expect(c.get('d')).toBeUndefined();
    expect(c.get('b')).toBe(1);
    expect(c.get('e')).toBe(1);
    expect(c.size).toBe(2);
  });
  it('far under its bounds, drops what no check used for a while (an editing session\'s replaced lines)', () => {
    ageCaches();
    const c = new BoundedCache<number>(1_000_000, 100_000_000);
    const live = Array.from({ length: 50 }, (_, i) => `line ${i}`);
    for (let edit = 0; edit < 2000; edit++) {
      countCheck();
      for (const k of live) if (c.get(k) === undefined) c.set(k, 1);
      // Each check replaces one line by a new version: the old one is never asked for again.
      const i = edit % live.length;
      live[i] = `line ${i} v${edit}`;
      c.set(live[i]!, 1);
    }
    // Without the age sweep all 2,050 versions stay (the bounds are far away).
    expect(c.size).toBeLessThanOrEqual(50 + 32 + 8 + 1);
    for (const k of live) expect(c.get(k)).toBe(1);
  });
  it('drops replaced lines as they come, however many edits a check covers', () => {
    ageCaches();
    const c = new BoundedCache<number>(1_000_000, 100_000_000);
    // 100 lines of 200 characters; a busy machine checks after tens of keystrokes, so each
    // check finds 20 of them replaced by new versions.
    const version = (i: number, v: number) => `${i}:${v}:`.padEnd(200, '长');
    const live = Array.from({ length: 100 }, (_, i) => version(i, 0));
    const liveChars = 100 * 200;
    let most = 0;
    for (let check = 1; check <= 300; check++) {
      countCheck();
      for (const k of live) if (c.get(k) === undefined) c.set(k, 1);
      most = Math.max(most, c.heldChars);
      for (let j = 0; j < 20; j++) {
        const i = (check * 37 + j * 5) % 100;
        live[i] = version(i, check);
      }
    }
    // A sweep every 32 checks of what the last 8 did not use kept up to 40 checks' replaced
    // lines: eight times the live ones (160,000 characters besides 20,000).
    expect(most).toBeLessThanOrEqual(2 * liveChars);
    for (const k of live) if (c.get(k) === undefined) c.set(k, 1);
    for (const k of live) expect(c.get(k)).toBe(1);
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
