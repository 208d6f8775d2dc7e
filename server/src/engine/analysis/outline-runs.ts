/** The outline's numbered runs, shared by `outline-sequence` and `enum-count`. */
import type { OutlineItem, OutlineStyle } from './outline';

/**
 * The numbered sequences of the outline: under each parent, the children of one style,
 * split where numbering restarts at 1. Shared by `outline-sequence` and `enum-count`.
 */
export function outlineSequences(roots: readonly OutlineItem[]): OutlineItem[][] {
  const out: OutlineItem[][] = [];
  const visit = (children: readonly OutlineItem[]) => {
    // Per style, the runs still open, innermost last: a list may restart inside an item of its
    // own style (`四是…掌握两个原则：一是…；二是…。` then `五是…`), and the outer one goes on after it.
    const open = new Map<OutlineStyle, OutlineItem[][]>();
    for (const c of children) {
      const stack = open.get(c.style);
      if (!stack || c.ordinal === 1) {
        const fresh = [c];
        if (!stack) open.set(c.style, [fresh]);
        else if (stack.push(fresh) > MAX_OPEN) stack.shift();
        out.push(fresh);
      } else {
        // A list inside the paragraph of an item of the outer one ends with that paragraph.
        while (stack.length > 1 && nestedIn(stack[stack.length - 1]!, stack[stack.length - 2]!) && c.line > last(stack[stack.length - 1]!).line) stack.pop();
        let k = stack.length - 1;
        if (!continues(stack[k]!, c)) for (let j = k - 1; j >= 0; j--) if (continues(stack[j]!, c)) k = j;
        stack.length = k + 1;
        stack[k]!.push(c);
      }
      visit(c.children);
    }
  };
  visit(roots);
  return out;
}

/** Runs of one style kept open at once (a list in a list in a list). */
const MAX_OPEN = 3;
const last = (run: readonly OutlineItem[]) => run[run.length - 1]!;

/** Whether `inner` stands wholly on the line of `outer`'s last item (`二是…两个原则：一是…；二是…`). */
function nestedIn(inner: readonly OutlineItem[], outer: readonly OutlineItem[]): boolean {
  const line = last(outer).line;
  return inner[0]!.line === line && last(inner).line === line;
}

/** Whether `item` is the next number of `run`. */
function continues(run: readonly OutlineItem[], item: OutlineItem): boolean {
  return run[run.length - 1]!.ordinal + 1 === item.ordinal;
}
