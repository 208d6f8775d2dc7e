/**
 * tests/corpus/rwm.json (pages gathered for branch rwm): every look-alike quiet, nothing
 * flagged that is not expected, and every expected residue found (registration lines, comment
 * forms, share and toolbar bars, price and VIP prompts, a site's lead-in naming itself, slogans,
 * random-character filler).
 */
import { residueCorpusSuite } from './residue-corpus-suite';

residueCorpusSuite('rwm.json', 1);
