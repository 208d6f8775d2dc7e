/**
 * A document site's collection page: several drafts under one page title that counts them
 * (`…致辞5篇`, `…讲话稿范文（精选10篇）`, `…讲话汇编-13篇`, `两篇…党课`), each under a label that numbers
 * it (`篇一`, `…致辞 篇1`, `【篇一:…】`, `第1篇:…`, `…讲话稿1`, `…发言词一`). Neither the page title nor a
 * piece's label is the title of a draft to be dated. Line-local and linear.
 */
import type { SpeechDocument, TitleInfo } from './document';

const CN_NUM = '[一二三四五六七八九十]{1,3}';
/** The page title counts its pieces: `5篇`, `(精选10篇)`, `(汇总16篇)`, `-13篇`, `两篇…` at its head. */
const COUNT_RE = new RegExp(
  String.raw`(?:\d{1,3}|${CN_NUM}|[两几多])篇(?:[ \u3000]*[)）】\]]|[ \u3000]*$|[(（])|^[ \u3000]*(?:[两二三四五六七八九十]|\d{1,2})篇(?![章幅])|(?:精选|通用|实用|汇总|合集|汇编|精编|优选|推荐|热门|优秀|经典)[ \u3000]*\d{1,3}篇`,
);
/** A piece's label: `篇1`, `篇 一`, `第1篇:`, in or around its title (`【篇一:建设项目开工典礼致辞`). */
const PIECE_LABEL_RE = new RegExp(String.raw`(?:^|[^\u4e00-\u9fff]|[辞辭稿词詞话話言文告书書课課])篇[ \u3000]*(?:\d{1,2}|${CN_NUM})(?=$|[\s:：】\]）)、.])|第(?:\d{1,2}|${CN_NUM})篇[ \u3000]*[:：]`);
/** A title numbered at its end, as a collection numbers its pieces: `…讲话稿1`, `…发言词一`, `…致辞（二）`. */
const NUMBERED_END_RE = new RegExp(String.raw`[\u4e00-\u9fff][ \u3000]*(?:\d{1,2}|${CN_NUM}|[（(](?:\d{1,2}|${CN_NUM})[）)])[ \u3000]*$`);
/** A piece's number between its title and the salutation glued after it. */
const GLUED_NUMBER_RE = new RegExp(String.raw`^[ \u3000]*(?:\d{1,2}|${CN_NUM})(?![\d.．、])`);
/** A site's intro says it gathered several: `小编为你整理了几篇…范文`. */
const GATHERED_RE = /(?:整理|收集|精选|汇总|分享)[^，,。]{0,6}(?:几|多|\d{1,2}|[两三四五六七八九十])篇/;
/** A piece's label is a title's length. */
const MAX_LABEL_LINE = 60;
/** How many lines from the top may hold the page's title or intro. */
const HEAD_LINES = 40;

/** Whether a line is a collection page's title (it counts its pieces). */
export function isCollectionTitle(text: string): boolean {
  return COUNT_RE.test(text.trim());
}

/**
 * Whether a title is a collection's page title (it counts its pieces) or one of its pieces on a page that shows
 * it collects several: a count or a site's "gathered several" intro, or another piece's label near the head. A
 * lone piece with its label (`开工典礼致辞 篇1` and its text) is a draft all the same, its title to be dated.
 */
export function isCollectionLabel(doc: SpeechDocument, title: TitleInfo): boolean {
  const text = doc.text.slice(title.start, title.end).trim();
  // A title broken over two lines (`…致辞5篇` / `…致辞一`) is judged a line at a time.
  const parts = text.split(/\r?\n/);
  if (parts.some((t) => isCollectionTitle(t))) return true;
  // A number right after the title, where the copy glued the piece's salutation on: `小学校长开学讲话稿1尊敬的…`.
  const last = doc.lines[title.lastLine]!;
  const glued = GLUED_NUMBER_RE.test(doc.text.slice(title.end, last.end));
  const piece = glued || parts.some((t) => PIECE_LABEL_RE.test(t.trim()) || NUMBERED_END_RE.test(t));
  const end = Math.min(doc.lines.length, HEAD_LINES);
  for (let i = 0; i < end; i++) {
    if (i >= title.firstLine && i <= title.lastLine) continue;
    const t = doc.lines[i]!.text;
    if (piece && (COUNT_RE.test(t) || GATHERED_RE.test(t))) return true;
    // Another piece's label near the head (`国庆节致辞范文` above `国庆节致辞范文篇1`, `第一篇:…`).
    if (t.length <= MAX_LABEL_LINE && PIECE_LABEL_RE.test(t.trim())) return true;
  }
  return false;
}
