/**
 * A fix whose edits are made when first read. A draft-wide fix (every half-width mark of a
 * 1 MB draft, every traditional character of a section) has tens of thousands of edits;
 * the editor re-checks on every keystroke and shows only the finding, and asks for the
 * edits when the writer picks the fix. Made on first read, then kept: JSON, a worker's
 * message and fix-all see an ordinary array. How many there are is known without making them.
 */
/** The shapes of model/types' TextEdit and Fix (util/ imports nothing of the engine). */
interface TextEdit {
  start: number;
  end: number;
  newText: string;
}
interface Fix {
  title: string;
  edits: TextEdit[];
  safe: boolean;
}

const COUNT = Symbol('editCount');

type Counted = Fix & { [COUNT]?: number };

/** A fix with `count` edits, made by `make` when its `edits` are first read. */
export function lazyFix<E extends TextEdit>(title: string, count: number, make: () => E[], safe: boolean): { title: string; edits: E[]; safe: boolean } {
  let edits: E[] | undefined;
  const fix = { title } as Counted & { edits: E[] };
  // In the order of an ordinary fix (title, edits, safe): JSON output keeps its shape.
  Object.defineProperty(fix, 'edits', {
    enumerable: true,
    configurable: true,
    get: () => (edits ??= make()),
    set: (v: E[]) => void (edits = v),
  });
  fix.safe = safe;
  Object.defineProperty(fix, COUNT, { value: count });
  return fix;
}

/** How many edits `fix` has, without making a lazy fix's edits. */
export function editCount(fix: Fix): number {
  return (fix as Counted)[COUNT] ?? fix.edits.length;
}
