/**
 * Typo audit 7: real slips on gathered speech pages (a word typed twice, a character typed twice
 * inside a common word or after a preposition that ends in it, one-sound frame slips 像/向 and
 * 仅/谨) and what repeats on purpose (a heading run into its paragraph, 各乡镇乡镇长, 一切的一切).
 * The excerpts of the real pages are in tests/corpus/typo7.json; each expected finding failed
 * before its change.
 */
import { describeCorpusFile } from '../helpers';

describeCorpusFile('typo7.json');
