/**
 * Wording slips on real pages gathered by typo10 (personal speeches, student and teacher
 * talks, small-site 范文, and government pages read for false alarms): the excerpts are in
 * tests/corpus/typo10.json. 起此彼伏 (two neighbours of an idiom swapped) failed before
 * typo-phrases.ts read transpositions; the others pin what the rule already found or left alone.
 */
import { describeCorpusFile } from '../helpers';

describeCorpusFile('typo10.json');
