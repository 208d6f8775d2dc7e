/**
 * Residue audit 13: 49 pages copied from document sites (花圈网, 范文网, 文库, forum and e-paper copies;
 * pages in /work/tmp/resid13, excerpts in tests/corpus/resid13.json). Paywall counts glued after a heading
 * or the text (`全文约1221字,请下载后阅读`, `(剩余1448字)`), a bracketed widget with spaces (`[ 查看全文 ]`),
 * e-paper jumps (`(下转第二版)`), intros in traditional script or with pinyin glosses, site blurbs, post
 * lines (`发布人:… 发布于:…`), customer-service lines, footers, spam keywords and anti-copy emoji; and
 * look-alikes in a speech's own sentences.
 */
import { describeCorpusFile } from '../helpers';

describeCorpusFile('resid13.json');
