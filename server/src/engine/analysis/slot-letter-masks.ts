/**
 * A word a site's keyword filter replaced with one capital letter, glued into the Chinese text around
 * it: `村“两委”处在D组织最末梢…是D和政府联系人民群众…是D的二十大之后` (D for the word filtered).
 * X is the slot finders' own; any other capital is a mask when, on one line, it stands alone between
 * Chinese characters at least twice before different words. A letter naming a grade, class, zone or
 * model (`A级景区`, `B超`, `C位`, `D级危房`, `A股`, `B端`) is no mask: those words after it are left out.
 */
import type { Candidate } from './slot-marks';

/** A lone capital (no Latin letter or digit on either side) between Chinese characters. */
const LONE_CAPITAL_RE = /(?<=[\u4e00-\u9fff])[A-WYZ](?=[\u4e00-\u9fff])/g;
/** What a capital names when it grades or labels the word after it. */
const LABELLED_RE = /^[级級类類型股超区區座栋棟号號轮輪端位线線字档檔证證照站方次世恤面图圖多币幣歌群版盘盤台臺光片罩口门門点點项項期栏欄键鍵楼樓幢排组組队隊]/;
/** A line that may hold one (the slot finders run on lines that hint at a slot only). */
export const LETTER_MASK_HINT = /[\u4e00-\u9fff][A-WYZ][\u4e00-\u9fff]/;
/** Uses on one line, before different words, that make a letter a mask. */
const MIN_USES = 2;

export function letterMaskCandidates(line: string): Candidate[] {
  if (!LETTER_MASK_HINT.test(line)) return [];
  const byLetter = new Map<string, number[]>();
  LONE_CAPITAL_RE.lastIndex = 0;
  for (let m = LONE_CAPITAL_RE.exec(line); m; m = LONE_CAPITAL_RE.exec(line)) {
    if (LABELLED_RE.test(line[m.index + 1]!)) continue;
    const at = byLetter.get(m[0]);
    if (at) at.push(m.index);
    else byLetter.set(m[0], [m.index]);
  }
  const out: Candidate[] = [];
  for (const at of byLetter.values()) {
    if (at.length < MIN_USES || new Set(at.map((i) => line[i + 1])).size < MIN_USES) continue;
    for (const i of at) out.push({ start: i, end: i + 1, latin: true });
  }
  return out;
}
