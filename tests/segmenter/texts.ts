/**
 * The texts the segmenter parity tests run over: the scenario drafts, the corpus excerpts and,
 * when the mission's shared folder is present (../shared beside the clone, or
 * SPEECHCHECK_SHARED_DIR), the seed drafts, ECSpell's odw.train sentences and the lines of
 * the other ECSpell text files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const root = path.resolve(__dirname, '../..');
export const sharedDir = process.env.SPEECHCHECK_SHARED_DIR ?? path.join(root, '../shared');

export type Texts = Array<[string, string]>;

export function textsIn(dir: string, ext: string): Texts {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]);
}

export function corpusTexts(): Texts {
  const out: Texts = [];
  for (const [file, json] of textsIn(path.join(root, 'tests/corpus'), '.json')) {
    const cases = JSON.parse(json) as Array<{ text?: string }>;
    cases.forEach((c, i) => c.text && out.push([`${file}#${i}`, c.text]));
  }
  return out;
}

export function odwSentences(): Texts {
  const file = path.join(sharedDir, 'data/ecspell/odw.train');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.split('\t')[1])
    .filter((s): s is string => !!s)
    .map((s, i) => [`odw.train:${i + 1}`, s]);
}

/** Each non-empty line of ECSpell's .txt files (word lists, confusions). */
export function ecspellLines(): Texts {
  const out: Texts = [];
  for (const [file, text] of textsIn(path.join(sharedDir, 'data/ecspell'), '.txt')) {
    text.split('\n').forEach((l, i) => l.trim() && out.push([`${file}:${i + 1}`, l]));
  }
  return out;
}

export function textGroups(): Array<[string, Texts]> {
  return [
    ['scenario drafts', textsIn(path.join(root, 'tests/scenarios/drafts'), '.txt')],
    ['corpus excerpts', corpusTexts()],
    ['seed drafts', textsIn(path.join(sharedDir, 'seeds'), '.txt')],
    ['odw.train sentences', odwSentences()],
  ];
}
