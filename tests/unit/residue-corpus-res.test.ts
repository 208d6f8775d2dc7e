/**
 * tests/corpus/res.json (pages gathered for branch res: news sites, e-paper archives, journal
 * pages, 范文 and forum copies): every look-alike quiet (datelines, a commentary on page views
 * and likes), nothing flagged that is not expected, and nearly every expected residue found
 * (three lines are known misses: a site's prompt to download its client, a featured topic, a
 * journal's author list).
 */
import { residueCorpusSuite } from './residue-corpus-suite';

residueCorpusSuite('res.json', 0.95);
