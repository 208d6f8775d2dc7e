/**
 * Formulation audit 7: correct speeches and reports quoting many 提法 (党委理论学习中心组, 民主生活会,
 * 主题教育, 政府工作报告, 党代会 and 纪委全会 reports, 2018–2025) and older ones that use the 提法
 * of their time (2008–2012). Every excerpt in tests/corpus/canon7.json must stay quiet for the
 * formulation rules; the slips the audit closed are in tests/rules/formulation-*.test.ts.
 */
import { describeCorpusFile } from '../helpers';

describeCorpusFile('canon7.json');
