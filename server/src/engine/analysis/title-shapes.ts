/**
 * The shapes of a speech title (split from anatomy.ts): the words it ends with, and a title glued to
 * its text by a copy, with what may stand before it on its line.
 */

/** The kinds of text a speech title ends with (simplified and traditional); a draft's copy says so (`发言稿`, `讲话文稿`, `讲话材料`). */
export const SPEECH_WORD =
  '(?:(?:讲话|講話|发言|發言|致辞|致辭)(?:文?稿|材料)|讲话|致辞|致词|发言|报告|(?<!演)讲稿|演讲|主持词|开幕词|闭幕词|欢迎词|答谢词|贺词|贺辞|祝酒词|动员令|党课|講話|致辭|致詞|發言|報告|講稿|演講|主持詞|開幕詞|閉幕詞|歡迎詞|答謝詞|賀詞|賀辭)(?:提纲|提綱)?';
/**
 * A title glued to its text by PDF copy: `勇立潮头——在…上的讲话今年是…`, or a title run into
 * its salutation: `…工作报告各位代表：现在…`, perhaps with a note between (`…政府工作报告(2022年政府工作报告)各位代表:`),
 * the title up to 60 characters with quoted words in it (`强化“四个度”…——在市人大会议闭幕会上的讲话各位代表、同志们:`), or
 * its subtitle between (`…校长致辞创美好未来亲爱的老师们`). No clause punctuation inside the title.
 */
const NO_CLAUSE = '[^，,。、；;：:“”‘’《》！？!?]';
/** A quoted word inside a title (`强化“四个度”推进“强省会”…`, `学习贯彻“两会〞精神在…`): its quotes are no clause mark. */
const QUOTED = '“[^“”〞\\n]{1,12}[”〞]';
/** The meeting between 在 and 上: an enumeration is no clause (`在全市劳动模范、先进工作者…表彰大会上`), and it may quote (`在“百日冲刺行动”动员大会上`). */
const MEETING = `(?:${NO_CLAUSE.replace('、', '')}|${QUOTED})`;
/** What kind of speech a title may name before its word: `…会议上的主持讲话`, `…上的总结讲话`, `…上的表态发言`. */
const SPEECH_KIND = '(?:主持|总结|動員|动员|重要|表态|表態|交流|典型)';
const GLUED_TITLE_RE = new RegExp(
  `^(?:(?:${NO_CLAUSE}|${QUOTED}){0,24}在${MEETING}{2,40}?上的?${SPEECH_KIND}?${SPEECH_WORD}|(?:${NO_CLAUSE.slice(0, -1)}\\s]|${QUOTED}){2,60}?${SPEECH_WORD}(?:[\\u4e00-\\u9fff]{2,12}?)??(?=[ \\u3000]*(?:[（(][^（）()]{1,14}[）)][ \\u3000]*)?(?:\\d{1,2}[ \\u3000]*)?(?:同志们|同志們|各位|尊敬的|亲爱的|親愛的)))`,
);
/**
 * What may open a glued title's line: a PDF's page number (`1 小学落成庆典仪式致辞 各位领导、…`), a document site's page
 * marker (`1、校长在…开学典礼上的致辞老师们、…`), a site's name ending in its address (`秘书之家—全网资源每日更新 www.mishuzj.com在…`).
 */
const LEAD_RE = /^[ \t\u3000]*(?:\d{1,2}(?:[ \u3000]+|、)|[^。！？!?\n]{0,30}?(?:www\.|https?:\/\/)[A-Za-z0-9./_-]+[ \u3000]*)?/;

/** Where a title glued to its text ends in `line` (after the page number, marker or site address before it), if one opens it. */
export function gluedTitleEnd(line: string): number | undefined {
  const lead = LEAD_RE.exec(line)![0].length;
  const glued = GLUED_TITLE_RE.exec(line.slice(lead));
  return glued ? lead + glued[0].length : undefined;
}
