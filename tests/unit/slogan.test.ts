import { describe, expect, it } from 'vitest';
import { findings, flagged, fixed, applyFirstFix } from '../helpers';
import { SpeechDocument } from '../../server/src/engine/analysis/document';
import { resolveConfig } from '../../server/src/engine/check';
import { loadSegmenterSync, userDictionaryWords, type Segmenter } from '../../server/src/engine/analysis/segment';
import {
  analyzeFormulations,
  arabicVariants,
  chineseNumberValue,
  FORMULATION_DICTIONARY,
  ORDINARY_NUMERAL_WORDS,
} from '../../server/src/engine/analysis/formulations';
import type { CheckOptions } from '../../server/src/engine/check';

const seg = (): Segmenter => loadSegmenterSync();
const analyze = (text: string, options: CheckOptions = {}, segmenter: Segmenter | null = seg()) =>
  analyzeFormulations(new SpeechDocument(text), resolveConfig(options), segmenter);
/** term → forms with counts, e.g. {六稳: ['“六稳”×2', '六稳×1']} */
const formsOf = (text: string, options: CheckOptions = {}, segmenter: Segmenter | null = seg()) =>
  Object.fromEntries(analyze(text, options, segmenter).map((u) => [u.term, u.forms.map((f) => `${f.form}×${f.count}`)]));

describe('analyzeFormulations: terms and forms', () => {
  it('counts every form of a dictionary term, quoted or not', () => {
    const text = '扎实做好“六稳”工作。我们要把“六稳”放在首位。"六稳"要落到实处，「六稳」不能停，抓好六稳工作。';
    expect(formsOf(text)['六稳']).toEqual(['“六稳”×2', '"六稳"×1', '「六稳」×1', '六稳×1']);
    const [use] = analyze(text).filter((u) => u.term === '六稳');
    expect(use!.canonical).toBe('“六稳”');
    expect(use!.occurrences.map((o) => text.slice(o.start, o.end))).toEqual(['“六稳”', '“六稳”', '"六稳"', '「六稳」', '六稳']);
    expect(use!.occurrences[4]!.line).toBe(0);
  });

  it('collects short quoted numeral terms the draft coins', () => {
    const uses = formsOf('紧盯“守三线”目标，落实“两真四有”要求。要守住守三线目标。');
    expect(uses['守三线']).toEqual(['“守三线”×1', '守三线×1']);
    expect(uses['两真四有']).toEqual(['“两真四有”×1']);
  });

  it('does not take emphasis, speech, long quotes or ordinary words for formulations', () => {
    const text =
      '关于“用地”的问题，他说：“我们一定要把三件事办好。”这是“全面加强民生保障和社会建设九项工作”的要求。' +
      '建设“一流”营商环境，工作“十分”扎实。用地要保障，一流的服务，十分重要，三件事要办好。';
    expect(Object.keys(formsOf(text))).toEqual([]);
    expect(Object.keys(formsOf(text, {}, null))).toEqual([]);
  });

  it('adds the user’s own formulations', () => {
    expect(formsOf('推进“三个年”活动，三个年活动要见效。', { formulations: ['三个年'] })['三个年']).toEqual([
      '“三个年”×1',
      '三个年×1',
    ]);
    expect(formsOf('推进“河长制”，全面推行河长制。', { formulations: ['河长制'] })['河长制']).toEqual(['“河长制”×1', '河长制×1']);
  });

  it('a longer formulation hides the shorter ones inside it', () => {
    const uses = formsOf('扎实做好“六稳六保”工作，做好“六稳”工作。');
    expect(uses['六稳']).toEqual(['“六稳”×1']);
    expect(uses['六稳六保']).toEqual(['“六稳六保”×1']);
    // Inside a longer quotation the term is part of someone's words, not a form of its own.
    expect(formsOf('会议强调“要做好六稳工作，落实六保任务”。做好“六稳”“六保”工作。')['六稳']).toEqual(['“六稳”×1']);
    // Nested single quotes are how a quotation quotes a formulation.
    expect(formsOf('会议指出：“要扎实做好‘六稳’工作。”我们要做好“六稳”工作。')['六稳']).toEqual(['“六稳”×1']);
  });

  it('unquoted occurrences must be words of their own', () => {
    const text = '确保“十四五”开局，做好“六保”工作，“三农”工作。第二十四五年计划，落实六保障措施，三农业园区，这两会议室。';
    const uses = formsOf(text);
    expect(uses['十四五']).toEqual(['“十四五”×1']);
    expect(uses['六保']).toEqual(['“六保”×1']);
    expect(uses['三农']).toEqual(['“三农”×1']);
    expect(uses['两会']).toBeUndefined();
  });

  it('《》 titles are not forms; reversed quotes count for the form they meant', () => {
    const text = '审议《十四五规划纲要》，确保“十四五”开局，落实”十四五”部署。';
    expect(formsOf(text)['十四五']).toEqual(['“十四五”×2']);
    // The reversed pair is quote-pair's finding, not a variant.
    expect(flagged(text, 'slogan-variant')).toEqual([]);
    // Against two unquoted uses, the reversed one makes a tie, and ties go to “…”.
    const tie = '确保“十四五”开局，落实”十四五”部署，统筹十四五规划，完成十四五目标。';
    expect(flagged(tie, 'slogan-variant')).toEqual(['十四五', '十四五']);
  });

  it('without a segmenter only safe unquoted occurrences count', () => {
    const text = '确保“十四五”开局，统筹十四五规划，做好“六稳”工作，抓好六稳工作。';
    expect(formsOf(text, {}, null)).toMatchObject({ 十四五: ['“十四五”×1', '十四五×1'], 六稳: ['“六稳”×1'] });
    expect(formsOf(text)).toMatchObject({ 十四五: ['“十四五”×1', '十四五×1'], 六稳: ['“六稳”×1', '六稳×1'] });
  });

  it('finds Arabic-numeral forms of a formulation', () => {
    const uses = analyze('聚焦“五大产业”，壮大5大产业，落实“6稳”，统筹14五规划，确保“十四五”开局。');
    const byTerm = Object.fromEntries(uses.map((u) => [u.term, u.forms.map((f) => `${f.form}×${f.count}${f.arabic ? 'A' : ''}`)]));
    expect(byTerm['五大产业']).toEqual(['“五大产业”×1', '5大产业×1A']);
    expect(byTerm['六稳']).toEqual(['“6稳”×1A']);
    expect(byTerm['十四五']).toEqual(['14五×1A', '“十四五”×1']);
  });

  it('ties go to “…”, otherwise the majority', () => {
    const canon = (text: string) => analyze(text).find((u) => u.term === '六保')!.canonical;
    expect(canon('落实"六保"任务，落实“六保”任务。')).toBe('“六保”');
    expect(canon('落实"六保"任务，落实"六保"任务，落实“六保”任务。')).toBe('"六保"');
    expect(canon('落实六保任务，抓好六保工作，落实“六保”任务。')).toBe('六保');
  });
});

