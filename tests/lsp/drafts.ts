/** Drafts shared by the language server tests. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * A short speech with two open slots, two non-standard dates (one after an astral
 * character, so UTF-16 columns matter) and a three-level outline.
 */
export const DRAFT = [
  '在全市经济工作会议上的讲话',
  '（2024年3月9日）',
  '',
  '同志们：',
  '',
  '今年全市实现生产总值XX亿元，同比增长X%。',
  '会议于2024-03-09召开，𠮷祥物于2024.3.10发布。',
  '',
  '一、坚定信心，稳中求进',
  '',
  '（一）抓好项目建设',
  '',
  '1.加快重大项目落地。',
  '',
  '（二）优化营商环境',
  '',
  '持续深化改革。',
  '',
  '二、统筹发展和安全',
  '',
  '守住底线。',
  '',
].join('\n');

/** A fresh workspace folder with `files` written into it. */
export function makeWorkspace(files: Record<string, string> = {}): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'speechcheck-lsp-')));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** The shared seeds: beside the repository, or where SPEECHCHECK_SHARED_DIR says (a worktree elsewhere). */
export const SEEDS_DIR = path.resolve(process.env.SPEECHCHECK_SHARED_DIR ?? path.resolve(__dirname, '../../../shared'), 'seeds');

/** The ~100 KB seed draft, if the shared seeds are beside the repository. */
export function seed100k(): string | undefined {
  const file = path.join(SEEDS_DIR, '002_1cb92b5575a556ec.txt');
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
}

/** About `chars` UTF-16 units of realistic draft text (the seeds, repeated). */
export function bigDraft(chars: number): string {
  const parts = fs.existsSync(SEEDS_DIR)
    ? fs.readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(SEEDS_DIR, f), 'utf8'))
    : [DRAFT];
  let out = '';
  while (out.length < chars) for (const p of parts) out += `${p}\n`;
  return out.slice(0, chars);
}
