/**
 * The 3,755 most common Chinese characters (GB 2312 level 1, 一级汉字), read from the runtime's
 * GBK decoder on first use; `null` where the runtime cannot decode GBK (a build of Node
 * without full ICU): callers then treat every character as common.
 */
let commonHan: Set<string> | null | undefined;

export function commonHanSet(): Set<string> | null {
  if (commonHan !== undefined) return commonHan;
  try {
    const d = new TextDecoder('gbk');
    const bytes = new Uint8Array(2 * 40 * 94);
    let k = 0;
    for (let r = 0xb0; r <= 0xd7; r++)
      for (let c = 0xa1; c <= 0xfe; c++) {
        bytes[k++] = r;
        bytes[k++] = c;
      }
    commonHan = new Set(d.decode(bytes));
  } catch {
    commonHan = null;
  }
  return commonHan;
}
