/**
 * Slots written in brackets: an instruction (`【请填写单位名称】`, `(此处填写……)`), the name of a
 * field (`[姓名]`, `{校名}`), choices (`[行业/领域]`), a labelled line's value (`参会人员：[明确范围]`)
 * or only stand-in marks (`【××】`). A label at a line's head followed by its value
 * (`【日期】2024年…`) is no slot. One regex pass over a line finds the brackets (slot-marks.ts).
 */
import type { SlotKind } from './slots';
import type { Candidate } from './slot-marks';
import { HAN } from '../util/han';
import { atLineHead } from './slot-text';

/**
 * Text inside brackets that asks for content: an instruction, or the name of a field (`[村名]`, `{校名}` too),
 * or a template's note that a part was left out for each user to write (`（成绩问题部分各地不同，不再详细阐述）`).
 */
const INSTRUCTION =
  /填写|填入|请填|请输入|输入|插入|补充|待补|待填|待定|待核|待完善|待确认|此处|这里填|你可以|您可以|[可请]自行|自行(?:修改|替换|填|添加|删减|调整)|准确替换|进行替换|^(?:名称|单字|文字|字词|词语|人名|地名|名字|单位)替换$|^[ \u3000]*(?:略|空白?)[ \u3000]*$|(?:各地|各单位|本部分|该部分|以下|此段|本段).{0,16}(?:不再|从略|省略|不一一|不作)/;
const FIELD = new RegExp(String.raw`^[${HAN}/]{0,8}(?:姓名|名称|名字|人名|日期|时间|地点|职务|内容|数字|数据|金额|人数|年份|单位|部门)$|^[${HAN}]{1,3}名$`);
/** In round brackets only the unmistakable fields: `（联系人姓名）`, `（单位名称）`. */
/** `[行业/领域]`, `【地区/部门】`: choices offered to the writer, to pick one (a bracket, not round: `县(市)` is a name). */
const CHOICES = new RegExp(String.raw`^[${HAN}]{1,6}(?:/[${HAN}]{1,6})+$`);
const PAREN_FIELD = new RegExp(String.raw`^[${HAN}]{0,6}(?:姓名|名称|名字)$`);
/** `（单位全称/发文机关）`, `(指定人员/部门)`: fields offered as choices, each one a field's name. */
const PAREN_FIELD_CHOICES = new RegExp(String.raw`^(?:[${HAN}]{0,4}(?:全称|名称|姓名|单位|机关|部门|人员)/)+[${HAN}]{0,4}(?:全称|名称|姓名|单位|机关|部门|人员)$`);
/** `称谓（或单位名称）`, `（如单位名称）`: a note naming an alternative or an example, not a slot. */
const PAREN_NOTE = /^(?:或|或者|如|例如|比如|即|含|包括|也可|以及)/;
/** In square brackets, what to write spelled out: `[具体成就]`, `【简述事迹】` (round ones are notes: `（具体安排另行通知）`). */
const SQUARE_INSTRUCTION = /^(?:具体|简述|简要)/;
/**
 * `关于授予[荣誉称号]的决定`, `对在[具体工作领域或活动]中`: Chinese words in plain square brackets
 * inside a sentence stand where the writer puts the real words (not `[打印本页]`, `[1]`, `[破题]` at a line's head).
 */
const EMBEDDED_RE = new RegExp(String.raw`^[${HAN}、/]{2,12}$`);
const EMBEDDED_BEFORE_RE = new RegExp(String.raw`[${HAN}、，：:“（]`);
const EMBEDDED_AFTER_RE = new RegExp(String.raw`[${HAN}，。；、：”）]`);
/** Angle brackets too: `<姓名>`, `〈单位〉`, as mail-merge templates write a field (`《关于修改〈…法〉的决定》` names no field). */
const BRACKETS: ReadonlyArray<[string, string]> = [['【', '】'], ['〔', '〕'], ['［', '］'], ['[', ']'], ['{', '}'], ['｛', '｝'], ['（', '）'], ['(', ')'], ['<', '>'], ['〈', '〉'], ['＜', '＞']];
export const BRACKET_RE = /[【〔［[{｛（(<〈＜][^【】〔〕［］[\]{}｛｝（）()<>〈〉＜＞\n]{1,30}[】〕］\]}｝）)>〉＞]/g;

