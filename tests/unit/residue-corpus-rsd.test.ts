/**
 * tests/corpus/rsd.json (pages gathered for branch rsd: forum feeds, upload and document pages,
 * journal pages copied with their labels, 范文 sites): nothing flagged that is not expected, and
 * nearly every expected residue found (three widget words on a document page are known misses).
 */
import { residueCorpusSuite } from './residue-corpus-suite';

residueCorpusSuite('rsd.json', 0.95);
