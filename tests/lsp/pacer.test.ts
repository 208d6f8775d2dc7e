/**
 * The edit pacer: a lone edit is checked at once, a burst waits for a quiet spell scaled to
 * the check's cost, and continuous typing is answered at least every maxWaitMs.
 */
import { describe, expect, it } from 'vitest';
import { EditPacer } from '../../server/src/lsp/pacer';

const U = 'file:///draft.txt';
const opts = { maxWaitMs: 200, minQuietMs: 20, maxQuietMs: 150, pauseMs: 100 };

describe('EditPacer', () => {
  it('checks the first edit after a pause at once', () => {
    const p = new EditPacer(opts);
    p.edited(U, 1000);
    expect(p.wait(U, 1000)).toBe(0);
    p.checked(U, 1000, 1030, 30);
    // A second lone edit long after: at once again.
    p.edited(U, 5000);
    expect(p.wait(U, 5000)).toBe(0);
  });

  it('an edit long after the previous one is checked at once, however recently a check ended', () => {
    const p = new EditPacer(opts);
    p.edited(U, 0);
    p.checked(U, 0, 140, 140);
    p.edited(U, 150); // 150 ms after the last edit, 10 ms after the check: a new burst
    expect(p.wait(U, 150)).toBe(0);
  });

  it('an edit a check\'s cost after the previous one is checked at once (one edit after each answer)', () => {
    const p = new EditPacer(opts);
    p.edited(U, 0);
    p.checked(U, 0, 30, 30);
    p.edited(U, 31); // right after the answer, 31 ms after the previous edit: not faster than the checks
    expect(p.wait(U, 31)).toBe(0);
    p.checked(U, 31, 61, 30);
    p.edited(U, 80); // 49 ms: still not faster than a check
    expect(p.wait(U, 80)).toBe(0);
  });

  it('in a burst waits about twice the last check cost after the last edit', () => {
    const p = new EditPacer(opts);
    p.edited(U, 0);
    p.checked(U, 0, 30, 30);
    p.edited(U, 40);
    p.checked(U, 40, 70, 30);
    p.edited(U, 75); // 35 ms after the previous edit, but a second edit…
    p.edited(U, 90); // …and a third before a check: typing goes on
    expect(p.wait(U, 90)).toBe(90 + 70 - 90);
    p.edited(U, 100);
    expect(p.wait(U, 100)).toBe(70);
  });

  it('edits faster than the checks make a burst', () => {
    const p = new EditPacer(opts);
    p.edited(U, 0);
    p.checked(U, 0, 60, 60);
    p.edited(U, 70);
    p.checked(U, 70, 130, 60);
    p.edited(U, 150); // 80 ms after the previous edit: a check (60) fits in between, at once
    expect(p.wait(U, 150)).toBe(0);
    p.checked(U, 150, 210, 60);
    p.edited(U, 190); // 40 ms after the previous edit (it came in during the check): waits
    expect(p.wait(U, 190)).toBeGreaterThan(0);
  });

  it('never lets continuous typing wait longer than maxWaitMs', () => {
    const p = new EditPacer(opts);
    p.edited(U, 0);
    p.checked(U, 0, 100, 100); // dear check: quiet spell 150 ms (capped)
    let firstPending = -1;
    for (let t = 110; t < 1000; t += 50) {
      p.edited(U, t);
      if (firstPending < 0) firstPending = t;
      const due = t + p.wait(U, t);
      expect(due).toBeLessThanOrEqual(firstPending + 200);
      if (due <= t + 50) {
        // The check runs before the next keystroke.
        p.checked(U, due, due + 100, 100);
        firstPending = -1;
        t = due + 100 - 50;
      }
    }
  });

  it('keeps edits that arrived during a check pending', () => {
    const p = new EditPacer(opts);
    p.edited(U, 0);
    p.edited(U, 5);
    p.edited(U, 15); // after the check started at 10
    p.checked(U, 10, 40, 30);
    expect(p.wait(U, 40)).toBeGreaterThan(0);
    expect(p.wait(U, 40)).toBeLessThanOrEqual(200);
  });

  it('a cached result (cost 0) keeps the known cost', () => {
    const p = new EditPacer(opts);
    p.edited(U, 0);
    p.checked(U, 0, 60, 60);
    p.checked(U, 70, 70, 0);
    p.edited(U, 80);
    p.edited(U, 100); // a second edit before a check: a burst, quiet spell 2 × 60 + 10 ms
    expect(p.wait(U, 100)).toBe(130);
  });

  it('forgets closed documents', () => {
    const p = new EditPacer(opts);
    p.edited(U, 0);
    p.forget(U);
    expect(p.wait(U, 1)).toBe(0);
  });
});