describe('analyzeFormulations: numbers', () => {
  it.each([
    ['十四', 14],
    ['四', 4],
    ['两', 2],
    ['十', 10],
    ['二十', 20],
    ['九十九', 99],
    ['十十', undefined],
    ['两十', undefined],
  ])('%s = %s', (s, v) => expect(chineseNumberValue(s)).toBe(v));

  it('arabic variants', () => {
    expect(arabicVariants('十四五')).toEqual(['14五']);
    expect(arabicVariants('六个一')).toEqual(['6个一']);
    expect(arabicVariants('十四五')).not.toContain('145');
    expect(arabicVariants('五大产业')).toEqual(['5大产业']);
    expect(arabicVariants('两不愁三保障')).toEqual(expect.arrayContaining(['2不愁3保障', '两不愁3保障', '2不愁三保障']));
    expect(arabicVariants('放管服')).toEqual([]);
  });
});

describe('formulation dictionary data', () => {
  it('is loaded into the segmenter user dictionary', () => {
    const words = new Set(userDictionaryWords());
    for (const e of FORMULATION_DICTIONARY) expect(words.has(e.term), e.term).toBe(true);
  });
  for (const e of FORMULATION_DICTIONARY) {
    it(e.term, () => {
      expect(e.examples.length).toBeGreaterThan(0);
      expect(/\s/.test(e.term)).toBe(false);
      for (const ex of e.examples) {
        expect(ex, ex).toContain(e.term);
        expect(analyze(ex).find((u) => u.term === e.term)?.occurrences.length, ex).toBe(1);
      }
      for (const c of e.counterexamples ?? []) {
        expect(analyze(c).find((u) => u.term === e.term), c).toBeUndefined();
        expect(analyze(c, {}, null).find((u) => u.term === e.term), c).toBeUndefined();
      }
    });
  }
  for (const e of ORDINARY_NUMERAL_WORDS) {
    it(`${e.term} is an ordinary word`, () => {
      for (const ex of e.examples) {
        expect(ex).toContain(`“${e.term}”`);
        expect(analyze(ex, {}, null).map((u) => u.term)).toEqual([]);
      }
    });
  }
});

