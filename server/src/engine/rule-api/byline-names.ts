/**
 * Bylines in news copy: a role (`记者`, `通讯员`, `摄影`; the credits under a story: `制作`, `责编`, `审核`), then a name, set apart by a space on purpose.
 * Owner: typography rules (cjk-space).
 */
import { SURNAMES } from './leader-titles';
import { SURNAMES as COMMON_SURNAMES } from '../analysis/typo-accept';
import { simplifiedLine } from '../analysis/traditional';

const BYLINE_ROLE_RE = /(记者|記者|通讯员|通訊員|摄影|攝影|编辑|編輯|作者|撰稿|供稿|主持人|整理|制作|製作|责编|責編|美编|美編|审核|審核|校对|校對|监制|監製|策划|策劃|翻译|翻譯)$/;
/** A byline's role opening the words after the space, and a paper or station ending those before it. */
const BYLINE_ROLE_OPENS_RE = /^(?:记者|記者|通讯员|通訊員)/;
const OUTLET_END_RE = /(?:报|報|社|台|网|網|刊)$/;
const BYLINE_NAMES_RE = /(?:记者|記者|通讯员|通訊員)[\u4e00-\u9fff]{2,3}$/;
/**
 * A name after a byline's role, or after the first name of one (`记者方蓉 朱波`): a surname opens it
 * (read in simplified characters too), or it is a short name the byline closes on (`（记者 傅长琪）`).
 */
export function bylineName(text: string, left: string, right: string, end: number): boolean {
  const name = right.replace(/[摄攝]$/, '');
  const closes = name.length >= 2 && name.length <= 3 && /^[)）、\s]/.test(text[end + right.length] ?? '\n');
  const first = right[0]!;
  const surname = SURNAMES.has(first) || SURNAMES.has(simplifiedLine(first)) || COMMON_SURNAMES.has(simplifiedLine(first));
  if (BYLINE_ROLE_RE.test(left)) return right.length >= 2 && (surname || closes);
  // The paper, then its reporters (`（湖北日报 记者蔡朝阳、翟兴波）`).
  if (BYLINE_ROLE_OPENS_RE.test(right) && OUTLET_END_RE.test(left)) return true;
  // A reporter's name, then the next role (`本报记者谭卫平 通讯员鲁来顺报道`).
  if (BYLINE_NAMES_RE.test(left) && BYLINE_ROLE_OPENS_RE.test(right)) return true;
  return BYLINE_NAMES_RE.test(left) && closes && surname;
}

