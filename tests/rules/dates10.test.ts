/**
 * Date and structure rules on real pages (tests/corpus/dates10.json): titles set out letter by letter under a
 * document site's headline.
 */
import { describeCorpusFile } from '../helpers';

describeCorpusFile('dates10.json');