describe('slogan-variant', () => {
  const invalid: Array<[string, string, string[], string]> = [
    [
      'minority quoted forms',
      '扎实做好“六稳”工作，把“六稳”放在首位，"六稳"要落实，抓好六稳工作。',
      ['"六稳"', '六稳'],
      '扎实做好“六稳”工作，把“六稳”放在首位，“六稳”要落实，抓好“六稳”工作。',
    ],
    [
      'an unquoted 十四五 among quoted ones',
      '确保“十四五”开局，迈好“十四五”第一步，统筹十四五规划。',
      ['十四五'],
      '确保“十四五”开局，迈好“十四五”第一步，统筹“十四五”规划。',
    ],
    [
      'corner and single quotes',
      '落实「六保」任务，落实‘六保’任务，落实“六保”任务，落实“六保”任务。',
      ['「六保」', '‘六保’'],
      '落实“六保”任务，落实“六保”任务，落实“六保”任务，落实“六保”任务。',
    ],
    [
      'a 提法 quoted with its word is that 提法, not a term of its own',
      '要抓好“六稳工作”，扎实做好六稳工作，“六稳”“六保”是大局。',
      ['六稳'],
      '要抓好“六稳工作”，扎实做好“六稳”工作，“六稳”“六保”是大局。',
    ],
    [
      'a tie goes to “…”',
      '县“两会”胜利闭幕。今年县两会上，代表们提出建议。',
      ['两会'],
      '县“两会”胜利闭幕。今年县“两会”上，代表们提出建议。',
    ],
    [
      'a term the draft coins',
      '紧盯“守三线”目标，对照“守三线”目标，主动对照守三线目标。',
      ['守三线'],
      '紧盯“守三线”目标，对照“守三线”目标，主动对照“守三线”目标。',
    ],
  ];
  it.each(invalid)('%s', (_name, text, expected, out) => {
    expect(flagged(text, 'slogan-variant')).toEqual(expected);
    expect(fixed(text, 'slogan-variant')).toBe(out);
    expect(fixed(out, 'slogan-variant')).toBe(out);
  });

  it('message counts each form and names the canonical one', () => {
    const text = '扎实做好“六稳”工作，把“六稳”放在首位，“六稳”要落实，"六稳"不能停，抓好六稳工作。';
    const fs = findings(text, 'slogan-variant');
    expect(fs).toHaveLength(2);
    expect(fs[0]!.message).toBe('提法“六稳”写法不一致（“六稳”×3、"六稳"×1、六稳×1）：此处写作 "六稳"，请统一为 “六稳”');
    expect(fs[0]!.fixes[0]!.safe).toBe(true);
    expect(applyFirstFix(text, fs[1]!)).toBe('扎实做好“六稳”工作，把“六稳”放在首位，“六稳”要落实，"六稳"不能停，抓好“六稳”工作。');
    expect(findings(text, 'slogan-variant', { locale: 'en' })[0]!.message).toContain('several forms');
  });

  it('an unquoted majority: taking the standard marks off is offered, not applied by fix-all', () => {
    const text = '深化放管服改革，推进放管服改革，巩固“放管服”成果。';
    const fs = findings(text, 'slogan-variant');
    expect(fs.map((f) => text.slice(f.start, f.end))).toEqual(['“放管服”']);
    expect(fs[0]!.fixes[0]!.safe).toBe(false);
    expect(fs[0]!.fixes[0]!.edits.map((e) => e.newText)).toEqual(['放管服']);
    expect(fixed(text, 'slogan-variant')).toBe(text);
  });

  it('a tie without “…” is fixed only on request', () => {
    const fs = findings('落实"六保"任务，落实「六保」任务。', 'slogan-variant');
    expect(fs).toHaveLength(1);
    expect(fs[0]!.fixes[0]!.safe).toBe(false);
  });

  it('an ASCII majority is the canonical form, but fix-all never writes ASCII marks', () => {
    const text = '落实"六保"任务，抓好"六保"工作，做好“六保”工作。';
    const fs = findings(text, 'slogan-variant');
    expect(fs.map((f) => text.slice(f.start, f.end))).toEqual(['“六保”']);
    expect(fs[0]!.fixes[0]!.edits.map((e) => e.newText)).toEqual(['"六保"']);
    expect(fs[0]!.fixes[0]!.safe).toBe(false);
    expect(fixed(text, 'slogan-variant')).toBe(text);
    // In a draft that quotes with “” otherwise, quote-pair's safe fixes take the keyboard pairs to “”:
    // slogan-variant's opposite fix is a suggestion only, so fix-all leaves one form, “六稳”.
    const mixed = '抓好“稳中求进”总基调，落实“高质量发展”要求，做好"六稳"工作，抓好"六稳"任务，守住“六稳”底线，“三农”工作不放松。';
    expect(findings(mixed, 'quote-pair').map((f) => mixed.slice(f.start, f.end))).toEqual(['"六稳"', '"六稳"']);
    expect(findings(mixed, 'slogan-variant').every((f) => !f.fixes[0]!.safe)).toBe(true);
  });
  const valid = [
    '扎实做好“六稳”工作，全面落实“六保”任务，确保“十四五”高点开局，“六稳”“六保”要一起抓。',
    '做好三农工作，深化放管服改革，统筹十四五规划，十四五时期要开好局。',
    '做好“六稳六保”工作，抓好六稳工作，落实六保任务。',
    '认真学习《“十四五”规划纲要》和《十四五规划》，确保“十四五”开局。',
    '他说：“要做好六稳工作。”我们要做好“六稳”工作。',
    '会议指出：“要扎实做好‘六稳’工作。”我们要做好“六稳”工作。',
    '关于“用地”的问题，用地指标要保障；关于“资金”的问题，资金要到位。',
    '落实六保障措施，做好“六保”工作。第二十四五年计划，确保“十四五”开局。',
    // A counted set (第四个…, 其他三个…) is not the 提法 it shares characters with.
    '从“三个自信”拓展到“四个自信”，文化自信是第四个自信，也是其他三个自信的根基，这三个自信又丰富了它。',
    '要增强“四个意识”，其中核心意识是第三个意识；另外两个务必也要牢记，践行“三个务必”。',
    // One 提法 quoted alone before the word it names, or quoted with it: no second form of it.
    '深化“放管服改革”，推进“放管服改革”落地，“放管服”改革要见效，持续推进“放管服”改革。',
  ];
  it.each(valid)('quiet: %s', (text) => {
    expect(flagged(text, 'slogan-variant')).toEqual([]);
  });
});

