/**
 * The formulation canon (data/canon.json) and its three rules: every entry's examples stay
 * quiet, every near-miss is flagged with its fix, every look-alike stays quiet.
 */
import { describe, expect, it } from 'vitest';
import { CANON, canonFor, CanonIndex } from '../../server/src/engine/analysis/canon';
import { findings, fixed, flagged } from '../helpers';
import { SpeechDocument } from '../../server/src/engine/analysis/document';
import { normalizeConfig } from '../../server/src/engine/model/config';
import { RULES as ALL_RULES } from '../../server/src/engine/rules';

const RULES = ['formulation-wording', 'formulation-members', 'formulation-current'] as const;
const quiet = (text: string) => RULES.flatMap((r) => flagged(text, r));

describe('canon data', () => {
  it('has at least 150 entries, each with a source and unique id', () => {
    expect(CANON.length).toBeGreaterThanOrEqual(150);
    expect(new Set(CANON.map((e) => e.id)).size).toBe(CANON.length);
    for (const e of CANON) {
      expect(e.source?.url, e.id).toMatch(/^https?:\/\//);
      expect(e.examples?.length, e.id).toBeGreaterThan(0);
      if (e.since !== undefined && e.until !== undefined) expect(e.until, e.id).toBeGreaterThanOrEqual(e.since);
    }
  });
  it('plan periods are five years and follow each other', () => {
    const plans = CANON.filter((e) => e.kind === 'plan');
    expect(plans.map((p) => [p.names![0], p.since, p.until])).toEqual([
      ['十二五', 2011, 2015],
      ['十三五', 2016, 2020],
      ['十四五', 2021, 2025],
      ['十五五', 2026, 2030],
    ]);
  });
});

describe.each(CANON.map((e) => [e.id, e] as const))('entry %s', (_id, e) => {
  it('examples stay quiet', () => {
    for (const x of e.examples ?? []) expect(quiet(`我们要${x}。`), x).toEqual([]);
  });
  if ((e.nearMisses ?? []).length > 0) it('near-misses are flagged with the canonical wording', () => {
    for (const n of e.nearMisses ?? []) {
      const text = `我们要${n.text}。`;
      const fs = [...findings(text, 'formulation-wording'), ...findings(text, 'formulation-members')];
      expect(fs.length, n.text).toBe(1);
      expect(fs[0]!.message, n.text).toContain(n.fix.length > 30 ? n.fix.slice(0, 10) : n.fix);
    }
  });
  if ((e.lookAlikes ?? []).length > 0) it('look-alikes stay quiet', () => {
    for (const x of e.lookAlikes ?? []) expect(quiet(`我们要${x}。`), x).toEqual([]);
  });
});

describe('formulation-wording', () => {
  it('flags a changed character with a fix', () => {
    expect(flagged('必须坚持以经济建设为重心，推动发展。', 'formulation-wording')).toEqual(['坚持以经济建设为重心']);
    expect(flagged('加快构建新发展局面，着力推动高质量发展。', 'formulation-wording')).toEqual(['加快构建新发展局面']);
  });
  it('leaves phrases that only share words alone', () => {
    for (const t of ['坚持以经济建设为中心不动摇。', '扎实推进经济建设和政治建设。', '全面建成社会主义现代化强国。', '以人民为中心。', '构建新发展格局。', '坚持系统观念。', '推动经济高质量发展。', '“两个一百年”奋斗目标。', '两个一百年奋斗目标。'])
      expect(flagged(t, 'formulation-wording'), t).toEqual([]);
  });
  it('is linear: a megabyte of text in well under a second per pass', () => {
    const para = '各地区各部门要坚持以经济建设为中心，加快构建新发展格局，着力推动高质量发展，扎实做好“六稳”工作。\n';
    const text = para.repeat(Math.ceil(1_000_000 / para.length));
    const idx = new CanonIndex(CANON);
    const t0 = performance.now();
    expect(idx.nearMisses(new SpeechDocument(text))).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(4000);
  });
});

describe('formulation-members', () => {
  it('flags a wrong, missing, extra or reordered member', () => {
    expect(findings('增强“四个意识”，即政治意识、全局意识、核心意识、看齐意识。', 'formulation-members')[0]?.message).toContain('“全局意识”应为“大局意识”');
    expect(findings('增强“四个意识”，即政治意识、大局意识、核心意识。', 'formulation-members')[0]?.message).toContain('看齐意识');
    expect(findings('做好“六稳”工作，即稳就业、稳金融、稳外资、稳外贸、稳投资、稳预期。', 'formulation-members')[0]?.message).toContain('顺序');
    expect(flagged('贯彻新发展理念，即创新、协调、绿色、开放、共享、安全的发展理念。', 'formulation-members')).toHaveLength(1);
    expect(findings('贯彻新发展理念，即创新发展、协调发展、绿色发展、开放发展、共赢发展。', 'formulation-members')[0]?.message).toContain('“共赢”应为“共享”');
  });
  it('accepts the canonical list with prefixes and suffixes', () => {
    for (const t of [
      '增强“四个意识”，即政治意识、大局意识、核心意识、看齐意识，自觉在思想上政治上行动上同党中央保持高度一致。',
      '坚定“四个自信”，即中国特色社会主义道路自信、理论自信、制度自信、文化自信。',
      '扎实做好“六稳”工作，即稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期工作。',
      '新发展理念，即创新、协调、绿色、开放、共享的发展理念。',
      '增强“四个意识”、坚定“四个自信”、做到“两个维护”。',
      '贯彻新发展理念，即创新发展、协调发展、绿色发展、开放发展、共享发展。',
    ])
      expect(flagged(t, 'formulation-members'), t).toEqual([]);
  });
  it('knows the members before 2020 and says when they changed', () => {
    const old = '协调推进“四个全面”战略布局，即全面建成小康社会、全面深化改革、全面依法治国、全面从严治党。';
    expect(flagged(`关于工作的讲话\n（2019年3月1日）\n${old}`, 'formulation-members')).toEqual([]);
    expect(findings(`关于工作的讲话\n（2023年3月1日）\n${old}`, 'formulation-members')[0]?.message).toContain('全面建设社会主义现代化国家');
  });
});

describe('formulation-current', () => {
  const dated = (year: string, body: string) => `在全县经济工作会议上的讲话\n（${year}）\n${body}`;
  it('flags a plan period or congress that was no longer current', () => {
    expect(flagged(dated('2022年1月5日', '今年是“十三五”收官之年，任务艰巨。'), 'formulation-current')).toHaveLength(1);
    expect(flagged(dated('2022年1月5日', '今年是“十四五”开局之年。'), 'formulation-current')).toHaveLength(1);
    expect(flagged(dated('2019年2月1日', '要深入学习贯彻党的十八大精神。'), 'formulation-current')).toHaveLength(1);
    expect(flagged('今年（2023年）要全面贯彻党的十九大和十九届历次全会精神。', 'formulation-current')).toHaveLength(1);
  });
  it('leaves historic mentions and correct years alone', () => {
    for (const t of [
      dated('2022年1月5日', '“十三五”时期，我们办成了许多大事。'),
      dated('2021年1月5日', '今年是“十四五”开局之年。'),
      dated('2020年1月5日', '今年是“十三五”规划收官之年，也是“十四五”规划谋篇布局之年。'),
      dated('2023年3月5日', '回顾过去五年，我们全面贯彻党的十九大和十九届历次全会精神。'),
      dated('2022年3月5日', '深入学习贯彻党的十九大和十九届历次全会精神。'),
      dated('2023年3月5日', '党的十八大以来，我们深入学习贯彻党的二十大精神。'),
      '今年是“十三五”收官之年。',
    ])
      expect(flagged(t, 'formulation-current'), t).toEqual([]);
  });
});

describe('formulation-wording fixes', () => {
  it('fix-all applies a one-character fix, leaves a two-character one as a suggestion', () => {
    expect(fixed('要坚持以经济建设为重心。', 'formulation-wording')).toBe('要坚持以经济建设为中心。');
    const f = findings('加快构建新发展局面。', 'formulation-wording')[0]!;
    expect(f.fixes[0]!.edits[0]!.newText).toBe('加快构建新发展格局');
    expect(fixed('加快构建新发展局面。', 'formulation-wording')).toBe('加快构建新发展局面。');
  });
});

describe('user formulations extend the canon', () => {
  it('rejects a malformed entry with a readable problem', () => {
    expect(() => normalizeConfig([{ formulations: [{ name: '三个一流', members: ['一流环境'] }] }], { knownRules: [] })).toThrow(/members/);
    expect(() => normalizeConfig([{ formulations: [{ wording: '某提法', colour: 'red' } as never] }], { knownRules: [] })).toThrow(/colour/);
    expect(normalizeConfig([{ formulations: ['六稳', { name: '三个一流', members: ['甲', '乙'] }] }], { knownRules: [] }).formulations).toEqual(['六稳', '三个一流']);
  });
  it('an entry with members and a bare wording', () => {
    const config = { formulations: [{ name: '三个一流', members: ['一流环境', '一流服务', '一流效率'] }, { wording: '打造区域性中心城市建设样板' }] };
    expect(flagged('打造“三个一流”，即一流环境、一流效益、一流服务。', 'formulation-members', config)).toHaveLength(1);
    expect(flagged('要打造区域性中心城市建设模板。', 'formulation-wording', config)).toEqual(['打造区域性中心城市建设模板']);
    expect(canonFor(undefined).entries.length).toBe(CANON.length);
  });
});

describe('formulation-wording: adaptations that stay quiet', () => {
  it.each([
    '推进基层治理体系和治理能力现代化。',
    '加快建设现代化经济体系。',
    '打好脱贫攻坚战。',
    '推进美丽中国建设，实施就业优先政策。',
    '弘扬伟大抗疫精神。',
    '坚持以项目建设为中心。',
    '推进市域社会治理体系和治理能力现代化。',
  ])('%s', (t) => expect(flagged(t, 'formulation-wording')).toEqual([]));
});

describe('linear on long lines', () => {
  it('formulation-current and formulation-members on one long paragraph', () => {
    const line = '要深入学习贯彻党的十八大精神，增强“四个意识”，即政治意识、大局意识、核心意识、看齐意识，今年是“十三五”收官之年，'.repeat(4000);
    const text = `在全县工作会议上的讲话\n（2019年3月1日）\n${line}\n`;
    // Only the formulation rules (enum-count has its own budget for thousands of announcements).
    const only = {
      rules: Object.fromEntries(ALL_RULES.map((r) => [r.id, (RULES as readonly string[]).includes(r.id) ? ('warning' as const) : ('off' as const)])),
    };
    const t0 = performance.now();
    const fs = findings(text, 'formulation-current', only);
    expect(fs.length).toBeGreaterThan(1000);
    expect(findings(text, 'formulation-members', only)).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(8000);
  });
});
