/**
 * Typo audit 8: real slips on gathered personal reports, notes and blogs, and what is right as
 * written (故步自封, a word of jieba's dictionary under another tag). The excerpts of the real
 * pages are in tests/corpus/typo8.json; each expected finding failed before its change.
 */
import { describeCorpusFile } from '../helpers';

describeCorpusFile('typo8.json');
