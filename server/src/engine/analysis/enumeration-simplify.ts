/**
 * The traditional characters the enumeration patterns read (`三點意見`), simplified one to one so the
 * patterns and their offsets hold. Split from enumerations.ts. Owner: structure rules.
 */

/** Traditional forms of the characters the patterns read, mapped one to one. */
const TRAD: Record<string, string> = {
  個: '个', 點: '点', 項: '项', 條: '条', 種: '种', 問: '问', 題: '题', 層: '层', 維: '维', 環: '环', 節: '节',
  話: '话', 關: '关', 係: '系', 務: '务', 見: '见', 議: '议', 體: '体', 會: '会', 兩: '两', 這: '这', 樣: '样',
  認: '认', 識: '识', 說: '说', 講: '讲', 談: '谈', 幾: '几', 導: '导', 堅: '坚', 轉: '转', 變: '变', 實: '实',
  經: '经', 驗: '验', 處: '处', 標: '标',
};
const IS_TRAD = new Uint8Array(0x10000);
for (const c of Object.keys(TRAD)) IS_TRAD[c.charCodeAt(0)] = 1;

/** The text with TRAD's characters simplified (the same length); the text itself when it has none. */
export function simplify(text: string): string {
  // Pieces between the few characters that change, joined once (a replace with a callback cost milliseconds a keystroke).
  let parts: string[] | undefined;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (IS_TRAD[text.charCodeAt(i)] !== 1) continue;
    (parts ??= []).push(text.slice(from, i), TRAD[text[i]!]!);
    from = i + 1;
  }
  if (!parts) return text;
  parts.push(text.slice(from));
  return parts.join('');
}
