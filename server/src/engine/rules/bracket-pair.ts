import { defineRule } from '../rule-api/rule-helpers';
import { bodyEndOf, bracketsOf } from '../rule-api/shared-analyses';
import { openAtCut } from '../analysis/body-end';
import { TONE_MARKS } from '../util/pinyin';

const SHOWN = 16;

export const bracketPair = defineRule({
  id: 'bracket-pair',
  category: 'typography',
  description: { zh: '括号不成对', en: 'Unpaired brackets' },
  docs: { zh: '例：`【通知]`、`（一)`。', en: 'e.g. `【通知]`, `（一)`.' },
  defaultSeverity: 'warning',
  fixable: true,
  wordFindings: false,
  messages: {
    mismatch: {
      zh: '括号不配对：{found} 应为 {fixed}',
      en: 'Brackets do not match: {found} should be {fixed}',
    },
    unclosed: {
      zh: '左括号「{mark}」在本段中没有闭合：请补上「{close}」或删去',
      en: 'Opening bracket "{mark}" is never closed in its paragraph: add "{close}" or delete it',
    },
    stray: {
      zh: '右括号「{mark}」前面没有对应的左括号：请补上左括号或删去',
      en: 'Closing bracket "{mark}" has no opening bracket before it: add the opening bracket or delete it',
    },
    fixPair: { zh: '改为 {fixed}', en: 'Change to {fixed}' },
  },
  check(ctx) {
    const { problems } = bracketsOf(ctx);
    const text = ctx.text;
    for (const p of problems) {
      if (p.kind !== 'mismatch' || !p.pair) {
        const close = CLOSING[p.ch] ?? '';
        // `（总体布局和战略布` at the end of a web excerpt: the page was cut, not the bracket.
        // Unless the bracket had to close before the cut: a sentence ends after it (`(二城市建设凸显新风貌。完成…`),
        // or it opens an outline number whose text follows at once (`(一妥善解决了…`).
        if (p.kind === 'unclosed' && close !== '' && openAtCut(ctx.doc, bodyEndOf(ctx), p.pos, ANY_BRACKET_RE) && !closedBeforeCut(text, p.pos)) continue;
        // `日?qǐng)?bào)`: a converter's reading whose `(` a copy turned into `?` is pinyin residue, not a bracket.
        if (p.kind === 'stray' && p.ch === ')' && TONED_SYLLABLE_BEFORE_RE.test(text.slice(Math.max(0, p.pos - 7), p.pos))) continue;
        ctx.report({ start: p.pos, end: p.pos + 1, messageId: p.kind, params: { mark: p.ch, close }, data: { kind: p.kind, mark: p.ch } });
        continue;
      }
      const pair = p.pair;
      const content = text.slice(pair.open + 1, pair.close);
      const shown = content.length > SHOWN ? `${content.slice(0, SHOWN / 2)}…${content.slice(-SHOWN / 2)}` : content;
      const fixed = p.fixOpen! + shown + p.fixClose!;
      const edits = [];
      if (p.fixOpen !== pair.openCh) edits.push({ start: pair.open, end: pair.open + 1, newText: p.fixOpen! });
      if (p.fixClose !== pair.closeCh) edits.push({ start: pair.close, end: pair.close + 1, newText: p.fixClose! });
      const long = content.length > 60 || content.includes('\n');
      ctx.report({
        start: long ? pair.close : pair.open,
        end: pair.close + 1,
        messageId: 'mismatch',
        params: { found: pair.openCh + shown + pair.closeCh, fixed },
        fixes: [{ title: 'fixPair', params: { fixed }, edits, safe: p.certain === true }],
        data: { kind: 'mismatch' },
      });
    }
  },
});

/**
 * Whether a bracket left open on the text's last line should have closed before the text
 * stops: a sentence ends after it on that line (a note in brackets, `（注：…。`, excepted), or it is
 * a round bracket around an outline number (`(一`, `（三`) that its heading's words follow at once.
 * Only the line's rest is read (its end, or at most LINE_REST characters).
 */
function closedBeforeCut(text: string, pos: number): boolean {
  const rest = text.slice(pos + 1, pos + 1 + LINE_REST).replace(/[\r\n][\s\S]*/, '');
  if (OUTLINE_NUMBER_RE.test(text[pos]! + rest)) return true;
  return !NOTE_RE.test(rest) && SENTENCE_END_RE.test(rest);
}
const LINE_REST = 400;
/** `(一妥善解决`, `（二城市建设`: one numeral, then a word that is no numeral, date or count. */
const OUTLINE_NUMBER_RE = /^[（(](?:十[一二三四五六七八九]|[一二三四五六七八九十])(?![一二三四五六七八九十百千万零〇两年月日号个次届期条项点])\p{Script=Han}/u;
const NOTE_RE = /^(?:注|说明|备注|附|按)[：:]/;
const SENTENCE_END_RE = /[。！？!?]/;

/** A pinyin syllable with its tone mark, right before the mark. */
const TONED_SYLLABLE_BEFORE_RE = new RegExp(`[a-zü]*[${TONE_MARKS}][a-z]*$`);
const ANY_BRACKET_RE = /[（）()【】\[\]〔〕［］《》〈〉]/g;
const CLOSING: Record<string, string> = { '（': '）', '(': ')', '【': '】', '[': ']', '〔': '〕', '［': '］', '《': '》', '〈': '〉' };
