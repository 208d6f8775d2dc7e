/**
 * Date and structure rules on real pages (tests/corpus/dates8.json): a document site's chunk numbers whose
 * text opens with a spaced figure, weekdays with no year to judge them by, date lines under a byline or in
 * Chinese numerals, a page stamp years after the speech, announced counts that match their lists.
 */
import { describeCorpusFile } from '../helpers';

describeCorpusFile('dates8.json');