describe('slogan-numeral', () => {
  const invalid: Array<[string, string, string[], string]> = [
    ['5大产业 vs “五大产业”', '聚焦“五大产业”，壮大5大产业。', ['5大产业'], '聚焦“五大产业”，壮大“五大产业”。'],
    ['“6稳” with 六稳 in the dictionary', '做好“6稳”工作。', ['“6稳”'], '做好“六稳”工作。'],
    ['14五', '统筹14五规划，确保“十四五”开局。', ['14五'], '统筹“十四五”规划，确保“十四五”开局。'],
    ['quoted Arabic form of a quoted term', '聚焦“五大产业”和“5大产业”集群。', ['“5大产业”'], '聚焦“五大产业”和“五大产业”集群。'],
    ['2不愁3保障', '实现2不愁3保障。', ['2不愁3保障'], '实现两不愁三保障。'],
  ];
  it.each(invalid)('%s', (_name, text, expected, out) => {
    expect(flagged(text, 'slogan-numeral')).toEqual(expected);
    expect(fixed(text, 'slogan-numeral')).toBe(out);
    expect(fixed(out, 'slogan-numeral')).toBe(out);
    // The Chinese form is never also a variant finding.
    expect(flagged(out, 'slogan-variant')).toEqual([]);
  });

  it('message cites the standard', () => {
    const [f] = findings('聚焦“五大产业”，壮大5大产业。', 'slogan-numeral');
    expect(f!.message).toBe('提法“五大产业”应使用汉字数字（GB/T 15835—2011）：5大产业 应为 “五大产业”');
  });

  const valid = [
    '全市共有5大类产品共30种，建成3个一级站。',
    '保持经济6稳定增长，14项指标中有5项领先。',
    '完成145个项目，确保“十四五”开局。',
    '争取到“中国制造2025”试点示范城市，“中国制造2025”要落实。',
    '壮大5大产业，建设5大基地。',
    '聚焦“五大产业”，2025大产业园开工。',
  ];
  it.each(valid)('quiet: %s', (text) => {
    expect(flagged(text, 'slogan-numeral')).toEqual([]);
  });
});

describe('slogan rules: a clean draft', () => {
  const clean = [
    '在全县经济工作会议上的讲话',
    '（2024年3月9日）',
    '',
    '同志们：',
    '',
    '今年是“十四五”规划实施的关键一年。我们要扎实做好“六稳”工作，全面落实“六保”任务，深化“放管服”改革，',
    '做好“三农”工作。习近平总书记强调：“要增强‘四个意识’、坚定‘四个自信’、做到‘两个维护’。”',
    '',
    '认真学习《中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要》和《“十四五”推进农业农村现代化规划》。',
    '有的同志问：“这件事怎么办？”我的回答是：“马上就办。”',
    '',
    '全市共有5大类产品共30种，建成3个一级站，完成“十四五”目标的40%。（一）坚持“六稳”；（二）落实“六保”。',
    '1）加强组织领导；2）强化督促检查。',
  ].join('\n');
  it('no finding from the slogan, quote or bracket rules', () => {
    for (const rule of ['slogan-variant', 'slogan-numeral', 'quote-pair', 'bracket-pair'] as const) {
      expect(flagged(clean, rule), rule).toEqual([]);
    }
  });
});
