/** Leaders' titles and surnames for cjk-space: a name and its title cut by a space or a line break. */
import leaderData from '../data/leader-titles.json';

export interface LeaderTitle {
  title: string;
  examples: string[];
}

export const LEADER_TITLES: readonly LeaderTitle[] = leaderData.titles;
export const LEADER_COUNTEREXAMPLES: readonly string[] = leaderData.counterexamples;
export const SURNAMES = new Set([...leaderData.surnames]);
const COMPOUND_SURNAMES = leaderData.compoundSurnames;
const TITLES_BY_LENGTH = [...LEADER_TITLES.map((t) => t.title)].sort((a, b) => b.length - a.length);
export const LONGEST_TITLE = TITLES_BY_LENGTH[0]?.length ?? 0;
/** The titles by their first character, longest first: every line's start is looked up on every check. */
export const TITLES_BY_FIRST = new Map<string, string[]>();
for (const t of TITLES_BY_LENGTH) {
  const list = TITLES_BY_FIRST.get(t[0]!);
  if (list) list.push(t);
  else TITLES_BY_FIRST.set(t[0]!, [t]);
}
/** Whether a title (or 同志) can start at this character. */
export const mayOpenTitle = (c: string | undefined): boolean => c !== undefined && (TITLES_BY_FIRST.has(c) || c === '同');

/** The title a Han run starts with, if any; `同志们`, `代表们` address a crowd and are no one's title. */
export function titleAt(run: string): string | undefined {
  if (run === '') return undefined;
  const title = TITLES_BY_FIRST.get(run[0]!)?.find((t) => run.startsWith(t));
  return title && run[title.length] !== '们' ? title : undefined;
}

/** The person's name a Han run ends with (2–4 characters starting with a surname). */
export function nameAtEnd(run: string): string | undefined {
  for (const len of [3, 2, 4]) {
    if (run.length < len) continue;
    const name = run.slice(-len);
    const compound = COMPOUND_SURNAMES.some((s) => name.startsWith(s));
    if (len === 4 && !compound) continue;
    if (compound || SURNAMES.has(name[0]!)) return name;
  }
  return undefined;
}

/** Whether a Han run ends with a leader's title (`…委员长`, `…党组书记`). */
export function titleEndsWith(run: string): boolean {
  return TITLES_BY_LENGTH.some((t) => run.endsWith(t));
}
