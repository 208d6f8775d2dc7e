/**
 * Announced counts (`讲三点意见`, `以下五个方面`, `抓好三件事`, `“六个关系”`) and what follows
 * them. Shared by `enum-count` and the consistency report. Owner: structure rules.
 */
import type { SpeechDocument } from './document';

export interface Announcement {
  /** Range of the announcing phrase, e.g. `讲三点意见`. */
  start: number;
  end: number;
  line: number;
  text: string;
  announced: number;
  /** How many items followed, or undefined when nothing countable followed. */
  counted?: number;
  /** What was counted, e.g. `一级标题（一、二、…）` or `“一是……”`. */
  countedWhat?: string;
}

/** TODO(structure owner): implement. */
export function findAnnouncements(_doc: SpeechDocument): Announcement[] {
  return [];
}
