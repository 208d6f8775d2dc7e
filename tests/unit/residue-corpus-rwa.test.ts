/**
 * tests/corpus/rwa.json (pages gathered for branch rwa): every look-alike quiet, nothing
 * flagged that is not expected, and every expected residue found (preview and unread-page
 * notices, comment and share widgets, a menu bar, disclaimers, a style sheet, a spam line).
 */
import { residueCorpusSuite } from './residue-corpus-suite';

residueCorpusSuite('rwa.json', 1);
