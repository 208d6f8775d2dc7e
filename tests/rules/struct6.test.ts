/**
 * Structure and date rules on real pages (tests/corpus/struct6.json): an announcement framed by
 * another count, lists restarting after a comma, a title's copy without its speaker, a grammatical
 * 了 in a formulation, a newspaper's subheading.
 */
import { describeCorpusFile } from '../helpers';

describeCorpusFile('struct6.json');