export function bracketKind(content: string): SlotKind {
  if (/姓名|名字|人名/.test(content)) return 'name';
  if (/日期|时间/.test(content)) return 'date';
  if (/地点|地名|[村镇乡县市区省州]名/.test(content)) return 'place';
  if (/数字|数据|金额|人数/.test(content)) return 'number';
  if (/单位/.test(content)) return 'unit';
  return 'other';
}

/** A field label at the head of a line, numbered or not: `三、参会人员：`, `地点:`. */
const LABEL_BEFORE = new RegExp(String.raw`^[\s]*(?:[一二三四五六七八九十]+、|\d+[.．、]|[（(][一二三四五六七八九十\d]+[）)])?[\s]*[${HAN}]{1,8}[\s]*[：:][\s]*$`);

/** A label's value in brackets: Chinese words, separated by 、 or /. */
const LABEL_VALUE_RE = new RegExp(String.raw`^[${HAN}/、]{2,12}$`);

/**
 * A bracket that is the whole value of a labelled line (`三、参会人员：[明确范围]`): the label
 * asks for the value, the bracket says what to put there.
 */
function isLabelValue(line: string, m: RegExpExecArray): boolean {
  const end = m.index + m[0].length;
  return (
    m.index <= 24 &&
    LABEL_VALUE_RE.test(m[0].slice(1, -1)) &&
    LABEL_BEFORE.test(line.slice(0, m.index)) &&
    /^[\s。；;，,]*$/.test(line.slice(end, end + 4)) &&
    end + 4 >= line.length
  );
}

export function bracketCandidate(line: string, m: RegExpExecArray, allMarks: RegExp): Candidate | undefined {
  const open = m[0][0]!;
  const close = m[0][m[0].length - 1]!;
  if (!BRACKETS.some(([o, c]) => o === open && c === close)) return undefined;
  const content = m[0].slice(1, -1).trim();
  // `领导同志（    ）`: brackets holding only spaces are a frame left for a name or figure.
  const blank = content === '' && /^[ \u3000\u00a0]+$/.test(m[0].slice(1, -1));
  const paren = open === '（' || open === '(';
  const square = open === '[' || open === '［' || open === '【';
  const embedded = (open === '[' || open === '［') && EMBEDDED_RE.test(content) && EMBEDDED_BEFORE_RE.test(line[m.index - 1] ?? '') && EMBEDDED_AFTER_RE.test(line[m.index + m[0].length] ?? '');
  const asks =
    blank || INSTRUCTION.test(content) || (square && SQUARE_INSTRUCTION.test(content)) || embedded || (paren ? (PAREN_FIELD.test(content) || PAREN_FIELD_CHOICES.test(content)) && !PAREN_NOTE.test(content) : FIELD.test(content) || CHOICES.test(content) || isLabelValue(line, m));
  const marks = !paren && allMarks.test(content);
  if (!asks && !marks) return undefined;
  // `【日期】2024年…`: a label at the head of a line, followed by its value.
  const after = line.slice(m.index + m[0].length, m.index + m[0].length + 8).trim();
  if (atLineHead(line, m.index) && after !== '' && !/^[，。；：,.;:+＋]/.test(after) && !INSTRUCTION.test(content)) return undefined;
  // `{{日期}}`, `[[姓名]]`: a template engine's doubled brackets are the slot's too (filling the inner pair would leave the outer one).
  const doubled = line[m.index - 1] === open && line[m.index + m[0].length] === close ? 1 : 0;
  return { start: m.index - doubled, end: m.index + m[0].length + doubled, latin: false, ...(asks ? { kind: blank ? 'blank' : bracketKind(content) } : {}) };
}
