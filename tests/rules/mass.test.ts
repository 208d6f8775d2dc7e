/**
 * Mass findings (engine/rule-api/mass-findings.ts): a converter's or a copy's mark all through a draft is one
 * finding whose safe fix makes every change; below the threshold each occurrence is its own.
 */
import { describe, expect, it } from 'vitest';
import { MASS_MIN } from '../../server/src/engine/rule-api/mass-findings';
import type { RuleId } from '../../server/src/engine/model/types';
import { findings, fixed } from '../helpers';

/** Sentences of a real-sounding report, one per line, for drafts of any length. */
const SENTENCES = [
  '今年以来，全市上下坚持稳中求进工作总基调，经济运行总体平稳。',
  '全年地区生产总值增长百分之五点二，一般公共预算收入稳步增长。',
  '城乡居民收入稳步提高，民生保障水平持续提升，社会大局和谐稳定。',
  '我们坚持把项目建设作为经济工作的主抓手，一批重大项目相继落地。',
  '营商环境持续优化，市场主体活力不断增强，创新动能加快集聚。',
];

/** `n` words annotated by a ruby export, each in its own sentence of a simplified draft. */
function pinyinDraft(n: number): string {
  const words = ['建設(jiàn shè)', '發展(fā zhǎn)', '經濟(jīng jì)', '改革(gǎi gé)'];
  const lines = ['在全市工作会议上的讲话', '同志们：'];
  for (let i = 0; i < n; i++) lines.push(`要持续推进${words[i % words.length]}工作，${SENTENCES[i % SENTENCES.length]}`);
  return lines.join('\n');
}

/** A long simplified paragraph cut at a fixed width, as PDF copy leaves it: `n` cuts inside sentences. */
function pdfDraft(n: number): string {
  let body = '';
  while (body.length < 24 * (n + 1)) body += SENTENCES.join('');
  // Lines of 24 characters that end inside a sentence (no closing mark at the cut).
  const lines: string[] = [];
  let rest = body;
  while (lines.length < n + 1) {
    let cut = 24;
    while (/[。，！？；：]/.test(rest[cut - 1]!)) cut--;
    lines.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  lines[lines.length - 1] += '。';
  return ['在全市工作会议上的讲话', '同志们：', ...lines].join('\n');
}

/** A simplified draft with a pasted traditional-script passage: `n` separated traditional words. */
function traditionalDraft(n: number): string {
  const lines = ['在全市工作会议上的讲话', '同志们：'];
  // Enough simplified text that the draft is not "written in traditional" as a whole.
  for (let i = 0; i < 40; i++) lines.push(SENTENCES[i % SENTENCES.length]!);
  const words = ['經濟', '發展', '建設', '質量', '開放', '創新', '協調'];
  for (let i = 0; i < n; i++) lines.push(`我们要推动${words[i % words.length]}工作再上新台阶。`);
  return lines.join('\n');
}

const CASES: Array<{ rule: RuleId; draft: (n: number) => string; first: string; message: RegExp }> = [
  { rule: 'pinyin-residue', draft: pinyinDraft, first: '(jiàn shè)', message: /残留的拼音注音共 (\d+) 处/ },
  { rule: 'broken-line', draft: pdfDraft, first: '', message: /共 (\d+) 处句子中间断行/ },
  { rule: 'traditional-char', draft: traditionalDraft, first: '經濟', message: /共 (\d+) 处繁体字/ },
];

describe('mass findings', () => {
  for (const c of CASES) {
    it(`${c.rule}: ${MASS_MIN - 1} occurrences stay individual`, () => {
      const text = c.draft(MASS_MIN - 1);
      const found = findings(text, c.rule);
      expect(found).toHaveLength(MASS_MIN - 1);
      expect(found.every((f) => !c.message.test(f.message))).toBe(true);
    });

    it(`${c.rule}: ${MASS_MIN + 5} occurrences are one finding whose safe fix makes every change`, () => {
      const text = c.draft(MASS_MIN + 5);
      const individual = findings(c.draft(MASS_MIN - 1), c.rule)[0]!;
      const found = findings(text, c.rule);
      expect(found).toHaveLength(1);
      const f = found[0]!;
      expect(f.message).toMatch(c.message);
      expect(Number(c.message.exec(f.message)![1])).toBe(MASS_MIN + 5);
      expect(f.data).toMatchObject({ count: MASS_MIN + 5, document: true });
      // On the first occurrence, where the individual finding would be.
      expect([f.start, f.end]).toEqual([individual.start, individual.end]);
      if (c.first) expect(text.slice(f.start, f.end)).toBe(c.first);
      expect(f.fixes).toHaveLength(1);
      expect(f.fixes[0]!.safe).toBe(true);
      expect(f.fixes[0]!.edits).toHaveLength(MASS_MIN + 5);
      // The one fix does what the individual fixes did, and leaves nothing of the rule.
      const out = fixed(text, c.rule);
      expect(findings(out, c.rule)).toEqual([]);
      expect(out.length).toBeLessThan(text.length + 1);
    });
  }

  it('the fixes change only the marks: pinyin deleted, lines joined, characters converted', () => {
    const n = MASS_MIN + 1;
    expect(fixed(pinyinDraft(n), 'pinyin-residue')).toBe(pinyinDraft(n).replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ ]+\)/g, ''));
    const pdf = pdfDraft(n);
    const lines = pdf.split('\n');
    expect(fixed(pdf, 'broken-line')).toBe([lines[0], lines[1], lines.slice(2).join('')].join('\n'));
    const trad = traditionalDraft(n);
    const simple = trad.replace(/經濟/g, '经济').replace(/發展/g, '发展').replace(/建設/g, '建设').replace(/質量/g, '质量').replace(/開放/g, '开放').replace(/創新/g, '创新').replace(/協調/g, '协调');
    expect(fixed(trad, 'traditional-char')).toBe(simple);
  });
});
